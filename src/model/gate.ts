// The gate's decision: which jobs fail the step, and which were still
// unfinished when a wait ended. Pure: the report and how the wait ended come
// in, findings go out; render/gate.ts words them.
import type { NameMatcher } from './patterns.js'
import { isQueued, unfinished, type Report } from './report.js'
import type { JobRecord } from './types.js'

export interface GateOptions {
  failOn: readonly string[]
  allowFailure: NameMatcher
}

/** How a wait ended. */
export type WaitOutcome = 'completed' | 'failed-fast' | 'timeout' | 'cancelled' | 'error'

export interface WaitEnd {
  outcome: WaitOutcome
  timeoutMs: number
  /** Ids of jobs queued for the whole wait. */
  neverStarted: ReadonlySet<number>
  /** SIGINT or SIGTERM, when cancelled. */
  signal?: string
}

/** What fails the step; `pass` when nothing does. */
export interface GateFindings {
  pass: boolean
  /** Completed jobs with a `fail-on` conclusion, not allowed to fail. */
  blocking: JobRecord[]
  /** Why the wait stopped short of the end, if it did while jobs were unfinished. */
  stop: { why: 'timeout' | 'cancelled'; timeoutMs: number; signal?: string } | 'failed-fast' | null
  /** The unfinished jobs, each with whether it stayed queued for the whole wait. */
  unfinished: { job: JobRecord; neverStarted: boolean }[]
}

/** The jobs that fail the step: aggregated, completed, a `fail-on` conclusion, not allowed to fail. */
export function blockingJobs(report: Pick<Report, 'aggregated'>, opts: GateOptions): JobRecord[] {
  const bad = new Set(opts.failOn)
  return report.aggregated.filter(
    (j) =>
      j.status === 'completed' && bad.has(j.conclusion ?? 'unknown') && !opts.allowFailure(j.name)
  )
}

/**
 * The gate's findings. A wait that timed out or was cancelled with jobs
 * unfinished fails the step; one that stopped at a failing job (fail-fast)
 * says how many were left.
 */
export function gateFindings(report: Report, opts: GateOptions, wait?: WaitEnd): GateFindings {
  const blocking = blockingJobs(report, opts)
  const left = unfinished(report)
  let stop: GateFindings['stop'] = null
  if (wait && left.length > 0) {
    if (wait.outcome === 'timeout' || wait.outcome === 'cancelled') {
      stop = {
        why: wait.outcome,
        timeoutMs: wait.timeoutMs,
        ...(wait.signal ? { signal: wait.signal } : {})
      }
    } else if (wait.outcome === 'failed-fast') {
      stop = 'failed-fast'
    }
  }
  return {
    pass: blocking.length === 0 && stop === null,
    blocking,
    stop,
    unfinished: left.map((job) => ({
      job,
      neverStarted: isQueued(job) && (wait?.neverStarted.has(job.id) ?? false)
    }))
  }
}
