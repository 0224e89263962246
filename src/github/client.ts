// The GitHub client and what its errors mean to a user. Octokit comes only
// from the toolkit's getOctokit (it keeps the user agent and the base URL
// handling), with transport.ts for HTTP and two small plugins of our own;
// callers are handed the client, so tests point it at a loopback server.
//
// Who retries what, for one request (at most MAX_TRIES tries in all, and no
// wait that would end past the deadline), all in the `retrying` plugin below:
// - 5xx, a 429 that is not a rate limit, 408, network errors and timeouts
//   (octokit turns a failed fetch into a RequestError with status 500) are
//   tried again after 1, 4 and 9 backoff units;
// - the primary and secondary rate limits (403 or 429) are waited out until
//   `x-ratelimit-reset` (plus one second) or for `retry-after` (60 s when
//   absent), with a warning.
// Why not @octokit/plugin-retry and plugin-throttling, which do the same: both
// queue every request through Bottleneck, whose scheduler yields to the event
// loop with setTimeout several times per job: three queues, about 14 ms added
// to every request (a 3000-job run reads 30 pages in a row: 0.4 s of waiting
// on nothing), and sharing one budget and one deadline between the two took
// more code than the loop that does both (issue 6).
import { getOctokit } from '@actions/github'
import { RequestError } from '@octokit/request-error'
import type { EndpointDefaults } from '@octokit/types'
import { setTimeout as sleep } from 'node:timers/promises'
import { logText } from '../render/escape.js'
import { createTransport, isBody, readText } from './transport.js'

export type Octokit = ReturnType<typeof getOctokit>
type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>
/** The options every request hook is handed (one object per request). */
type HookOptions = Required<EndpointDefaults>
type Fetch = typeof fetch

/** Tries of one request, in all: the first and up to three retries. */
export const MAX_TRIES = 4

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL (GitHub Enterprise Server works unchanged). */
  baseUrl: string
  /** Where warnings go (core.warning at the edge): rate-limit waits. */
  warn: (message: string) => void
  /** Where retries are logged (core.info at the edge); silent when absent. */
  info?: (message: string) => void
  /**
   * Epoch milliseconds after which the client starts no wait: a rate limit
   * that resets later, or a backoff that would end later, fails at once.
   * Absent: no limit but MAX_TRIES.
   */
  deadlineMs?: number
  /**
   * Backoff unit in milliseconds (default 500): tries 2, 3 and 4 start 1, 4
   * and 9 units after the failure before them (octokit's plugin-retry
   * schedule), so 0.5 s, 2 s and 4.5 s by default.
   */
  retryBaseMs?: number
  /** Longest time one try may take, answer included, in ms (default 30 000). */
  requestTimeoutMs?: number
  /** Injected transport, for tests; default: transport.ts (node:http, proxy-aware). */
  fetch?: Fetch
}

/** One request's tries, kept for explainError. */
interface Tries {
  count: number
  /** Backoff waits so far: the next one lasts (backoffs + 1)² units. */
  backoffs: number
  /** The client's GITHUB_API_URL, for error messages. */
  baseUrl: string
  /** Set when a rate limit was not waited out: which, until when, and why not. */
  gaveUp?: { limit: 'primary' | 'secondary'; resumeAtMs: number; reason: 'deadline' | 'tries' }
  /** Set when a transient fault was not retried because the deadline was too close. */
  deadlineHit?: boolean
}

/** A request's final error → its tries; explainError reads it. */
const triesOfError = new WeakMap<object, Tries>()

/** Raised by the fetch wrapper when a try runs out of time. */
class TryTimeout extends Error {
  override name = 'TryTimeout'
}

/**
 * Gives every call of `send` its own timeout. Every field of `init` is passed
 * on as it came; only the signal is replaced, by one that also fires when the
 * caller's fires.
 */
function withTimeout(send: Fetch, timeoutMs: number): Fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const own = init?.signal ?? undefined
    const signal = own ? AbortSignal.any([own, timeout]) : timeout
    try {
      return await send(input, { ...init, signal })
    } catch (error) {
      if (timeout.aborted && !own?.aborted) {
        throw new TryTimeout(`no answer within ${seconds(timeoutMs)}`, { cause: error })
      }
      throw error
    }
  }
}

interface HttpError {
  status: number
  message: string
  name?: string
  cause?: unknown
  request?: { method?: string; url?: string }
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
 * A rate limit as plugin-throttling recognises one (it retries only these):
 * a 403 or 429 saying "secondary rate", or with no requests remaining.
 */
function isRateLimit(e: HttpError): boolean {
  if (e.status !== 403 && e.status !== 429) return false
  const data = e.response?.data as { errors?: { type?: unknown }[] } | undefined
  return (
    limitKind(e) === 'secondary' ||
    e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    (Array.isArray(data?.errors) && data.errors.some((x) => x?.type === 'RATE_LIMITED'))
  )
}

/** Which rate limit a rate-limit answer (isRateLimit) is: GitHub says "secondary rate" for that one. */
function limitKind(e: HttpError): 'primary' | 'secondary' {
  return /\bsecondary rate\b/i.test(e.message) ? 'secondary' : 'primary'
}

/** Worth another try: a server error, a plain 429, a timeout, no connection. */
function isTransient(e: HttpError): boolean {
  // octokit's RequestError carries the request; an AbortError (the caller's
  // own signal) does not, and is not retried.
  if (e.request === undefined) return false
  return e.status >= 500 || e.status === 429 || e.status === 408
}

/** "GET /repos/o/r/actions/runs/1/jobs?page=2", relative to GITHUB_API_URL, safe to log. */
function requestLine(method: string | undefined, url: string | undefined, baseUrl: string): string {
  let path = url ?? ''
  if (path.startsWith(baseUrl)) path = path.slice(baseUrl.length)
  return logText(`${method ?? 'GET'} ${path}`)
}

/** ex. 500 -> "0.5 s", 60000 -> "60 s" */
function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

/** Retries transient faults; waits out a rate limit only while that fits before the deadline. */
export function createClient(opts: ClientOptions): Octokit {
  const base = opts.retryBaseMs ?? 500
  const timeoutMs = opts.requestTimeoutMs ?? 30_000
  const baseUrl = opts.baseUrl.replace(/\/+$/, '')
  const info = opts.info ?? ((): void => {})
  // In place of the toolkit's fetch (undici's, costly to load), a transport
  // over node:http with the toolkit's proxy-aware agents; octokit reads only
  // the part of a Response that it answers.
  const transport: Fetch = opts.fetch ?? (createTransport() as unknown as Fetch)

  /** How long to wait before trying again after `error`, or null to give up. */
  const nextWait = (error: unknown, options: HookOptions, t: Tries): number | null => {
    if (!isHttpError(error) || options.request.signal?.aborted || isCancel(error)) return null
    const what = requestLine(options.method, options.url, baseUrl)
    if (isRateLimit(error)) {
      const limit = limitKind(error)
      const waitS = rateLimitWait(error, limit)
      const resumeAtMs = Date.now() + waitS * 1000
      const reason =
        t.count >= MAX_TRIES
          ? 'tries'
          : opts.deadlineMs !== undefined && resumeAtMs > opts.deadlineMs
            ? 'deadline'
            : null
      if (reason) {
        t.gaveUp = { limit, resumeAtMs, reason }
        return null
      }
      opts.warn(
        `GitHub's ${limit} rate limit stopped ${what}; ` +
          `waiting ${waitS} s, until ${new Date(resumeAtMs).toISOString()}, for try ${t.count + 1} of ${MAX_TRIES}.`
      )
      return waitS * 1000
    }
    if (!isTransient(error) || t.count >= MAX_TRIES) return null
    const delay = (t.backoffs + 1) ** 2 * base
    if (opts.deadlineMs !== undefined && Date.now() + delay > opts.deadlineMs) {
      t.deadlineHit = true
      return null
    }
    t.backoffs++
    const why = error.response ? `${error.status}` : logText(networkReason(error))
    info(`${what}: ${why}; try ${t.count + 1} of ${MAX_TRIES} in ${seconds(delay)}.`)
    return delay
  }

  // Added after nativeJson, so it wraps it: a body cut off while it is read
  // is retried like any other network fault.
  const retrying: Plugin = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      // A copy of `request` per request (octokit shares one default object),
      // with every try of the transport given its own time limit.
      options.request = {
        ...options.request,
        fetch: withTimeout((options.request.fetch as Fetch | undefined) ?? transport, timeoutMs)
      }
      const t: Tries = { count: 0, backoffs: 0, baseUrl }
      for (;;) {
        t.count++
        try {
          return await request(options)
        } catch (error) {
          if (typeof error === 'object' && error !== null) triesOfError.set(error, t)
          const waitMs = nextWait(error, options, t)
          if (waitMs === null) throw error
          const signal = options.request.signal ?? undefined
          // A cancel during the wait ends it, as it would end the next try.
          await sleep(waitMs, undefined, signal ? { signal } : {}).catch(() => {
            throw error
          })
        }
      }
    })
  }

  return getOctokit(opts.token, { baseUrl, request: { fetch: transport } }, nativeJson, retrying)
}

/**
 * Seconds to wait for a rate limit, as GitHub asks (and as plugin-throttling
 * computes it): the secondary limit's `retry-after` (60 when absent); for the
 * primary one, until one second past `x-ratelimit-reset`.
 */
function rateLimitWait(e: HttpError, limit: 'primary' | 'secondary'): number {
  const headers = e.response?.headers ?? {}
  if (limit === 'secondary') return Number(headers['retry-after']) || 60
  const resetMs = (Number(headers['x-ratelimit-reset']) || 0) * 1000
  return Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0)
}

/**
 * Parses a success body with the native JSON.parse when a request asks for it
 * (`request: { nativeJson: true }`). Octokit parses with json-with-bigint,
 * about ten times slower: a 100-job page of 30 steps each takes 15 ms instead
 * of 1.5. Job ids stay far below 2^53, so nothing is lost. Added first, so
 * it runs inside `retrying`: a body cut off while read is a RequestError
 * (500) and is retried like any network fault. A body that is not JSON is
 * handed on as text, as octokit does, for the caller to reject.
 */
function nativeJson(octokit: { hook: { wrap: Octokit['hook']['wrap'] } }): void {
  octokit.hook.wrap('request', async (request, options) => {
    if (options.request?.nativeJson !== true) return request(options)
    const response = await request(options)
    const body: unknown = response.data
    if (!isBody(body)) return response
    let text: string
    try {
      text = await readText(body)
    } catch (error) {
      // As octokit reports a failed fetch: a 500 whose cause says why.
      throw new RequestError(
        `reading the answer: ${error instanceof Error ? error.message : String(error)}`,
        500,
        { request: options, cause: error }
      )
    }
    try {
      response.data = JSON.parse(text) as unknown
    } catch {
      response.data = text
    }
    return response
  })
}

/** Why a request got no answer: "no answer within 30 s", "read ECONNRESET", "other side closed (UND_ERR_SOCKET)". */
function networkReason(e: HttpError): string {
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
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message
}

/** Whether the caller's own signal stopped the request. */
function isCancel(e: HttpError): boolean {
  return (
    e.name === 'AbortError' || (e.cause as { name?: unknown } | undefined)?.name === 'AbortError'
  )
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
    return `${e.status} ${oneLine(details.length > 0 ? `${message}: ${details.join('; ')}` : message)}`
  }
  const status = `${e.status} ${STATUS_TEXT[e.status] ?? ''}`.trim()
  if (typeof data === 'string' && data.trim() !== '') {
    const type = e.response?.headers?.['content-type']?.split(';')[0]?.trim() || 'no content type'
    const body = /^\s*</.test(data) ? 'an HTML page' : `a ${type} body`
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

/** Control characters and runs of spaces as one space; at most 300 characters. */
function oneLine(s: string): string {
  const flat = logText(s).replace(/\s+/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat
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
function when(ms: number): string {
  const left = ms - Date.now()
  const rel =
    left <= 0
      ? 'now'
      : left < 120_000
        ? `in ${Math.ceil(left / 1000)} s`
        : `in ${Math.ceil(left / 60_000)} min`
  return `${new Date(ms).toISOString()} (${rel})`
}

function rateLimitMessage(e: HttpError, what: string, t: Tries | undefined): string {
  const headers = e.response?.headers ?? {}
  const why =
    t?.gaveUp?.reason === 'deadline'
      ? ', past the time this step may wait (its timeout input)'
      : t && t.count >= MAX_TRIES
        ? `, and ${MAX_TRIES} tries were made`
        : ''
  if (limitKind(e) === 'secondary') {
    const retryAfter = rateLimitWait(e, 'secondary')
    const resume = t?.gaveUp?.resumeAtMs ?? Date.now() + retryAfter * 1000
    return `GitHub's secondary rate limit stopped ${what} (${answer(e)}). GitHub asks to wait ${retryAfter} s, until ${when(resume)}${why}. Try again then, or make fewer requests at once.`
  }
  const reset = Number(headers['x-ratelimit-reset'])
  const resets = Number.isFinite(reset) && reset > 0 ? `; it resets at ${when(reset * 1000)}` : ''
  return `GitHub's API rate limit for this token is used up (${answer(e)})${resets}${why}. Try again then, or use a token with a limit of its own.`
}

/**
 * Turns a failed request into one message the user can act on. The token is
 * never part of it: octokit's errors carry the request, we only take the
 * method and path, the status and GitHub's own message.
 */
export function explainError(
  e: unknown,
  q: { owner: string; repo: string; runId: number }
): string {
  if (!isHttpError(e)) {
    if (e instanceof SyntaxError) return `Unexpected response from GitHub: ${e.message}`
    return e instanceof Error ? e.message : String(e)
  }
  const t = triesOfError.get(e)
  const baseUrl = t?.baseUrl ?? ''
  const what = requestLine(e.request?.method, e.request?.url, baseUrl)
  const where = `run ${q.runId} of ${q.owner}/${q.repo}`
  const times = t && t.count > 1 ? `${t.count} times` : 'once'
  const cut = t?.deadlineHit ? ' (its timeout input left no time for another try)' : ''

  if (!e.response) {
    if (isCancel(e)) return `${what} was cancelled.`
    return (
      `Could not reach GITHUB_API_URL (${baseUrl || 'unknown'}): ${what} failed ${times}${cut}, the last time with: ${logText(networkReason(e))}. ` +
      `Check that the runner can reach it, and its proxy settings (HTTPS_PROXY, NO_PROXY).`
    )
  }
  if (isRateLimit(e)) return rateLimitMessage(e, what, t)
  switch (e.status) {
    case 401:
      return `GitHub rejected the token (${answer(e)}). Check the github-token input: the token may be expired, revoked or mistyped.`
    case 403: {
      const accepted = e.response.headers?.['x-accepted-github-permissions']
      if (accepted || /not accessible by integration/i.test(e.message)) {
        const says = accepted ? `; GitHub accepts a token with ${oneLine(accepted)}` : ''
        return `The token may not read the jobs of ${where} (${answer(e)}${says}). Add to the workflow or the job:\n  permissions:\n${permissionsYaml(accepted)}`
      }
      return `GitHub refused access to ${where} (${answer(e)}). Check that the github-token input may read the repository's actions.`
    }
    case 404:
      return `Not found: ${where} (${answer(e)}). Check repository and run-id; the default GITHUB_TOKEN reads only the repository of its own workflow, so another repository needs a token with actions: read there.`
    case 410:
      return `GitHub says ${what} is gone (${answer(e)}): ${where} may have been deleted.`
    case 422:
      return `GitHub refused ${what} (${answer(e)}). Check the run-id and attempt inputs.`
    default:
      if (e.status >= 500 || e.status === 429 || e.status === 408) {
        return `${what} got ${answer(e)} ${times}${cut}. GitHub may be having trouble (https://www.githubstatus.com); try again later.`
      }
      return `GitHub answered ${answer(e)} to ${what} while reading ${where}.`
  }
}
