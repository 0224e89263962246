// The trace of a report, planned as plain data: which spans, with which ids,
// parents, times, statuses and attributes. The exporter (the OpenTelemetry
// SDK) only replays the plan, so everything a test can check is decided
// here. The shape follows the Collector's GitHub receiver, so that its spans
// and ours make one trace:
//
//   RUN <workflow>            one per attempt, SERVER, the trace's root
//   └─ <job name>             INTERNAL, created_at → completed_at
//      ├─ queue-<job name>    INTERNAL, created_at → started_at
//      └─ <step name>         INTERNAL, started_at → completed_at
//
// Times are the API's timestamps in epoch nanoseconds, never "now" for
// finished work. Work not finished when the report was made ends at
// `now`: a job in progress (and its step in progress), a job still queued
// (with its queue span). A step that has not started (no `started_at`) has
// no span. An end GitHub reports before the start is moved to the start, as
// the receiver does.
//
// The trace is the report's attempt's (the receiver's trace id is per
// attempt). With `attempt: all`, jobs a later attempt re-ran are in the
// trace of their own attempt, with its run span; each attempt after the
// first links to the one before.
import { aggregateConclusion, isFailed, isQueued, type Report } from '../model/report.js'
import { parseTime } from '../model/time.js'
import type { JobRecord, StepRecord } from '../model/types.js'
import {
  attemptAttributes,
  jobAttributes,
  queueAttributes,
  stepAttributes,
  type Attributes,
  type RunFacts
} from './trace-attributes.js'
import {
  jobSpanIdOf,
  previousAttemptOf,
  queueSpanIdOf,
  rootSpanIdOf,
  stepSpanIdOf,
  traceIdOf
} from './trace-ids.js'

export type SpanKind = 'server' | 'internal'
/** `ok` is never planned: the conventions leave a success unset. */
export type SpanStatus = 'ok' | 'error' | 'unset'

export interface SpanLink {
  traceId: string
  spanId: string
}

/** One span to export. Ids are lowercase hex (32 and 16 digits). */
export interface PlannedSpan {
  traceId: string
  spanId: string
  /** null for the run span, the root. */
  parentSpanId: string | null
  name: string
  kind: SpanKind
  /** Epoch nanoseconds (the API's millisecond timestamps × 10⁶). */
  startNs: bigint
  endNs: bigint
  /** `error` for a job or step that ended badly (`isFailed`), else `unset`. */
  status: SpanStatus
  /** With `error`: GitHub's conclusion (`failure`, `timed_out`…). */
  statusMessage?: string
  attributes: Attributes
  /** The run span of attempt n > 1: the run span of attempt n − 1. */
  links?: SpanLink[]
}

export interface TraceOptions {
  /** Epoch milliseconds of "now": the end of work not finished yet. */
  now: number
  /** The branch or tag the run ran on (the API's `head_branch`), when known. */
  headBranch?: string | null
}

const NS_PER_MS = 1_000_000n

/** Epoch milliseconds as epoch nanoseconds. ex. 1700000000123 -> 1700000000123000000n */
export const msToNs = (ms: number): bigint => BigInt(ms) * NS_PER_MS

/**
 * Epoch nanoseconds as the SDK's HrTime, `[seconds, nanoseconds]`.
 * ex. 1700000000123000000n -> [1700000000, 123000000]
 */
export function toHrTime(ns: bigint): [number, number] {
  return [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)]
}

/** A step has a span once it has started. */
const hasStarted = (step: StepRecord): boolean => parseTime(step.started_at) !== null

/**
 * The jobs of each trace, attempts in order. The report's attempt (the one
 * asked for, or the latest read) holds every job that counts: with
 * `attempt: latest`, GitHub lists the jobs a re-run kept under their first
 * attempt, and they belong to this attempt's run as the run page shows it.
 * A job a later attempt re-ran (`superseded`, with `attempt: all`) stays in
 * the trace of its own attempt.
 */
function byAttempt(report: Pick<Report, 'jobs' | 'superseded' | 'run'>): Map<number, JobRecord[]> {
  const main =
    typeof report.run.attempt === 'number'
      ? report.run.attempt
      : report.jobs.reduce((n, j) => Math.max(n, j.attempt), 1)
  const out = new Map<number, JobRecord[]>()
  for (const job of report.jobs) {
    const attempt = report.superseded.has(job) ? job.attempt : main
    const list = out.get(attempt)
    if (list) list.push(job)
    else out.set(attempt, [job])
  }
  return new Map([...out].sort(([a], [b]) => a - b))
}

/**
 * How many spans `planTrace` plans: one per attempt (one attempt unless
 * `attempt: all` read re-run jobs), and per job its span, its queue span and
 * one per started step: 1 + jobs + queue spans + started steps.
 */
export function spanCount(report: Pick<Report, 'jobs' | 'superseded' | 'run'>): number {
  let count = byAttempt(report).size
  for (const job of report.jobs) {
    count += 2
    for (const step of job.steps) if (hasStarted(step)) count++
  }
  return count
}

/**
 * A job's times in epoch ms: it starts when created (the receiver's job span
 * holds its wait), leaves the queue when started, and ends when completed;
 * unfinished, at `now`. A job missing a timestamp takes the next one known.
 */
function jobTimes(job: JobRecord, now: number): { start: number; started: number; end: number } {
  const created = parseTime(job.created_at)
  const started = isQueued(job) ? null : parseTime(job.started_at)
  const completed = job.status === 'completed' ? parseTime(job.completed_at) : null
  const start = created ?? started ?? completed ?? now
  const end = Math.max(
    start,
    job.status === 'completed' ? (completed ?? started ?? start) : Math.max(start, now)
  )
  const left = isQueued(job) ? end : Math.min(end, Math.max(start, started ?? start))
  return { start, started: left, end }
}

function statusOf(item: Pick<JobRecord, 'status' | 'conclusion'>): {
  status: SpanStatus
  statusMessage?: string
} {
  return isFailed(item)
    ? { status: 'error', statusMessage: item.conclusion ?? 'unknown' }
    : { status: 'unset' }
}

/** The spans of one job: itself, its queue and its started steps. */
function jobSpans(job: JobRecord, traceId: string, rootId: string, now: number): PlannedSpan[] {
  const t = jobTimes(job, now)
  const jobId = jobSpanIdOf(job.id)
  const spans: PlannedSpan[] = [
    {
      traceId,
      spanId: jobId,
      parentSpanId: rootId,
      name: job.name,
      kind: 'internal',
      startNs: msToNs(t.start),
      endNs: msToNs(t.end),
      ...statusOf(job),
      attributes: jobAttributes(job)
    },
    {
      traceId,
      spanId: queueSpanIdOf(job.id),
      parentSpanId: jobId,
      name: `queue-${job.name}`,
      kind: 'internal',
      startNs: msToNs(t.start),
      endNs: msToNs(t.started),
      status: 'unset',
      attributes: queueAttributes(job)
    }
  ]
  // A step still running ends now; in a job that has ended, when the job did.
  const openEnd = job.status === 'completed' ? t.end : now
  const names = new Set<string>()
  for (const step of job.steps) {
    const start = parseTime(step.started_at)
    if (start === null) continue
    const done = step.status === 'completed'
    const end = Math.max(start, done ? (parseTime(step.completed_at) ?? start) : openEnd)
    const repeated = names.has(step.name)
    names.add(step.name)
    spans.push({
      traceId,
      spanId: stepSpanIdOf(job.id, step, repeated),
      parentSpanId: jobId,
      name: step.name,
      kind: 'internal',
      startNs: msToNs(start),
      endNs: msToNs(end),
      ...statusOf(step),
      attributes: stepAttributes(job, step)
    })
  }
  return spans
}

/** The run's facts from the report: its page without the attempt. */
function runFacts(report: Report, opts: TraceOptions): RunFacts {
  return {
    owner: report.run.owner,
    repo: report.run.repo,
    id: report.run.id,
    url: report.run.url.replace(/\/attempts\/\d+$/, ''),
    workflow: report.run.workflow,
    headSha: report.run.head_sha,
    headBranch: opts.headBranch ?? null
  }
}

/**
 * The conclusion of an attempt's jobs, as `conclusion` ranks them, the job
 * running this step left out (as the `conclusion` output leaves it); null
 * while one is unfinished or when there is no other job.
 */
function attemptConclusion(jobs: readonly JobRecord[], current: JobRecord | null): string | null {
  const others = jobs.filter((j) => j !== current)
  if (others.length === 0 || others.some((j) => j.status !== 'completed')) return null
  return aggregateConclusion(others)
}

/**
 * The spans of the report's trace(s), made as they are read: per attempt,
 * each job with its queue and steps in run order, then the run span (its
 * times are its jobs' first start and last end). A caller that sends them
 * in batches holds one batch at a time, whatever the run's size.
 */
export function* planSpans(report: Report, opts: TraceOptions): Generator<PlannedSpan> {
  const run = runFacts(report, opts)
  for (const [attempt, jobs] of byAttempt(report)) {
    const traceId = traceIdOf(run.id, attempt)
    const rootId = rootSpanIdOf(run.id, attempt)
    let start: bigint | null = null
    let end: bigint | null = null
    for (const job of jobs) {
      const spans = jobSpans(job, traceId, rootId, opts.now)
      const own = spans[0]
      if (own) {
        if (start === null || own.startNs < start) start = own.startNs
        if (end === null || own.endNs > end) end = own.endNs
      }
      yield* spans
    }
    const root: PlannedSpan = {
      traceId,
      spanId: rootId,
      parentSpanId: null,
      name: run.workflow === null ? 'RUN' : `RUN ${run.workflow}`,
      kind: 'server',
      startNs: start ?? msToNs(opts.now),
      endNs: end ?? start ?? msToNs(opts.now),
      status: 'unset',
      attributes: {}
    }
    const conclusion = attemptConclusion(jobs, report.current)
    if (conclusion !== null) Object.assign(root, statusOf({ status: 'completed', conclusion }))
    root.attributes = attemptAttributes(run, attempt, conclusion)
    const previous = previousAttemptOf(run.id, attempt)
    if (previous) root.links = [previous]
    yield root
  }
}

/**
 * The spans of the report's trace(s) in one array, in reading order: per
 * attempt, the run span first, then each job with its queue and steps.
 */
export function planTrace(report: Report, opts: TraceOptions): PlannedSpan[] {
  const out: PlannedSpan[] = []
  let attempt: PlannedSpan[] = []
  for (const span of planSpans(report, opts)) {
    if (span.parentSpanId !== null) {
      attempt.push(span)
      continue
    }
    out.push(span, ...attempt)
    attempt = []
  }
  return out
}
