// The GitHub client and what its errors mean to a user. Octokit comes only
// from the toolkit's getOctokit (it keeps proxy support and the user agent),
// with the retry and throttling plugins; callers are handed the client, so
// tests point it at a loopback server.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

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
