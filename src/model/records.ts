// Job and step records, made from the API's jobs as their pages arrive:
// timings in whole seconds from epoch milliseconds, never negative; the
// strings a run repeats shared. Pure: every address comes in.
import { parseTime, secondsBetween, wholeSeconds } from './time.js'
import type { ApiJob, ApiStep, JobRecord, RunRef, StepRecord } from './types.js'

/** Addresses a record needs: the API for log URLs, the web for pages. */
export interface Urls {
  apiUrl: string
  serverUrl: string
}

/**
 * Makes the records of one read. The steps of a run repeat a few names, and
 * a step mostly starts at the very time the one before it ended: records share
 * those strings rather than keep the copy each step was parsed with (3000
 * jobs × 30 steps: 88 000 names and 85 000 timestamps fewer to keep).
 */
export function recordMaker(run: RunRef, urls: Urls): (job: ApiJob) => JobRecord {
  const names = new Map<string, string>()
  const shared = (name: string): string => {
    const known = names.get(name)
    if (known !== undefined) return known
    names.set(name, name)
    return name
  }
  return (job) => {
    const url =
      job.html_url ||
      `${urls.serverUrl}/${run.owner}/${run.repo}/actions/runs/${job.run_id || run.id}/job/${job.id}`
    let before: StepEnd = { at: null, ms: null }
    const steps = (job.steps ?? []).map((step) => {
      const end: StepEnd = { at: step.completed_at ?? null, ms: parseTime(step.completed_at) }
      const record = toStepRecord(step, url, shared(step.name), before, end)
      before = end
      return record
    })
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
      steps
    }
  }
}

/** `#step:{n}:1` for the usual step numbers, made once. */
const STEP_ANCHORS: string[] = []
function stepAnchor(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return `#step:${n}:1`
  return (STEP_ANCHORS[n] ??= `#step:${n}:1`)
}

/** When a step ended: as GitHub wrote it, and in epoch milliseconds. */
interface StepEnd {
  at: string | null
  ms: number | null
}

/**
 * A step as published. Its `url` (the job page and `#step:{n}:1`) is made
 * when it is read, not kept: JSON.stringify flattens every string it writes,
 * and writing the report file made the 90,000 step URLs of a 3000 × 30 run
 * flat copies that lived on with the records (about 10 MB).
 */
class Step implements StepRecord {
  readonly #jobUrl: string
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
    return this.#jobUrl + stepAnchor(this.number)
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
      url: this.url
    }
  }
}

function toStepRecord(
  step: ApiStep,
  jobUrl: string,
  name: string,
  before: StepEnd,
  end: StepEnd
): StepRecord {
  const started = step.started_at ?? null
  // Mostly the very time the step before ended: its string, parsed once.
  const continues = started !== null && started === before.at
  return new Step(
    step.number,
    name,
    step.status,
    step.conclusion ?? null,
    continues ? before.at : started,
    end.at,
    wholeSeconds(continues ? before.ms : parseTime(started), end.ms),
    jobUrl
  )
}
