// The words both renderers use for a job, a step and the counts: the job
// summary (Markdown) and the CLI's text. Raw text: each renderer escapes it
// for its medium (mdText, html, logText), since statuses and conclusions are
// the API's strings.
import type { StepsMode } from '../model/options.js'
import type { Report } from '../model/report.js'
import { parseTime } from '../model/time.js'
import type { JobRecord, StepRecord } from '../model/types.js'
import { formatDuration, plural } from './format.js'

export type { StepsMode }

/**
 * What a job's or step's state reads as: its conclusion once completed, else its status.
 * ex. "failure", "timed out", "in progress"
 */
export function stateText(item: Pick<JobRecord, 'status' | 'conclusion'>): string {
  if (item.status === 'completed') return (item.conclusion ?? 'unknown').replace(/_/g, ' ')
  return item.status.replace(/_/g, ' ')
}

/** The time taken, or the time so far for a running job or step. ex. "1m 10s", "4m 2s so far" */
export function durationText(item: JobRecord | StepRecord, now: number): string {
  if (item.duration_seconds !== null) return formatDuration(item.duration_seconds)
  if (item.status === 'in_progress' && item.started_at) {
    const started = parseTime(item.started_at)
    if (started !== null)
      return `${formatDuration(Math.max(0, Math.round((now - started) / 1000)))} so far`
  }
  return formatDuration(null)
}

/** The counts of the verdict. ex. "39 jobs: 37 success, 1 failure, 1 skipped" */
export function countsText(report: Pick<Report, 'counts'>): string {
  const c = report.counts
  const parts: string[] = []
  for (const [key, n] of Object.entries(c)) {
    if (['total', 'completed', 'in_progress', 'queued'].includes(key) || n === 0) continue
    parts.push(`${n} ${key.replace(/_/g, ' ')}`)
  }
  if (c.in_progress > 0) parts.push(`${c.in_progress} in progress`)
  if (c.queued > 0) parts.push(`${c.queued} queued`)
  return `${plural(c.total, 'job')}${parts.length ? `: ${parts.join(', ')}` : ''}`
}

/** The aggregate conclusion as words. ex. "timed out" */
export function conclusionText(report: Pick<Report, 'conclusion'>): string {
  return report.conclusion.replace(/_/g, ' ')
}
