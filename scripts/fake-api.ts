// A loopback fake of the part of GitHub's REST API runlens reads: the jobs of
// a run (paginated, `filter=latest|all`), the jobs of one attempt, one job,
// a job's log (302 to a signed storage URL), its check run's annotations, a
// run, and a workflow's runs (fake-workflow-runs.ts). It mirrors what clients feel:
// rate-limit headers, weak ETags and 304s, `Link` headers, GitHub's error
// bodies, faults injected on demand, and latency.
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { Socket } from 'node:net'
import type { ApiAnnotation } from '../src/model/types.js'
import type { ApiJob } from './sample-run.js'
import {
  asWorkflowRun,
  runObject,
  workflowRuns,
  type FakeWorkflowRun
} from './fake-workflow-runs.js'

export type { FakeWorkflowRun } from './fake-workflow-runs.js'

export interface FakeRun {
  owner: string
  repo: string
  runId: number
  /** One array of jobs per attempt (index 0 = attempt 1), as `generateRun` returns. */
  attempts: ApiJob[][]
}

export interface RecordedRequest {
  method: string
  /** Without the query. */
  path: string
  query: Record<string, string>
  /** The status sent; 0 when none was (a `reset` or `hang` fault). */
  status: number
  ifNoneMatch?: string
  authorization?: string
}

export type Fault =
  /** Any status, with a GitHub-style error body unless `body` is given. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the socket without answering. */
  | { kind: 'reset' }
  /** Never answer (until `close()`). */
  | { kind: 'hang' }
  /** A 200 whose body stops short of its content-length: the connection is cut mid-answer. */
  | { kind: 'cut' }
  /** Any body as is: HTML from a proxy, truncated JSON… */
  | { kind: 'raw'; status: number; body: string; contentType?: string }

export interface FakeApiOptions {
  runs?: FakeRun[]
  /**
   * Runs of workflows, served as `runs` are (their jobs) and also as runs
   * (`GET .../actions/runs/{id}`) and in their workflow's list
   * (`GET .../actions/workflows/{id}/runs`). A run of `runs` is served as a
   * run too, of workflow DEFAULT_WORKFLOW_ID, with what its jobs say.
   */
  workflowRuns?: FakeWorkflowRun[]
  /**
   * Called before each request is served (log blob fetches included); `n`
   * counts requests from 1. Return a Fault to inject one.
   */
  fault?: (req: {
    method: string
    path: string
    query: Record<string, string>
    n: number
  }) => Fault | undefined
  /** job id (string) → log text, served by the logs endpoint's redirect target. */
  logs?: Record<string, string>
  /**
   * job id (string) → the annotations of its check run (a job's id is its
   * check run's id); a job of a run served without an entry has none ([]).
   */
  annotations?: Record<string, ApiAnnotation[]>
  /** Expected token; when set, a request with another token gets 401 Bad credentials. */
  token?: string
  rateLimit?: { limit?: number; remaining?: number; resetEpochSeconds?: number }
  /**
   * Every request (log blob fetches included) is answered this many ms after
   * it arrives, each on its own timer: requests in parallel wait in parallel,
   * as on the real API. The fault hook runs when the time is up. 0 (the
   * default) answers at once.
   */
  latencyMs?: number
}

export interface FakeApi {
  /** e.g. http://127.0.0.1:PORT (use as GITHUB_API_URL). */
  url: string
  /** Every request in order, log blob fetches included. */
  requests: RecordedRequest[]
  /** Replaces or adds a run (for polling tests); a FakeWorkflowRun keeps its workflow fields. */
  setRun(run: FakeRun | FakeWorkflowRun): void
  /** Ends hanging requests and keep-alive sockets too. */
  close(): Promise<void>
}

/** An answer of the API before headers: a JSON body, or none (302, 304). */
interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const DOCS = 'https://docs.github.com/rest'

/** GitHub's error body. ex. 404 -> {"message":"Not Found","documentation_url":…,"status":"404"} */
function errorBody(status: number, message?: string): Record<string, string> {
  const messages: Record<number, string> = {
    401: 'Bad credentials',
    403: 'Resource not accessible by integration',
    404: 'Not Found',
    410: 'Gone',
    422: 'Validation Failed',
    502: 'Server Error'
  }
  return {
    message: message ?? messages[status] ?? http.STATUS_CODES[status] ?? 'Error',
    documentation_url: DOCS,
    status: String(status)
  }
}

const notFound = (): Answer => ({ status: 404, body: errorBody(404) })

/** `per_page` as GitHub reads it: default 30, at most 100. */
function perPage(query: URLSearchParams): number {
  const n = Number.parseInt(query.get('per_page') ?? '', 10)
  return Number.isInteger(n) && n > 0 ? Math.min(n, 100) : 30
}

function pageOf(query: URLSearchParams): number {
  const n = Number.parseInt(query.get('page') ?? '', 10)
  return Number.isInteger(n) && n > 0 ? n : 1
}

/**
 * One page of a job list, and GitHub's `Link` header: absolute URLs keeping the
 * other query parameters, rels in GitHub's order (prev, next, last, first), no
 * header when everything fits in one page.
 */
function jobsPage(jobs: ApiJob[], url: URL): Answer {
  return listPage(jobs, url, (total_count, slice) => ({ total_count, jobs: slice }))
}

/** One page of any list, with its `Link` header (as jobsPage); `body` wraps the page's items. */
function listPage<T>(items: T[], url: URL, body: (total: number, page: T[]) => unknown): Answer {
  const size = perPage(url.searchParams)
  const page = pageOf(url.searchParams)
  const last = Math.max(1, Math.ceil(items.length / size))
  const link = (p: number, rel: string): string => {
    const target = new URL(url)
    target.searchParams.set('page', String(p))
    return `<${target.href}>; rel="${rel}"`
  }
  const rels: string[] = []
  if (page > 1) rels.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) rels.push(link(1, 'first'))
  return {
    status: 200,
    body: body(items.length, items.slice((page - 1) * size, page * size)),
    headers: rels.length > 0 ? { link: rels.join(', ') } : {}
  }
}

/**
 * `filter=latest`: the latest attempt's jobs, which already hold the records
 * of jobs not re-run; a name missing from it is taken from the newest attempt
 * that has it. `filter=all`: every record once (a record kept from an earlier
 * attempt has its old id), newest attempt first.
 */
function runJobs(run: FakeRun, filter: string): ApiJob[] {
  // Each record with the attempt it was made in: the first that lists it.
  const made = new Map<number, { job: ApiJob; attempt: number }>()
  run.attempts.forEach((jobs, i) => {
    for (const job of jobs) if (!made.has(job.id)) made.set(job.id, { job, attempt: i + 1 })
  })
  if (filter === 'all') {
    return [...made.values()].sort((a, b) => b.attempt - a.attempt).map(({ job }) => job)
  }
  const seenNames = new Set<string>()
  const out: ApiJob[] = []
  for (const jobs of [...run.attempts].reverse()) {
    out.push(...jobs.filter((job) => !seenNames.has(job.name)))
    for (const job of jobs) seenNames.add(job.name)
  }
  return out
}

export async function startFakeApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  // GitHub's owner and repo names are case-insensitive.
  const key = (owner: string, repo: string, runId: number | string): string =>
    `${owner}/${repo}#${runId}`.toLowerCase()
  const runs = new Map<string, FakeRun | FakeWorkflowRun>()
  // Answers of 200 with their JSON text and ETag, by request, until a run
  // changes: the benchmark reads 30 pages of 3000 jobs per run.
  const answers = new Map<string, { answer: Answer; text: string; etag: string }>()
  const setRun = (run: FakeRun | FakeWorkflowRun): void => {
    const k = key(run.owner, run.repo, run.runId)
    const old = runs.get(k)
    // A run given as a workflow run keeps its workflow fields when its jobs change.
    const given = !('workflowId' in run) && old && 'workflowId' in old
    runs.set(k, given ? { ...old, attempts: run.attempts } : run)
    answers.clear()
  }
  for (const run of options.runs ?? []) setRun(run)
  for (const run of options.workflowRuns ?? []) setRun(run)
  /** The runs of one repository. */
  const runsOf = (owner: string, repo: string): (FakeRun | FakeWorkflowRun)[] => {
    const prefix = `${owner}/${repo}#`.toLowerCase()
    return [...runs].filter(([k]) => k.startsWith(prefix)).map(([, run]) => run)
  }

  const logs = options.logs ?? {}
  const annotations = options.annotations ?? {}
  const limit = options.rateLimit?.limit ?? 5000
  let remaining = options.rateLimit?.remaining ?? limit
  const reset = options.rateLimit?.resetEpochSeconds ?? Math.floor(Date.now() / 1000) + 3600
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  let count = 0
  let base = ''
  const spend = (): void => {
    remaining = Math.max(0, remaining - 1)
  }

  const findJob = (owner: string, repo: string, id: number): ApiJob | undefined => {
    for (const run of runsOf(owner, repo)) {
      for (const attempt of [...run.attempts].reverse()) {
        const job = attempt.find((j) => j.id === id)
        if (job) return job
      }
    }
    return undefined
  }

  // The router: [pattern, handler]; the first matching GET route answers.
  const routes: [RegExp, (m: string[], url: URL) => Answer][] = [
    [
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/,
      ([owner = '', repo = '', runId = '']) => {
        const run = runs.get(key(owner, repo, runId))
        return run ? { status: 200, body: runObject(asWorkflowRun(run), base) } : notFound()
      }
    ],
    [
      // A workflow by its id (a file name is not served): its runs, newest first.
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/(\d+)\/runs$/,
      ([owner = '', repo = '', id = ''], url) => {
        const mine = runsOf(owner, repo)
          .map(asWorkflowRun)
          .filter((w) => w.workflowId === Number(id))
        if (mine.length === 0) return notFound()
        const pulls = url.searchParams.get('exclude_pull_requests') !== 'true'
        return listPage(workflowRuns(mine, Number(id), url.searchParams), url, (total, page) => ({
          total_count: total,
          workflow_runs: page.map((w) => runObject(w, base, pulls))
        }))
      }
    ],
    [
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/jobs$/,
      ([owner = '', repo = '', runId = ''], url) => {
        const run = runs.get(key(owner, repo, runId))
        if (!run) return notFound()
        // Any filter other than `all` reads as the default, `latest`.
        return jobsPage(runJobs(run, url.searchParams.get('filter') ?? 'latest'), url)
      }
    ],
    [
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs$/,
      ([owner = '', repo = '', runId = '', attempt = ''], url) => {
        const jobs = runs.get(key(owner, repo, runId))?.attempts[Number(attempt) - 1]
        return jobs ? jobsPage(jobs, url) : notFound()
      }
    ],
    [
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/jobs\/(\d+)$/,
      ([owner = '', repo = '', id = '']) => {
        const job = findJob(owner, repo, Number(id))
        return job ? { status: 200, body: job } : notFound()
      }
    ],
    [
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/jobs\/(\d+)\/logs$/,
      ([, , id = '']) => {
        if (logs[id] === undefined) return notFound()
        // A signed storage URL, valid about a minute.
        const expires = new Date(Date.now() + 60_000).toISOString()
        const sig = createHash('sha1').update(`${id}:${expires}`).digest('base64url')
        const location = `${base}/_blobs/${id}?sig=${sig}&se=${encodeURIComponent(expires)}`
        return { status: 302, headers: { location } }
      }
    ],
    [
      // A job's check run: its annotations, one page (`per_page`, default 30, at most 100).
      /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)\/annotations$/,
      ([owner = '', repo = '', id = ''], url) => {
        if (!findJob(owner, repo, Number(id))) return notFound()
        const page = pageOf(url.searchParams)
        const size = perPage(url.searchParams)
        const body = (annotations[id] ?? []).slice((page - 1) * size, page * size)
        return { status: 200, body }
      }
    ]
  ]

  const route = (method: string, url: URL): Answer => {
    if (method !== 'GET') return notFound()
    for (const [pattern, handler] of routes) {
      const m = pattern.exec(url.pathname)
      if (m) return handler(m.slice(1), url)
    }
    return notFound()
  }

  const apiHeaders = (): Record<string, string> => ({
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-used': String(limit - remaining),
    'x-ratelimit-resource': 'core',
    'x-github-request-id': `F4C3:${count.toString(16).toUpperCase().padStart(6, '0')}:1A2B3C:4D5E6F:6734F2B1`,
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json'
  })

  const sendJson = (
    res: http.ServerResponse,
    record: RecordedRequest,
    status: number,
    headers: Record<string, string>,
    body?: unknown,
    /** The body's JSON, when already made. */
    text?: string
  ): void => {
    record.status = status
    if (body === undefined || status === 304 || status === 204) {
      res.writeHead(status, headers).end()
      return
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(text ?? JSON.stringify(body))
  }

  const serveApi = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    record: RecordedRequest
  ): void => {
    if (options.token !== undefined) {
      // `Authorization: token X` and `Bearer X` are both accepted.
      const given = /^(?:token|bearer)\s+(.+)$/i.exec(record.authorization ?? '')?.[1]
      if (given !== options.token) {
        spend()
        const message = record.authorization ? 'Bad credentials' : 'Requires authentication'
        sendJson(res, record, 401, apiHeaders(), errorBody(401, message))
        return
      }
    }
    if (remaining <= 0) {
      // The primary rate limit: 403 until x-ratelimit-reset.
      const message = 'API rate limit exceeded for installation ID 4242.'
      sendJson(res, record, 403, apiHeaders(), {
        ...errorBody(403, message),
        documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`
      })
      return
    }
    const cacheKey = `${req.method ?? 'GET'} ${url.pathname}${url.search}`
    let known = answers.get(cacheKey)
    if (!known) {
      const answer = route(req.method ?? 'GET', url)
      // Bodiless answers (302, 204) have neither text nor ETag.
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body)
      // A weak ETag of the body; a matching If-None-Match gets a 304 that costs no rate limit.
      known = { answer, text, etag: `W/"${createHash('sha1').update(text).digest('hex')}"` }
      if (answer.status === 200) answers.set(cacheKey, known)
    }
    const { answer, etag } = known
    let headers = answer.headers ?? {}
    if (answer.status === 200) {
      headers = {
        etag,
        'cache-control': 'private, max-age=60, s-maxage=60',
        vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
        ...headers
      }
      const strip = (tag: string): string => tag.trim().replace(/^W\//, '')
      if ((record.ifNoneMatch ?? '').split(',').some((tag) => strip(tag) === strip(etag))) {
        sendJson(res, record, 304, { ...apiHeaders(), ...headers })
        return
      }
    }
    spend()
    sendJson(
      res,
      record,
      answer.status,
      { ...apiHeaders(), ...headers },
      answer.body,
      known.text || undefined
    )
  }

  /** The storage behind the logs redirect: plain text, no token needed. */
  const serveBlob = (res: http.ServerResponse, id: string, record: RecordedRequest): void => {
    const text = logs[id]
    record.status = text === undefined ? 404 : 200
    res.writeHead(record.status, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(text ?? 'BlobNotFound: The specified blob does not exist.')
  }

  /** Serves a request, or the fault the hook asks for; `n` counts requests as they arrived. */
  const respond = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    record: RecordedRequest,
    n: number
  ): void => {
    const fault = options.fault?.({
      method: record.method,
      path: record.path,
      query: record.query,
      n
    })
    switch (fault?.kind) {
      case 'reset':
        req.socket.resetAndDestroy()
        return
      case 'hang':
        return // close() ends it
      case 'cut':
        record.status = 200
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': '100000'
        })
        res.write('{"total_count": 250, "jobs": [{"id": 1, "name": "bu')
        setTimeout(() => req.socket.destroy(), 5)
        return
      case 'raw':
        record.status = fault.status
        res.writeHead(fault.status, {
          'content-type': fault.contentType ?? 'text/html; charset=utf-8'
        })
        res.end(fault.body)
        return
      case 'status':
        sendJson(
          res,
          record,
          fault.status,
          { ...apiHeaders(), ...fault.headers },
          fault.body ?? errorBody(fault.status)
        )
        return
    }

    const blob = /^\/_blobs\/(\d+)$/.exec(url.pathname)
    if (blob) serveBlob(res, blob[1] ?? '', record)
    else serveApi(req, res, url, record)
  }

  const latencyMs = options.latencyMs ?? 0
  /** Answers waiting out their latency; close() clears them. */
  const waiting = new Set<NodeJS.Timeout>()

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    req.resume()
    const url = new URL(req.url ?? '/', base)
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0
    }
    const ifNoneMatch = req.headers['if-none-match']
    if (ifNoneMatch !== undefined) record.ifNoneMatch = ifNoneMatch
    if (req.headers.authorization !== undefined) record.authorization = req.headers.authorization
    requests.push(record)
    const n = ++count
    if (!(latencyMs > 0)) {
      respond(req, res, url, record, n)
      return
    }
    const timer = setTimeout(() => {
      waiting.delete(timer)
      respond(req, res, url, record, n)
    }, latencyMs)
    waiting.add(timer)
    // A client that gives up (or a socket close() destroys) leaves nothing to answer.
    res.on('close', () => {
      clearTimeout(timer)
      waiting.delete(timer)
    })
  }

  const server = http.createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('fake API: no port')
  base = `http://127.0.0.1:${address.port}`

  return {
    url: base,
    requests,
    setRun,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Answers still waiting out their latency are dropped with their sockets.
        for (const timer of waiting) clearTimeout(timer)
        waiting.clear()
        // Hanging requests and idle keep-alive sockets would hold close() forever.
        for (const socket of sockets) socket.destroy()
      })
  }
}

/** Faults as GitHub sends them, for tests. ex. faults.secondary(403, '1') */
export const faults = {
  status: (code: number, extra: Partial<Extract<Fault, { kind: 'status' }>> = {}): Fault => ({
    kind: 'status',
    status: code,
    ...extra
  }),
  /** The secondary rate limit: 403 or 429, with or without `retry-after`. */
  secondary: (code: number, retryAfter?: string): Fault =>
    faults.status(code, {
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
      },
      headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter }
    }),
  /** The primary rate limit, resetting at `resetEpochSeconds`. */
  primary: (resetEpochSeconds: number): Fault =>
    faults.status(403, {
      body: { message: 'API rate limit exceeded for installation ID 4242.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetEpochSeconds) }
    }),
  reset: (): Fault => ({ kind: 'reset' })
}
