// The `trace-id` and `traceparent` outputs (issue 20): the report's trace,
// and the W3C traceparent of the job running the step, derived as the
// Collector's GitHub receiver derives them (trace-ids.ts). No request and no
// SDK: with or without an export, a later step can put its spans under the
// job's span.
import type { Report } from '../model/report.js'
import { jobTraceparent, traceIdOf } from './trace-ids.js'

/** The attempt the report's trace is of: the one asked for, else the latest read. */
export function traceAttempt(report: Pick<Report, 'run' | 'jobs'>): number {
  if (typeof report.run.attempt === 'number') return report.run.attempt
  return report.jobs.reduce((n, j) => Math.max(n, j.attempt), 1)
}

/**
 * The trace id of the report's attempt, and the traceparent of the job
 * running the step (its span in the trace of its own attempt); '' when that
 * job is not in the run read.
 *
 * @example traceOutputs(report) // { traceId: '08162d45…', traceparent: '00-08162d45…-2b09b38c69b64a9c-01' }
 */
export function traceOutputs(report: Pick<Report, 'run' | 'jobs' | 'current'>): {
  traceId: string
  traceparent: string
} {
  const current = report.current
  return {
    traceId: traceIdOf(report.run.id, traceAttempt(report)),
    traceparent: current ? jobTraceparent(report.run.id, current.attempt, current.id) : ''
  }
}
