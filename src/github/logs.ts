// The failing log lines of failed jobs: download a job's log (the API answers
// with a redirect to signed storage, fetched without the token), find the
// failing step's part of it, and render the last lines before its first error
// for the job summary. Logs are an extra: every fault becomes a short
// "missing" note, never a throw, and no log text is ever printed to stdout
// (where the runner would read `::command::` lines); it only goes into the
// summary file.
import { mapLimit } from './concurrency.js'
import { fence, mdText, mdUrl, stripAnsi } from '../render/escape.js'
import type { Octokit } from './client.js'
import { isFailed } from '../model/report.js'
import { discard, isBody } from './transport.js'
import type { JobRecord, StepRecord } from '../model/types.js'

/** What the summary shows for one failed job. */
export type Excerpt =
  { lines: string[]; step: StepRecord | null } | { missing: string; step: StepRecord | null }

/**
 * The step to look for. A StepRecord fits; the times are optional and help to
 * find a step whose `name:` does not appear in the log.
 */
export interface StepRef {
  name: string
  number: number
  started_at?: string | null
  completed_at?: string | null
}

/** Failed jobs given excerpts, at most (the summary's "at most 10"). */
export const MAX_EXCERPT_JOBS = 10
/** Downloads at once. */
export const LOG_CONCURRENCY = 4
/** Longest time for one log: the API call and the whole download. */
export const LOG_TIMEOUT_MS = 30_000
/** Lines kept before each marker line and at the end of a downloaded log. */
export const KEEP_LINES = 1000
/** Longest line kept from a downloaded log, in characters. */
const MAX_READ_LINE = 8192
/** Stop reading a log once this many characters are kept (about 32 MiB). */
const MAX_KEPT_CHARS = 32 * 1024 * 1024
/** Longest log line shown in the summary, in characters. */
const MAX_SHOWN_LINE = 1000

// ---------------------------------------------------------------------------
// Reading one log line

/** The runner's timestamp: 7 fractional digits, one space after it. */
const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?)\d*Z ?/
/** A line the runner wrote as a `##[name]` marker (what `::name::` became). */
const MARKER = /^##\[([a-z-]+)\]/

interface LogLine {
  /** Epoch milliseconds of the runner's timestamp; null when the line has none. */
  ms: number | null
  /** The line without BOM and timestamp, otherwise raw. */
  text: string
  /** `group`, `endgroup`, `error`… when the line is a `##[…]` marker. */
  marker: string | null
}

/**
 * Splits off the BOM and the runner's timestamp.
 *
 * @example parseLine('\uFEFF2026-11-20T10:03:12.1234567Z ##[error]boom')
 *   // { ms: Date.parse('2026-11-20T10:03:12.123Z'), text: '##[error]boom', marker: 'error' }
 */
function parseLine(raw: string): LogLine {
  const line = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  const stamp = STAMP.exec(line)
  const ms = stamp ? Date.parse(`${stamp[1] ?? ''}Z`) : NaN
  const text = stamp ? line.slice(stamp[0].length) : line
  return {
    ms: Number.isNaN(ms) ? null : ms,
    text,
    marker: MARKER.exec(text)?.[1] ?? null
  }
}

/**
 * Whether a line opens a step's part of the log: the runner writes
 * `##[group]Run <command or action>` when a step starts, whatever its `name:`.
 *
 * @example isStepStart('##[group]Run npm test') === true
 */
function isStepStart(text: string): boolean {
  return text.startsWith('##[group]Run ')
}

// The markers shown with a word, as GitHub's log viewer shows them.
const MARKER_LABELS: Readonly<Record<string, string>> = {
  error: 'Error: ',
  warning: 'Warning: ',
  notice: 'Notice: ',
  debug: 'Debug: ',
  command: '',
  section: ''
}

/* eslint-disable no-control-regex -- removing control characters is the point */
/** C0 controls but tab, DEL and C1: a terminal acts on them, a reader never sees them. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g
/* eslint-enable no-control-regex */

/**
 * A log line as a reader should see it: no ANSI codes or control characters,
 * only what a terminal would leave of a line rewritten with `\r`, and
 * `##[error]`-style markers shown as words. Null for `##[group]` and
 * `##[endgroup]` lines, which only fold the log.
 *
 * @example showLine({ ms: null, text: '##[error]\x1b[31mboom\x1b[0m', marker: 'error' }) === 'Error: boom'
 * @example showLine({ ms: null, text: '10%\r55%\r100% done', marker: null }) === '100% done'
 */
function showLine(line: LogLine): string | null {
  let text = line.text
  if (line.marker !== null) {
    if (line.marker === 'group' || line.marker === 'endgroup') return null
    const label = MARKER_LABELS[line.marker]
    if (label !== undefined) text = label + text.slice(line.marker.length + 4)
  }
  text = stripAnsi(text)
  // A progress bar redraws its line after `\r`; keep the last drawing.
  const drawings = text.split('\r').filter((part) => part !== '')
  text = drawings.at(-1) ?? ''
  return text.replace(CONTROLS, '').trimEnd()
}

// ---------------------------------------------------------------------------
// Finding the failing step's part

/** Collapses runs of whitespace and drops a trailing ellipsis. ex. 'Run  npm test…' -> 'Run npm test' */
function normalizeName(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:…|\.\.\.)$/, '')
}

/**
 * Whether a `##[group]Run …` header belongs to a step of that name. The API
 * names an unnamed step `Run <first line of the command>`, sometimes
 * shortened, so a header that starts with the name matches too.
 *
 * @example headerMatches('Run npm run build -- --target linux-x64', 'Run npm run build -- --ta…') === true
 * @example headerMatches('Run npm test', 'Test') === false
 */
function headerMatches(header: string, stepName: string): boolean {
  const h = normalizeName(header)
  const n = normalizeName(stepName)
  if (!n.startsWith('Run ') || n.length <= 'Run '.length) return false
  return h === n || (n.length >= 8 && h.startsWith(n))
}

/**
 * The API's step times as a window of epoch milliseconds: they have whole
 * seconds, the log's timestamps a tenth of a microsecond, so the window runs
 * from the start's second to the end of the end's second.
 *
 * @example stepWindow({ started_at: '2026-11-20T10:03:12Z', completed_at: '2026-11-20T10:03:20Z' })
 *   // { from: Date.parse('2026-11-20T10:03:12Z'), to: Date.parse('2026-11-20T10:03:21Z') }
 */
function stepWindow(step: StepRef): { from: number; to: number } | null {
  const start = Date.parse(step.started_at ?? '')
  const end = Date.parse(step.completed_at ?? '')
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  return { from: Math.floor(start / 1000) * 1000, to: Math.floor(end / 1000) * 1000 + 1000 }
}

/** A half-open range of line indexes. */
interface Part {
  start: number
  end: number
}

/**
 * Where the step's lines are: its `##[group]Run` header found by name (or, for
 * a step with its own `name:`, by time), up to the next step's header, or up
 * to the step's end time when known (a composite action writes a header for
 * each of its own steps). Null when the step cannot be found.
 */
function locateStep(
  lines: readonly LogLine[],
  headers: readonly number[],
  step: StepRef
): Part | null {
  const window = stepWindow(step)
  const inWindow = (i: number): boolean => {
    const ms = lines[i]?.ms ?? null
    return window !== null && ms !== null && ms >= window.from && ms < window.to
  }
  const nextHeader = (i: number): number => headers.find((h) => h > i) ?? lines.length
  const partFrom = (i: number): Part => {
    if (!inWindow(i) || window === null) return { start: i, end: nextHeader(i) }
    let end = i + 1
    while (end < lines.length && !((lines[end]?.ms ?? -Infinity) >= window.to)) end++
    return { start: i, end }
  }

  const named = headers.filter((h) =>
    headerMatches(lines[h]?.text.slice('##[group]'.length) ?? '', step.name)
  )
  let header: number | undefined
  if (named.length > 0) {
    // The same command can run in several steps: the one at the step's time,
    // else the one that reported an error, else the last (a failure ends the job).
    header =
      named.find(inWindow) ?? named.find((h) => firstError(lines, partFrom(h)) >= 0) ?? named.at(-1)
  } else {
    header = headers.find(inWindow)
  }
  return header === undefined ? null : partFrom(header)
}

/** Index of the first `##[error]` line in the part; -1 when there is none. */
function firstError(lines: readonly LogLine[], part: Part): number {
  for (let i = part.start; i < part.end; i++) if (lines[i]?.marker === 'error') return i
  return -1
}

/**
 * The step part that holds the log's first `##[error]` line, for a step that
 * could not be found; the whole log when no line is an error.
 */
function partOfFirstError(lines: readonly LogLine[], headers: readonly number[]): Part {
  const error = firstError(lines, { start: 0, end: lines.length })
  if (error < 0) return { start: 0, end: lines.length }
  let start = 0
  for (const h of headers) if (h <= error) start = h
  return { start, end: headers.find((h) => h > error) ?? lines.length }
}

/**
 * The lines that show why a step failed: in the failing step's part of a job
 * log, the last `maxLines` lines up to and including its first `##[error]`
 * line (the last lines of the part when it has none). The BOM, timestamps,
 * ANSI codes and `##[group]`/`##[endgroup]` lines are dropped; `##[error]x`
 * reads `Error: x`. When the step is null or not found in the log, the part
 * around the log's first `##[error]` line is used.
 *
 * @example failingLines('\uFEFF2026-11-20T10:00:01.0000000Z ##[group]Run make\n' +
 *   '2026-11-20T10:00:01.1000000Z ##[endgroup]\n2026-11-20T10:00:02.0000000Z cc: \x1b[31mno\x1b[0m\n' +
 *   '2026-11-20T10:00:02.1000000Z ##[error]Process completed with exit code 2.\n',
 *   { name: 'Run make', number: 3 }, 30)
 *   // ['cc: no', 'Error: Process completed with exit code 2.']
 */
export function failingLines(log: string, step: StepRef | null, maxLines: number): string[] {
  if (maxLines <= 0) return []
  const raw = log.split('\n')
  if (raw.at(-1) === '') raw.pop()
  const lines = raw.map((line) => parseLine(line.endsWith('\r') ? line.slice(0, -1) : line))
  const headers: number[] = []
  lines.forEach((line, i) => {
    if (isStepStart(line.text)) headers.push(i)
  })

  const part = (step && locateStep(lines, headers, step)) ?? partOfFirstError(lines, headers)
  const error = firstError(lines, part)
  const out: string[] = []
  for (let i = error >= 0 ? error : part.end - 1; i >= part.start && out.length < maxLines; i--) {
    const line = lines[i]
    const shown = line ? showLine(line) : null
    if (shown !== null) out.push(shown)
  }
  out.reverse()
  // Blank lines at the edges only push the lines that matter out of view.
  while (out[0] === '') out.shift()
  while (out.at(-1) === '') out.pop()
  return out
}

// ---------------------------------------------------------------------------
// Downloading a log

/**
 * Keeps what `failingLines` can need of a log of any size while it streams
 * in: every step header, the first `##[error]` line after each, the last
 * `keepLines` lines before each of those and before the end; a run of lines
 * left out is replaced by one `… N lines left out …` line. For `maxLines` up
 * to `keepLines`, `failingLines` finds in the result what it finds in the
 * whole log (unless `##[group]` lines of the step's own output crowd the
 * window).
 *
 * @example const w = new LogWindow(1); w.push('a\nb\nc\n'); w.end() === '… 2 lines left out …\nc\n'
 */
class LogWindow {
  private readonly kept: string[] = []
  private keptChars = 0
  /** A ring of the last `keepLines` ordinary lines. */
  private readonly ring: string[] = []
  private ringStart = 0
  private leftOut = 0
  private partial = ''
  private partialCut = false
  private errorSeen = false
  /** Set once the kept text reached MAX_KEPT_CHARS: read no more. */
  full = false

  constructor(private readonly keepLines: number) {}

  /** Adds decoded text; false once no more is wanted. */
  push(text: string): boolean {
    let from = 0
    while (!this.full) {
      const nl = text.indexOf('\n', from)
      const piece = text.slice(from, nl < 0 ? text.length : nl)
      this.addToPartial(piece)
      if (nl < 0) break
      this.line(this.partial)
      this.partial = ''
      this.partialCut = false
      from = nl + 1
    }
    return !this.full
  }

  /** The kept text, each line ending with `\n`. */
  end(): string {
    if (!this.full && (this.partial !== '' || this.partialCut)) this.line(this.partial)
    this.flush()
    if (this.full) {
      this.kept.push(
        `… the rest of the log was not read (over ${MAX_KEPT_CHARS / 2 ** 20} MiB kept) …`
      )
    }
    return this.kept.length > 0 ? `${this.kept.join('\n')}\n` : ''
  }

  private addToPartial(piece: string): void {
    if (this.partialCut) return
    if (this.partial.length + piece.length <= MAX_READ_LINE) {
      this.partial += piece
      return
    }
    this.partial = `${(this.partial + piece).slice(0, MAX_READ_LINE)}…`
    this.partialCut = true
  }

  private line(raw: string): void {
    const text = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw).text
    const stepStart = isStepStart(text)
    if (stepStart) this.errorSeen = false
    const firstErrorOfStep = !this.errorSeen && text.startsWith('##[error]')
    if (firstErrorOfStep) this.errorSeen = true
    if (stepStart || firstErrorOfStep) {
      this.flush()
      this.keep(raw)
      return
    }
    if (this.ring.length < this.keepLines) {
      this.ring.push(raw)
    } else if (this.keepLines > 0) {
      this.ring[this.ringStart] = raw
      this.ringStart = (this.ringStart + 1) % this.keepLines
      this.leftOut++
    } else {
      this.leftOut++
    }
  }

  private flush(): void {
    if (this.leftOut > 0) {
      this.keep(`… ${this.leftOut} line${this.leftOut === 1 ? '' : 's'} left out …`)
    }
    for (let i = 0; i < this.ring.length; i++) {
      this.keep(this.ring[(this.ringStart + i) % this.ring.length] ?? '')
    }
    this.ring.length = 0
    this.ringStart = 0
    this.leftOut = 0
  }

  private keep(line: string): void {
    if (this.full) return
    this.kept.push(line)
    this.keptChars += line.length + 1
    if (this.keptChars >= MAX_KEPT_CHARS) this.full = true
  }
}

export interface DownloadOptions {
  /**
   * Fetch for the signed storage URL; default: the client's own transport
   * (it keeps the runner's proxy settings), else the global fetch. Called
   * with the URL alone: no token ever goes to the storage host.
   */
  fetch?: typeof fetch
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

/** The transport a client was made with, when it was given one. */
function transportOf(octokit: Octokit): typeof fetch | undefined {
  const given: unknown = octokit.request.endpoint.DEFAULTS.request?.fetch
  return typeof given === 'function' ? (given as typeof fetch) : undefined
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
      target = new URL(location, octokit.request.endpoint.DEFAULTS.baseUrl)
    } catch {
      return { missing: 'GitHub answered with a bad log address' }
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return { missing: 'GitHub answered with a bad log address' }
    }

    stage = 'blob'
    const fetchBlob = opts.fetch ?? transportOf(octokit) ?? globalThis.fetch
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
    if (timedOut)
      return { missing: `log download timed out after ${Number((timeoutMs / 1000).toFixed(1))}s` }
    if (stage === 'api' && isRequestError(e)) return { missing: apiReason(e) }
    return { missing: networkReason(e) }
  } finally {
    clearTimeout(timer)
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
          ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs })
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

/**
 * Cuts a line to `max` characters, not inside a surrogate pair.
 *
 * @example cutLine('abcdef', 3) === 'abc…'
 */
function cutLine(line: string, max: number): string {
  if (line.length <= max) return line
  const code = line.charCodeAt(max - 1)
  const at = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return `${line.slice(0, at)}…`
}

/**
 * One failed job's part of the `### Failing log lines` section: a line naming
 * the job and the failing step with a link to the step's log, then the lines
 * in a code fence that nothing in them can close (or a short note when the
 * log is missing).
 *
 * @example excerptBlock(build, { lines: ['Error: x'], step })
 *   // '**build** · step 5 Run npm test ([log](…#step:5:1))\n\n```text\nError: x\n```\n'
 */
export function excerptBlock(job: JobRecord, excerpt: Excerpt): string {
  const step = excerpt.step
  const title = step
    ? `**${mdText(job.name)}** · step ${step.number} ${mdText(step.name)} ([log](${mdUrl(step.url)}))`
    : `**${mdText(job.name)}** ([log](${mdUrl(job.url)}))`
  if ('missing' in excerpt) {
    // The reason reads as a sentence: "Log expired (410)."
    const note = excerpt.missing.charAt(0).toUpperCase() + excerpt.missing.slice(1)
    return `${title}\n\n_${mdText(note)}._\n\n`
  }
  if (excerpt.lines.length === 0) return `${title}\n\n_No log lines found._\n\n`
  const text = excerpt.lines.map((line) => cutLine(line, MAX_SHOWN_LINE)).join('\n')
  return `${title}\n\n${fence(text, 'text')}\n`
}
