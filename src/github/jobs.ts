// Reading a run: every page of the jobs the `attempt` input asks for, checked
// against `total_count`, and which of them runs this step.
import { findCurrentJob, type CurrentCandidate } from '../model/current.js'
import type { Octokit } from './client.js'
import { asIs, listJobs, NATIVE_JSON, type ReadOptions } from './pages.js'
import type { ApiJob, RunRef } from '../model/types.js'
import type { RateLimit } from './pages.js'

/** What the runner's environment says about where this step runs. */
export interface StepContext {
  /** RUNNER_NAME, '' when unknown. */
  runnerName: string
  /** Whether the run read is the run this step belongs to. */
  ownRun: boolean
  /** The job-id input: the current job, when the user names it. */
  jobId?: number | null
}

export interface RunRead<T = ApiJob> {
  jobs: T[]
  currentJobId: number | null
  /** The workflow's name, from the first job listed. */
  workflowName: string | null
  /** The commit the run ran on (`head_sha`), from the first job listed. */
  headSha: string | null
  /** Requests made, and how many of them were answered 304 (free). */
  requests: number
  notModified: number
  /** The lowest rate-limit budget seen in this read, when GitHub sent one. */
  rateLimit: RateLimit | null
  warnings: string[]
}

/**
 * Lists the run's jobs and identifies the current one; warnings say what is
 * uncertain. With a cache, pages unchanged since the last read cost nothing.
 */
export async function readRun(octokit: Octokit, run: RunRef, ctx: StepContext): Promise<RunRead>
export async function readRun<T extends CurrentCandidate>(
  octokit: Octokit,
  run: RunRef,
  ctx: StepContext,
  opts: ReadOptions<T>
): Promise<RunRead<T>>
export async function readRun(
  octokit: Octokit,
  run: RunRef,
  ctx: StepContext,
  opts: ReadOptions<CurrentCandidate> = { convert: asIs }
): Promise<RunRead<CurrentCandidate>> {
  const read = await listJobs(octokit, run, opts)
  const warnings: string[] = []
  if (read.jobs.length < read.totalCount) {
    warnings.push(
      `GitHub reported ${read.totalCount} jobs for run ${run.id} but listed ${read.jobs.length}; the report covers the jobs listed.`
    )
  }
  const current = findCurrentJob(read.jobs, {
    jobId: ctx.jobId ?? null,
    runnerName: ctx.runnerName,
    ownRun: ctx.ownRun
  })
  if (current.warning) warnings.push(current.warning)
  return {
    jobs: read.jobs,
    currentJobId: current.job?.id ?? null,
    workflowName: read.workflowName,
    headSha: read.headSha,
    requests: read.requests,
    notModified: read.notModified,
    rateLimit: read.rateLimit,
    warnings
  }
}

/** One job, `GET /repos/{owner}/{repo}/actions/jobs/{job_id}`: the current job, quickly. */
export async function getJob(
  octokit: Octokit,
  q: { owner: string; repo: string; jobId: number }
): Promise<ApiJob> {
  const url = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/jobs/${q.jobId}`
  const response = await octokit.request({ method: 'GET', url, request: NATIVE_JSON })
  const job = response.data as Partial<ApiJob> | null
  if (
    typeof job !== 'object' ||
    job === null ||
    typeof job.id !== 'number' ||
    typeof job.name !== 'string'
  ) {
    throw new Error(
      `Unexpected response from GET ${url}: expected a job with a numeric id and a name.`
    )
  }
  return job as ApiJob
}

/**
 * Whether the API shows every step of the job that ran before the post steps
 * as completed. In a post step the API can lag a few seconds behind the
 * runner: the last main step may still read as in progress.
 */
export function mainStepsDone(job: Pick<ApiJob, 'steps'>): boolean {
  return (job.steps ?? []).every(
    (s) => s.status === 'completed' || s.name.startsWith('Post ') || s.name === 'Complete job'
  )
}

/**
 * Re-reads the current job until its main steps show as completed, at most
 * `maxMs`; returns the last read and whether it settled.
 */
export async function settleCurrentJob(
  octokit: Octokit,
  q: { owner: string; repo: string; jobId: number },
  opts: { maxMs: number; everyMs: number; sleep: (ms: number) => Promise<void>; now: () => number }
): Promise<{ job: ApiJob; settled: boolean }> {
  const until = opts.now() + opts.maxMs
  let job = await getJob(octokit, q)
  while (!mainStepsDone(job) && opts.now() + opts.everyMs <= until) {
    await opts.sleep(opts.everyMs)
    job = await getJob(octokit, q)
  }
  return { job, settled: mainStepsDone(job) }
}
