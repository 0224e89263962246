// Reading a run: every page of the jobs the `attempt` input asks for, checked
// against `total_count`, and which of them runs this step.
import { findCurrentJob } from './current.js'
import type { Octokit } from './github.js'
import type { Inputs } from './inputs.js'
import type { ApiJob } from './types.js'

/** What the runner's environment says about where this step runs. */
export interface StepContext {
  /** RUNNER_NAME, '' when unknown. */
  runnerName: string
  /** Whether the run read is the run this step belongs to. */
  ownRun: boolean
}

export interface RunRead {
  jobs: ApiJob[]
  currentJobId: number | null
  requests: number
  warnings: string[]
}

/** Lists the run's jobs and identifies the current one; warnings say what is uncertain. */
export async function readRun(
  octokit: Octokit,
  inputs: Pick<Inputs, 'owner' | 'repo' | 'runId' | 'attempt' | 'jobId'>,
  ctx: StepContext
): Promise<RunRead> {
  const read = await listJobs(octokit, inputs)
  const warnings: string[] = []
  if (read.jobs.length < read.totalCount) {
    warnings.push(
      `GitHub reported ${read.totalCount} jobs for run ${inputs.runId} but listed ${read.jobs.length}; the report covers the jobs listed.`
    )
  }
  const current = findCurrentJob(read.jobs, {
    jobId: inputs.jobId,
    runnerName: ctx.runnerName,
    ownRun: ctx.ownRun
  })
  if (current.warning) warnings.push(current.warning)
  return {
    jobs: read.jobs,
    currentJobId: current.job?.id ?? null,
    requests: read.requests,
    warnings
  }
}

export interface JobsQuery {
  owner: string
  repo: string
  runId: number
  /** `latest`, `all` (every attempt) or one attempt number. */
  attempt: 'latest' | 'all' | number
}

export interface JobsRead {
  /** Every job listed, de-duplicated by id, in the order GitHub listed them. */
  jobs: ApiJob[]
  /** The largest `total_count` GitHub reported. */
  totalCount: number
  /** Requests made (pages read). */
  requests: number
}

/** The path and query of the list of jobs that `attempt` asks for. */
export function jobsPath(q: JobsQuery): string {
  const base = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/runs/${q.runId}`
  if (typeof q.attempt === 'number') return `${base}/attempts/${q.attempt}/jobs?per_page=100`
  return `${base}/jobs?filter=${q.attempt === 'all' ? 'all' : 'latest'}&per_page=100`
}

/**
 * Reads every page of a run's jobs, following `Link: rel="next"` to the end.
 * Jobs are de-duplicated by id: a job that moves between pages while they are
 * read (a re-run adding jobs) must not count twice.
 */
export async function listJobs(octokit: Octokit, q: JobsQuery): Promise<JobsRead> {
  const seen = new Set<number>()
  const jobs: ApiJob[] = []
  let totalCount = 0
  let requests = 0
  let url: string | null = jobsPath(q)
  while (url) {
    const response = await octokit.request({ method: 'GET', url })
    requests++
    const body = checkJobsPage(response.data, `GET ${url.split('?')[0] ?? url}`)
    totalCount = Math.max(totalCount, body.total_count)
    for (const job of body.jobs) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
    url = nextLink(response.headers.link)
  }
  return { jobs, totalCount, requests }
}

/** The `rel="next"` address of a Link header, or null on the last page. */
export function nextLink(link: string | undefined): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part)
    if (m && m[2]?.split(/\s+/).includes('next')) return m[1] ?? null
  }
  return null
}

/** A page as GitHub sends it, or an error that says what came instead. */
function checkJobsPage(data: unknown, what: string): { total_count: number; jobs: ApiJob[] } {
  const body = data as { total_count?: unknown; jobs?: unknown } | null
  if (
    typeof body !== 'object' ||
    body === null ||
    !Array.isArray(body.jobs) ||
    typeof body.total_count !== 'number'
  ) {
    throw new Error(
      `Unexpected response from ${what}: expected a JSON object with total_count and jobs.`
    )
  }
  for (const job of body.jobs as unknown[]) {
    const j = job as Partial<ApiJob> | null
    if (
      typeof j !== 'object' ||
      j === null ||
      typeof j.id !== 'number' ||
      typeof j.name !== 'string'
    ) {
      throw new Error(`Unexpected response from ${what}: a job without a numeric id and a name.`)
    }
  }
  return body as { total_count: number; jobs: ApiJob[] }
}
