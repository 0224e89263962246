// The terminal the CLI writes to: a progress line on stderr that only a
// terminal gets, lines that stay (warnings, retries), and whether to colour.
import type { Octokit } from '../github/client.js'
import { logText } from '../render/escape.js'
import { plural } from '../render/format.js'

/** Writes to stderr; on a terminal, one progress line redrawn in place. */
export class Progress {
  private text = ''
  constructor(private readonly tty: boolean) {}

  /** Replaces the progress line (terminals only: a pipe or a log gets no progress). */
  update(text: string): void {
    if (!this.tty) return
    this.text = logText(text)
    process.stderr.write(`\r\x1b[K${this.text}`)
  }

  /** Removes the progress line for good. */
  clear(): void {
    if (this.text === '') return
    process.stderr.write('\r\x1b[K')
    this.text = ''
  }

  /** A line that stays (a warning, a retry), with the progress line drawn again below it. */
  line(text: string): void {
    const shown = this.text
    this.clear()
    process.stderr.write(`runlens: ${logText(text)}\n`)
    if (shown) this.update(shown)
  }
}

/**
 * Reports each page of the run's jobs as it arrives: the pages of one read
 * (a poll starts again at page 1), not those of the earlier runs of --history.
 */
export function showPages(octokit: Octokit, progress: Progress, runId: number): void {
  let listed = 0
  let pages = 0
  octokit.hook.after('request', (response) => {
    const data = response.data as { total_count?: unknown; jobs?: unknown } | null
    if (typeof data?.total_count !== 'number' || !Array.isArray(data.jobs)) return
    const url = new URL(response.url)
    if (!url.pathname.includes(`/runs/${runId}/`)) return
    if (Number(url.searchParams.get('page') ?? 1) <= 1) {
      pages = 0
      listed = 0
    }
    pages++
    listed += data.jobs.length
    progress.update(
      `Reading the jobs of run ${runId}: ${plural(pages, 'page')}, ${listed} of ${data.total_count} jobs…`
    )
  })
}

/** `auto`: on a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb. */
export function useColor(mode: 'auto' | 'always' | 'never', env: NodeJS.ProcessEnv): boolean {
  if (mode !== 'auto') return mode === 'always'
  return process.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
}

/**
 * The summary, safe to print in a workflow's log: a log line of a failed
 * job, shown in a code block, may read `::error::…`; a zero-width space after
 * its first colon keeps the runner from acting on it, and renders as nothing.
 */
export function inertMarkdown(md: string): string {
  return md.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b')
}
