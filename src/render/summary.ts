// The job summary: heading and verdict, jobs table, steps of the jobs `steps`
// selects. Pure Markdown rendering over the report; every name taken from the
// API goes through escape.ts. The whole stays under a byte budget, because the
// runner drops a summary over 1 MiB entirely.
import { mdText, mdUrl } from './escape.js'
import { formatDuration, plural } from './format.js'
import type { Excerpt } from '../model/log-lines.js'
import { excerptBlock } from './excerpt.js'
import { groupJobs } from '../model/matrix.js'
import { isFailed, type Report } from '../model/report.js'
import {
  groupRow,
  ICON,
  legsBlock,
  needsAttention,
  stepsBlock,
  tableHeader,
  tableRow
} from './jobs-table.js'
import { renderTimeline } from './timeline.js'
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

/** A part of the summary that can be given up when the budget is short. */
interface Piece {
  section: 'timeline' | 'table' | 'legs' | 'steps' | 'logs'
  /** Kept before pieces with a higher number. */
  priority: number
  text: string
  /** Jobs this piece shows, for the notes that say what was left out. */
  jobs: number
}

/**
 * What gives way first when the summary would pass the budget (higher goes
 * first): steps of passing jobs, then the legs of passing matrices, rows of
 * passing jobs, steps of failed jobs, the timeline, rows of jobs that need
 * attention, and last the failing log lines.
 */
const PRIORITY = {
  logs: 1,
  attentionRow: 2,
  timeline: 3,
  failedSteps: 4,
  row: 5,
  legs: 6,
  steps: 7
} as const

/**
 * Renders the summary: heading and verdict, timeline, jobs table (matrix legs
 * grouped), steps, failing log lines. When the whole would pass the budget,
 * detail is given up in the order of PRIORITY, and the summary says what.
 */
export function renderSummary(report: Report, opts: SummaryOptions): string {
  const budget = opts.budget ?? SUMMARY_BUDGET
  const notes = (opts.notes ?? []).map((n) => `> ${n}\n\n`).join('')
  const head = `${heading(report)}\n\n${verdictLine(report)}\n\n${notes}`
  if (report.jobs.length === 0) {
    return `${head}No job of this run matched the \`jobs\` patterns.\n`
  }

  const pieces: Piece[] = []
  if (opts.timeline) {
    const chart = renderTimeline(report.jobs, {
      now: opts.now,
      currentJobId: report.current?.id ?? null
    })
    if (chart)
      pieces.push({ section: 'timeline', priority: PRIORITY.timeline, text: `${chart}\n`, jobs: 0 })
  }
  for (const entry of groupJobs(report.jobs, (j) => j === report.current)) {
    if (entry.kind === 'job') {
      const attention = needsAttention(entry.job, report)
      pieces.push({
        section: 'table',
        priority: attention ? PRIORITY.attentionRow : PRIORITY.row,
        text: tableRow(entry.job, report, opts.now),
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
        jobs: 0
      })
    }
  }
  for (const job of jobsWithSteps(report, opts.steps, opts.ownSteps)) {
    const failed = isFailed(job) || job === report.current
    pieces.push({
      section: 'steps',
      priority: failed ? PRIORITY.failedSteps : PRIORITY.steps,
      text: stepsBlock(job, opts.now),
      jobs: 1
    })
  }
  for (const job of report.jobs) {
    const excerpt = opts.logs?.excerpts.get(job.id)
    if (excerpt)
      pieces.push({
        section: 'logs',
        priority: PRIORITY.logs,
        text: excerptBlock(job, excerpt),
        jobs: 1
      })
  }

  // Room kept for the headings and the notes that say what was cut.
  let left = budget - bytes(head) - bytes(tableHeader(report)) - 1_000
  const kept = new Set<Piece>()
  const byPriority = pieces
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.priority - b.p.priority || a.i - b.i)
  for (const { p } of byPriority) {
    const size = bytes(p.text)
    if (size > left) continue
    kept.add(p)
    left -= size
  }
  const inSection = (section: Piece['section']): Piece[] =>
    pieces.filter((p) => p.section === section)
  const cut = (section: Piece['section']): number =>
    inSection(section)
      .filter((p) => !kept.has(p))
      .reduce((n, p) => n + p.jobs, 0)
  const text = (section: Piece['section']): string =>
    inSection(section)
      .filter((p) => kept.has(p))
      .map((p) => p.text)
      .join('')
  const why = 'to keep the summary under 1 MiB'

  const out: string[] = [head, text('timeline'), tableHeader(report), text('table')]
  if (cut('table') > 0) {
    out.push(
      `\n_${plural(cut('table'), 'more job')} not shown ${why}; the report-file output has them all._\n`
    )
  }
  const legs = text('legs')
  if (legs) out.push(`\n${legs}`)
  const steps = text('steps')
  if (steps || cut('steps') > 0) {
    out.push(`\n### Steps\n\n${steps}`)
    if (cut('steps') > 0)
      out.push(`_Steps of ${plural(cut('steps'), 'more job')} not shown ${why}._\n`)
  }
  const logs = text('logs')
  const logsLeftOut = cut('logs') + (opts.logs?.omitted ?? 0)
  if (logs || logsLeftOut > 0) {
    out.push(`\n### Failing log lines\n\n${logs}`)
    if (logsLeftOut > 0)
      out.push(`_Log lines of ${plural(logsLeftOut, 'more failed job')} not shown._\n`)
  }
  return out.join('')
}
