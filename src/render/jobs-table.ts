// The jobs table of the job summary: one row per job, a matrix folded into
// one row with its legs collapsed below, and the steps of a job in a
// collapsed block. Every API string goes through escape.ts.
import { html, mdText, mdUrl } from './escape.js'
import { formatDuration, plural } from './format.js'
import { matrixStats, type MatrixGroup } from '../model/matrix.js'
import { aggregateConclusion, isFailed, outcomeOf, type Report } from '../model/report.js'
import type { JobRecord } from '../model/types.js'
import { durationText, stateText } from './words.js'
import { byJobId, flakyMark, SLOWER_ICON, vsUsualCell } from './usual.js'

export const ICON: Record<string, string> = {
  success: '✅',
  failure: '❌',
  timed_out: '⏱️',
  startup_failure: '💥',
  cancelled: '🚫',
  action_required: '✋',
  stale: '🥀',
  rerun: '🔁',
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

/**
 * Text a table cell keeps on one line: its spaces made no-break spaces, and
 * no break after a dash (a word joiner follows it).
 */
const unbroken = (text: string): string => text.replace(/ /g, '\u00a0').replace(/[–-]/g, '$&\u2060')

/**
 * The table's header. No attempt column: with `attempt: all` a job that ran
 * in several attempts says its attempt by its name, and most rows need none.
 * A "vs usual" column when the report is compared with earlier runs.
 */
export function tableHeader(report: Pick<Report, 'comparison'>): string {
  return report.comparison
    ? '|   | Job | Conclusion | Queued | Duration | vs usual | Runner |\n' +
        '| :-: | --- | --- | --: | --: | --: | --- |\n'
    : '|   | Job | Conclusion | Queued | Duration | Runner |\n' +
        '| :-: | --- | --- | --: | --: | --- |\n'
}

/** The "vs usual" cell with its separator, when the report is compared; '' otherwise. */
function usualCell(report: Report, job: JobRecord): string {
  if (!report.comparison) return ''
  return ` ${unbroken(vsUsualCell(byJobId(report.comparison).get(job.id)))} |`
}

/**
 * A job's row; `attempt` labels the name with the job's attempt (a name that
 * ran in several). An attempt a later one replaced (`replacedBy`) is dimmed
 * (italic), marked 🔁 rather than with its conclusion's icon, and says which
 * attempt replaced it: it is not a failure of the run.
 */
export function tableRow(
  job: JobRecord,
  report: Report,
  now: number,
  opts: { attempt?: boolean; replacedBy?: JobRecord } = {}
): string {
  // The marks after a name stay on one line with it: "report · attempt 2 (this job)".
  const current = job === report.current ? unbroken(' **(this job)**') : ''
  const attempt = opts.attempt ? unbroken(` · attempt ${job.attempt}`) : ''
  const link = `[${mdText(job.name)}](${mdUrl(job.url)})`
  const queued = formatDuration(job.queued_seconds)
  // Runner names are long and alike ("GitHub Actions 1000000771"): kept on
  // one line, so that every row is one line high.
  const runner = job.runner_name ? unbroken(mdText(job.runner_name)) : '–'
  const times = `${queued} | ${durationText(job, now)} |${usualCell(report, job)} ${runner} |\n`
  if (opts.replacedBy) {
    const state = `${mdText(stateText(job))}, re-run in attempt ${opts.replacedBy.attempt}`
    return `| ${ICON.rerun} | _${link}${attempt}_ | _${state}_ | ${times}`
  }
  const retried =
    report.passedOnRetry.has(job.name) && report.aggregated.includes(job)
      ? ' (passed on retry 🔁)'
      : ''
  const flaky = report.comparison ? flakyMark(byJobId(report.comparison).get(job.id)) : ''
  return `| ${iconOf(job)} | ${link}${attempt}${current}${flaky} | ${mdText(stateText(job))}${retried} | ${times}`
}

/** A job's row followed by the dimmed rows of the attempts it replaced. */
export function jobRows(
  job: JobRecord,
  earlier: readonly JobRecord[],
  report: Report,
  now: number
): string {
  const attempt = earlier.length > 0
  return (
    tableRow(job, report, now, { attempt }) +
    earlier.map((e) => tableRow(e, report, now, { attempt, replacedBy: job })).join('')
  )
}

export function stepsBlock(job: JobRecord, now: number): string {
  const lines = [
    `<details><summary>${iconOf(job)} <b>${html(job.name)}</b> — ${html(stateText(job))} · ` +
      `${html(durationText(job, now))} · ${plural(job.steps.length, 'step')}</summary>\n\n`,
    '| # | Step | Conclusion | Duration |\n| --: | --- | --- | --: |\n'
  ]
  for (const step of job.steps) {
    lines.push(
      `| ${step.number} | ${iconOf(step)} [${mdText(step.name)}](${mdUrl(step.url)}) | ${mdText(stateText(step))} | ${durationText(step, now)} |\n`
    )
  }
  lines.push('\n</details>\n\n')
  return lines.join('')
}

/**
 * A matrix in one row, each leg at its latest attempt: worst icon, passed /
 * total, failed legs, legs that passed on retry, fastest – slowest.
 */
export function groupRow(group: MatrixGroup, report: Report): string {
  const stats = matrixStats(group)
  const icon = iconOf({ status: 'completed', conclusion: aggregateConclusion(group.legs) })
  const pending = stats.unfinished.length > 0 ? ICON.in_progress : icon
  const parts = [`${stats.passed} / ${stats.total} passed`]
  const leg = (j: JobRecord): string =>
    `[${mdText(j.name.slice(group.base.length + 2, -1))}](${mdUrl(j.url)})`
  const some = (legs: JobRecord[], show: (j: JobRecord) => string): string => {
    const shown = legs.slice(0, 5).map(show)
    return `${shown.join(', ')}${legs.length > 5 ? ` and ${legs.length - 5} more` : ''}`
  }
  if (stats.failed.length > 0) parts.push(some(stats.failed, (j) => `${iconOf(j)} ${leg(j)}`))
  if (stats.retried.length > 0)
    parts.push(`${some(stats.retried, (j) => `${ICON.rerun} ${leg(j)}`)} passed on retry`)
  if (stats.unfinished.length > 0) parts.push(`${stats.unfinished.length} not finished`)
  const fastest = formatDuration(stats.fastest?.duration_seconds ?? null)
  const slowest = formatDuration(stats.slowest?.duration_seconds ?? null)
  const range = fastest === slowest ? fastest : unbroken(`${fastest} – ${slowest}`)
  return `| ${pending} | **${mdText(group.base)}** · ${plural(stats.total, 'leg')} | ${parts.join(' · ')} | – | ${range} |${groupUsual(group, report)} – |\n`
}

/**
 * The legs of a matrix: a line naming it, with the fastest and slowest leg,
 * then their table, each leg's replaced attempts dimmed under it. The
 * summary folds every matrix's legs into one `<details>` block.
 */
export function legsBlock(group: MatrixGroup, report: Report, now: number): string {
  const stats = matrixStats(group)
  const extremes =
    stats.fastest && stats.slowest
      ? ` · fastest ${mdText(stats.fastest.name)} ${formatDuration(stats.fastest.duration_seconds)}` +
        ` · slowest ${mdText(stats.slowest.name)} ${formatDuration(stats.slowest.duration_seconds)}`
      : ''
  const retried = stats.retried.length > 0 ? ` (${stats.retried.length} on retry)` : ''
  const rows = group.legs.map((leg) =>
    jobRows(
      leg,
      group.earlier.filter((e) => e.name === leg.name),
      report,
      now
    )
  )
  return (
    `**${mdText(group.base)}**: ${stats.passed} / ${stats.total} legs passed${retried}${extremes}\n\n` +
    tableHeader(report) +
    rows.join('') +
    '\n'
  )
}

/** A matrix's "vs usual" cell: how many of its legs were slower than usual. */
function groupUsual(group: MatrixGroup, report: Report): string {
  if (!report.comparison) return ''
  const usual = byJobId(report.comparison)
  const slower = group.legs.filter((j) => usual.get(j.id)?.verdict === 'slower').length
  return ` ${slower > 0 ? unbroken(`${slower} slower ${SLOWER_ICON}`) : '–'} |`
}

/** A row kept before others when the summary is short of room. */
export function needsAttention(job: JobRecord, report: Report): boolean {
  if (report.superseded.has(job)) return false
  return job === report.current || job.status !== 'completed' || isFailed(job)
}
