// The client against the loopback fake of GitHub's API, faults injected per
// request: what is asserted is what went over the wire (the fake's request
// log), the waits the client asked its clock for, and the one message a user
// would read. Waits are virtual: the client is given a clock whose sleep
// advances `now` at once; only per-try time limits run on real timers
// (a few hundred ms).
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults, startFakeApi, type Fault, type FakeApi } from '../../scripts/fake-api.js'
import { generateRun } from '../../scripts/sample-run.js'
import {
  createClient,
  explainError as explain,
  MAX_TRIES,
  type ClientOptions,
  type EtagCache,
  type ErrorNames,
  type Octokit
} from '../../src/github/client.js'
import { numberedPages } from '../../src/github/links.js'
import {
  listJobs,
  PAGE_CONCURRENCY,
  type JobsRead,
  type PageCache
} from '../../src/github/pages.js'
import type { RunRef } from '../../src/model/types.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const RUN_ID = 29679449
const TOKEN = 'ghs_unitSecretToken0123456789abcdef'
const Q: RunRef = { owner: OWNER, repo: REPO, id: RUN_ID, attempt: 'latest' }
const LATEST: RunRef = Q
/** The action's names for its inputs. */
const NAMES: ErrorNames = {
  token: 'the github-token input',
  run: 'repository and run-id',
  timeout: 'its timeout input',
  attempt: 'the attempt input'
}
const explainError = (e: unknown, run: RunRef = Q, names: ErrorNames = NAMES): string =>
  explain(e, run, names)
/** Backoff unit of these tests: tries 2, 3, 4 start 500, 2000, 4500 virtual ms after a failure. */
const UNIT = 500
/** The virtual clock's start: 2026-11-20T10:00:00Z. */
const T0 = Date.UTC(2026, 10, 20, 10, 0, 0)

/**
 * A virtual clock: `sleep` records the wait and moves `now` on at once (it
 * rejects at once when its signal has fired, as a real one would).
 */
function virtualClock(): {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  waits: number[]
  advance: (ms: number) => void
} {
  let t = T0
  const waits: number[] = []
  return {
    now: () => t,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      waits.push(ms)
      t += ms
      await Promise.resolve()
      signal?.throwIfAborted()
    },
    waits,
    advance: (ms) => {
      t += ms
    }
  }
}

/** 250 jobs: three pages of 100. */
const ATTEMPTS = generateRun({ owner: OWNER, repo: REPO, runId: RUN_ID, jobs: 250, steps: 1 })

interface Setup {
  api: FakeApi
  octokit: Octokit
  warnings: string[]
  infos: string[]
  /** The waits the client asked its clock for, in order (virtual ms). */
  waits: number[]
  clock: ReturnType<typeof virtualClock>
}

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

/**
 * Sets up the fake and a client. `fault` is asked for each request: `n`
 * counts all requests, `k` those for this `page` (pages 2 and 3 are read at
 * once, so only a page's own count says which try of it this is).
 */
async function setup(
  fault: (n: number, page: number, k: number) => Fault | undefined = () => undefined,
  client: Partial<ClientOptions> = {}
): Promise<Setup> {
  const perPage = new Map<number, number>()
  api = await startFakeApi({
    runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: ATTEMPTS }],
    token: TOKEN,
    fault: (q) => {
      const page = Number(q.query.page ?? 1)
      perPage.set(page, (perPage.get(page) ?? 0) + 1)
      return fault(q.n, page, perPage.get(page) ?? 0)
    }
  })
  const clock = virtualClock()
  const warnings: string[] = []
  const infos: string[] = []
  const octokit = createClient({
    token: TOKEN,
    baseUrl: api.url,
    warn: (m) => warnings.push(m),
    info: (m) => infos.push(m),
    // Long enough for a page on a busy machine (300 ms made a page time out,
    // and be read twice, now and then); the tests of hanging answers set their own.
    requestTimeoutMs: 5_000,
    now: clock.now,
    sleep: clock.sleep,
    ...client
  })
  return { api, octokit, warnings, infos, waits: clock.waits, clock }
}

const read = (s: Setup): Promise<JobsRead> => listJobs(s.octokit, LATEST)

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

/**
 * "page:status" of every request, by page, each page's tries in order;
 * status 0: no answer was sent. (Pages after the first are read at once, in
 * no set order.)
 */
const log = (s: Setup): string[] =>
  s.api.requests
    .map((r) => ({ page: Number(r.query.page ?? '1'), text: `${r.query.page ?? '1'}:${r.status}` }))
    .sort((a, b) => a.page - b.page)
    .map((r) => r.text)

const reset = faults.reset
const { status, secondary, primary } = faults

describe('client.ts createClient', () => {
  it('reads a run without faults in one try per page, with the token', async () => {
    const s = await setup()
    const r = await read(s)
    expect(r.jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:200', '2:200', '3:200'])
    expect(s.api.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)
    expect([...s.warnings, ...s.infos, ...s.waits]).toEqual([])
  })

  it('retries a 502 after one backoff unit', async () => {
    const s = await setup((n) => (n === 1 ? status(502) : undefined))
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:502', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([UNIT])
    expect(s.infos).toEqual([
      `GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs?filter=latest&per_page=100: 502; try 2 of 4 in 0.5 s.`
    ])
  })

  it('retries a 503 twice, waiting 1 then 4 units', async () => {
    const s = await setup((n) => (n <= 2 ? status(503) : undefined))
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:503', '1:503', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([UNIT, 4 * UNIT])
    expect(s.infos[1]).toMatch(/: 503; try 3 of 4 in 2 s\.$/)
  })

  it(`gives up on a lasting 502 after ${MAX_TRIES} tries, waiting 1, 4 and 9 units`, async () => {
    const s = await setup(() => status(502))
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:502', '1:502', '1:502', '1:502'])
    expect(s.waits).toEqual([UNIT, 4 * UNIT, 9 * UNIT])
    expect(explainError(e)).toBe(
      `GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs?filter=latest&per_page=100 got 502 Server Error 4 times. ` +
        'GitHub may be having trouble (https://www.githubstatus.com); try again later.'
    )
  })

  it("keeps one request's retries from lengthening the next one's backoff", async () => {
    // Each request counts its own tries: page 2's first retry waits 1 unit,
    // not the 9 that would follow page 1's two.
    const s = await setup((_n, page, k) =>
      (page === 1 && k <= 2) || (page === 2 && k === 1) ? status(502) : undefined
    )
    await read(s)
    expect(log(s)).toEqual(['1:502', '1:502', '1:200', '2:502', '2:200', '3:200'])
    expect(s.waits).toEqual([UNIT, 4 * UNIT, UNIT])
  })

  it('retries a 429 that is not a rate limit, with backoff', async () => {
    const s = await setup((n) => (n === 1 ? status(429) : undefined))
    await read(s)
    expect(log(s)).toEqual(['1:429', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([UNIT])
    expect(s.warnings).toEqual([])
  })

  it('retries a connection reset on page 3 of 3', async () => {
    const s = await setup((_n, page, k) => (page === 3 && k === 1 ? reset() : undefined))
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:200', '2:200', '3:0', '3:200'])
    expect(s.infos).toEqual([
      expect.stringMatching(/jobs\?filter=latest&per_page=100&page=3: .*; try 2 of 4 in 0.5 s\.$/)
    ])
  })

  it('stops a read at once when its signal fires during a rate-limit wait', async () => {
    const cancel = new AbortController()
    const s = await setup((n) => (n === 1 ? secondary(403, '30') : undefined), {
      deadlineMs: T0 + 60_000,
      // A wait that lasts until the caller cancels.
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason as Error))
          setTimeout(() => cancel.abort(), 20)
        })
    })
    const started = Date.now()
    const e = await failure(
      listJobs(s.octokit, LATEST, { convert: (j) => j, signal: cancel.signal })
    )
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(log(s)).toEqual(['1:403'])
    expect(s.warnings).toEqual([expect.stringMatching(/waiting 30 s/)])
    expect(e).toMatchObject({ status: 403 })
  })

  it('reads a page that starts with a byte order mark', async () => {
    const job = ATTEMPTS[0]?.[0]
    const s = await setup(() => ({
      kind: 'raw',
      status: 200,
      body: `\ufeff${JSON.stringify({ total_count: 1, jobs: [job] })}`,
      contentType: 'application/json; charset=utf-8'
    }))
    expect((await read(s)).jobs).toEqual([job])
  })

  it('retries a page whose answer is cut off while its body is read', async () => {
    const s = await setup((_n, page, k) => (page === 2 && k === 1 ? { kind: 'cut' } : undefined))
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:200', '2:200', '2:200', '3:200'])
    expect(s.infos).toEqual([expect.stringMatching(/page=2: .*; try 2 of 4 in 0.5 s\.$/)])
  })

  it('says it could not reach GITHUB_API_URL when the connection keeps failing', async () => {
    const s = await setup(() => reset())
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:0', '1:0', '1:0', '1:0'])
    const message = explainError(e)
    expect(message).toMatch(
      new RegExp(
        `^Could not reach GITHUB_API_URL \\(${s.api.url}\\): GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs\\?filter=latest&per_page=100 failed 4 times, the last time with: .*(ECONNRESET|UND_ERR_SOCKET).*HTTPS_PROXY`
      )
    )
    expect(message).not.toMatch(/TypeError|fetch failed/)
  })

  it('says so when nothing listens at GITHUB_API_URL', async () => {
    const s = await setup()
    const url = s.api.url
    await s.api.close()
    api = null
    const e = await failure(read(s))
    expect(explainError(e)).toMatch(
      new RegExp(`^Could not reach GITHUB_API_URL \\(${url}\\): .* failed 4 times, .*ECONNREFUSED`)
    )
  })

  it('fails at once, with one message naming GITHUB_API_URL, when its host does not resolve', async () => {
    // Defect: a DNS failure took 7 s of retries and printed a line for each.
    const infos: string[] = []
    const clock = virtualClock()
    const octokit = createClient({
      token: TOKEN,
      baseUrl: 'http://nonexistent.invalid',
      warn: (m) => infos.push(m),
      info: (m) => infos.push(m),
      now: clock.now,
      sleep: clock.sleep
    })
    const e = await failure(listJobs(octokit, LATEST))
    expect(clock.waits).toEqual([])
    expect(infos).toEqual([])
    expect(explainError(e)).toBe(
      "Could not resolve the host of GITHUB_API_URL (http://nonexistent.invalid): nonexistent.invalid is not a name the runner's DNS knows (ENOTFOUND). Check GITHUB_API_URL, and the runner's DNS and proxy settings (HTTPS_PROXY, NO_PROXY)."
    )
  })

  it('times out a hanging request and tries again', async () => {
    const s = await setup((_n, page, k) => (page === 2 && k === 1 ? { kind: 'hang' } : undefined), {
      requestTimeoutMs: 200
    })
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:200', '2:0', '2:200', '3:200'])
    expect(s.infos).toEqual([expect.stringContaining('page=2: no answer within 0.2 s; try 2 of 4')])
  })

  it('gives up on a request that always hangs, saying how long it waited', async () => {
    const s = await setup(() => ({ kind: 'hang' }), { requestTimeoutMs: 100 })
    const started = Date.now()
    const e = await failure(read(s))
    expect(Date.now() - started).toBeLessThan(4 * 100 + 1000)
    expect(log(s)).toEqual(['1:0', '1:0', '1:0', '1:0'])
    expect(explainError(e)).toMatch(/failed 4 times, the last time with: no answer within 0.1 s\./)
  })

  it('times out a try whose answer stalls halfway through its body, and tries again', async () => {
    // Defect: on Node 20 an AbortSignal.timeout() inside AbortSignal.any()
    // could be collected and never fire: headers and half a body, then
    // nothing, hung the step for good.
    const job = ATTEMPTS[0]?.[0]
    const body = JSON.stringify({ total_count: 1, jobs: [job] })
    let n = 0
    const server = http.createServer((_req, res) => {
      n++
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body))
      })
      if (n === 1)
        res.write(body.slice(0, body.length / 2)) // … and stalls
      else res.end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const infos: string[] = []
      const clock = virtualClock()
      const octokit = createClient({
        token: TOKEN,
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        warn: () => {},
        info: (m) => infos.push(m),
        requestTimeoutMs: 150,
        now: clock.now,
        sleep: clock.sleep
      })
      // Garbage collection, as happens in a long step, must not matter.
      ;(globalThis as { gc?: () => void }).gc?.()
      const started = Date.now()
      expect((await listJobs(octokit, LATEST)).jobs).toEqual([job])
      expect(Date.now() - started).toBeLessThan(1_000)
      expect(n).toBe(2)
      expect(infos).toEqual([
        expect.stringMatching(/: no answer within 0.2 s; try 2 of 4 in 0.5 s\.$/)
      ])
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('never lets a try outlast the deadline', async () => {
    // Defect: with `timeout: 20s`, a hanging request still took its 30 s.
    const started = Date.now()
    const s = await setup(() => ({ kind: 'hang' }), {
      requestTimeoutMs: 30_000,
      deadlineMs: T0 + 1_200,
      // The clock of this test runs with the wall clock, from T0.
      now: () => T0 + Date.now() - started
    })
    const e = await failure(read(s))
    // The defect took the request's 30 s; the deadline is 1.2 s away. The
    // bound is far from both, so that a loaded machine does not fail it.
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(log(s)).toEqual(['1:0'])
    expect(explainError(e)).toMatch(
      /failed once \(its timeout input left no time for another try\), the last time with: no answer within 1.2 s\./
    )
  })

  it('waits out a secondary rate limit for its retry-after (403), without backoff retries', async () => {
    const s = await setup((n) => (n === 1 ? secondary(403, '7') : undefined))
    await read(s)
    expect(log(s)).toEqual(['1:403', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([7_000])
    expect(s.infos).toEqual([])
    expect(s.warnings).toEqual([
      `GitHub's secondary rate limit stopped GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs?filter=latest&per_page=100; waiting 7 s, until 2026-11-20T10:00:07.000Z, for try 2 of 4.`
    ])
  })

  it('waits out a secondary rate limit sent as a 429 for its retry-after, not the backoff', async () => {
    const s = await setup((n) => (n === 1 ? secondary(429, '1') : undefined))
    await read(s)
    expect(log(s)).toEqual(['1:429', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([1_000])
    expect(s.infos).toEqual([])
  })

  it('warns once when several requests wait on a rate limit, the others as info', async () => {
    const s = await setup((_n, page, k) => (page > 1 && k === 1 ? secondary(403, '2') : undefined))
    expect((await read(s)).jobs).toHaveLength(250)
    expect(log(s)).toEqual(['1:200', '2:403', '2:200', '3:403', '3:200'])
    expect(s.warnings).toEqual([expect.stringMatching(/secondary rate limit .*waiting 2 s/)])
    expect(s.infos).toEqual([expect.stringMatching(/secondary rate limit .*waiting 2 s/)])
  })

  it('fails at once when a secondary limit without retry-after (60 s) passes the deadline', async () => {
    const s = await setup((n) => (n === 1 ? secondary(403) : undefined), {
      deadlineMs: T0 + 10_000
    })
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:403'])
    expect([...s.warnings, ...s.waits]).toEqual([])
    expect(explainError(e)).toBe(
      `GitHub's secondary rate limit stopped GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs?filter=latest&per_page=100 (403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again.). GitHub asks to wait 60 s, until 2026-11-20T10:01:00.000Z (in 60 s), past the time this step may wait (its timeout input). Try again then, or make fewer requests at once.`
    )
  })

  it('waits for a primary rate limit that resets before the deadline, until a second past the reset', async () => {
    const resetAt = T0 / 1000 + 5
    const s = await setup((n) => (n === 1 ? primary(resetAt) : undefined), {
      deadlineMs: T0 + 10_000
    })
    await read(s)
    expect(log(s)).toEqual(['1:403', '1:200', '2:200', '3:200'])
    expect(s.waits).toEqual([6_000])
    expect(s.warnings).toEqual([
      expect.stringMatching(/^GitHub's primary rate limit stopped GET .*; waiting 6 s, until /)
    ])
  })

  it('fails at once, saying when it resets, when a primary rate limit resets past the deadline', async () => {
    const resetAt = T0 / 1000 + 3600
    const s = await setup((n) => (n === 1 ? primary(resetAt) : undefined), {
      deadlineMs: T0 + 10_000
    })
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:403'])
    expect(explainError(e)).toBe(
      `GitHub's API rate limit for this token is used up (403 API rate limit exceeded for installation ID 4242.); it resets at 2026-11-20T11:00:00.000Z (in 60 min), past the time this step may wait (its timeout input). Try again then, or use a token with a limit of its own.`
    )
  })

  it(`counts rate-limit waits and backoff retries in one budget of ${MAX_TRIES} tries`, async () => {
    const s = await setup((n) => (n === 1 ? secondary(403, '1') : status(502)))
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:403', '1:502', '1:502', '1:502'])
    expect(s.waits).toEqual([1_000, UNIT, 4 * UNIT])
    expect(explainError(e)).toMatch(/ got 502 Server Error 4 times\./)
  })

  it('stops a lasting 502 when the next backoff would pass the deadline: 3 tries in 5 s', async () => {
    // Tries at 0, 0.5 and 2.5 s; the fourth would start at 7 s, past 5 s.
    const s = await setup(() => status(502), { deadlineMs: T0 + 5_000 })
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:502', '1:502', '1:502'])
    expect(s.waits).toEqual([UNIT, 4 * UNIT])
    expect(explainError(e)).toMatch(
      / got 502 Server Error 3 times \(its timeout input left no time for another try\)\./
    )
  })

  it('does not start a backoff that would end past the deadline', async () => {
    const s = await setup(() => status(503), { deadlineMs: T0 + UNIT / 2 })
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:503'])
    expect(explainError(e)).toMatch(
      / got 503 Service Unavailable once \(its timeout input left no time for another try\)\./
    )
  })

  it('leaves a 304 without a cached page to the caller: no retry, a RequestError with status 304', async () => {
    const s = await setup(() => status(304))
    const e = await failure(
      s.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{id}', {
        owner: OWNER,
        repo: REPO,
        id: 1
      })
    )
    expect(e).toMatchObject({ status: 304 })
    expect(log(s)).toEqual(['1:304'])
    expect([...s.warnings, ...s.infos]).toEqual([])
  })

  it('sends If-None-Match for a URL read before, and answers a 304 with the cached response', async () => {
    const s = await setup()
    const etagCache: EtagCache = new Map()
    const get = () =>
      s.octokit.request('GET /repos/{owner}/{repo}/actions/runs/{id}/jobs', {
        owner: OWNER,
        repo: REPO,
        id: RUN_ID,
        request: { etagCache }
      })
    const first = await get()
    expect(first.status).toBe(200)
    const again = await get()
    expect(again.status).toBe(304)
    expect(again.data).toEqual(first.data)
    expect(s.api.requests.map((q) => q.status)).toEqual([200, 304])
    expect(etagCache.size).toBe(1)
  })

  it.each([
    [401, {}, /^GitHub rejected the token \(401 Bad credentials\)\. Check the github-token input/],
    [
      403,
      {},
      /^The token may not read the jobs of run 29679449 of octo-org\/octo-repo \(403 Resource not accessible by integration\)\. Add to the workflow or the job:\n {2}permissions:\n {4}actions: read$/
    ],
    [
      403,
      { headers: { 'x-accepted-github-permissions': 'actions=read,checks=read; contents=write' } },
      /^The token may not read .* \(403 Resource not accessible by integration; GitHub accepts a token with actions=read,checks=read; contents=write\)\. Add to the workflow or the job:\n {2}permissions:\n {4}actions: read\n {4}checks: read$/
    ],
    [
      403,
      { body: { message: 'Resource protected by organization SAML enforcement.' } },
      /^GitHub refused access to run 29679449 of octo-org\/octo-repo \(403 Resource protected by organization SAML enforcement\.\)\. Check that the github-token input may read/
    ],
    [
      404,
      {},
      /^Not found: run 29679449 of octo-org\/octo-repo \(404 Not Found\)\. Check repository and run-id; .*GITHUB_TOKEN reads only the repository of its own workflow/
    ],
    [
      410,
      {},
      /^GitHub says GET \/repos\/.*\/jobs\?filter=latest&per_page=100 is gone \(410 Gone\)/
    ],
    [
      422,
      {
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'WorkflowRun', code: 'invalid', message: 'attempt is invalid' }]
        }
      },
      /^GitHub refused GET \/repos\/.* \(422 Validation Failed: attempt is invalid\)\. Check the attempt input, and repository and run-id\.$/
    ]
  ] as const)('fails at once on a %i, with one clear message', async (code, extra, expected) => {
    const s = await setup(() => status(code, extra))
    const e = await failure(read(s))
    expect(log(s)).toEqual([`1:${code}`])
    const message = explainError(e)
    expect(message).toMatch(expected)
    expect(message).not.toContain(TOKEN)
    expect([...s.warnings, ...s.infos]).toEqual([])
  })

  it('says which attempt was not found when a run has fewer attempts', async () => {
    // Defect: "Not found: run …" although the run exists.
    const s = await setup()
    const run: RunRef = { ...Q, attempt: 5 }
    const e = await failure(listJobs(s.octokit, run))
    expect(s.api.requests[0]?.path).toBe(
      `/repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/attempts/5/jobs`
    )
    expect(explainError(e, run)).toBe(
      `Not found: attempt 5 of run ${RUN_ID} of ${OWNER}/${REPO} (404 Not Found); the run may have fewer attempts. Check the attempt input, and repository and run-id.`
    )
  })

  it('words its messages with the names it is given (the CLI)', async () => {
    const s = await setup(() => status(401))
    const e = await failure(read(s))
    const cli: ErrorNames = {
      token: 'the token (from GITHUB_TOKEN)',
      run: 'OWNER/REPO and RUN_ID',
      timeout: '--timeout',
      attempt: '--attempt'
    }
    expect(explainError(e, Q, cli)).toBe(
      'GitHub rejected the token (401 Bad credentials). Check the token (from GITHUB_TOKEN): the token may be expired, revoked or mistyped.'
    )
  })

  it('describes an HTML error page from a proxy instead of quoting it', async () => {
    const s = await setup(() => ({
      kind: 'raw',
      status: 502,
      body: '<html><head><title>502</title></head><body>\n::error::proxy</body></html>'
    }))
    const message = explainError(await failure(read(s)))
    expect(log(s)).toHaveLength(4)
    expect(message).toMatch(
      / got 502 Bad Gateway, with an HTML page instead of GitHub's JSON \(a proxy between the runner and GitHub\?\) 4 times\./
    )
    expect(message).not.toContain('<html>')
  })

  it.each([
    ['HTML', { kind: 'raw', status: 200, body: '<!DOCTYPE html><html>Sign in</html>' }],
    [
      'truncated JSON',
      {
        kind: 'raw',
        status: 200,
        body: '{"total_count": 250, "jobs": [{"id": 1',
        contentType: 'application/json; charset=utf-8'
      }
    ],
    ['JSON without jobs', { kind: 'status', status: 200, body: { total_count: 250 } }]
  ] as const)('fails at once on a 200 with %s', async (_name, fault) => {
    const s = await setup(() => fault)
    const e = await failure(read(s))
    expect(log(s)).toEqual(['1:200'])
    expect(explainError(e)).toBe(
      `Unexpected response from GET /repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs: expected a JSON object with total_count and jobs.`
    )
  })

  it('passes every init field to the fetch it is given, with a signal of its own', async () => {
    const s = await setup()
    const seen: RequestInit[] = []
    const octokit = createClient({
      token: TOKEN,
      baseUrl: s.api.url,
      warn: () => {},
      fetch: (input, init) => {
        seen.push(init ?? {})
        return fetch(input, init)
      }
    })
    const caller = new AbortController()
    await failure(
      octokit.request('POST /repos/{owner}/{repo}/x', {
        owner: OWNER,
        repo: REPO,
        data: { a: 1 },
        request: { signal: caller.signal, redirect: 'manual' }
      })
    )
    const init = seen[0]
    expect(init).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      duplex: 'half',
      redirect: 'manual',
      headers: expect.objectContaining({ authorization: `token ${TOKEN}` })
    })
    expect(init?.signal).toBeInstanceOf(AbortSignal)
    expect(init?.signal).not.toBe(caller.signal)
  })

  /** The error of reading one job with a signal that fires after `ms`. */
  const cancelledAfter = (s: Setup, ms: number): Promise<unknown> => {
    const caller = new AbortController()
    setTimeout(() => caller.abort(), ms)
    return failure(
      s.octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{id}', {
        owner: OWNER,
        repo: REPO,
        id: 1,
        request: { signal: caller.signal }
      })
    )
  }

  it("ends a backoff wait when the caller's signal fires, with the last error", async () => {
    const s = await setup(() => status(503), {
      // A real wait of 5 s, cut short by the cancel.
      sleep: (ms, signal) => delay(ms * 10, undefined, signal ? { signal } : {})
    })
    const started = Date.now()
    const e = await cancelledAfter(s, 100)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(log(s)).toEqual(['1:503'])
    expect(e).toMatchObject({ status: 503 })
  })

  it("stops when the caller's signal fires, without retrying", async () => {
    const s = await setup(() => ({ kind: 'hang' }))
    const e = await cancelledAfter(s, 50)
    expect(log(s)).toEqual(['1:0'])
    expect(explainError(e)).toBe('GET /repos/octo-org/octo-repo/actions/jobs/1 was cancelled.')
  })
})

describe('errors.ts explainError', () => {
  it('passes the message of an error that is not an HTTP one', () => {
    expect(explainError(new Error('Unexpected response from GET /x: boom'))).toBe(
      'Unexpected response from GET /x: boom'
    )
    expect(explainError('plain')).toBe('plain')
    expect(explainError(new SyntaxError('Unexpected end of JSON input'))).toBe(
      'Unexpected response from GitHub: Unexpected end of JSON input'
    )
  })
})

describe('jobs.ts listJobs, pages at once', () => {
  const BIG = generateRun({ owner: OWNER, repo: REPO, runId: RUN_ID, jobs: 1000, steps: 1 })

  it(`reads pages 2 to last ${PAGE_CONCURRENCY} at once, each once, every job in order`, async () => {
    api = await startFakeApi({ runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: BIG }] })
    let inFlight = 0
    let most = 0
    const octokit = createClient({
      token: TOKEN,
      baseUrl: api.url,
      warn: () => {},
      // Slow answers, so that requests overlap when they are sent at once.
      fetch: async (input, init) => {
        most = Math.max(most, ++inFlight)
        try {
          await delay(30)
          return await fetch(input, init)
        } finally {
          inFlight--
        }
      }
    })
    const r = await listJobs(octokit, LATEST)
    expect(most).toBe(PAGE_CONCURRENCY)
    expect(r.requests).toBe(10)
    expect(api.requests.map((q) => Number(q.query.page ?? 1)).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ])
    expect(r.jobs.map((j) => j.id)).toEqual(BIG[0]?.map((j) => j.id))
  })

  it('follows rel="next" past the last page it was told of, for jobs added meanwhile', async () => {
    const grown = generateRun({ owner: OWNER, repo: REPO, runId: RUN_ID, jobs: 350, steps: 1 })
    const fake: FakeApi = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: ATTEMPTS }],
      // Once page 1 (of 3) is served, the run has 4 pages.
      fault: (q) => {
        if (q.n === 1)
          queueMicrotask(() =>
            fake.setRun({ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: grown })
          )
        return undefined
      }
    })
    api = fake
    const octokit = createClient({ token: TOKEN, baseUrl: fake.url, warn: () => {} })
    const r = await listJobs(octokit, LATEST)
    expect(fake.requests.map((q) => q.query.page ?? '1').sort()).toEqual(['1', '2', '3', '4'])
    expect(r.jobs).toHaveLength(350)
    expect(new Set(r.jobs.map((j) => j.id)).size).toBe(350)
  })

  it('numbers the pages between next and last only when both are pages of one list', () => {
    const url =
      'https://api.github.com/repositories/1/actions/runs/2/jobs?filter=latest&per_page=100'
    expect(numberedPages(`${url}&page=2`, `${url}&page=4`)).toEqual([
      `${url}&page=2`,
      `${url}&page=3`,
      `${url}&page=4`
    ])
    expect(numberedPages(`${url}&page=3`, `${url}&page=3`)).toEqual([`${url}&page=3`])
    expect(numberedPages(`${url}&page=2`, null)).toEqual([])
    expect(numberedPages(`${url}&page=2`, `${url.replace('latest', 'all')}&page=4`)).toEqual([])
    expect(numberedPages(`${url}&page=4`, `${url}&page=2`)).toEqual([])
    expect(numberedPages(`${url}&page=x`, `${url}&page=2`)).toEqual([])
    expect(numberedPages('not a url', `${url}&page=2`)).toEqual([])
  })

  it('converts every job once, and a poll answered 304 reuses the converted pages', async () => {
    api = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: ATTEMPTS }]
    })
    const octokit = createClient({ token: TOKEN, baseUrl: api.url, warn: () => {} })
    const converted: number[] = []
    const convert = (job: { id: number; name: string }) => {
      converted.push(job.id)
      return { id: job.id, label: `#${job.name}` }
    }
    const cache: PageCache<{ id: number; label: string }> = new Map()
    const q = LATEST
    const first = await listJobs(octokit, q, { convert, cache })
    expect(first.jobs).toHaveLength(250)
    expect(first.jobs[0]).toEqual({ id: ATTEMPTS[0]?.[0]?.id, label: `#${ATTEMPTS[0]?.[0]?.name}` })
    expect(first.workflowName).toBe(ATTEMPTS[0]?.[0]?.workflow_name)
    expect(first.headSha).toMatch(/^[0-9a-f]{40}$/)
    expect(first.headSha).toBe(ATTEMPTS[0]?.[0]?.head_sha)
    expect(converted.sort()).toEqual(first.jobs.map((j) => j.id).sort())

    const again = await listJobs(octokit, q, { convert, cache })
    expect(again.notModified).toBe(3)
    expect(again.jobs).toEqual(first.jobs)
    // A 304 keeps the page as converted, the commit with it.
    expect(again.headSha).toBe(first.headSha)
    expect(converted).toHaveLength(250)
  })
})
