// The "What failed" part of the job summary, first after the verdict: for
// each failed job, worst first, one compact block: the job linked, the
// failing step linked to its log, the reasons (the check run's failure
// annotations), then its failing log lines (excerpt.ts).
import { CONCLUSION_RANK, isFailed, outcomeOf, type Report } from '../model/report.js'
import type { Annotation, JobRecord } from '../model/types.js'
import { mdText, mdUrl } from './escape.js'
import { formatDuration } from './format.js'
import { iconOf } from './jobs-table.js'
import { stateText } from './words.js'

/** Failed jobs given a block, at most (the log downloads read as many). */
export const MAX_FAILED_SHOWN = 10
/** Reasons shown per job, at most. */
const MAX_REASONS = 5
/** Longest reason shown, in characters. */
const MAX_REASON_CHARS = 300

/**
 * The failed jobs that count, worst first (by CONCLUSION_RANK), then in run
 * order. A job replaced by a later attempt is not among them: it is not a
 * failure of the run.
 */
export function failedWorstFirst(report: Pick<Report, 'aggregated'>): JobRecord[] {
  const rank = (j: JobRecord): number =>
    (CONCLUSION_RANK as readonly string[]).indexOf(outcomeOf(j))
  return report.aggregated
    .map((job, i) => ({ job, i }))
    .filter(({ job }) => isFailed(job))
    .sort((a, b) => rank(a.job) - rank(b.job) || a.i - b.i)
    .map(({ job }) => job)
}

/** A reason in one line: the message's lines joined, cut to MAX_REASON_CHARS. */
function oneLine(text: string): string {
  const flat = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' · ')
  return flat.length > MAX_REASON_CHARS ? `${flat.slice(0, MAX_REASON_CHARS - 1)}…` : flat
}

/** The failure-level annotations, those about a file first, without repeats. */
function reasonsOf(job: JobRecord): Annotation[] {
  const seen = new Set<string>()
  const out: Annotation[] = []
  for (const a of job.annotations ?? []) {
    if (a.level !== 'failure') continue
    const key = `${a.path ?? ''}\u0000${a.start_line ?? ''}\u0000${a.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(a)
  }
  const aboutFile = (a: Annotation): boolean => !!a.path && a.path !== '.github'
  return [...out.filter(aboutFile), ...out.filter((a) => !aboutFile(a))].slice(0, MAX_REASONS)
}

/** One reason as a list item: `path:line`, the title in bold, the message. */
function reasonItem(a: Annotation): string {
  const where =
    a.path && a.path !== '.github'
      ? `\`${mdText(a.path)}${a.start_line ? `:${a.start_line}` : ''}\` `
      : ''
  const title = a.title ? `**${mdText(oneLine(a.title))}**: ` : ''
  return `- ${where}${title}${mdText(oneLine(a.message))}\n`
}

/**
 * The head of a failed job's block: its icon and name linked, the attempt
 * when the report holds several, the conclusion and time, the failing step
 * linked to its log line; then its reasons as a list.
 *
 * @example failedJobHead(build, report)
 *   // '❌ **[build](…/job/1)** · failure · 1m 5s · step 5 [Run npm test](…/job/1#step:5:1)\n\n'
 */
export function failedJobHead(job: JobRecord, report: Pick<Report, 'run'>): string {
  const attempt = report.run.attempt === 'all' && job.attempt > 1 ? ` (attempt ${job.attempt})` : ''
  const step = job.steps.find((s) => s.conclusion === 'failure') ?? null
  const where = step ? ` · step ${step.number} [${mdText(step.name)}](${mdUrl(step.url)})` : ''
  const took = job.duration_seconds !== null ? ` · ${formatDuration(job.duration_seconds)}` : ''
  const title =
    `${iconOf(job)} **[${mdText(job.name)}](${mdUrl(job.url)})**${attempt}` +
    ` · ${mdText(stateText(job))}${took}${where}\n\n`
  const reasons = reasonsOf(job)
  return reasons.length > 0 ? `${title}${reasons.map(reasonItem).join('')}\n` : title
}
