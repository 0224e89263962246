// The annotations of failed jobs' check runs: what the run page shows as a
// job's errors ("Process completed with exit code 1.", a problem matcher's
// file and line). An extra, as logs are: a fault leaves a job unread, never
// throws; a token without `checks: read` is told once, and nothing more is asked.
import { mapLimit } from './concurrency.js'
import { isHttpError, isRateLimit } from './classify.js'
import type { Octokit } from './client.js'
import { NATIVE_JSON } from './pages.js'
import type { Annotation, ApiAnnotation } from '../model/types.js'

/**
 * Requests at once: every failed job read (at most 10) in one round trip.
 * Each answer is a few KB, unlike a log; four at a time cost a 3000-job run
 * 10 → 12 round trips, 2.44 s instead of 2.09 s at 150 ms a request.
 */
export const ANNOTATION_CONCURRENCY = 10

export interface AnnotationsOptions {
  /** Requests at once; default ANNOTATION_CONCURRENCY (they run beside the log downloads). */
  concurrency?: number
  /** Cancels the read: requests not started are not started, those in flight end. */
  signal?: AbortSignal
}

export interface AnnotationsRead {
  /** The annotations of each job read, by job id ([] for a job with none). */
  byJob: Map<number, Annotation[]>
  /**
   * Set when GitHub refused (403: the token lacks `checks: read`; 404: that,
   * or a server without the endpoint): the requests after it were not made.
   */
  denied: { status: number } | null
  /** Jobs whose annotations could not be read otherwise (5xx after retries, network). */
  failed: number
}

/** An annotation as published: the API's level and message made strings, other nulls kept. */
export function toAnnotation(a: Partial<ApiAnnotation>): Annotation {
  const text = (s: unknown): string | null => (typeof s === 'string' ? s : null)
  const line = (n: unknown): number | null => (typeof n === 'number' ? n : null)
  return {
    level: text(a.annotation_level) ?? 'notice',
    message: text(a.message) ?? '',
    title: text(a.title),
    path: text(a.path),
    start_line: line(a.start_line),
    end_line: line(a.end_line)
  }
}

/**
 * Reads the annotations of each job's check run (a job's id is its check
 * run's id): `GET /repos/{owner}/{repo}/check-runs/{id}/annotations`, one
 * page of 100 (GitHub keeps far fewer per job: 10 errors and 10 warnings a
 * step), at most `concurrency` at once, through the client, so retries and
 * rate limits are handled as for every request.
 */
export async function readAnnotations(
  octokit: Octokit,
  q: { owner: string; repo: string },
  jobs: readonly { id: number }[],
  opts: AnnotationsOptions = {}
): Promise<AnnotationsRead> {
  const out: AnnotationsRead = { byJob: new Map(), denied: null, failed: 0 }
  const base = `/repos/${encodeURIComponent(q.owner)}/${encodeURIComponent(q.repo)}/check-runs`
  await mapLimit(jobs, opts.concurrency ?? ANNOTATION_CONCURRENCY, async (job) => {
    // After a refusal every other job would be refused too.
    if (out.denied || opts.signal?.aborted) return
    try {
      const response = await octokit.request({
        method: 'GET',
        url: `${base}/${job.id}/annotations?per_page=100`,
        request: { ...NATIVE_JSON, ...(opts.signal ? { signal: opts.signal } : {}) }
      })
      const data: unknown = response.data
      if (!Array.isArray(data)) {
        out.failed++
        return
      }
      const list = data.filter((a): a is Partial<ApiAnnotation> => typeof a === 'object' && !!a)
      out.byJob.set(job.id, list.map(toAnnotation))
    } catch (error) {
      if (opts.signal?.aborted) return
      // A rate limit not waited out is a 403 too, but no refusal.
      const refused =
        isHttpError(error) && (error.status === 403 || error.status === 404) && !isRateLimit(error)
      if (refused) out.denied ??= { status: error.status }
      else out.failed++
    }
  })
  return out
}
