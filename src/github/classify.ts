// What a failed request was, as the client's retry and rate-limit decisions
// and explainError read it: shared by client.ts, rate-limit.ts and errors.ts.

/** Tries of one request, in all: the first and up to three retries or rate-limit waits. */
export const MAX_TRIES = 4

/** The part of octokit's RequestError (or a fetch error) read here. */
export interface HttpError {
  status: number
  message: string
  name?: string
  cause?: unknown
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

export function isHttpError(e: unknown): e is HttpError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { message?: unknown }).message === 'string'
  )
}

/** One request's tries, kept for the retry decisions and for explainError. */
export interface Tries {
  /** Tries started so far. */
  count: number
  /** Backoff waits so far: the next one lasts (backoffs + 1)² units. */
  backoffs: number
  /** The wait the next try starts with (a backoff), ms. */
  nextWaitMs: number
  /** "GET /repos/…", relative to GITHUB_API_URL, safe to log. */
  what: string
  /** The client's GITHUB_API_URL, for error messages. */
  baseUrl: string
  /** The caller's own signal (a cancel), which every try and wait obeys. */
  signal?: AbortSignal
  /** The last failure: rate-limit waits are computed from its headers. */
  last?: HttpError
  /** Set when a rate limit was not waited out: which, until when, and why not. */
  gaveUp?: { limit: 'primary' | 'secondary'; resumeAtMs: number; reason: 'deadline' | 'tries' }
  /** Set when a transient fault was not retried because the deadline was too close. */
  deadlineHit?: boolean
  /** The clock the message of a rate limit is written with. */
  now: () => number
}

/** A request's final error → its tries; explainError reads it. */
export const triesOfError = new WeakMap<object, Tries>()

/**
 * A rate limit as plugin-throttling recognises one (it retries only these):
 * a 403 or 429 saying "secondary rate", or with no requests remaining.
 */
export function isRateLimit(e: HttpError): boolean {
  if (e.status !== 403 && e.status !== 429) return false
  const data = e.response?.data as { errors?: { type?: unknown }[] } | undefined
  return (
    limitKind(e) === 'secondary' ||
    e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    (Array.isArray(data?.errors) && data.errors.some((x) => x?.type === 'RATE_LIMITED'))
  )
}

/** Which rate limit a rate-limit answer (isRateLimit) is: GitHub says "secondary rate" for that one. */
export function limitKind(e: HttpError): 'primary' | 'secondary' {
  return /\bsecondary rate\b/i.test(e.message) ? 'secondary' : 'primary'
}

/**
 * Milliseconds to wait for a rate limit, as GitHub asks (and as
 * plugin-throttling computes it, but on the client's clock): the secondary
 * limit's `retry-after` (60 s when absent); for the primary one, until one
 * second past `x-ratelimit-reset`.
 */
export function rateLimitWaitMs(e: HttpError, now: number): number {
  const headers = e.response?.headers ?? {}
  if (limitKind(e) === 'secondary') return (Number(headers['retry-after']) || 60) * 1000
  const resetMs = (Number(headers['x-ratelimit-reset']) || 0) * 1000
  return Math.max(Math.ceil((resetMs - now) / 1000) + 1, 0) * 1000
}

/** Worth another try: a server error, a plain 429, a timeout, no connection. */
export function isTransient(e: HttpError): boolean {
  // octokit's RequestError carries the request; an AbortError (the caller's
  // own signal) does not, and is not retried.
  if (e.request === undefined || isCancel(e)) return false
  return e.status >= 500 || e.status === 429 || e.status === 408
}

/** Whether the caller's own signal stopped the request. */
export function isCancel(e: HttpError): boolean {
  return (
    e.name === 'AbortError' || (e.cause as { name?: unknown } | undefined)?.name === 'AbortError'
  )
}

/**
 * The system error codes of a host name that does not resolve. Not retried:
 * the resolver has already asked (and, for EAI_AGAIN, retried and waited out
 * its own timeout, resolv.conf's `attempts`); asking again in 0.5 s gets the
 * same answer, and 7 s of retries hid a mistyped GITHUB_API_URL behind four
 * lines of noise.
 */
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL'])

/** The code of a failed name lookup in an error's cause chain, or null. */
export function dnsFailure(e: HttpError): string | null {
  let link: unknown = e
  for (let depth = 0; depth < 5 && typeof link === 'object' && link !== null; depth++) {
    const code = (link as { code?: unknown }).code
    if (typeof code === 'string' && DNS_CODES.has(code)) return code
    link = (link as { cause?: unknown }).cause
  }
  return null
}

/** Raised by a try that runs out of time; its message is shown as is. */
export class TryTimeout extends Error {
  override name = 'TryTimeout'
}

/** Why a request got no answer: "no answer within 30 s", "read ECONNRESET", "other side closed (UND_ERR_SOCKET)". */
export function networkReason(e: HttpError): string {
  // fetch rejects with TypeError('fetch failed') whose cause says what
  // happened; octokit usually copies that cause's message, not always.
  let message = e.message
  let code: unknown
  let link: unknown = e.cause
  for (let depth = 0; depth < 4 && typeof link === 'object' && link !== null; depth++) {
    const c = link as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown }
    if (c.name === 'TryTimeout' && typeof c.message === 'string') return c.message
    if (typeof c.message === 'string' && c.message !== '' && c.message !== 'fetch failed') {
      message = c.message
    }
    if (typeof c.code === 'string') code = c.code
    link = c.cause
  }
  if (message === '' || message === 'fetch failed' || message === 'Unknown Error') {
    message = 'no connection'
  }
  return flatten(
    typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message
  )
}

/**
 * Text from a server or the network as one line: control characters and
 * runs of white space as one space, at most `max` characters.
 * ex. 'Not  Found\r\n' -> 'Not Found'
 */
export function flatten(s: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** "GET /repos/o/r/actions/runs/1/jobs?page=2", relative to GITHUB_API_URL, safe to log. */
export function requestLine(
  method: string | undefined,
  url: string | undefined,
  baseUrl: string
): string {
  let path = url ?? ''
  if (path.startsWith(baseUrl)) path = path.slice(baseUrl.length)
  return flatten(`${method ?? 'GET'} ${path}`, 1000)
}

/** ex. 500 -> "0.5 s", 60000 -> "60 s" */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
