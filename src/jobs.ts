// Reading a run: every page of the jobs the `attempt` input asks for, checked
// against `total_count`, and which of them runs this step.
import { findCurrentJob } from './current.js'
import type { Octokit } from './github.js'
import type { Inputs } from './inputs.js'
import type { ApiJob } from './types.js'

/**
 * Job pages are parsed with the native JSON.parse (github.ts, nativeJson):
 * octokit's own parser is ten times slower on them.
 */
const NATIVE_JSON = { parseSuccessResponseBody: false, nativeJson: true }

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
export async function readRun(
  octokit: Octokit,
  inputs: Pick<Inputs, 'owner' | 'repo' | 'runId' | 'attempt' | 'jobId'>,
  ctx: StepContext,
  cache?: PageCache
): Promise<RunRead> {
  const read = await listJobs(octokit, inputs, cache)
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
    notModified: read.notModified,
    rateLimit: read.rateLimit,
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
  /** Requests made (pages read), and how many were answered 304. */
  requests: number
  notModified: number
  rateLimit: RateLimit | null
}

/** What `x-ratelimit-remaining` and `x-ratelimit-reset` said. */
export interface RateLimit {
  remaining: number
  /** Epoch milliseconds when the budget is refilled. */
  resetMs: number
}

interface JobsPage {
  total_count: number
  jobs: ApiJob[]
}

/**
 * The pages read before, by address, with their ETags: a poll sends
 * `If-None-Match`, and a 304 (which costs no rate limit) reuses the page.
 */
export type PageCache = Map<string, PageCacheEntry>

interface PageCacheEntry {
  etag: string
  page: JobsPage
  next: string | null
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
export async function listJobs(
  octokit: Octokit,
  q: JobsQuery,
  cache?: PageCache
): Promise<JobsRead> {
  const seen = new Set<number>()
  const jobs: ApiJob[] = []
  let totalCount = 0
  let requests = 0
  let notModified = 0
  let rateLimit: RateLimit | null = null
  let url: string | null = jobsPath(q)
  while (url) {
    const cached: PageCacheEntry | undefined = cache?.get(url)
    let page: JobsPage
    let next: string | null
    requests++
    try {
      const response = await octokit.request({
        method: 'GET',
        url,
        headers: cached ? { 'if-none-match': cached.etag } : {},
        request: NATIVE_JSON
      })
      page = checkJobsPage(response.data, `GET ${url.split('?')[0] ?? url}`)
      next = nextLink(response.headers.link)
      rateLimit = lowest(rateLimit, response.headers)
      const etag = response.headers.etag
      if (cache && etag) cache.set(url, { etag, page, next })
    } catch (error) {
      // octokit throws on 304 Not Modified: the page is as it was.
      if (!cached || !isNotModified(error)) throw error
      notModified++
      rateLimit = lowest(rateLimit, error.response?.headers ?? {})
      page = cached.page
      next = cached.next
    }
    totalCount = Math.max(totalCount, page.total_count)
    for (const job of page.jobs) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
    url = next
  }
  return { jobs, totalCount, requests, notModified, rateLimit }
}

function isNotModified(
  error: unknown
): error is { status: 304; response?: { headers?: Record<string, string | number | undefined> } } {
  return (
    typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 304
  )
}

/** The lower of two budgets, read from rate-limit headers. */
function lowest(
  seen: RateLimit | null,
  headers: Record<string, string | number | undefined>
): RateLimit | null {
  const remaining = Number(headers['x-ratelimit-remaining'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (
    headers['x-ratelimit-remaining'] === undefined ||
    !Number.isFinite(remaining) ||
    !Number.isFinite(reset)
  ) {
    return seen
  }
  if (seen && seen.remaining <= remaining) return seen
  return { remaining, resetMs: reset * 1000 }
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
function checkJobsPage(data: unknown, what: string): JobsPage {
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
  return body as JobsPage
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
