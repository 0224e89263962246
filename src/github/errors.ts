// What a failed request means to a user: one message, worded once here, with
// the names of the inputs (the action) or options (the CLI) passed in.
import type { RunRef } from '../model/types.js'
import {
  dnsFailure,
  flatten,
  isCancel,
  isHttpError,
  isRateLimit,
  limitKind,
  MAX_TRIES,
  networkReason,
  rateLimitWaitMs,
  requestLine,
  triesOfError,
  type HttpError,
  type Tries
} from './classify.js'

/**
 * How the edge names what a user sets, for the messages to point at.
 * ex. the action: { token: 'the github-token input', run: 'repository and run-id',
 *   timeout: 'its timeout input', attempt: 'the attempt input' }
 */
export interface ErrorNames {
  /** Where the token comes from: "Check <token>: the token may be expired…". */
  token: string
  /** What names the run: "Check <run>; the default GITHUB_TOKEN…". */
  run: string
  /** What bounds the time: "past the time this step may wait (<timeout>)". */
  timeout: string
  /** What picks the attempt: "Check <attempt>". */
  attempt: string
}

/**
 * GitHub's answer in words: its status and its own message, on one line, or
 * what came instead of GitHub's JSON.
 * ex. "404 Not Found", "502 Bad Gateway, with an HTML page instead of GitHub's JSON (…)"
 */
function answer(e: HttpError): string {
  const data = e.response?.data
  const message = (data as { message?: unknown } | null | undefined)?.message
  if (typeof data === 'object' && data !== null && typeof message === 'string') {
    const errors = (data as { errors?: unknown }).errors
    const details = (Array.isArray(errors) ? errors : [])
      .map((x: unknown) => (typeof x === 'string' ? x : (x as { message?: unknown })?.message))
      .filter((x): x is string => typeof x === 'string' && x !== '')
    return `${e.status} ${flatten(details.length > 0 ? `${message}: ${details.join('; ')}` : message)}`
  }
  const status = `${e.status} ${STATUS_TEXT[e.status] ?? ''}`.trim()
  if (typeof data === 'string' && data.trim() !== '') {
    const type = e.response?.headers?.['content-type']?.split(';')[0]?.trim() || 'no content type'
    const body = /^\s*</.test(data) ? 'an HTML page' : `a ${flatten(type, 80)} body`
    return `${status}, with ${body} instead of GitHub's JSON (a proxy between the runner and GitHub?)`
  }
  return status
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  304: 'Not Modified',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** `actions=read,contents=read; checks=read` -> the YAML lines of its first set. */
function permissionsYaml(accepted: string | undefined): string {
  const first = (accepted ?? '').split(';')[0] ?? ''
  const lines = first
    .split(',')
    .map((p) => /^\s*([a-z_]+)\s*=\s*([a-z]+)\s*$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `    ${m[1]}: ${m[2]}`)
  return lines.length > 0 ? lines.join('\n') : '    actions: read'
}

/** ex. "2026-11-20T11:00:00.000Z (in 60 min)" */
function when(ms: number, now: number): string {
  const left = ms - now
  const rel =
    left <= 0
      ? 'now'
      : left < 120_000
        ? `in ${Math.ceil(left / 1000)} s`
        : `in ${Math.ceil(left / 60_000)} min`
  return `${new Date(ms).toISOString()} (${rel})`
}

function rateLimitMessage(
  e: HttpError,
  what: string,
  t: Tries | undefined,
  names: ErrorNames
): string {
  const now = t?.now() ?? Date.now()
  const headers = e.response?.headers ?? {}
  const why =
    t?.gaveUp?.reason === 'deadline'
      ? `, past the time this step may wait (${names.timeout})`
      : t && t.count >= MAX_TRIES
        ? `, and ${MAX_TRIES} tries were made`
        : ''
  if (limitKind(e) === 'secondary') {
    const waitMs = rateLimitWaitMs(e, now)
    const resume = t?.gaveUp?.resumeAtMs ?? now + waitMs
    return `GitHub's secondary rate limit stopped ${what} (${answer(e)}). GitHub asks to wait ${waitMs / 1000} s, until ${when(resume, now)}${why}. Try again then, or make fewer requests at once.`
  }
  const reset = Number(headers['x-ratelimit-reset'])
  const resets =
    Number.isFinite(reset) && reset > 0 ? `; it resets at ${when(reset * 1000, now)}` : ''
  return `GitHub's API rate limit for this token is used up (${answer(e)})${resets}${why}. Try again then, or use a token with a limit of its own.`
}

/** Not answered at all: a name that does not resolve, a cancel, or no connection. */
function unreachable(e: HttpError, what: string, t: Tries | undefined, names: ErrorNames): string {
  const baseUrl = t?.baseUrl || 'unknown'
  if (isCancel(e)) return `${what} was cancelled.`
  const dns = dnsFailure(e)
  if (dns) {
    let host = baseUrl
    try {
      host = new URL(baseUrl).hostname
    } catch {
      // baseUrl as is
    }
    return `Could not resolve the host of GITHUB_API_URL (${baseUrl}): ${flatten(host, 100)} is not a name the runner's DNS knows (${dns}). Check GITHUB_API_URL, and the runner's DNS and proxy settings (HTTPS_PROXY, NO_PROXY).`
  }
  const times = t && t.count > 1 ? `${t.count} times` : 'once'
  const cut = t?.deadlineHit ? ` (${names.timeout} left no time for another try)` : ''
  return (
    `Could not reach GITHUB_API_URL (${baseUrl}): ${what} failed ${times}${cut}, the last time with: ${networkReason(e)}. ` +
    `Check that the runner can reach it, and its proxy settings (HTTPS_PROXY, NO_PROXY).`
  )
}

/**
 * Turns a failed request into one message the user can act on, on one line
 * but for the `permissions:` YAML of a 403. The token is never part of it:
 * octokit's errors carry the request, only its method and path are taken,
 * with the status and GitHub's own message.
 */
export function explainError(e: unknown, run: RunRef, names: ErrorNames): string {
  if (!isHttpError(e)) {
    if (e instanceof SyntaxError) return `Unexpected response from GitHub: ${flatten(e.message)}`
    return e instanceof Error ? e.message : String(e)
  }
  const t = triesOfError.get(e)
  const what = t?.what ?? requestLine(e.request?.method, e.request?.url, '')
  const where = `run ${run.id} of ${run.owner}/${run.repo}`
  if (!e.response) return unreachable(e, what, t, names)
  if (isRateLimit(e)) return rateLimitMessage(e, what, t, names)
  const times = t && t.count > 1 ? `${t.count} times` : 'once'
  const cut = t?.deadlineHit ? ` (${names.timeout} left no time for another try)` : ''
  switch (e.status) {
    case 401:
      return `GitHub rejected the token (${answer(e)}). Check ${names.token}: the token may be expired, revoked or mistyped.`
    case 403: {
      const accepted = e.response.headers?.['x-accepted-github-permissions']
      if (accepted || /not accessible by integration/i.test(e.message)) {
        const says = accepted ? `; GitHub accepts a token with ${flatten(accepted)}` : ''
        return `The token may not read the jobs of ${where} (${answer(e)}${says}). Add to the workflow or the job:\n  permissions:\n${permissionsYaml(accepted)}`
      }
      return `GitHub refused access to ${where} (${answer(e)}). Check that ${names.token} may read the repository's actions.`
    }
    case 404: {
      // /attempts/5/jobs answers 404 for a run with fewer attempts.
      const attempt = /\/attempts\/(\d+)\//.exec(what)?.[1]
      if (attempt) {
        return `Not found: attempt ${attempt} of ${where} (${answer(e)}); the run may have fewer attempts. Check ${names.attempt}, and ${names.run}.`
      }
      return `Not found: ${where} (${answer(e)}). Check ${names.run}; the default GITHUB_TOKEN reads only the repository of its own workflow, so another repository needs a token with actions: read there.`
    }
    case 410:
      return `GitHub says ${what} is gone (${answer(e)}): ${where} may have been deleted.`
    case 422:
      return `GitHub refused ${what} (${answer(e)}). Check ${names.attempt}, and ${names.run}.`
    default:
      if (e.status >= 500 || e.status === 429 || e.status === 408) {
        return `${what} got ${answer(e)} ${times}${cut}. GitHub may be having trouble (https://www.githubstatus.com); try again later.`
      }
      return `GitHub answered ${answer(e)} to ${what} while reading ${where}.`
  }
}
