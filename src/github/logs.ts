// The failing log lines of failed jobs: download a job's log (the API answers
// with a redirect to signed storage, fetched without the token) through a
// LogWindow, and find the failing lines (model/log-lines.ts). Logs are an
// extra: every fault becomes a short "missing" note, never a throw, and no
// log text is ever printed to stdout (where the runner would read
// `::command::` lines); it only goes into the summary file.
import { mapLimit } from './concurrency.js'
import { clientFetch, type Octokit } from './client.js'
import { failingLines, type Excerpt } from '../model/log-lines.js'
import { KEEP_LINES, LogWindow } from '../model/log-window.js'
import { isFailed } from '../model/report.js'
import type { JobRecord } from '../model/types.js'
import { discard, isBody } from './body.js'

/** Failed jobs given excerpts, at most (the summary's "at most 10"). */
export const MAX_EXCERPT_JOBS = 10
/** Downloads at once. */
export const LOG_CONCURRENCY = 4
/** Longest time for one log: the API call and the whole download. */
export const LOG_TIMEOUT_MS = 30_000

export interface DownloadOptions {
  /**
   * Fetch for the signed storage URL; default: the client's own (it keeps
   * the runner's proxy settings). Called with the URL and a signal alone: no
   * token ever goes to the storage host.
   */
  fetch?: typeof fetch
  /** Cancels the download at once (with the time limit, whichever comes first). */
  signal?: AbortSignal
  /** Longest time for the API call and the download together; default LOG_TIMEOUT_MS. */
  timeoutMs?: number
  /** Lines kept before each marker line (see LogWindow); default KEEP_LINES. */
  keepLines?: number
}

interface RequestErrorLike {
  status: number
  response?: { data?: unknown }
}

function isRequestError(e: unknown): e is RequestErrorLike {
  return (
    typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number'
  )
}

/** One short line of text from a server, safe to show. ex. 'Not  Found\n' -> 'Not Found' */
function short(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Why the API call failed, in a few words, never with a URL.
 *
 * @example apiReason({ status: 410 }) === 'log expired (410)'
 */
function apiReason(e: RequestErrorLike): string {
  const data = e.response?.data as { message?: unknown } | undefined
  const said = typeof data?.message === 'string' ? ` ${short(data.message)}` : ''
  switch (e.status) {
    case 404:
      return 'no log (404: the job did not run, or its log was deleted)'
    case 410:
      return 'log expired (410)'
    case 401:
    case 403:
      return `log not readable (${e.status}${said})`
    default:
      // octokit reports a network error as status 500 without a response.
      return e.response ? `GitHub answered ${e.status}${said}` : 'GitHub could not be reached'
  }
}

/**
 * Why a fetch failed, in a few words: the error's code (ECONNRESET…), never
 * its message, which may hold the signed URL.
 */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown } } | null)?.cause
  const code =
    typeof cause?.code === 'string' && /^[A-Z_]{3,40}$/.test(cause.code) ? cause.code : ''
  return code ? `log download failed (${code})` : 'log download failed (network error)'
}

/** Up to `max` bytes of a body as text, the rest cancelled. */
async function readStart(body: unknown, max: number): Promise<string> {
  if (!isBody(body)) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  // Leaving the loop early cancels the body.
  for await (const chunk of body) {
    chunks.push(chunk)
    size += chunk.byteLength
    if (size >= max) break
  }
  return Buffer.concat(chunks).subarray(0, max).toString('utf8')
}

/**
 * Reads a log body as UTF-8 (the BOM kept: Response.text() would drop it)
 * through a LogWindow, so a log of any size takes bounded memory.
 */
async function readLog(body: unknown, keepLines: number): Promise<string> {
  const window = new LogWindow(keepLines)
  if (!isBody(body)) return window.end()
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  // Leaving the loop early (the window is full) cancels the body.
  for await (const chunk of body) {
    if (!window.push(decoder.decode(chunk, { stream: true }))) break
  }
  if (!window.full) window.push(decoder.decode())
  return window.end()
}

/**
 * Downloads a job's log: `GET …/actions/jobs/{job_id}/logs` through the client
 * (its token), without following the redirect, then the signed storage URL of
 * `Location` with a plain fetch that carries no token. The signed URL is
 * never logged nor returned. A log that cannot be had (404 for a job that did
 * not run, 410 expired, a storage error such as `BlobNotFound`, a network
 * error, the time limit) comes back as `{ missing: reason }`; this never
 * throws.
 *
 * Size: logs pass 100 MB, and the failing step may be anywhere in them, so
 * the body is streamed through a LogWindow, which keeps the step headers,
 * each step's first error and the `keepLines` lines before them and before
 * the end. Reading stops once MAX_KEPT_CHARS are kept (only a log of
 * thousands of steps gets there), and `timeoutMs` bounds the time.
 */
export async function downloadLog(
  octokit: Octokit,
  q: { owner: string; repo: string; jobId: number },
  opts: DownloadOptions = {}
): Promise<{ text: string } | { missing: string }> {
  const timeoutMs = opts.timeoutMs ?? LOG_TIMEOUT_MS
  const keepLines = opts.keepLines ?? KEEP_LINES
  // Our own AbortController rather than AbortSignal.timeout: octokit rethrows
  // an AbortError as is, while a TimeoutError would become a 500 it retries.
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  timer.unref()
  const onCancel = (): void => controller.abort()
  opts.signal?.addEventListener('abort', onCancel, { once: true })
  if (opts.signal?.aborted) controller.abort()
  // A body handed on unread is no longer tied to the request's signal.
  let reading: unknown = null
  controller.signal.addEventListener('abort', () => void discard(reading).catch(() => undefined))
  let stage: 'api' | 'blob' = 'api'
  try {
    const res = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      owner: q.owner,
      repo: q.repo,
      job_id: q.jobId,
      request: { redirect: 'manual', parseSuccessResponseBody: false, signal: controller.signal }
    })
    const status = res.status as number
    const body: unknown = res.data
    reading = body
    if (status === 200) {
      // A server (or a proxy) that answered with the log itself.
      return { text: await readLog(body, keepLines) }
    }
    await discard(body).catch(() => undefined)
    const location = res.headers.location
    if (status < 300 || status > 399 || !location) {
      return { missing: `GitHub answered ${status} without a log address` }
    }
    let target: URL
    try {
      // Relative to the answer's URL (none from a fetch that builds its Response).
      target = new URL(location, res.url || octokit.request.endpoint.DEFAULTS.baseUrl)
    } catch {
      return { missing: 'GitHub answered with a bad log address' }
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return { missing: 'GitHub answered with a bad log address' }
    }

    stage = 'blob'
    const fetchBlob = opts.fetch ?? clientFetch(octokit)
    // The URL is the whole credential: no headers, so no Authorization.
    const blob = await fetchBlob(target.href, { signal: controller.signal })
    if (!blob.ok) {
      // Azure storage: <Error><Code>BlobNotFound</Code>…; others: "Code: message".
      const start = await readStart(blob.body, 4096)
      const code = /<Code>(\w{1,40})<\/Code>|^(\w{1,40}):/.exec(start)
      const what = code?.[1] ?? code?.[2]
      return { missing: `log storage answered ${blob.status}${what ? ` ${what}` : ''}` }
    }
    return { text: await readLog(blob.body, keepLines) }
  } catch (e) {
    if (opts.signal?.aborted) return { missing: 'log download cancelled' }
    if (timedOut)
      return { missing: `log download timed out after ${Number((timeoutMs / 1000).toFixed(1))}s` }
    if (stage === 'api' && isRequestError(e)) return { missing: apiReason(e) }
    return { missing: networkReason(e) }
  } finally {
    clearTimeout(timer)
    opts.signal?.removeEventListener('abort', onCancel)
  }
}

// ---------------------------------------------------------------------------
// Excerpts of failed jobs

export interface ExcerptOptions {
  /** Lines per job (the `log-lines` input); 0 downloads nothing. */
  lines: number
  /** Failed jobs given excerpts, the first ones in order; default MAX_EXCERPT_JOBS. */
  maxJobs?: number
  /** Downloads at once; default LOG_CONCURRENCY. */
  concurrency?: number
  /** Time limit per log; default LOG_TIMEOUT_MS. */
  timeoutMs?: number
  /** Cancels every download at once; those not started are not started. */
  signal?: AbortSignal
}

/**
 * The failing lines of each failed job (isFailed), keyed by job id, in the
 * order of `jobs`: at most `maxJobs` jobs, at most `concurrency` downloads at
 * once. The failing step is the job's first step that ended in `failure`.
 * A job left out for `maxJobs` has no entry: the caller shows how many.
 */
export async function collectExcerpts(
  octokit: Octokit,
  q: { owner: string; repo: string },
  jobs: readonly JobRecord[],
  opts: ExcerptOptions
): Promise<Map<number, Excerpt>> {
  const excerpts = new Map<number, Excerpt>()
  if (opts.lines <= 0) return excerpts
  const failed = jobs.filter(isFailed).slice(0, Math.max(0, opts.maxJobs ?? MAX_EXCERPT_JOBS))
  const results = await mapLimit(
    failed,
    opts.concurrency ?? LOG_CONCURRENCY,
    async (job): Promise<Excerpt> => {
      const step = job.steps.find((s) => s.conclusion === 'failure') ?? null
      const log = await downloadLog(
        octokit,
        { ...q, jobId: job.id },
        {
          // Room for `##[group]` lines among the lines shown.
          keepLines: Math.max(KEEP_LINES, 2 * opts.lines),
          ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
          ...(opts.signal ? { signal: opts.signal } : {})
        }
      )
      if ('missing' in log) return { missing: log.missing, step }
      return { lines: failingLines(log.text, step, opts.lines), step }
    }
  )
  failed.forEach((job, i) => {
    const excerpt = results[i]
    if (excerpt) excerpts.set(job.id, excerpt)
  })
  return excerpts
}
