// One failed job's block of failing log lines in the job summary.
import type { Excerpt } from '../model/log-lines.js'
import type { JobRecord } from '../model/types.js'
import { fence, mdText, mdUrl } from './escape.js'

/** Longest log line shown in the summary, in characters. */
const MAX_SHOWN_LINE = 1000

/**
 * Cuts a line to `max` characters, not inside a surrogate pair.
 *
 * @example cutLine('abcdef', 3) === 'abc…'
 */
function cutLine(line: string, max: number): string {
  if (line.length <= max) return line
  const code = line.charCodeAt(max - 1)
  const at = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return `${line.slice(0, at)}…`
}

/**
 * One failed job's part of the `### Failing log lines` section: a line naming
 * the job and the failing step with a link to the step's log, then the lines
 * in a code fence that nothing in them can close (or a short note when the
 * log is missing).
 *
 * @example excerptBlock(build, { lines: ['Error: x'], step })
 *   // '**build** · step 5 Run npm test ([log](…#step:5:1))\n\n```text\nError: x\n```\n'
 */
export function excerptBlock(job: JobRecord, excerpt: Excerpt): string {
  const step = excerpt.step
  const title = step
    ? `**${mdText(job.name)}** · step ${step.number} ${mdText(step.name)} ([log](${mdUrl(step.url)}))`
    : `**${mdText(job.name)}** ([log](${mdUrl(job.url)}))`
  if ('missing' in excerpt) {
    // The reason reads as a sentence: "Log expired (410)."
    const note = excerpt.missing.charAt(0).toUpperCase() + excerpt.missing.slice(1)
    return `${title}\n\n_${mdText(note)}._\n\n`
  }
  if (excerpt.lines.length === 0) return `${title}\n\n_No log lines found._\n\n`
  const text = excerpt.lines.map((line) => cutLine(line, MAX_SHOWN_LINE)).join('\n')
  return `${title}\n\n${fence(text, 'text')}\n`
}
