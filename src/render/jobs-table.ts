// The jobs table of the job summary: one row per job, a matrix folded into
// one row with its legs collapsed below, and the steps of a job in a
// collapsed block. Every API string goes through escape.ts.
import { html, mdText, mdUrl } from './escape.js'
import { formatDuration, plural } from './format.js'
import { matrixStats, type MatrixGroup } from '../model/matrix.js'
import { aggregateConclusion, isFailed, outcomeOf, type Report } from '../model/report.js'
import type { JobRecord } from '../model/types.js'
import { durationText, stateText } from './words.js'

export const ICON: Record<string, string> = {
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

export function tableHeader(report: Report): string {
  const attempt = report.run.attempt === 'all'
  return (
    `|   | Job |${attempt ? ' Attempt |' : ''} Conclusion | Queued | Duration | Runner |\n` +
    `| :-: | --- |${attempt ? ' :-: |' : ''} --- | --: | --: | --- |\n`
  )
}

export function tableRow(job: JobRecord, report: Report, now: number): string {
  const current = job === report.current ? ' **(this job)**' : ''
  const retried =
    report.passedOnRetry.has(job.name) && report.aggregated.includes(job)
      ? ' (passed on retry 🔁)'
      : ''
  const attempt = report.run.attempt === 'all' ? ` ${job.attempt} |` : ''
  return (
    `| ${iconOf(job)} | [${mdText(job.name)}](${mdUrl(job.url)})${current} |${attempt}` +
    ` ${mdText(stateText(job))}${retried} | ${formatDuration(job.queued_seconds)} | ${durationText(job, now)}` +
    ` | ${job.runner_name ? mdText(job.runner_name) : '–'} |\n`
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

/** A matrix in one row: worst icon, passed / total, failed legs, fastest – slowest. */
export function groupRow(group: MatrixGroup, report: Report): string {
  const stats = matrixStats(group)
  const icon = iconOf({ status: 'completed', conclusion: aggregateConclusion(group.legs) })
  const pending = stats.unfinished.length > 0 ? ICON.in_progress : icon
  const parts = [`${stats.passed} / ${stats.total} passed`]
  const leg = (j: JobRecord): string =>
    `[${mdText(j.name.slice(group.base.length + 2, -1))}](${mdUrl(j.url)})`
  if (stats.failed.length > 0) {
    const shown = stats.failed.slice(0, 5).map((j) => `${iconOf(j)} ${leg(j)}`)
    const more = stats.failed.length > 5 ? ` and ${stats.failed.length - 5} more` : ''
    parts.push(`${shown.join(', ')}${more}`)
  }
  if (stats.unfinished.length > 0) parts.push(`${stats.unfinished.length} not finished`)
  const range =
    stats.fastest && stats.slowest
      ? `${formatDuration(stats.fastest.duration_seconds)} – ${formatDuration(stats.slowest.duration_seconds)}`
      : formatDuration(null)
  const attempt = report.run.attempt === 'all' ? ` ${group.attempt} |` : ''
  return `| ${pending} | **${mdText(group.base)}** · ${plural(stats.total, 'leg')} |${attempt} ${parts.join(' · ')} | – | ${range} | – |\n`
}

/** The legs of a matrix, collapsed: the fastest and slowest named in the summary line. */
export function legsBlock(group: MatrixGroup, report: Report, now: number): string {
  const stats = matrixStats(group)
  const extremes =
    stats.fastest && stats.slowest
      ? ` · fastest ${html(stats.fastest.name)} ${formatDuration(stats.fastest.duration_seconds)}` +
        ` · slowest ${html(stats.slowest.name)} ${formatDuration(stats.slowest.duration_seconds)}`
      : ''
  const attempt = report.run.attempt === 'all' ? ` (attempt ${group.attempt})` : ''
  return (
    `<details><summary>${html(group.base)}${attempt}: ${stats.passed} / ${stats.total} legs passed${extremes}</summary>\n\n` +
    tableHeader(report) +
    group.legs.map((j) => tableRow(j, report, now)).join('') +
    '\n</details>\n\n'
  )
}

export function needsAttention(job: JobRecord, report: Report): boolean {
  return job === report.current || job.status !== 'completed' || isFailed(job)
}
