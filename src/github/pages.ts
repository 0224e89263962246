// Reading the list of a run's jobs: every page, a few at once, checked
// against `total_count`, converted as pages arrive, conditional when polled.
import { mapLimit } from './concurrency.js'
import { linkOf, numberedPages } from './links.js'
import type { EtagCache, Octokit } from './client.js'
import type { ApiJob, RunRef } from '../model/types.js'

/**
 * Job pages are read and parsed by the client (client.ts, parseJson): a page
 * cut off halfway is an error it retries.
 */

export const NATIVE_JSON = { parseSuccessResponseBody: false, nativeJson: true }

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

export const asIs = (job: ApiJob): ApiJob => job

export interface JobsRead<T = ApiJob> {
  /** Every job listed, de-duplicated by id, in the order GitHub listed them. */
  jobs: T[]
  /** The workflow's name, from the first job listed. */
  workflowName: string | null
  /** The commit the run ran on (`head_sha`), from the first job listed. */
  headSha: string | null
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

/** A page of jobs, each as the read keeps it (a class: told apart from a raw page). */
class JobsPage<T> {
  constructor(
    readonly total_count: number,
    readonly jobs: T[],
    readonly workflowName: string | null,
    readonly headSha: string | null
  ) {}
}

/**
 * The pages read before, by address, with their ETags: a poll sends
 * `If-None-Match`, and a 304 (which costs no rate limit) reuses the page,
 * kept converted (client.ts, EtagCache). `T`: what the read keeps of a job.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export type PageCache<T = ApiJob> = EtagCache

/** The path and query of the list of jobs that `attempt` asks for. */
export function jobsPath(q: RunRef): string {
  const base = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/actions/runs/${q.id}`
  if (typeof q.attempt === 'number') return `${base}/attempts/${q.attempt}/jobs?per_page=100`
  return `${base}/jobs?filter=${q.attempt === 'all' ? 'all' : 'latest'}&per_page=100`
}

/**
 * Pages read at once after the first one. GitHub asks for requests in series
 * to stay clear of its secondary rate limit (100 at once, 900 points a
 * minute); five at once stay far from it, and a secondary limit is waited
 * out anyway. What decides is the API's latency: with 150 ms a request
 * (npm run bench), a 3000-job run's 30 pages cost 11 round trips in a row
 * at three at once (1.69 s of waiting), 7 at five (1.02 s), 6 at six; each
 * page in flight holds its text and parsed JSON, and six peaked no lower.
 */
export const PAGE_CONCURRENCY = 5

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
  /** The answer, kept in the cache: its data becomes the converted page. */
  response: { data: unknown }
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
export async function listJobs(octokit: Octokit, q: RunRef): Promise<JobsRead>
export async function listJobs<T extends { id: number }>(
  octokit: Octokit,
  q: RunRef,
  opts: ReadOptions<T>
): Promise<JobsRead<T>>
export async function listJobs(
  octokit: Octokit,
  q: RunRef,
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
      if (page.raw) pages[i] = converted(page, opts.convert)
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
  let headSha: string | null = null
  for (const [i, read] of pages.entries()) {
    const page = converted(read, opts.convert).page
    if (i === 0) {
      workflowName = page.workflowName
      headSha = page.headSha
    }
    totalCount = Math.max(totalCount, page.total_count)
    rateLimit = lower(rateLimit, read.rateLimit)
    for (const job of page.jobs) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
  }
  const notModified = pages.filter((p) => p.notModified).length
  return {
    jobs,
    workflowName,
    headSha,
    totalCount,
    requests: pages.length,
    notModified,
    rateLimit
  }
}

/**
 * A page read with its jobs converted (once: the raw page is let go, in the
 * cache too, which holds the same response).
 */
function converted<T>(
  read: PageRead<T>,
  convert: (job: ApiJob) => T
): PageRead<T> & { page: JobsPage<T> } {
  if (read.page) return read
  const raw = read.raw
  const page = new JobsPage(
    raw.total_count,
    raw.jobs.map(convert),
    raw.jobs[0]?.workflow_name ?? null,
    raw.jobs[0]?.head_sha || null
  )
  read.response.data = page
  return { ...read, raw: null, page }
}

/** One page, conditional when it was read before (client.ts): a 304 reuses the cached page. */
async function readPage<T>(
  octokit: Octokit,
  url: string,
  cache?: PageCache<T>,
  signal?: AbortSignal
): Promise<PageRead<T>> {
  const response = await octokit.request({
    method: 'GET',
    url,
    request: {
      ...NATIVE_JSON,
      ...(cache ? { etagCache: cache } : {}),
      ...(signal ? { signal } : {})
    }
  })
  const data: unknown = response.data
  const common = {
    response,
    next: linkOf(response.headers.link, 'next'),
    last: linkOf(response.headers.link, 'last'),
    notModified: response.status === 304,
    rateLimit: rateLimitOf(response.headers)
  }
  // A page kept converted (a 304), or one as GitHub sent it.
  if (data instanceof JobsPage) return { ...common, raw: null, page: data as JobsPage<T> }
  return { ...common, raw: checkJobsPage(data, `GET ${url.split('?')[0] ?? url}`), page: null }
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
