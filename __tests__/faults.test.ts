// End to end under faults: the action's run(), with the variables and command
// files the runner gives a step, against the loopback fake of GitHub's API
// with faults injected into the list requests. After a transient fault the
// step must produce exactly what it produces without one; after a permanent
// one, one clear error and nothing else.
//
// In-process and in virtual time (support/in-process.ts): the client takes
// every retry backoff and rate-limit wait from the injected now/sleep, so a
// test waits for none of them, and what the action waits is asserted exactly
// (500 ms then 2000 ms of backoff; retry-after; a reset + 1 s), as are the
// tries a timeout input leaves room for. Spawning the bundle for every test
// took 35 to 45 s, and its clock, dilated 20× to shorten the waits, made each
// request 20 times longer too: a slow moment of the machine cost a try. The
// fake's rate-limit resets are built from the virtual clock's start, T0.
//
// Through the bundle, dist/index.js in a process of its own as the runner
// runs it (scripts/run-action.ts), only what needs a process: a plain run in
// three time zones, which must give run()'s outputs, summary, report and log
// (TZ is read when a process starts; this is also the check that the bundle
// behaves as the source); the request that hangs (a try's 30 s limit is a
// real timer, not the injected sleep: that run alone keeps the clock dilated
// SCALE times, support/dilated-clock.mjs); and HTTP_PROXY (the toolkit's
// proxy settings come from the environment of the process). RUNLENS_TIMINGS=1
// prints what each fault costs the action (its waits, on its own clock).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { faults, startFakeApi, type FakeApi, type Fault } from '../scripts/fake-api.js'
import { runAction, type ActionResult } from '../scripts/run-action.js'
import { generateRun, type ApiJob } from '../scripts/sample-run.js'
import { runInProcess, virtualClock } from './support/in-process.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const RUN_ID = 29679449
const TOKEN = 'ghs_faultsSecretToken0123456789abcdef'
const LIST = `/repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs`
const FIRST = `GET ${LIST}?filter=latest&per_page=100`
/** Where the virtual clock starts: every run in-process starts at T0. */
const T0 = Date.UTC(2026, 10, 20, 10, 0, 0)
/** T0 + `s` seconds, in the fake API's rate-limit headers' unit (epoch seconds). */
const epochSeconds = (s: number): number => T0 / 1000 + s
/** T0 + `ms`, as the action's messages show a time. */
const iso = (ms: number): string => new Date(T0 + ms).toISOString()
/** How much faster the bundle's clock runs than the wall clock, for the request that hangs. */
const SCALE = 20
const DILATED = {
  NODE_OPTIONS: `--import=${join(dirname(fileURLToPath(import.meta.url)), 'support', 'dilated-clock.mjs')}`,
  RUNLENS_TIME_SCALE: String(SCALE)
}

/** 250 completed jobs (3 pages): nothing in the outputs depends on the clock. */
const [JOBS = []] = generateRun({
  owner: OWNER,
  repo: REPO,
  runId: RUN_ID,
  jobs: 250,
  steps: 3,
  seed: 11
})
/** Logs are another issue's faults: these runs download none. */
const INPUTS = { 'github-token': TOKEN, 'log-lines': '0' }

type FaultOf = (k: number, q: { query: Record<string, string> }) => Fault | undefined

let api: FakeApi
/** The fault of the running test, by the number k of the list request (from 1). */
let faultOf: FaultOf = () => undefined
/** List requests of the running test so far. */
let listCount = 0
/** Date.now() of each list request of the running test, by page (wall time). */
const pageTimes = new Map<string, number[]>()

interface Outcome {
  r: ActionResult
  /** Status of each list request, by page; 0: no answer was sent. */
  lists: number[]
  /** Every wait of the action (backoffs, rate limits) in order, ms; in-process runs only. */
  waits: number[]
}

/** Clears what the previous run left: its fault and its requests. */
function prepare(fault: FaultOf): void {
  faultOf = fault
  listCount = 0
  pageTimes.clear()
  api.requests.length = 0
}

/**
 * The status of each list request, by page, each page's tries in order
 * (pages after the first are read at once).
 */
function lists(): number[] {
  return api.requests
    .filter((q) => q.path.endsWith('/jobs'))
    .sort((a, b) => Number(a.query.page ?? 1) - Number(b.query.page ?? 1))
    .map((q) => q.status)
}

/** run() in-process, on a virtual clock from T0 that records every wait. */
async function act(
  fault: FaultOf,
  inputs: Record<string, string> = {},
  apiUrl = api.url
): Promise<Outcome> {
  prepare(fault)
  const waits: number[] = []
  const clock = virtualClock(T0, (ms) => waits.push(ms))
  const r = await runInProcess({
    apiUrl,
    inputs: { ...INPUTS, ...inputs },
    now: clock.now,
    sleep: clock.sleep
  })
  return { r, lists: lists(), waits }
}

/** dist/index.js in a process of its own, on the wall clock unless `env` dilates it. */
async function bundle(
  fault: FaultOf,
  env: Record<string, string> = {},
  apiUrl = api.url
): Promise<Omit<Outcome, 'waits'>> {
  prepare(fault)
  const r = await runAction({
    apiUrl,
    inputs: INPUTS,
    env: { TZ: 'UTC', ...env },
    killAfterMs: 90_000
  })
  return { r, lists: lists() }
}

/** Everything a later step or a reader sees, but the report file's path. */
function visible(r: ActionResult): Record<string, string> {
  const outputs: Record<string, string> = { ...r.outputs, '(summary file)': r.summary }
  delete outputs['report-file']
  return outputs
}

/** Nothing the API sent reaches the runner as a workflow command; no token; no stack. */
function expectClean(r: ActionResult): void {
  const shown = r.stdout.replace(/^::add-mask::.*$/m, '')
  for (const text of [shown, r.stderr, r.summary, r.reportFile, ...Object.values(r.outputs)]) {
    expect(text).not.toContain(TOKEN)
  }
  for (const line of r.stdout.split('\n')) {
    if (/^\s*::/.test(line)) expect(line).toMatch(/^::(add-mask|error|warning|debug)::/)
  }
  expect(r.stderr).not.toMatch(/ at .*:\d+|TypeError|Error:/)
  expect(r.stdout).not.toMatch(/TypeError|^ {4}at /m)
}

/** Measured costs, for the closing table. */
const timings: { fault: string; tries: number; waitedMs: number; outcome: string }[] = []

/**
 * The one error of a step that failed before reporting anything, after
 * `lists` list requests and `waits` (none: it failed at once).
 */
function expectFailure(
  name: string,
  o: Outcome,
  message: string | RegExp,
  lists: number[],
  waits: number[] = []
): void {
  expect(o.r.code).toBe(1)
  expect(o.r.errors).toHaveLength(1)
  if (typeof message === 'string') expect(o.r.errors[0]).toBe(message)
  else expect(o.r.errors[0]).toMatch(message)
  expect(o.lists).toEqual(lists)
  expect(o.waits).toEqual(waits)
  expect(o.r.outputs.conclusion).toBeUndefined()
  expectClean(o.r)
  timings.push({
    fault: name,
    tries: lists.length,
    waitedMs: waits.reduce((a, b) => a + b, 0),
    outcome: waits.length === 0 ? 'error at once' : `error after ${lists.length} tries`
  })
}

const { status, secondary, primary } = faults
const at =
  (k: number, fault: Fault): FaultOf =>
  (n) =>
    n === k ? fault : undefined
/** The fault for the first request of one page (pages after the first are read at once). */
const onPage = (page: number, fault: Fault): FaultOf => {
  let seen = false
  return (_n, q) => {
    if (Number(q.query.page ?? 1) !== page || seen) return undefined
    seen = true
    return fault
  }
}

let baseline: Outcome

beforeAll(async () => {
  api = await startFakeApi({
    runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: [JOBS] }],
    token: TOKEN,
    // What every answer says of the primary limit (5000 left), reset from T0.
    rateLimit: { resetEpochSeconds: epochSeconds(3600) },
    fault: (q) => {
      if (!q.path.endsWith('/jobs')) return undefined
      const page = q.query.page ?? '1'
      pageTimes.set(page, [...(pageTimes.get(page) ?? []), Date.now()])
      return faultOf(++listCount, q)
    }
  })
  baseline = await act(() => undefined)
})

afterAll(async () => {
  await api.close()
  if (process.env.RUNLENS_TIMINGS) console.table(timings)
})

/** A transient fault: the same outputs and summary as without it, `lists` as list requests. */
function expectRecovered(name: string, o: Outcome, lists: number[], waits: number[]): void {
  expect(o.r.code).toBe(0)
  expect(o.lists).toEqual(lists)
  expect(o.waits).toEqual(waits)
  expect(visible(o.r)).toEqual(visible(baseline.r))
  expect(o.r.errors).toEqual([])
  expectClean(o.r)
  timings.push({
    fault: name,
    tries: lists.length - 3 + 1,
    waitedMs: waits.reduce((a, b) => a + b, 0),
    outcome: 'same outputs'
  })
}

describe('the action under transient faults', () => {
  it('reads the run without faults in 3 list requests', () => {
    expect(baseline.r.code).toBe(0)
    expect(baseline.lists).toEqual([200, 200, 200])
    expect(baseline.waits).toEqual([])
    expect(JSON.parse(baseline.r.outputs.jobs ?? '[]')).toHaveLength(250)
    expect(baseline.r.outputs.conclusion).toBe('failure')
    expectClean(baseline.r)
  })

  it('retries a 502 after 0.5 s', async () => {
    const o = await act(at(1, status(502)))
    expectRecovered('502 once', o, [502, 200, 200, 200], [500])
    expect(o.r.stdout).toContain(`${FIRST}: 502; try 2 of 4 in 0.5 s.`)
  })

  it('retries a 503 twice, waiting 0.5 s then 2 s', async () => {
    const o = await act((n) => (n <= 2 ? status(503) : undefined))
    expectRecovered('503 twice', o, [503, 503, 200, 200, 200], [500, 2000])
    expect(o.r.stdout).toContain(`${FIRST}: 503; try 2 of 4 in 0.5 s.`)
    expect(o.r.stdout).toContain(`${FIRST}: 503; try 3 of 4 in 2 s.`)
  })

  it('retries a 429 that is not a rate limit after 0.5 s', async () => {
    const o = await act(at(1, status(429)))
    expectRecovered('429 (no rate-limit headers)', o, [429, 200, 200, 200], [500])
    // No rate-limit warning: the baseline's own warnings only.
    expect(o.r.warnings).toEqual(baseline.r.warnings)
  })

  it('waits out a secondary rate limit (403) for its retry-after, with a warning', async () => {
    const o = await act(at(1, secondary(403, '1')))
    expectRecovered('secondary limit, 403, retry-after: 1', o, [403, 200, 200, 200], [1000])
    expect(o.r.warnings).toEqual([
      `GitHub's secondary rate limit stopped ${FIRST}; waiting 1 s, until ${iso(1000)}, for try 2 of 4.`,
      ...baseline.r.warnings
    ])
  })

  it('waits out a secondary rate limit sent as a 429 for its retry-after', async () => {
    const o = await act(at(1, secondary(429, '1')))
    expectRecovered('secondary limit, 429, retry-after: 1', o, [429, 200, 200, 200], [1000])
    expect(o.r.warnings).toEqual([
      `GitHub's secondary rate limit stopped ${FIRST}; waiting 1 s, until ${iso(1000)}, for try 2 of 4.`,
      ...baseline.r.warnings
    ])
  })

  it('waits for a primary rate limit until 1 s past its reset, within the timeout', async () => {
    const o = await act(at(1, primary(epochSeconds(15))))
    expectRecovered('primary limit, resets in 15 s', o, [403, 200, 200, 200], [16_000])
    expect(o.r.warnings).toEqual([
      `GitHub's primary rate limit stopped ${FIRST}; waiting 16 s, until ${iso(16_000)}, for try 2 of 4.`,
      ...baseline.r.warnings
    ])
  })

  it('retries a connection reset on page 3 of 3', async () => {
    const o = await act(onPage(3, { kind: 'reset' }))
    expectRecovered('connection reset, page 3 of 3', o, [200, 200, 0, 200], [500])
    expect(o.r.stdout).toMatch(/page=3: .*ECONNRESET.*; try 2 of 4 in 0\.5 s\./)
  })
})

describe('the action under faults it cannot outlast', () => {
  it('fails at once when a secondary limit without retry-after (60 s) passes the timeout', async () => {
    const o = await act(at(1, secondary(403)), { timeout: '30s' })
    expectFailure(
      'secondary limit, no retry-after, timeout 30s',
      o,
      `GitHub's secondary rate limit stopped ${FIRST} (403 You have exceeded a secondary rate limit. Please wait a few minutes before you try again.). GitHub asks to wait 60 s, until ${iso(60_000)} (in 60 s), past the time this step may wait (its timeout input). Try again then, or make fewer requests at once.`,
      [403]
    )
    expect(o.r.warnings).toEqual([])
  })

  it('fails at once, saying when it resets, when a primary limit resets past the timeout', async () => {
    const o = await act(at(1, primary(epochSeconds(3600))), { timeout: '10m' })
    expectFailure(
      'primary limit, resets in 1 h, timeout 10m',
      o,
      `GitHub's API rate limit for this token is used up (403 API rate limit exceeded for installation ID 4242.); it resets at ${iso(3_600_000)} (in 60 min), past the time this step may wait (its timeout input). Try again then, or use a token with a limit of its own.`,
      [403]
    )
  })

  it('stops retrying a lasting 502 when the next backoff would pass the timeout', async () => {
    // Tries at 0, 0.5 and 2.5 s; the fourth would start at 7 s, past 5 s.
    const o = await act(() => status(502), { timeout: '5s' })
    expectFailure(
      '502 on every try, timeout 5s',
      o,
      `${FIRST} got 502 Server Error 3 times (its timeout input left no time for another try). GitHub may be having trouble (https://www.githubstatus.com); try again later.`,
      [502, 502, 502],
      [500, 2000]
    )
  })

  it('says it could not reach GITHUB_API_URL when every try is reset', async () => {
    // As the 502 above: 3 tries in a 5 s timeout.
    const o = await act(() => ({ kind: 'reset' }), { timeout: '5s' })
    expectFailure(
      'connection reset on every try, timeout 5s',
      o,
      new RegExp(
        `^Could not reach GITHUB_API_URL \\(${api.url}\\): ${FIRST.replace(/[?]/g, '\\?')} failed 3 times \\(its timeout input left no time for another try\\), the last time with: .*ECONNRESET.*\\. Check that the runner can reach it, and its proxy settings \\(HTTPS_PROXY, NO_PROXY\\)\\.$`
      ),
      [0, 0, 0],
      [500, 2000]
    )
  })

  it.each([
    [
      '401',
      status(401),
      'GitHub rejected the token (401 Bad credentials). Check the github-token input: the token may be expired, revoked or mistyped.'
    ],
    [
      '403 without X-Accepted-GitHub-Permissions',
      status(403),
      `The token may not read the jobs of run ${RUN_ID} of ${OWNER}/${REPO} (403 Resource not accessible by integration). Add to the workflow or the job:\n  permissions:\n    actions: read`
    ],
    [
      '403 with X-Accepted-GitHub-Permissions',
      status(403, { headers: { 'x-accepted-github-permissions': 'actions=read' } }),
      `The token may not read the jobs of run ${RUN_ID} of ${OWNER}/${REPO} (403 Resource not accessible by integration; GitHub accepts a token with actions=read). Add to the workflow or the job:\n  permissions:\n    actions: read`
    ],
    [
      '410',
      status(410),
      `GitHub says ${FIRST} is gone (410 Gone): run ${RUN_ID} of ${OWNER}/${REPO} may have been deleted.`
    ],
    [
      '422',
      status(422, {
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'WorkflowRun', code: 'invalid', message: 'attempt is invalid' }],
          documentation_url: 'https://docs.github.com/rest'
        }
      }),
      `GitHub refused ${FIRST} (422 Validation Failed: attempt is invalid). Check the attempt input, and repository and run-id.`
    ]
  ] as const)('fails at once on a %s with one clear error', async (name, fault, message) => {
    const o = await act(at(1, fault))
    expectFailure(name, o, message, [(fault as { status: number }).status])
  })

  it('fails at once on a 404, naming the repository and run', async () => {
    const o = await act(() => undefined, { 'run-id': '123' })
    expectFailure(
      '404',
      o,
      `Not found: run 123 of ${OWNER}/${REPO} (404 Not Found). Check repository and run-id; the default GITHUB_TOKEN reads only the repository of its own workflow, so another repository needs a token with actions: read there.`,
      [404]
    )
  })

  it.each([
    [
      'an HTML page',
      { kind: 'raw', status: 200, body: '<!DOCTYPE html><html>Sign in to the proxy</html>' }
    ],
    [
      'truncated JSON',
      {
        kind: 'raw',
        status: 200,
        body: '{"total_count": 250, "jobs": [{"id": 30000000001, "name": "bu',
        contentType: 'application/json; charset=utf-8'
      }
    ],
    ['JSON without jobs', { kind: 'status', status: 200, body: { total_count: 250 } }]
  ] as const)('fails at once on a 200 with %s', async (name, fault) => {
    const o = await act(at(1, fault))
    expectFailure(
      `200 with ${name}`,
      o,
      `Unexpected response from GET ${LIST}: expected a JSON object with total_count and jobs.`,
      [200]
    )
  })

  it('describes an HTML 502 from a proxy instead of quoting it', async () => {
    // Tries at 0 and 0.5 s; the third would start at 2.5 s, past 2 s.
    const o = await act(
      () => ({
        kind: 'raw',
        status: 502,
        body: '<html><body>\n::error::from the proxy\n</body></html>'
      }),
      { timeout: '2s' }
    )
    expectFailure(
      'HTML 502 on every try, timeout 2s',
      o,
      `${FIRST} got 502 Bad Gateway, with an HTML page instead of GitHub's JSON (a proxy between the runner and GitHub?) 2 times (its timeout input left no time for another try). GitHub may be having trouble (https://www.githubstatus.com); try again later.`,
      [502, 502],
      [500]
    )
  })
})

describe('the action with a GITHUB_API_URL that does not resolve', () => {
  it('fails at once with one error naming GITHUB_API_URL, without retries', async () => {
    // Defect: 7 s of retries, a line for each, before the error.
    const o = await act(() => undefined, {}, 'http://nonexistent.invalid')
    expectFailure(
      'host does not resolve',
      o,
      "Could not resolve the host of GITHUB_API_URL (http://nonexistent.invalid): nonexistent.invalid is not a name the runner's DNS knows (ENOTFOUND). Check GITHUB_API_URL, and the runner's DNS and proxy settings (HTTPS_PROXY, NO_PROXY).",
      []
    )
    expect(o.r.stdout).not.toMatch(/try 2 of/)
  })
})

describe('the action with hostile names', () => {
  it('prints no name where the runner reads a workflow command', async () => {
    const hostile = [
      '::stop-commands::runlens-pwned',
      'x\n::stop-commands::abc',
      '%0A::error::via-percent',
      '100% done',
      '50%25 encoded %',
      '::add-mask::ghs',
      'x\r\n::error::crlf',
      '##[error]legacy'
    ]
    const jobs: ApiJob[] = JOBS.slice(0, hostile.length).map((j, i) => ({
      ...j,
      name: hostile[i] ?? j.name,
      conclusion: 'failure',
      steps: (j.steps ?? []).map((s) => ({ ...s, name: `${hostile[i] ?? ''} step` }))
    }))
    const fake = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: [jobs] }],
      token: TOKEN
    })
    try {
      const clock = virtualClock(T0)
      const r = await runInProcess({
        apiUrl: fake.url,
        inputs: { ...INPUTS, 'fail-on': 'failure', steps: 'all' },
        now: clock.now,
        sleep: clock.sleep
      })
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      expectClean(r)
      expect(r.stdout).not.toMatch(/^\s*::stop-commands::/m)
      expect(r.stdout).not.toMatch(/^\s*::error::(via-percent|crlf)/m)
      // `%` reaches the runner escaped (%25), so `%0A` in a name stays text.
      expect(r.stdout).toContain('100%25 done')
      expect(r.stdout).toContain('50%2525 encoded %25')
      expect(r.stdout).not.toMatch(/(^|[^%])%0A::/)
      const error = r.errors[0] ?? ''
      expect(error).toContain('- :\u200b:stop-commands:\u200b:runlens-pwned: failure')
      expect(error).toContain('- %0A:\u200b:error:\u200b:via-percent: failure')
      expect(error).toContain('- 100% done: failure')
      expect(error).toContain('- 50%25 encoded %: failure')
      expect(error.split('\n')).toHaveLength(1 + hostile.length)
      // Outputs carry the names exactly, through the GITHUB_OUTPUT file.
      expect(JSON.parse(r.outputs['failed-jobs'] ?? '[]')).toEqual(hostile)
      expect(clock.naps()).toBe(0)
    } finally {
      await fake.close()
    }
  })
})

describe('the bundle, dist/index.js, in a process of its own', () => {
  it('gives run()’s outputs, summary, report and log in three time zones', async () => {
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']
    const offsets = zones.map((TZ) =>
      execFileSync(
        process.execPath,
        [
          '-e',
          'process.stdout.write(String(new Date(Date.UTC(2026, 10, 20)).getTimezoneOffset()))'
        ],
        { env: { TZ } }
      ).toString()
    )
    // The zones do reach a child process.
    expect(offsets).toEqual(['0', '480', '-330'])
    const report = (r: ActionResult): unknown => {
      const file = JSON.parse(r.reportFile) as Record<string, unknown>
      delete file.generated_at
      return file
    }
    for (const TZ of zones) {
      const o = await bundle(() => undefined, { TZ })
      expect(o.r.code).toBe(0)
      expect(o.lists).toEqual([200, 200, 200])
      expect(visible(o.r)).toEqual(visible(baseline.r))
      expect(report(o.r)).toEqual(report(baseline.r))
      // The log too, warnings and workflow commands included: nothing in it depends on the clock.
      expect(o.r.stdout).toBe(baseline.r.stdout)
      expect(o.r.stderr).toBe(baseline.r.stderr)
      expectClean(o.r)
    }
  })

  it('times out a request that hangs (30 s) and tries again', async () => {
    // A try's time limit is a real timer: the bundle's clock runs SCALE
    // times faster, so its 30 s cost the test 30 / SCALE s.
    const o = await bundle(onPage(2, { kind: 'hang' }), DILATED)
    expect(o.r.code).toBe(0)
    expect(o.lists).toEqual([200, 0, 200, 200])
    expect(visible(o.r)).toEqual(visible(baseline.r))
    expect(o.r.errors).toEqual([])
    expectClean(o.r)
    const page2 = pageTimes.get('2') ?? []
    expect(((page2[1] ?? 0) - (page2[0] ?? 0)) * SCALE).toBeGreaterThanOrEqual(30_000)
    expect(o.r.stdout).toContain('page=2: no answer within 30 s; try 2 of 4 in 0.5 s.')
  })

  it('sends every request through HTTP_PROXY', async () => {
    // A forward proxy that tunnels (CONNECT) or forwards whatever it is
    // asked for to the fake API, recording the targets.
    const target = new URL(api.url)
    const seen: string[] = []
    const proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`)
      const url = new URL(req.url ?? '/', api.url)
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: url.pathname + url.search,
          method: req.method,
          headers: req.headers
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      req.pipe(upstream)
    })
    proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      seen.push(`CONNECT ${req.url}`)
      const upstream = net.connect(Number(target.port), target.hostname, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const port = (proxy.address() as net.AddressInfo).port
    try {
      // Not a loopback address: the toolkit bypasses the proxy for those.
      const apiUrl = 'http://api.github.test'
      const o = await bundle(() => undefined, { HTTP_PROXY: `http://127.0.0.1:${port}` }, apiUrl)
      expect(o.r.code).toBe(0)
      expect(o.lists).toEqual([200, 200, 200])
      expect(seen.length).toBeGreaterThanOrEqual(1)
      expect(seen[0]).toMatch(/api\.github\.test/)
      const same = (r: ActionResult): string =>
        JSON.stringify(visible(r)).split(apiUrl).join(api.url)
      expect(same(o.r)).toBe(JSON.stringify(visible(baseline.r)))
    } finally {
      proxy.closeAllConnections()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
    }
  })
})
