// Rate limits, for @octokit/plugin-throttling: its handlers decide whether a
// rate limit is waited out, and do the wait themselves, on the client's clock.
//
// How the wait goes through the injected sleep: the plugin awaits the handler
// (Bottleneck's Events.trigger awaits a returned promise) and then schedules
// the retry `retryAfter * retryAfterBaseValue` ms later. The handler sleeps
// the whole wait itself, through `sleep` (virtual in tests, cancelled by the
// caller's signal), and the plugin's base value is 0: its own wait is none.
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import { MAX_TRIES, rateLimitWaitMs, type Tries } from './classify.js'

export interface RateLimitPolicy {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** No wait that would end past this epoch ms; absent: no limit but MAX_TRIES. */
  deadlineMs?: number
  warn: (message: string) => void
  info: (message: string) => void
  /** The tries of the request plugin-throttling hands a handler (its options). */
  triesOf: (options: unknown) => Tries | undefined
}

/** plugin-throttling's options: both limits waited out within the deadline, warned once. */
export function throttleOptions(p: RateLimitPolicy): ThrottlingOptions {
  // One warning per client: a read of 30 pages at once can hit the secondary
  // limit on every page; the user needs to be told once that the step waits,
  // the rest goes to the log as info.
  let warned = false
  const handler =
    (limit: 'primary' | 'secondary') =>
    async (_retryAfter: number, options: unknown): Promise<boolean> => {
      const t = p.triesOf(options)
      const e = t?.last
      if (!t || !e) return false
      // Not plugin-throttling's retryAfter: it reads Date.now(), and the
      // wait must be on the client's clock, the one the deadline is on.
      const waitMs = rateLimitWaitMs(e, p.now())
      const resumeAtMs = p.now() + waitMs
      if (t.count >= MAX_TRIES) {
        t.gaveUp = { limit, resumeAtMs, reason: 'tries' }
        return false
      }
      if (p.deadlineMs !== undefined && resumeAtMs > p.deadlineMs) {
        t.gaveUp = { limit, resumeAtMs, reason: 'deadline' }
        return false
      }
      const message =
        `GitHub's ${limit} rate limit stopped ${t.what}; ` +
        `waiting ${waitMs / 1000} s, until ${new Date(resumeAtMs).toISOString()}, for try ${t.count + 1} of ${MAX_TRIES}.`
      if (warned) p.info(message)
      else p.warn(message)
      warned = true
      try {
        await p.sleep(waitMs, t.signal)
      } catch {
        return false // cancelled: the rate-limit error is the request's error
      }
      return t.signal?.aborted !== true
    }
  // The plugin's types say a handler returns void, but its source awaits the
  // handler and retries on `true` (README: "return true to retry").
  return {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onRateLimit: handler('primary'),
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onSecondaryRateLimit: handler('secondary'),
    retryAfterBaseValue: 0
  }
}
