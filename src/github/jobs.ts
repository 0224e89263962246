// Reading a run: every page of the jobs the `attempt` input asks for, checked
// against `total_count`, and which of them runs this step.
import { mapLimit } from './concurrency.js'
import { findCurrentJob, type CurrentCandidate } from '../model/current.js'
import type { Octokit } from './client.js'
import type { Inputs } from '../action/inputs.js'
import type { ApiJob } from '../model/types.js'

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

export interface RunRead<T = ApiJob> {
  jobs: T[]
  currentJobId: number | null
  /** The workflow's name, from the first job listed. */
  workflowName: string | null
  /** Requests made, and how many of them were answered 304 (free). */
  requests: number
  notModified: number
  /** The lowest rate-limit budget seen in this read, when GitHub sent one. */
  rateLimit: RateLimit | null
  warnings: string[]
}

/** The run a read lists, and the job-id input that names the current job. */
type RunQuery = Pick<Inputs, 'owner' | 'repo' | 'runId' | 'attempt' | 'jobId'>

/**
 * How a read keeps the jobs: `convert` turns each job into what the caller
 * keeps (a JobRecord) as its page arrives, so that the page's raw JSON is
 * garbage at once; `cache` keeps pages for conditional polls.
 */
export interface ReadOptions<T> {
  convert: (job: ApiJob) => T
  cache?: PageCache<T>
  /** Pages read at once after the first; default PAGE_CONCURRENCY. */
  concurrency?: number
  /**
   * Cancels the read: a request in flight, or waiting out a rate limit or a
   * backoff, stops at once (a cancelled step's abandoned poll ends with it).
   */
  signal?: AbortSignal
}

const asIs = (job: ApiJob): ApiJob => job

/**
 * Lists the run's jobs and identifies the current one; warnings say what is
 * uncertain. With a cache, pages unchanged since the last read cost nothing.
 */
export async function readRun(
  octokit: Octokit,
  inputs: RunQuery,
  ctx: StepContext
): Promise<RunRead>
export async function readRun<T extends CurrentCandidate>(
  octokit: Octokit,
  inputs: RunQuery,
  ctx: StepContext,
  opts: ReadOptions<T>
): Promise<RunRead<T>>
export async function readRun(
  octokit: Octokit,
  inputs: RunQuery,
  ctx: StepContext,
  opts: ReadOptions<CurrentCandidate> = { convert: asIs }
): Promise<RunRead<CurrentCandidate>> {
  const read = await listJobs(octokit, inputs, opts)
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
    workflowName: read.workflowName,
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

export interface JobsRead<T = ApiJob> {
  /** Every job listed, de-duplicated by id, in the order GitHub listed them. */
  jobs: T[]
  /** The workflow's name, from the first job listed. */
  workflowName: string | null
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

/** A page of jobs, each as the read keeps it. */
interface JobsPage<T> {
  total_count: number
  jobs: T[]
  workflowName: string | null
}

/**
 * The pages read before, by address, with their ETags: a poll sends
 * `If-None-Match`, and a 304 (which costs no rate limit) reuses the page.
 */
export type PageCache<T = ApiJob> = Map<string, PageCacheEntry<T>>

interface PageCacheEntry<T> {
  etag: string
  page: JobsPage<T>
  next: string | null
  last: string | null
}

/** The path and query of the list of jobs that `attempt` asks for. */
export function jobsPath(q: JobsQuery): string {
  const base = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/runs/${q.runId}`
  if (typeof q.attempt === 'number') return `${base}/attempts/${q.attempt}/jobs?per_page=100`
  return `${base}/jobs?filter=${q.attempt === 'all' ? 'all' : 'latest'}&per_page=100`
}

/**
 * Pages read at once after the first one. GitHub asks for requests in series
 * to stay clear of its secondary rate limit (100 at once, 900 points a
 * minute); three at once stay far from it, and a 3000-job run's 30 pages are
 * read in about a third of the time. A secondary limit is waited out anyway.
 * Why not more: each page in flight holds its text and parsed JSON, and at
 * 3000 jobs four at once peaked 15 MB higher than three, no faster.
 */
export const PAGE_CONCURRENCY = 3

/** A page as GitHub sends it. */
interface RawPage {
  total_count: number
  jobs: ApiJob[]
}

/**
 * One page as read: where its Link header points, and its jobs, either as
 * GitHub sent them (until converted) or as the read keeps them (converted,
 * or the cached page after a 304).
 */
type PageRead<T> = {
  url: string
  etag: string | undefined
  next: string | null
  last: string | null
  notModified: boolean
  rateLimit: RateLimit | null
} & ({ raw: RawPage; page: null } | { raw: null; page: JobsPage<T> })

/**
 * Reads every page of a run's jobs. The first page's Link header names the
 * last one, so pages 2 to last are read a few at once (PAGE_CONCURRENCY);
 * then `rel="next"` is followed from the last page read, to the end, for jobs
 * added meanwhile (without a `last` link, the whole list is read that way).
 * Jobs are de-duplicated by id: a job that moves between pages while they
 * are read (a re-run adding jobs) must not count twice.
 */
export async function listJobs(octokit: Octokit, q: JobsQuery): Promise<JobsRead>
export async function listJobs<T extends { id: number }>(
  octokit: Octokit,
  q: JobsQuery,
  opts: ReadOptions<T>
): Promise<JobsRead<T>>
export async function listJobs(
  octokit: Octokit,
  q: JobsQuery,
  opts: ReadOptions<{ id: number }> = { convert: asIs }
): Promise<JobsRead<{ id: number }>> {
  type Read = PageRead<{ id: number }>
  const read = (url: string): Promise<Read> => readPage(octokit, url, opts.cache, opts.signal)
  // Pages in page order. Each is converted (and its parsed JSON let go) when
  // a later page arrives: by then the requests for the pages after it are
  // out, so converting does not hold them back. (Converting page 1 before
  // asking for pages 2 and 3 made a 250-job read 10 ms slower.)
  const pages: Read[] = [await read(jobsPath(q))]
  const convertArrived = (): void => {
    pages.forEach((page, i) => {
      if (page.raw) pages[i] = converted(page, opts.convert, opts.cache)
    })
  }
  const { next: second, last } = pages[0] as Read
  await mapLimit(
    numberedPages(second, last),
    opts.concurrency ?? PAGE_CONCURRENCY,
    async (url, k) => {
      pages[k + 1] = await read(url)
      convertArrived()
    }
  )
  for (let next = pages.at(-1)?.next ?? null; next !== null;) {
    const page = await read(next)
    pages.push(page)
    convertArrived()
    next = page.next
  }

  const seen = new Set<number>()
  const jobs: { id: number }[] = []
  let totalCount = 0
  let rateLimit: RateLimit | null = null
  let workflowName: string | null = null
  for (const [i, read] of pages.entries()) {
    const page = converted(read, opts.convert, opts.cache).page
    if (i === 0) workflowName = page.workflowName
    totalCount = Math.max(totalCount, page.total_count)
    rateLimit = lower(rateLimit, read.rateLimit)
    for (const job of page.jobs) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
  }
  const notModified = pages.filter((p) => p.notModified).length
  return { jobs, workflowName, totalCount, requests: pages.length, notModified, rateLimit }
}

/**
 * A page read with its jobs converted (once: the raw page is let go), and
 * cached for the next poll when it has an ETag.
 */
function converted<T>(
  read: PageRead<T>,
  convert: (job: ApiJob) => T,
  cache?: PageCache<T>
): PageRead<T> & { page: JobsPage<T> } {
  if (read.page) return read
  const raw = read.raw
  const page: JobsPage<T> = {
    total_count: raw.total_count,
    jobs: raw.jobs.map(convert),
    workflowName: raw.jobs[0]?.workflow_name ?? null
  }
  if (cache && read.etag) {
    cache.set(read.url, { etag: read.etag, page, next: read.next, last: read.last })
  }
  return { ...read, raw: null, page }
}

/**
 * The addresses of the pages from `next` to `last`, both included, made by
 * setting their `page` parameter; none unless both are pages of one list.
 *
 * @example numberedPages('…/jobs?per_page=100&page=2', '…/jobs?per_page=100&page=4')
 *   // ['…&page=2', '…&page=3', '…&page=4']
 */
export function numberedPages(next: string | null, last: string | null): string[] {
  if (!next || !last) return []
  let from: URL
  let to: URL
  try {
    from = new URL(next)
    to = new URL(last)
  } catch {
    return []
  }
  const a = Number(from.searchParams.get('page'))
  const b = Number(to.searchParams.get('page'))
  // Not page numbers, or a page count past any run's (GitHub lists 100 a page).
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a || b - a > 1000) return []
  // Another list: the two differ in more than the page number.
  from.searchParams.set('page', String(a))
  to.searchParams.set('page', String(a))
  if (to.href !== from.href) return []
  return Array.from({ length: b - a + 1 }, (_, i) => {
    from.searchParams.set('page', String(a + i))
    return from.href
  })
}

/** One page, conditional when it was read before: a 304 reuses the cached page. */
async function readPage<T>(
  octokit: Octokit,
  url: string,
  cache?: PageCache<T>,
  signal?: AbortSignal
): Promise<PageRead<T>> {
  const cached: PageCacheEntry<T> | undefined = cache?.get(url)
  try {
    const response = await octokit.request({
      method: 'GET',
      url,
      headers: cached ? { 'if-none-match': cached.etag } : {},
      request: signal ? { ...NATIVE_JSON, signal } : NATIVE_JSON
    })
    return {
      url,
      etag: response.headers.etag,
      next: linkOf(response.headers.link, 'next'),
      last: linkOf(response.headers.link, 'last'),
      notModified: false,
      rateLimit: rateLimitOf(response.headers),
      raw: checkJobsPage(response.data, `GET ${url.split('?')[0] ?? url}`),
      page: null
    }
  } catch (error) {
    // octokit throws on 304 Not Modified: the page is as it was.
    if (!cached || !isNotModified(error)) throw error
    return {
      url,
      etag: cached.etag,
      next: cached.next,
      last: cached.last,
      notModified: true,
      rateLimit: rateLimitOf(error.response?.headers ?? {}),
      raw: null,
      page: cached.page
    }
  }
}

function isNotModified(
  error: unknown
): error is { status: 304; response?: { headers?: Record<string, string | number | undefined> } } {
  return (
    typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 304
  )
}

/** The budget rate-limit headers state, or null when they state none. */
function rateLimitOf(headers: Record<string, string | number | undefined>): RateLimit | null {
  const remaining = Number(headers['x-ratelimit-remaining'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (
    headers['x-ratelimit-remaining'] === undefined ||
    !Number.isFinite(remaining) ||
    !Number.isFinite(reset)
  ) {
    return null
  }
  return { remaining, resetMs: reset * 1000 }
}

/** The lower of two budgets. */
function lower(a: RateLimit | null, b: RateLimit | null): RateLimit | null {
  if (!a || !b) return a ?? b
  return b.remaining < a.remaining ? b : a
}

/** The address of a Link header with relation `rel`, or null. ex. rel 'next': null on the last page */
export function linkOf(link: string | undefined, rel: 'next' | 'last'): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part)
    if (m && m[2]?.split(/\s+/).includes(rel)) return m[1] ?? null
  }
  return null
}

/** A page as GitHub sends it, or an error that says what came instead. */
function checkJobsPage(data: unknown, what: string): RawPage {
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
  return body as RawPage
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
