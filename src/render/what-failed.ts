// The "What failed" part of the job summary, first after the verdict: for
// each failed job, worst first, one compact block: the job linked, the
// failing step linked to its log, the reasons (the check run's failure
// annotations), then its failing log lines (excerpt.ts).
import { annotationUrl, failureReasons } from '../model/failures.js'
import type { Report } from '../model/report.js'
import type { Annotation, JobRecord } from '../model/types.js'
import { mdText, mdUrl } from './escape.js'
import { formatDuration } from './format.js'
import { iconOf } from './jobs-table.js'
import { byJobId, flakyMark } from './usual.js'
import { stateText } from './words.js'

/** Longest reason shown, in characters. */
const MAX_REASON_CHARS = 300

/** The web address of the server, from the run's: `https://github.com`. */
function serverOf(run: Report['run']): string {
  const at = run.url.indexOf(`/${run.owner}/${run.repo}/actions/runs/`)
  return at > 0 ? run.url.slice(0, at) : 'https://github.com'
}

/**
 * A reason in one line: the message's lines joined, cut to MAX_REASON_CHARS;
 * only its first line with `firstOnly` (the log lines below show the rest).
 */
function oneLine(text: string, firstOnly = false): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const flat = firstOnly && lines.length > 1 ? `${lines[0] ?? ''} …` : lines.join(' · ')
  return flat.length > MAX_REASON_CHARS ? `${flat.slice(0, MAX_REASON_CHARS - 1)}…` : flat
}

/** One reason as a list item: `path:line` linked to the file at the run's commit, the title, the message. */
function reasonItem(a: Annotation, run: Report['run'], brief: boolean): string {
  let where = ''
  if (a.path && a.path !== '.github') {
    const code = `\`${mdText(a.path)}${a.start_line ? `:${a.start_line}` : ''}\``
    const url = annotationUrl(serverOf(run), run.owner, run.repo, run.head_sha, a)
    where = `${url ? `[${code}](${mdUrl(url)})` : code} `
  }
  const title = a.title ? `**${mdText(oneLine(a.title))}**: ` : ''
  return `- ${where}${title}${mdText(oneLine(a.message, brief))}\n`
}

/**
 * The head of a failed job's block: its icon and name linked, the attempt
 * when the report holds several, the conclusion and time, the failing step
 * linked to its log line; then its reasons as a list, each message on one
 * line (`withLogLines`: only its first line, as the log lines below it show
 * the rest; without them the whole message is the reason).
 *
 * @example failedJobHead(build, report)
 *   // '❌ **[build](…/job/1)** · failure · 1m 5s · step 5 [Run npm test](…/job/1#step:5:1)\n\n'
 */
export function failedJobHead(
  job: JobRecord,
  report: Pick<Report, 'run' | 'comparison'>,
  opts: { withLogLines?: boolean } = {}
): string {
  const attempt = report.run.attempt === 'all' && job.attempt > 1 ? ` (attempt ${job.attempt})` : ''
  const step = job.steps.find((s) => s.conclusion === 'failure') ?? null
  const where = step ? ` · step ${step.number} [${mdText(step.name)}](${mdUrl(step.url)})` : ''
  const took = job.duration_seconds !== null ? ` · ${formatDuration(job.duration_seconds)}` : ''
  // With `history`: a flaky job says so where it failed.
  const flaky = report.comparison ? flakyMark(byJobId(report.comparison).get(job.id)) : ''
  const title =
    `${iconOf(job)} **[${mdText(job.name)}](${mdUrl(job.url)})**${attempt}` +
    ` · ${mdText(stateText(job))}${took}${where}${flaky}\n\n`
  const reasons = failureReasons(job)
  return reasons.length > 0
    ? `${title}${reasons.map((a) => reasonItem(a, report.run, opts.withLogLines ?? false)).join('')}\n`
    : title
}
