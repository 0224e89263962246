// The GitHub client and the requests runlens makes. Octokit comes only from
// the toolkit's getOctokit (it keeps proxy support and the user agent), with
// the retry and throttling plugins; everything here is handed the client, so
// tests point it at a loopback server.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { ApiJob } from './types.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL (GitHub Enterprise Server works unchanged). */
  baseUrl: string
  /** Where warnings go (core.warning at the edge). */
  warn: (message: string) => void
  /** Longest wait for a rate limit to reset before giving up, in seconds. */
  maxRateLimitWaitSeconds?: number
  /** Injected transport, for tests. */
  fetch?: typeof fetch
}

/** Retries transient faults; waits out a rate limit only when that is short. */
export function createClient(opts: ClientOptions): Octokit {
  const maxWait = opts.maxRateLimitWaitSeconds ?? 60
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _o: unknown,
      retryCount: number
    ): boolean => {
      if (retryCount < 2 && retryAfter <= maxWait) {
        opts.warn(
          `GitHub's ${kind} rate limit reached on ${options.method} ${options.url}; retrying in ${retryAfter}s.`
        )
        return true
      }
      return false
    }
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl,
      request: opts.fetch ? { fetch: opts.fetch } : {},
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    retry,
    throttling
  )
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

interface HttpError {
  status: number
  message: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

function isHttpError(e: unknown): e is HttpError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { message?: unknown }).message === 'string'
  )
}

/**
 * Turns a failed request into one message the user can act on. The token is
 * never part of it: octokit's errors carry the request, we only take the
 * status and GitHub's own message.
 */
export function explainError(
  e: unknown,
  q: { owner: string; repo: string; runId: number }
): string {
  if (!isHttpError(e)) return e instanceof Error ? e.message : String(e)
  const data = e.response?.data as { message?: unknown } | undefined
  const said = typeof data?.message === 'string' ? data.message : e.message
  const where = `run ${q.runId} of ${q.owner}/${q.repo}`
  switch (e.status) {
    case 401:
      return `GitHub rejected the token (401 ${said}). Check the github-token input: it may be expired or revoked.`
    case 403: {
      const needs = e.response?.headers?.['x-accepted-github-permissions']
      if (/not accessible by integration/i.test(said)) {
        return `The token may not read the jobs of ${where} (403 ${said}). Add to the workflow or job:\n  permissions:\n    actions: read${needs ? `\n(GitHub accepts: ${needs})` : ''}`
      }
      if (/rate limit/i.test(said)) {
        const reset = Number(e.response?.headers?.['x-ratelimit-reset'])
        const when =
          Number.isFinite(reset) && reset > 0
            ? ` It resets at ${new Date(reset * 1000).toISOString()}.`
            : ''
        return `GitHub's API rate limit is exhausted (403 ${said}).${when}`
      }
      return `Access to ${where} was refused (403 ${said}).`
    }
    case 404:
      return `Not found: ${where} (404 ${said}). Check repository and run-id; the default GITHUB_TOKEN reads only the repository of its own workflow, so another repository needs a token with actions: read there.`
    case 429: {
      return `GitHub's API rate limit was exceeded (429 ${said}) and retrying did not help.`
    }
    default:
      return `GitHub answered ${e.status} (${said}) while reading ${where}.`
  }
}
