// The ids of a run's trace, derived as the OpenTelemetry Collector's GitHub
// receiver (receiver/githubreceiver, trace_event_handling.go) derives them
// from its webhooks, so that our spans and the receiver's land in one trace
// and a job can compute its own span's id (and TRACEPARENT) for itself.
// Every id is a slice of SHA-256 over a short ASCII string:
//
// | id                  | input                          | bytes  |
// | ------------------- | ------------------------------ | ------ |
// | trace (run attempt) | `<run_id><attempt>t`           | 0–16   |
// | run span (root)     | `<run_id><attempt>s`           | 8–16   |
// | job span            | `<job_id>-j`                   | 8–16   |
// | job's queue span    | `<job_id>-q`                   | 8–16   |
// | step span           | `<job_id>-<step name>-s`       | 8–16   |
// | repeated step name  | `<job_id>-<step number>-r`     | 8–16   |
//
// `job_id` is the job's id, which is its check run id (`job.check_run_id`
// in a workflow). The job, queue and step rules are the receiver's
// `newSpanIDFromCheckRun` inputs, its default since v0.151.0 (feature gate
// `receiver.githubreceiver.UseCheckRunID`; the older rule hashed the run id,
// attempt and job name, and could not be computed from inside the job). The
// receiver gives two steps of one job with the same name the same span id;
// a span id must be unique in its trace, so a name's second and later steps
// take the last rule, ours (no receiver input ends in `-r`).
import { createHash } from 'node:crypto'

/** Hex of SHA-256 over the UTF-8 bytes of `input`. */
function sha256Hex(input: string): string {
  return createHash('sha256').update(input, 'utf8').digest('hex')
}

/** Bytes 8 to 16 of SHA-256 of `input`, hex: the receiver's span ids. */
function spanIdOf(input: string): string {
  return sha256Hex(input).slice(16, 32)
}

/**
 * The trace id of one attempt of a run: the first 16 bytes of SHA-256 of
 * `"<run_id><attempt>t"`, hex.
 *
 * @example traceIdOf(30207029289, 1) === '08162d45016312386469c2fc72c9378c'
 */
export function traceIdOf(runId: number, attempt: number): string {
  return sha256Hex(`${runId}${attempt}t`).slice(0, 32)
}

/**
 * The span id of one attempt of a run, the trace's root: bytes 8 to 16 of
 * SHA-256 of `"<run_id><attempt>s"`, hex.
 *
 * @example rootSpanIdOf(30207029289, 1) === '5f6ce27d4a1bf32d'
 */
export function rootSpanIdOf(runId: number, attempt: number): string {
  return spanIdOf(`${runId}${attempt}s`)
}

/** A job's span id: bytes 8 to 16 of SHA-256 of `"<job_id>-j"`. */
export function jobSpanIdOf(jobId: number): string {
  return spanIdOf(`${jobId}-j`)
}

/** The span id of a job's time in the queue: bytes 8 to 16 of SHA-256 of `"<job_id>-q"`. */
export function queueSpanIdOf(jobId: number): string {
  return spanIdOf(`${jobId}-q`)
}

/**
 * A step's span id: bytes 8 to 16 of SHA-256 of `"<job_id>-<step name>-s"`
 * (what a step can compute knowing its job's id and its own name); for a
 * step whose name an earlier step of the job already has, of
 * `"<job_id>-<step number>-r"`.
 */
export function stepSpanIdOf(
  jobId: number,
  step: { name: string; number: number },
  repeated = false
): string {
  return repeated ? spanIdOf(`${jobId}-${step.number}-r`) : spanIdOf(`${jobId}-${step.name}-s`)
}

/**
 * The previous attempt's trace and root span, which an attempt after the
 * first links to (the receiver links the trace only); null for attempt 1.
 */
export function previousAttemptOf(
  runId: number,
  attempt: number
): { traceId: string; spanId: string } | null {
  if (attempt <= 1) return null
  return { traceId: traceIdOf(runId, attempt - 1), spanId: rootSpanIdOf(runId, attempt - 1) }
}

/**
 * A W3C `traceparent` header, sampled.
 *
 * @example traceparent('08162d45016312386469c2fc72c9378c', '5f6ce27d4a1bf32d')
 *   === '00-08162d45016312386469c2fc72c9378c-5f6ce27d4a1bf32d-01'
 */
export function traceparent(traceId: string, spanId: string): string {
  return `00-${traceId}-${spanId}-01`
}

/**
 * The `traceparent` of a job's span, for the steps after it: known from the
 * run id, the attempt and the job id alone (`github.run_id`,
 * `github.run_attempt`, `job.check_run_id`), without reading the API.
 */
export function jobTraceparent(runId: number, attempt: number, jobId: number): string {
  return traceparent(traceIdOf(runId, attempt), jobSpanIdOf(jobId))
}
