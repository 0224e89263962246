// Job and step records, made from the API's jobs as their pages arrive:
// timings in whole seconds from epoch milliseconds, never negative. Pure:
// every address comes in.
import { secondsBetween } from './time.js'
import type { ApiJob, ApiStep, JobRecord, RunRef, StepRecord } from './types.js'

/** Addresses a record needs: the API for log URLs, the web for pages. */
export interface Urls {
  apiUrl: string
  serverUrl: string
}

/**
 * Makes the records of one read, a job at a time as its page arrives.
 * (Records once shared the step names and timestamps a run repeats; the
 * benchmark showed no gain from it, 3000 × 30: 919 ms and 144 MB with it,
 * 892 ms and 143 MB without, so they no longer do.)
 */
export function recordMaker(run: RunRef, urls: Urls): (job: ApiJob) => JobRecord {
  return (job) => {
    const url =
      job.html_url ||
      `${urls.serverUrl}/${run.owner}/${run.repo}/actions/runs/${job.run_id || run.id}/job/${job.id}`
    return {
      id: job.id,
      name: job.name,
      status: job.status,
      conclusion: job.conclusion ?? null,
      attempt: job.run_attempt ?? 1,
      created_at: job.created_at ?? null,
      started_at: job.started_at ?? null,
      completed_at: job.completed_at ?? null,
      queued_seconds: secondsBetween(job.created_at, job.started_at),
      duration_seconds: secondsBetween(job.started_at, job.completed_at),
      url,
      log_url: `${urls.apiUrl}/repos/${run.owner}/${run.repo}/actions/jobs/${job.id}/logs`,
      runner_name: job.runner_name || null,
      labels: job.labels ?? [],
      steps: (job.steps ?? []).map((step) => toStepRecord(step, url)),
      annotations: null
    }
  }
}

/**
 * A step as published. Its `url` (the job page and `#step:{n}:1`) is made
 * when it is read, not kept: JSON.stringify flattens every string it writes,
 * and writing the report file made the 90,000 step URLs of a 3000 × 30 run
 * flat copies that lived on with the records (about 10 MB).
 */
class Step implements StepRecord {
  readonly #jobUrl: string
  // Set only when compared with the usual: declared, so that no step carries
  // three more (undefined) fields without `history`.
  declare usual_seconds?: number | null
  declare usual_runs?: number
  declare vs_usual?: number | null
  constructor(
    readonly number: number,
    readonly name: string,
    readonly status: string,
    readonly conclusion: string | null,
    readonly started_at: string | null,
    readonly completed_at: string | null,
    readonly duration_seconds: number | null,
    jobUrl: string
  ) {
    this.#jobUrl = jobUrl
  }

  get url(): string {
    return `${this.#jobUrl}#step:${this.number}:1`
  }

  /** The step record as published, `url` included, in the order of the record. */
  toJSON(): StepRecord {
    return {
      number: this.number,
      name: this.name,
      status: this.status,
      conclusion: this.conclusion,
      started_at: this.started_at,
      completed_at: this.completed_at,
      duration_seconds: this.duration_seconds,
      url: this.url,
      // Compared with the usual (`history`) only.
      ...(this.usual_runs === undefined
        ? {}
        : {
            usual_seconds: this.usual_seconds ?? null,
            usual_runs: this.usual_runs,
            vs_usual: this.vs_usual ?? null
          })
    }
  }
}

function toStepRecord(step: ApiStep, jobUrl: string): StepRecord {
  const started = step.started_at ?? null
  const completed = step.completed_at ?? null
  return new Step(
    step.number,
    step.name,
    step.status,
    step.conclusion ?? null,
    started,
    completed,
    secondsBetween(started, completed),
    jobUrl
  )
}
