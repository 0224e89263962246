// The GitHub client: the toolkit's getOctokit with @octokit/plugin-retry and
// @octokit/plugin-throttling, configured for a read-only client that must
// finish within its step's deadline, on an injected clock.
//
// Who does what, for one request (at most MAX_TRIES tries in all, and no
// wait that would end past the deadline), from the outside in:
// - `perRequest` (ours): the request's tries state, and conditional requests
//   (ETags: a 304 comes back as the cached response, status 304);
// - plugin-throttling: a primary or secondary rate limit (403 or 429) is
//   waited out in rate-limit.ts, on the injected clock, warned once;
// - plugin-retry: 5xx, a plain 429, 408 and network errors are tried again;
// - `perTry` (ours): each try's time limit, the backoff wait before a retry
//   (on the injected clock), and the decision to retry, made on the failure
//   and handed to plugin-retry through its per-request `retries` option.
import { getOctokit } from '@actions/github'
import { defaults as toolkitDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import type { EndpointDefaults, OctokitResponse } from '@octokit/types'
import { isBody, readText } from './body.js'
import {
  dnsFailure,
  isHttpError,
  isRateLimit,
  isTransient,
  MAX_TRIES,
  networkReason,
  requestLine,
  seconds,
  triesOfError,
  TryTimeout,
  type Tries
} from './classify.js'
import { throttleOptions } from './rate-limit.js'

export { MAX_TRIES } from './classify.js'
export { explainError, type ErrorNames } from './errors.js'

export type Octokit = ReturnType<typeof getOctokit>
type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>
type Fetch = typeof fetch
/** The options every request hook is handed (one object per request). */
type HookOptions = Required<EndpointDefaults>

export interface ClientOptions {
  token: string
  /** GITHUB_API_URL (GitHub Enterprise Server works unchanged). */
  baseUrl: string
  /** Where warnings go (core.warning at the edge): the first rate-limit wait. */
  warn: (message: string) => void
  /** Where retries and later rate-limit waits are logged (core.info); silent when absent. */
  info?: (message: string) => void
  /**
   * Epoch milliseconds (on `now`) after which the client starts no wait and
   * no try lasts: a rate limit that resets later, or a backoff that would
   * end later, fails at once. Absent: no limit but MAX_TRIES.
   */
  deadlineMs?: number
  /**
   * Backoff unit in milliseconds (default 500): tries 2, 3 and 4 start 1, 4
   * and 9 units after the failure before them (plugin-retry's schedule).
   */
  retryBaseMs?: number
  /** Longest time one try may take, body included, in ms (default 30 000). */
  requestTimeoutMs?: number
  /** Fetch for every request and the log downloads; default the toolkit's (undici's, proxy-aware). */
  fetch?: Fetch
  /** The clock of deadlines and rate-limit resets; default Date.now. */
  now?: () => number
  /** Every wait (backoff, rate limit); ends early, rejecting, when `signal` aborts. Default: a timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/**
 * The pages read before, by URL, with their ETags (`request: { etagCache }`).
 * The cache holds the very response a caller was handed: a caller that
 * replaces its `data` (listJobs puts its converted page there) has that kept
 * instead of the raw JSON, and gets it back on a 304.
 */
export type EtagCache = Map<string, { etag: string; response: OctokitResponse<unknown> }>

/** The shortest time a try is given, at or past the deadline. */
const LAST_TRY_MS = 1_000

/** Where a request's tries are kept in its options (`options.request`). */
const TRIES = 'runlensTries'

const fetchOfClient = new WeakMap<object, Fetch>()

/** The fetch a client sends its requests with: for a download that must go the same way. */
export function clientFetch(octokit: Octokit): Fetch {
  return fetchOfClient.get(octokit) ?? globalThis.fetch
}

/** A timer that rejects when `signal` aborts. */
function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason as Error)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Retries transient faults; waits out a rate limit only while that fits before the deadline. */
export function createClient(opts: ClientOptions): Octokit {
  const base = opts.retryBaseMs ?? 500
  const timeoutMs = opts.requestTimeoutMs ?? 30_000
  const baseUrl = opts.baseUrl.replace(/\/+$/, '')
  const info = opts.info ?? ((): void => {})
  const now = opts.now ?? Date.now
  const sleep = opts.sleep ?? realSleep
  const deadlineMs = opts.deadlineMs
  const fetch =
    opts.fetch ?? (toolkitDefaults.request?.fetch as Fetch | undefined) ?? globalThis.fetch
  const triesOf = (options: unknown): Tries | undefined =>
    (options as { request?: Record<string, unknown> } | undefined)?.request?.[TRIES] as
      Tries | undefined

  /** Whether `error` gets another try; if so, logs it and sets the wait before it. */
  const decide = (error: unknown, t: Tries): boolean => {
    if (!isHttpError(error)) return false
    t.last = error
    // Rate limits are plugin-throttling's; a name that does not resolve will
    // not resolve in 0.5 s either (classify.ts, DNS_CODES).
    if (!isTransient(error) || isRateLimit(error) || dnsFailure(error)) return false
    if (t.signal?.aborted || t.count >= MAX_TRIES) return false
    const delay = (t.backoffs + 1) ** 2 * base
    if (deadlineMs !== undefined && now() + delay > deadlineMs) {
      t.deadlineHit = true
      return false
    }
    t.backoffs++
    t.nextWaitMs = delay
    const why = error.response ? `${error.status}` : networkReason(error)
    info(`${t.what}: ${why}; try ${t.count + 1} of ${MAX_TRIES} in ${seconds(delay)}.`)
    return true
  }

  // Innermost: runs once per try, inside plugin-retry's and -throttling's loops.
  const perTry: Plugin = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const t = triesOf(options)
      if (!t) return request(options)
      // A cancel ends the wait before a try, or stops the try from starting:
      // the request fails with its last error (an AbortError, which nothing
      // retries, when it had none), and plugin-retry is told not to retry.
      const stop = (): never => {
        options.request.retries = 0
        throw t.last ?? t.signal?.reason ?? new Error('cancelled')
      }
      if (t.nextWaitMs > 0) {
        const ms = t.nextWaitMs
        t.nextWaitMs = 0
        await sleep(ms, t.signal).catch(stop)
      }
      if (t.signal?.aborted) stop()
      t.count++
      // A try never outlasts the deadline, but for a last second: a read
      // made at the deadline (the gate's report of where the wait stood)
      // still gets its answer from a server that is there.
      const leftMs = deadlineMs === undefined ? timeoutMs : deadlineMs - now()
      const limitMs = Math.min(timeoutMs, Math.max(leftMs, LAST_TRY_MS))
      // Our own controller and timer, held for the whole try: an
      // AbortSignal.timeout() inside AbortSignal.any() can be garbage-collected
      // on Node 20 and never fire, and a server that stalls mid-body then
      // hangs the step. The timer covers the body, read within the try.
      const controller = new AbortController()
      let timedOut = false
      const timer = setTimeout(
        () => {
          timedOut = true
          controller.abort(new TryTimeout(`no answer within ${seconds(limitMs)}`))
        },
        Math.max(0, limitMs)
      )
      const onCancel = (): void => controller.abort(t.signal?.reason)
      t.signal?.addEventListener('abort', onCancel, { once: true })
      // In place: every hook is handed the one options object of the request
      // (before-after-hook binds it; what a hook passes to `request` is
      // ignored), and perRequest made `request` this request's own copy.
      options.request.signal = controller.signal
      try {
        const response = await request(options)
        if (options.request.nativeJson === true) await parseJson(response, options)
        // octokit's own body reader turns a failed read into an empty body.
        if (timedOut) throw controller.signal.reason
        return response
      } catch (caught) {
        let error = caught
        if (timedOut) {
          error = new RequestError(`no answer within ${seconds(limitMs)}`, 500, {
            request: octokit.request.endpoint.parse(options),
            cause: controller.signal.reason
          })
        }
        // plugin-retry's per-request option, read on this failure: 0 stops it.
        options.request.retries = decide(error, t) ? MAX_TRIES : 0
        throw error
      } finally {
        clearTimeout(timer)
        t.signal?.removeEventListener('abort', onCancel)
      }
    })
  }

  // Outermost: once per request.
  const perRequest: Plugin = (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const { url, method } = octokit.request.endpoint.parse(options)
      const t: Tries = {
        count: 0,
        backoffs: 0,
        nextWaitMs: 0,
        what: requestLine(method, url, baseUrl),
        baseUrl,
        now,
        ...(options.request?.signal ? { signal: options.request.signal } : {})
      }
      // A copy per request (octokit shares one default object), which the
      // inner hooks change in place.
      options.request = { ...options.request, [TRIES]: t }
      const cache = options.request.etagCache as EtagCache | undefined
      const hit = method === 'GET' ? cache?.get(url) : undefined
      if (hit) options.headers = { ...options.headers, 'if-none-match': hit.etag }
      try {
        const response = await request(options)
        const etag = response.headers.etag
        if (cache && method === 'GET' && etag) cache.set(url, { etag, response })
        return response
      } catch (error) {
        if (hit && isHttpError(error) && error.status === 304) {
          // Not modified: the page as it was, with this answer's headers (its rate limit).
          const headers = { ...hit.response.headers, ...error.response?.headers }
          return { ...hit.response, status: 304, headers } as OctokitResponse<unknown>
        }
        if (typeof error === 'object' && error !== null) triesOfError.set(error, t)
        throw error
      }
    })
  }

  const octokit = getOctokit(
    opts.token,
    {
      baseUrl,
      request: { fetch },
      // The waits are ours, on the injected clock (perTry, rate-limit.ts):
      // the plugins' own are 0.
      retry: { retryAfterBaseValue: 0 },
      throttle: throttleOptions({ now, sleep, deadlineMs, warn: opts.warn, info, triesOf })
    },
    perTry,
    retry,
    throttling,
    perRequest
  )
  fetchOfClient.set(octokit, fetch)
  return octokit
}

/**
 * Parses a success body with the native JSON.parse when a request asks for it
 * (`request: { nativeJson: true, parseSuccessResponseBody: false }`), within
 * the try's time limit. Kept for correctness, not speed: octokit's own reader
 * turns a body cut off (or timed out) halfway into an empty string, not an
 * error, so a page cut short would not be retried. And for speed: octokit's
 * json-with-bigint parser is much slower on job pages (npm run bench, Node
 * 24, 3000 × 30, no latency: 1516 ms and 166 MB peak with it, 919 ms and
 * 144 MB with JSON.parse; job ids stay far below 2^53).
 * A body that is not JSON is handed on as text, as octokit does, for the
 * caller to reject.
 */
async function parseJson(response: OctokitResponse<unknown>, options: HookOptions): Promise<void> {
  const body: unknown = response.data
  if (!isBody(body)) return
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
}
