// Earlier runs of a workflow for the comparison with the usual (issue 13):
// jobs shaped by their queue, run and step times, as plain records.
import type { ApiJob, EarlierRun, JobRecord } from '../../src/model/types.js'
import { apiJob, iso, RUN, toJobRecord, URLS } from './jobs.js'

/** This run's commit (apiJob's head_sha). */
export const SHA = 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0'

export interface Shape {
  /** Seconds from created to started. */
  queued?: number
  /** Seconds after T0 it was created. */
  at?: number
  attempt?: number
  /** Steps one after the other from the job's start: [name, seconds, conclusion]. */
  steps?: [string, number, string?][]
}

/** A job that waited `queued` s, then ran `seconds` (null: still running) and ended with `conclusion`. */
export function api(
  name: string,
  conclusion: string | null,
  seconds: number | null,
  s: Shape = {}
): ApiJob {
  const { queued = 5, at = 0, attempt = 1, steps = [] } = s
  const start = at + queued
  let t = start
  return apiJob(name, conclusion, {
    run_attempt: attempt,
    created_at: iso(at),
    started_at: iso(start),
    completed_at: seconds === null ? null : iso(start + seconds),
    steps: steps.map(([stepName, secs, c = 'success'], i) => {
      const from = t
      t += secs
      return {
        name: stepName,
        number: i + 1,
        status: 'completed',
        conclusion: c,
        started_at: iso(from),
        completed_at: iso(from + secs)
      }
    })
  })
}

export const job = (...args: Parameters<typeof api>): JobRecord =>
  toJobRecord(api(...args), RUN, URLS)

let nextRun = 1000
/** An earlier run of these jobs: `success` unless one failed. */
export function earlier(jobs: JobRecord[], over: Partial<EarlierRun> = {}): EarlierRun {
  const failed = jobs.some((j) => j.conclusion !== 'success' && j.conclusion !== 'skipped')
  return {
    id: nextRun++,
    attempt: 1,
    head_sha: `sha${nextRun}`,
    conclusion: failed ? 'failure' : 'success',
    created_at: iso(0),
    jobs,
    ...over
  }
}

/** `n` earlier runs, the i-th from `make(i)`. */
export const runs = (n: number, make: (i: number) => JobRecord[]): EarlierRun[] =>
  Array.from({ length: n }, (_, i) => earlier(make(i)))
