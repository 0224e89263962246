// Why a read of earlier runs stopped short, in one sentence for the summary:
// the report goes on without the runs not read. Never the token: only a
// status, GitHub's own message and times are taken from an error.
import {
  flatten,
  isRateLimit,
  limitKind,
  networkReason,
  rateLimitWaitMs,
  triesOfError,
  type HttpError
} from './classify.js'
import type { RunRef } from '../model/types.js'

/** What stopped the read. `what`: what the request read, ex. "the jobs of run 123". */
export type Stop =
  | { kind: 'cancelled' }
  | { kind: 'no-branch' }
  | { kind: 'http'; error: HttpError; what: string }
  | { kind: 'other'; message: string }

/** ex. 1795255500000 -> "14:05 UTC" */
export function clockUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`
}

/** GitHub's message of an error body, on one line, or ''. ex. "Not Found" */
function messageOf(e: HttpError): string {
  const m = (e.response?.data as { message?: unknown } | null | undefined)?.message
  return typeof m === 'string' ? flatten(m, 120) : ''
}

/** The reason, after "…: ". ex. "GitHub's rate limit resets at 14:05 UTC" */
function reason(stop: Stop, run: Pick<RunRef, 'id'>): string {
  switch (stop.kind) {
    case 'cancelled':
      return 'the step was cancelled'
    case 'no-branch':
      return `run ${run.id} has no branch to find earlier runs on`
    case 'other':
      return flatten(stop.message, 200)
    case 'http':
      break
  }
  const { error: e, what } = stop
  const t = triesOfError.get(e)
  const now = t?.now() ?? Date.now()
  if (!e.response) return `GitHub could not be reached (${networkReason(e)})`
  if (isRateLimit(e)) {
    if (limitKind(e) === 'secondary') {
      const resume = t?.gaveUp?.resumeAtMs ?? now + rateLimitWaitMs(e, now)
      return `GitHub's secondary rate limit asks to wait until ${clockUtc(resume)}`
    }
    const reset = Number(e.response.headers?.['x-ratelimit-reset'])
    const at = Number.isFinite(reset) && reset > 0 ? reset * 1000 : t?.gaveUp?.resumeAtMs
    return at === undefined
      ? `GitHub's rate limit for this token is used up`
      : `GitHub's rate limit resets at ${clockUtc(at)}`
  }
  const said = messageOf(e)
  const answer = `${e.status}${said ? ` ${said}` : ''}`
  if (e.status === 404 || e.status === 410) return `GitHub did not find ${what} (${answer})`
  if (e.status === 403 || e.status === 401) {
    return `GitHub refused to show ${what} (${answer}); the token needs actions: read`
  }
  const times = t && t.count > 1 ? `, ${t.count} times` : ''
  return `GitHub answered ${answer} to reading ${what}${times}`
}

/**
 * One sentence: how many of the chosen runs the comparison has, and why not
 * more; `chosen` null when none could be chosen.
 * ex. "Compared with 6 of 10 earlier runs: GitHub's rate limit resets at 14:05 UTC."
 */
export function historyNote(
  stop: Stop,
  c: { run: Pick<RunRef, 'owner' | 'repo' | 'id'>; kept: number; chosen: number | null }
): string {
  const why = reason(stop, c.run)
  if (c.chosen === null) return `Not compared with earlier runs: ${why}.`
  return `Compared with ${c.kept} of ${c.chosen} earlier runs: ${why}.`
}
