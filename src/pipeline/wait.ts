// The wait loop of the gate: poll the run until every selected job but this
// one has completed, a job fails fast, the time is up, or the runner cancels
// the step. The clock, the sleep, the poll and the log are handed in, so the
// loop is tested without timers or a network.
import { logText } from '../render/escape.js'
import { formatInterval } from '../render/format.js'
import type { RateLimit } from '../github/pages.js'
import { isQueued, unfinished, type Report } from '../model/report.js'
import type { WaitOutcome } from '../model/gate.js'
import type { JobRecord } from '../model/types.js'

export interface Poll {
  report: Report
  /** Requests this poll made and how many came back 304. */
  requests: number
  notModified: number
  rateLimit: RateLimit | null
}

export interface WaitOptions {
  /** The read already made before waiting. */
  first: Poll
  poll: () => Promise<Poll>
  intervalMs: number
  /** Epoch milliseconds when the wait gives up. */
  deadline: number
  /** Jobs that stop the wait at once (`fail-fast`); empty to wait for all. */
  failing: (report: Report) => JobRecord[]
  now: () => number
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal
  log: (line: string) => void
}

export interface WaitResult {
  last: Poll
  outcome: WaitOutcome
  polls: number
  requests: number
  notModified: number
  /** Ids of jobs that were queued at every poll: they may be waiting for this job. */
  neverStarted: Set<number>
  /** What made a poll fail, with outcome `error`: what was known before is kept. */
  error?: unknown
}

/**
 * One progress line; names sanitised, never first on the line.
 * ex. "7 / 12 completed — waiting for: build / linux, test (node 22)"
 */
export function progressLine(report: Report, shown = 5): string {
  const left = unfinished(report)
  const names = left.slice(0, shown).map((j) => logText(j.name))
  const more = left.length > shown ? `, and ${left.length - shown} more` : ''
  const done = report.aggregated.length - left.length
  return `${done} / ${report.aggregated.length} completed — waiting for: ${names.join(', ')}${more}`
}

/** Requests kept back from the budget for the other steps of the workflow. */
const RESERVE = 50
/**
 * Below this many requests left the budget is "low". Above it, polling stays
 * as asked: most polls are 304s, which cost nothing.
 */
export const LOW_BUDGET = 250

/**
 * The time between polls, stretched when the budget runs low: the polls left
 * (after a reserve) are spread over the time to the reset, as if each cost
 * every page. ex. 110 left, reset in 10 min, 1 page a poll: 10 s apart.
 */
export function pollInterval(
  intervalMs: number,
  rate: RateLimit | null,
  pagesPerPoll: number,
  now: number
): number {
  if (!rate || rate.remaining >= LOW_BUDGET) return intervalMs
  const untilReset = Math.max(0, rate.resetMs - now)
  const polls = (rate.remaining - RESERVE) / Math.max(1, pagesPerPoll)
  if (polls <= 0) return Math.max(intervalMs, untilReset)
  return Math.max(intervalMs, Math.ceil(untilReset / polls))
}

/** Polls until the jobs are done, one fails fast, the deadline passes or the step is cancelled. */
export async function waitForJobs(opts: WaitOptions): Promise<WaitResult> {
  let last = opts.first
  let polls = 1
  let requests = last.requests
  let notModified = last.notModified
  const queued = (r: Report): Set<number> =>
    new Set(
      unfinished(r)
        .filter((j) => isQueued(j))
        .map((j) => j.id)
    )
  let neverStarted = queued(last.report)
  let stretched = false

  const result = (outcome: WaitOutcome): WaitResult => ({
    last,
    outcome,
    polls,
    requests,
    notModified,
    neverStarted
  })

  // Jobs of a dynamic matrix are created only when the job that computes the
  // matrix has ended: once a wait saw jobs running, all done is confirmed by
  // one more poll, which must find no new job.
  let sawRunning = false
  let confirming = false
  for (;;) {
    const left = unfinished(last.report).length
    if (left === 0 && (!sawRunning || confirming)) return result('completed')
    if (opts.failing(last.report).length > 0) return result('failed-fast')
    if (opts.signal.aborted) return result('cancelled')
    const now = opts.now()
    if (now >= opts.deadline) return result(left === 0 ? 'completed' : 'timeout')
    if (left > 0) {
      sawRunning = true
      confirming = false
      opts.log(progressLine(last.report))
    } else {
      confirming = true
      opts.log(
        `${last.report.aggregated.length} / ${last.report.aggregated.length} completed — one more poll to see that no new job was created.`
      )
    }

    const interval = pollInterval(opts.intervalMs, last.rateLimit, last.requests, now)
    if (interval > opts.intervalMs && !stretched) {
      opts.log(
        `GitHub's rate limit is low (${last.rateLimit?.remaining} requests left until ${new Date(last.rateLimit?.resetMs ?? 0).toISOString()}): polling every ${formatInterval(interval)} instead of every ${formatInterval(opts.intervalMs)}.`
      )
    }
    stretched = interval > opts.intervalMs
    await opts.sleep(Math.min(interval, opts.deadline - now), opts.signal)
    if (opts.signal.aborted) return result('cancelled')

    const polling = opts.poll()
    // A poll abandoned on cancel may still fail later: that must not crash.
    polling.catch(() => undefined)
    const cancel = aborted(opts.signal)
    let next: Poll | null
    try {
      next = await Promise.race([polling, cancel.promise])
    } catch (error) {
      return { ...result('error'), error }
    } finally {
      // One listener per poll, removed once the poll is over: a wait of many
      // polls must not pile them up on the step's signal.
      cancel.dispose()
    }
    if (next === null) return result('cancelled')
    last = next
    polls++
    requests += next.requests
    notModified += next.notModified
    const stillQueued = queued(next.report)
    neverStarted = new Set([...neverStarted].filter((id) => stillQueued.has(id)))
  }
}

/**
 * A promise that resolves with null when the signal aborts (a poll in flight
 * is then abandoned), and how to stop listening.
 */
function aborted(signal: AbortSignal): { promise: Promise<null>; dispose: () => void } {
  let dispose = (): void => {}
  const promise = new Promise<null>((resolve) => {
    if (signal.aborted) return resolve(null)
    const onAbort = (): void => resolve(null)
    signal.addEventListener('abort', onAbort, { once: true })
    dispose = () => signal.removeEventListener('abort', onAbort)
  })
  return { promise, dispose }
}
