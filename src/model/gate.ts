// The gate's verdict: which jobs fail the step and the one message that says
// why. Pure: the report and how the wait ended come in, a message (or null
// for a pass) goes out.
import { logText } from '../render/escape.js'
import { formatInterval, plural } from '../render/format.js'
import { INPUT } from '../action/inputs.js'
import type { NameMatcher } from './patterns.js'
import type { Report } from './report.js'
import type { JobRecord } from './types.js'
import { isQueued, unfinished, type WaitOutcome } from '../pipeline/wait.js'

export interface GateOptions {
  failOn: readonly string[]
  allowFailure: NameMatcher
}

/** The jobs that fail the step: aggregated, completed, a `fail-on` conclusion, not allowed to fail. */
export function blockingJobs(report: Pick<Report, 'aggregated'>, opts: GateOptions): JobRecord[] {
  const bad = new Set(opts.failOn)
  return report.aggregated.filter(
    (j) =>
      j.status === 'completed' && bad.has(j.conclusion ?? 'unknown') && !opts.allowFailure(j.name)
  )
}

export interface WaitEnd {
  outcome: WaitOutcome
  timeoutMs: number
  /** Ids of jobs queued for the whole wait. */
  neverStarted: ReadonlySet<number>
  /** SIGINT or SIGTERM, when cancelled. */
  signal?: string
}

/**
 * The message the step fails with, or null when it passes. Names go through
 * logText: the message becomes an annotation and a log line.
 * ex. "1 job ended with a fail-on conclusion:\n- lint: failure https://…"
 */
export function gateVerdict(report: Report, opts: GateOptions, wait?: WaitEnd): string | null {
  const parts: string[] = []
  const bad = blockingJobs(report, opts)
  if (bad.length > 0) {
    const list = bad
      .map((j) => `- ${logText(j.name)}: ${j.conclusion ?? 'unknown'} ${j.url}`)
      .join('\n')
    parts.push(`${plural(bad.length, 'job')} ended with a ${INPUT.failOn} conclusion:\n${list}`)
  }
  const left = unfinished(report)
  if (wait && left.length > 0 && (wait.outcome === 'timeout' || wait.outcome === 'cancelled')) {
    const why =
      wait.outcome === 'timeout'
        ? `Timed out after ${formatInterval(wait.timeoutMs)}`
        : `Cancelled${wait.signal ? ` (${wait.signal})` : ''}`
    const list = left
      .map((j) => `- ${logText(j.name)}: ${j.status.replace(/_/g, ' ')}${hint(j, wait)}`)
      .join('\n')
    parts.push(`${why} while waiting for ${plural(left.length, 'job')}:\n${list}`)
  } else if (wait?.outcome === 'failed-fast' && left.length > 0) {
    parts.push(
      `Stopped waiting (fail-fast) with ${plural(left.length, 'job')} still running or queued.`
    )
  }
  return parts.length > 0 ? parts.join('\n') : null
}

function hint(job: JobRecord, wait: WaitEnd): string {
  if (!isQueued(job) || !wait.neverStarted.has(job.id)) return ''
  return ` — it never started: if it needs this job, it cannot start before this one ends; leave it out with a ${INPUT.jobs} line such as !${logText(job.name)}`
}
