// The job summary, in the order a reader needs it: heading and verdict; what
// failed and why (each failed job, its failing step, its reasons and log
// lines); the jobs table; the timeline; the steps. Pure Markdown rendering
// over the report; every name taken from the API goes through escape.ts. The
// whole stays under a byte budget, because the runner drops a summary over
// 1 MiB entirely.
import { mdText, mdUrl } from './escape.js'
import { formatDuration, plural } from './format.js'
import type { Excerpt } from '../model/log-lines.js'
import { excerptBody } from './excerpt.js'
import { groupJobs } from '../model/matrix.js'
import { isFailed, type Report } from '../model/report.js'
import {
  groupRow,
  ICON,
  jobRows,
  legsBlock,
  needsAttention,
  stepsBlock,
  tableHeader
} from './jobs-table.js'
import { renderTimeline } from './timeline.js'
import { failedJobHead } from './what-failed.js'
import { failuresToRead } from '../model/failures.js'
import { comparedLine, slowerPart, usualWallText } from './usual.js'
import { conclusionText, countsText, type StepsMode } from './words.js'
import type { JobRecord } from '../model/types.js'

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
  /** Draw the mermaid timeline of the jobs. */
  timeline?: boolean
  /** Failing log lines by job id, and how many failed jobs had none fetched. */
  logs?: { excerpts: Map<number, Excerpt>; omitted: number }
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/** The one-line verdict: conclusion, counts, wall time and total job time. */
export function verdictLine(report: Report): string {
  const icon =
    ICON[report.conclusion] ?? (report.conclusion === 'pending' ? ICON.in_progress : ICON.unknown)
  return (
    `**${icon} ${mdText(conclusionText(report))}** · ${mdText(countsText(report))}` +
    ` · wall time ${formatDuration(report.durationSeconds)}${usualWallText(report.comparison)}` +
    ` · job time ${formatDuration(report.jobSeconds)}`
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

/**
 * The jobs whose steps are listed: as `steps` selects them (`failed`: failed
 * jobs, and this job when one of its steps failed), and this job with `ownSteps`.
 */
export function jobsWithSteps(report: Report, mode: StepsMode, ownSteps = false): JobRecord[] {
  return report.jobs.filter((j) => {
    if (j.steps.length === 0) return false
    if (ownSteps && j === report.current) return true
    if (mode === 'none') return false
    if (mode === 'all' || (isFailed(j) && !report.superseded.has(j))) return true
    return j === report.current && j.steps.some((s) => isFailed(s))
  })
}

/** A part of the summary that can be given up when the budget is short. */
interface Piece {
  section: 'failed' | 'timeline' | 'table' | 'legs' | 'steps'
  /** Kept before pieces with a higher number. */
  priority: number
  text: string
  /** Jobs this piece shows, for the notes that say what was left out. */
  jobs: number
  /** Rows of a matrix's legs block (its legs and their replaced attempts). */
  legJobs?: number
  /** The piece cut to at most that many bytes (log lines: their last lines), or null. */
  shrink?: (maxBytes: number) => string | null
}

/**
 * What gives way first when the summary would pass the budget (higher goes
 * first): steps of passing jobs, then the legs of passing matrices, rows of
 * passing jobs, steps of failed jobs, the timeline, rows of jobs that need
 * attention; the failing log lines are cut to their last lines, shared
 * evenly; last of all the failed jobs' heads and reasons.
 */
const PRIORITY = {
  failedHead: 0,
  logs: 1,
  attentionRow: 2,
  timeline: 3,
  failedSteps: 4,
  row: 5,
  legs: 6,
  steps: 7
} as const

const WHY = 'to keep the summary under 1 MiB'

/**
 * Renders the summary: heading and verdict, what failed (heads, reasons, log
 * lines), the jobs table (matrix legs grouped, replaced attempts dimmed), the
 * timeline, the steps. When the whole would pass the budget, detail is given
 * up in the order of PRIORITY, and the summary says what.
 */
export function renderSummary(report: Report, opts: SummaryOptions): string {
  const budget = opts.budget ?? SUMMARY_BUDGET
  const notes = (opts.notes ?? []).map((n) => `> ${n}\n\n`).join('')
  const compared = report.comparison ? comparedLine(report.comparison) : ''
  const head = `${heading(report)}\n\n${verdictLine(report)}\n\n${compared}${notes}`
  if (report.jobs.length === 0) {
    return `${head}No job of this run matched the \`jobs\` patterns.\n`
  }

  const pieces: Piece[] = []
  const failed = report.aggregated.filter(isFailed)
  for (const job of failuresToRead(report)) {
    const excerpt = opts.logs?.excerpts.get(job.id)
    const withLogLines = !!excerpt && 'lines' in excerpt && excerpt.lines.length > 0
    pieces.push({
      section: 'failed',
      priority: PRIORITY.failedHead,
      text: failedJobHead(job, report, { withLogLines }),
      jobs: 1
    })
    if (excerpt) pieces.push(logsPiece(excerpt))
  }
  for (const entry of groupJobs(report.jobs, (j) => j === report.current, report.superseded)) {
    if (entry.kind === 'job') {
      pieces.push({
        section: 'table',
        priority: needsAttention(entry.job, report) ? PRIORITY.attentionRow : PRIORITY.row,
        text: jobRows(entry.job, entry.earlier, report, opts.now),
        jobs: 1
      })
    } else {
      const attention = entry.legs.some((j) => needsAttention(j, report))
      pieces.push({
        section: 'table',
        priority: attention ? PRIORITY.attentionRow : PRIORITY.row,
        text: groupRow(entry, report),
        jobs: entry.legs.length
      })
      pieces.push({
        section: 'legs',
        priority: PRIORITY.legs,
        text: legsBlock(entry, report, opts.now),
        jobs: 0,
        legJobs: entry.legs.length + entry.earlier.length
      })
    }
  }
  if (opts.timeline) {
    const chart = renderTimeline(report.jobs, {
      now: opts.now,
      currentJobId: report.current?.id ?? null
    })
    if (chart)
      pieces.push({ section: 'timeline', priority: PRIORITY.timeline, text: `${chart}\n`, jobs: 0 })
  }
  for (const job of jobsWithSteps(report, opts.steps, opts.ownSteps)) {
    const attention = (isFailed(job) && !report.superseded.has(job)) || job === report.current
    pieces.push({
      section: 'steps',
      priority: attention ? PRIORITY.failedSteps : PRIORITY.steps,
      text: stepsBlock(job, opts.now),
      jobs: 1
    })
  }

  const whatFailed = failed.length > 0
  // Slower than usual: a short list, kept whole (at most one line a job).
  const slower = slowerPart(report, report.comparison)
  const tableHead = `${whatFailed || slower ? '### Jobs\n\n' : ''}${tableHeader(report)}`
  // Room kept for the headings and the notes that say what was cut.
  const kept = fit(pieces, budget - bytes(head) - bytes(tableHead) - bytes(slower) - 1_000)
  const inSection = (section: Piece['section']): Piece[] =>
    pieces.filter((p) => p.section === section)
  const cut = (section: Piece['section']): number =>
    inSection(section)
      .filter((p) => !kept.has(p))
      .reduce((n, p) => n + p.jobs, 0)
  const text = (section: Piece['section']): string =>
    inSection(section)
      .map((p) => kept.get(p) ?? '')
      .join('')

  const out: string[] = [head]
  if (whatFailed) {
    out.push(`### What failed\n\n${text('failed')}`)
    const more = failed.length - failuresToRead(report).length + cut('failed')
    if (more > 0) out.push(`_${plural(more, 'more failed job')}: see the table below._\n\n`)
    const unread = opts.logs?.omitted ?? 0
    if (unread > 0 && more === 0)
      out.push(`_Log lines of ${plural(unread, 'more failed job')} not shown._\n\n`)
  }
  if (slower) out.push(slower)
  out.push(tableHead, text('table'))
  if (cut('table') > 0) {
    out.push(
      `\n_${plural(cut('table'), 'more job')} not shown ${WHY}; the report-file output has them all._\n`
    )
  }
  const legs = inSection('legs').filter((p) => kept.has(p))
  if (legs.length > 0) {
    const jobs = legs.reduce((n, p) => n + (p.legJobs ?? 0), 0)
    out.push(
      `\n<details><summary>Legs of ${plural(legs.length, 'matrix', 'matrices')} (${plural(jobs, 'job')})</summary>\n\n` +
        `${text('legs')}</details>\n\n`
    )
  }
  const timeline = text('timeline')
  if (timeline) out.push(`\n${timeline}`)
  const steps = text('steps')
  if (steps || cut('steps') > 0) {
    out.push(`\n### Steps\n\n${steps}`)
    if (cut('steps') > 0)
      out.push(`_Steps of ${plural(cut('steps'), 'more job')} not shown ${WHY}._\n`)
  }
  return out.join('')
}

/** A failed job's log lines: the whole excerpt, cut to its last lines when short of room. */
function logsPiece(excerpt: Excerpt): Piece {
  return {
    section: 'failed',
    priority: PRIORITY.logs,
    text: excerptBody(excerpt) ?? '',
    jobs: 0,
    shrink: (maxBytes) => excerptBody(excerpt, maxBytes)
  }
}

/**
 * The pieces kept within `room` bytes, with the text each is kept as:
 * by priority, then in order; a piece that does not fit is left out, but
 * pieces that can shrink (log lines) share what is left evenly, the small
 * ones whole and the others cut to their share.
 */
function fit(pieces: readonly Piece[], room: number): Map<Piece, string> {
  const kept = new Map<Piece, string>()
  let left = room
  const levels = [...new Set(pieces.map((p) => p.priority))].sort((a, b) => a - b)
  for (const level of levels) {
    const atLevel = pieces.filter((p) => p.priority === level)
    const shrinking = atLevel.filter((p) => p.shrink)
    for (const p of atLevel.filter((p) => !p.shrink)) {
      const size = bytes(p.text)
      if (size > left) continue
      kept.set(p, p.text)
      left -= size
    }
    // Smallest first: each takes at most an even share of what is left.
    const bySize = shrinking
      .map((p) => ({ p, size: bytes(p.text) }))
      .sort((a, b) => a.size - b.size)
    bySize.forEach(({ p, size }, i) => {
      const share = Math.floor(left / (bySize.length - i))
      const text = size <= share ? p.text : (p.shrink?.(share) ?? null)
      if (text === null) return
      kept.set(p, text)
      left -= bytes(text)
    })
  }
  return kept
}
