// Types only: the API's shapes (from @octokit/types, widened where real
// responses differ from the schema) and the records runlens publishes.
import type { components } from '@octokit/openapi-types'

type SchemaJob = components['schemas']['job']
type SchemaStep = NonNullable<SchemaJob['steps']>[number]

/**
 * A job as the REST API sends it. The schema says `started_at` is always a
 * string, but queued and skipped jobs come with `null`; `created_at`,
 * `run_attempt` and `steps` are missing from older servers' answers.
 */
export type ApiJob = Omit<
  SchemaJob,
  'id' | 'run_id' | 'started_at' | 'created_at' | 'conclusion' | 'status' | 'steps' | 'labels'
> & {
  id: number
  run_id: number
  status: string
  conclusion: string | null
  created_at?: string | null
  started_at: string | null
  labels?: string[]
  steps?: ApiStep[]
}

export type ApiStep = Omit<SchemaStep, 'status'> & { status: string }

/**
 * An annotation of a check run (a job's check run has the job's id), as
 * `GET /repos/{owner}/{repo}/check-runs/{id}/annotations` lists them.
 */
export type ApiAnnotation = components['schemas']['check-annotation']

/** One step of a job, as published in the `jobs` output and the report file. */
export interface StepRecord {
  number: number
  name: string
  status: string
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
  /** started → completed, whole seconds; null when either is unknown. */
  duration_seconds: number | null
  /** The job page, scrolled to this step's log: `{job url}#step:{number}:1`. */
  url: string
  /** With `history`: the median of earlier durations (null: none), the runs it was seen in, the ratio. */
  usual_seconds?: number | null
  usual_runs?: number
  vs_usual?: number | null
}

/** One job, as published in the `jobs` output and the report file. */
export interface JobRecord {
  id: number
  name: string
  status: string
  conclusion: string | null
  attempt: number
  created_at: string | null
  started_at: string | null
  completed_at: string | null
  /** created → started, whole seconds; null when either is unknown. */
  queued_seconds: number | null
  /** started → completed, whole seconds; null when either is unknown. */
  duration_seconds: number | null
  /** The job page (`html_url`). */
  url: string
  /** The API's `/logs` address (needs a token; never the signed redirect). */
  log_url: string
  runner_name: string | null
  labels: string[]
  steps: StepRecord[]
  /**
   * The check run's annotations (what the run page shows as errors and
   * warnings), read for failed jobs only; null when not read.
   */
  annotations: Annotation[] | null
  /**
   * With `history` (issue 13): the median duration of its earlier successful
   * runs (null: none), how many earlier runs it was seen in, and this
   * duration over that median. Absent without `history`.
   */
  usual_seconds?: number | null
  usual_runs?: number
  vs_usual?: number | null
}

/** One annotation of a job's check run, as published. */
export interface Annotation {
  /** `failure`, `warning` or `notice`. */
  level: string
  message: string
  title: string | null
  /** The file it is about, relative to the repository; `.github` for the runner's own. */
  path: string | null
  start_line: number | null
  end_line: number | null
}

/** The run a report describes. */
export interface RunRef {
  owner: string
  repo: string
  id: number
  /** `latest`, `all` or an attempt number, as asked for. */
  attempt: 'latest' | 'all' | number
}

/** Counts of the jobs an aggregate describes. */
export interface Counts {
  total: number
  completed: number
  in_progress: number
  /** queued, waiting, pending and requested jobs. */
  queued: number
  /** One count per conclusion seen (`success`, `failure`, …). */
  [conclusion: string]: number
}

/**
 * An earlier run of the same workflow on the same branch, as read to compare
 * this run with the usual (the `history` input): its jobs at their latest
 * attempt (`filter=latest`), made into records as this run's are.
 */
export interface EarlierRun {
  id: number
  /** The run's latest attempt (`run_attempt`). */
  attempt: number
  head_sha: string
  /** The run's own conclusion (`success`, `failure`, …). */
  conclusion: string | null
  created_at: string
  jobs: JobRecord[]
}
