// The job summary: heading and verdict, jobs table, steps of the jobs `steps`
// selects. Pure Markdown rendering over the report; every name taken from the
// API goes through escape.ts. The whole stays under a byte budget, because the
// runner drops a summary over 1 MiB entirely.
import { html, mdText, mdUrl } from './escape.js'
import { formatDuration, parseTime, plural } from './format.js'
import type { StepsMode } from './inputs.js'
import { isFailed, outcomeOf, type Report } from './report.js'
import type { JobRecord, StepRecord } from './types.js'

/**
 * Bytes of UTF-8 the summary may take: under GitHub's 1 MiB summary limit and
 * under the 1 MB limit of a step output, since the `summary` output holds it.
 */
export const SUMMARY_BUDGET = 1_000_000

export interface SummaryOptions {
  steps: StepsMode
  /** Epoch milliseconds of "now", for the elapsed time of running jobs. */
  now: number
  /** Byte budget; SUMMARY_BUDGET unless a test wants a smaller one. */
  budget?: number
  /** List the current job's steps whatever `steps` says (the post step's report). */
  ownSteps?: boolean
  /** Short notes shown under the verdict (what could not be known). */
  notes?: string[]
}

const ICON: Record<string, string> = {
  success: '✅',
  failure: '❌',
  timed_out: '⏱️',
  startup_failure: '💥',
  cancelled: '🚫',
  action_required: '✋',
  stale: '🥀',
  neutral: '⚪',
  skipped: '⏭️',
  unknown: '❔',
  in_progress: '⏳',
  queued: '🕒'
}

/** The icon for a job or step: its conclusion once completed, else its status. */
export function iconOf(item: Pick<JobRecord, 'status' | 'conclusion'>): string {
  if (item.status === 'completed') return ICON[outcomeOf(item)] ?? ICON.unknown ?? ''
  return ICON[item.status === 'in_progress' ? 'in_progress' : 'queued'] ?? ''
}

/** What a job's state reads as: its conclusion, or its status while not completed. */
function stateText(item: Pick<JobRecord, 'status' | 'conclusion'>): string {
  if (item.status === 'completed') return (item.conclusion ?? 'unknown').replace(/_/g, ' ')
  return item.status.replace(/_/g, ' ')
}

/** The duration cell: the time taken, or the time so far for a running job (ex. "1m 10s so far"). */
function durationText(item: JobRecord | StepRecord, now: number): string {
  if (item.duration_seconds !== null) return formatDuration(item.duration_seconds)
  if (item.status === 'in_progress' && item.started_at) {
    const started = parseTime(item.started_at)
    if (started !== null)
      return `${formatDuration(Math.max(0, Math.round((now - started) / 1000)))} so far`
  }
  return formatDuration(null)
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/** The one-line verdict: conclusion, counts, wall time and total job time. */
export function verdictLine(report: Report): string {
  const c = report.counts
  const parts: string[] = []
  for (const [key, n] of Object.entries(c)) {
    if (['total', 'completed', 'in_progress', 'queued'].includes(key) || n === 0) continue
    parts.push(`${n} ${key.replace(/_/g, ' ')}`)
  }
  if (c.in_progress > 0) parts.push(`${c.in_progress} in progress`)
  if (c.queued > 0) parts.push(`${c.queued} queued`)
  const counts = `${plural(c.total, 'job')}${parts.length ? `: ${parts.join(', ')}` : ''}`
  const icon =
    ICON[report.conclusion] ?? (report.conclusion === 'pending' ? ICON.in_progress : ICON.unknown)
  return (
    `**${icon} ${report.conclusion.replace(/_/g, ' ')}** · ${counts}` +
    ` · wall time ${formatDuration(report.durationSeconds)} · job time ${formatDuration(report.jobSeconds)}`
  )
}

function heading(report: Report): string {
  const { run } = report
  const which =
    run.attempt === 'all'
      ? ' (all attempts)'
      : typeof run.attempt === 'number'
        ? ` attempt ${run.attempt}`
        : ''
  const title = `${run.workflow ? `${mdText(run.workflow)} ` : ''}run ${run.id}${which}`
  return `## runlens · [${title}](${mdUrl(run.url)})`
}

function tableHeader(report: Report): string {
  const attempt = report.run.attempt === 'all'
  return (
    `|   | Job |${attempt ? ' Attempt |' : ''} Conclusion | Queued | Duration | Runner |\n` +
    `| :-: | --- |${attempt ? ' :-: |' : ''} --- | --: | --: | --- |\n`
  )
}

function tableRow(job: JobRecord, report: Report, now: number): string {
  const current = job === report.current ? ' **(this job)**' : ''
  const retried =
    report.passedOnRetry.has(job.name) && report.aggregated.includes(job)
      ? ' (passed on retry 🔁)'
      : ''
  const attempt = report.run.attempt === 'all' ? ` ${job.attempt} |` : ''
  return (
    `| ${iconOf(job)} | [${mdText(job.name)}](${mdUrl(job.url)})${current} |${attempt}` +
    ` ${stateText(job)}${retried} | ${formatDuration(job.queued_seconds)} | ${durationText(job, now)}` +
    ` | ${job.runner_name ? mdText(job.runner_name) : '–'} |\n`
  )
}

function stepsBlock(job: JobRecord, now: number): string {
  const lines = [
    `<details><summary>${iconOf(job)} <b>${html(job.name)}</b> — ${html(stateText(job))} · ` +
      `${html(durationText(job, now))} · ${plural(job.steps.length, 'step')}</summary>\n\n`,
    '| # | Step | Conclusion | Duration |\n| --: | --- | --- | --: |\n'
  ]
  for (const step of job.steps) {
    lines.push(
      `| ${step.number} | ${iconOf(step)} [${mdText(step.name)}](${mdUrl(step.url)}) | ${stateText(step)} | ${durationText(step, now)} |\n`
    )
  }
  lines.push('\n</details>\n\n')
  return lines.join('')
}

/**
 * The jobs whose steps are listed: as `steps` selects them (`failed`: failed
 * jobs, and this job when one of its steps failed), and this job with `ownSteps`.
 */
export function jobsWithSteps(report: Report, mode: StepsMode, ownSteps = false): JobRecord[] {
  return report.jobs.filter((j) => {
    if (j.steps.length === 0) return false
    if (ownSteps && j === report.current) return true
    if (mode === 'none') return false
    if (mode === 'all' || isFailed(j)) return true
    return j === report.current && j.steps.some((s) => isFailed(s))
  })
}

/**
 * Renders the summary. When the whole would pass the budget, detail is given
 * up in a planned order: steps of passing jobs, then other steps, then table
 * rows of passing jobs; each cut is said in the summary.
 */
export function renderSummary(report: Report, opts: SummaryOptions): string {
  const budget = opts.budget ?? SUMMARY_BUDGET
  const notes = (opts.notes ?? []).map((n) => `> ${n}\n\n`).join('')
  const head = `${heading(report)}\n\n${verdictLine(report)}\n\n${notes}`
  if (report.jobs.length === 0) {
    return `${head}No job of this run matched the \`jobs\` patterns.\n`
  }
  // Room kept for the notes that say what was cut.
  let left = budget - bytes(head) - bytes(tableHeader(report)) - 600

  // Rows: jobs that need attention are kept first, passing ones as room allows.
  const rows = report.jobs.map((job) => tableRow(job, report, opts.now))
  const keepRow = new Array<boolean>(rows.length).fill(false)
  const order = report.jobs.map((_, i) => i)
  order.sort(
    (a, b) =>
      Number(needsAttention(report.jobs[b], report)) -
      Number(needsAttention(report.jobs[a], report))
  )
  for (const i of order) {
    const size = bytes(rows[i] ?? '')
    if (size > left) break
    keepRow[i] = true
    left -= size
  }

  // Steps: failed jobs first, then the others `steps` selects.
  const withSteps = jobsWithSteps(report, opts.steps, opts.ownSteps)
  withSteps.sort((a, b) => Number(isFailed(b)) - Number(isFailed(a)))
  const blocks = new Map<JobRecord, string>()
  let stepsCut = 0
  for (const job of withSteps) {
    const block = stepsBlock(job, opts.now)
    if (bytes(block) > left) {
      stepsCut++
      continue
    }
    blocks.set(job, block)
    left -= bytes(block)
  }

  const out: string[] = [head, tableHeader(report)]
  rows.forEach((row, i) => keepRow[i] && out.push(row))
  const rowsCut = keepRow.filter((k) => !k).length
  if (rowsCut > 0) {
    out.push(
      `\n_${plural(rowsCut, 'more job')} not shown to keep the summary under 1 MiB; the report-file output has them all._\n`
    )
  }
  if (blocks.size > 0 || stepsCut > 0) {
    out.push(`\n### Steps\n\n`)
    // Blocks in run order, whatever order they were budgeted in.
    for (const job of report.jobs) {
      const block = blocks.get(job)
      if (block) out.push(block)
    }
    if (stepsCut > 0) {
      out.push(
        `_Steps of ${plural(stepsCut, 'more job')} not shown to keep the summary under 1 MiB._\n`
      )
    }
  }
  return out.join('')
}

function needsAttention(job: JobRecord | undefined, report: Report): boolean {
  return (
    job !== undefined && (job === report.current || job.status !== 'completed' || isFailed(job))
  )
}
