// End to end under faults: the bundled dist/index.js, run as the runner runs
// it, against the loopback fake of GitHub's API with faults injected into the
// list requests. After a transient fault the step must produce exactly what
// it produces without one; after a permanent one, one clear error and nothing
// else. The action runs with its default backoff and request timeout, on a
// clock running SCALE times faster (support/dilated-clock.mjs): what it
// waits and logs is its own time, the test pays a SCALE-th of it. The time
// each fault adds (wall time, so divided by SCALE) is printed with
// RUNLENS_TIMINGS=1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { faults, startFakeApi, type FakeApi, type Fault } from '../scripts/fake-api.js'
import { runAction, type ActionResult } from '../scripts/run-action.js'
import { generateRun, type ApiJob } from '../scripts/sample-run.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const RUN_ID = 29679449
const TOKEN = 'ghs_faultsSecretToken0123456789abcdef'
const LIST = `/repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/jobs`
const FIRST = `GET ${LIST}?filter=latest&per_page=100`
/** How much faster the action's clock runs than the wall clock. */
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
/** Date.now() of each list request of the running test. */
const times: number[] = []
/** The same, by page. */
const pageTimes = new Map<string, number[]>()

interface Outcome {
  r: ActionResult
  /** Wall time of the step, ms. */
  ms: number
  /** Status of each list request, by page; 0: no answer was sent. */
  lists: number[]
}

async function act(
  fault: FaultOf,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  apiUrl = api.url
): Promise<Outcome> {
  faultOf = fault
  times.length = 0
  pageTimes.clear()
  api.requests.length = 0
  const started = Date.now()
  const r = await runAction({
    apiUrl,
    inputs: { ...INPUTS, ...inputs },
    env: { TZ: 'UTC', ...DILATED, ...env },
    killAfterMs: 90_000
  })
  const ms = Date.now() - started
  // By page, each page's tries in order: pages after the first are read at once.
  const lists = api.requests
    .filter((q) => q.path.endsWith('/jobs'))
    .sort((a, b) => Number(a.query.page ?? 1) - Number(b.query.page ?? 1))
    .map((q) => q.status)
  return { r, ms, lists }
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

/** The one error of a step that failed before reporting anything. */
function expectFailure(o: Outcome, message: string | RegExp, lists: number[]): void {
  expect(o.r.code).toBe(1)
  expect(o.r.errors).toHaveLength(1)
  if (typeof message === 'string') expect(o.r.errors[0]).toBe(message)
  else expect(o.r.errors[0]).toMatch(message)
  expect(o.lists).toEqual(lists)
  expect(o.r.outputs.conclusion).toBeUndefined()
  expectClean(o.r)
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

/** Measured costs, for the closing table. */
const timings: { fault: string; tries: number; addedMs: number; outcome: string }[] = []
let baseline: Outcome

beforeAll(async () => {
  api = await startFakeApi({
    runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: [JOBS] }],
    token: TOKEN,
    fault: (q) => {
      if (!q.path.endsWith('/jobs')) return undefined
      times.push(Date.now())
      const page = q.query.page ?? '1'
      pageTimes.set(page, [...(pageTimes.get(page) ?? []), Date.now()])
      return faultOf(times.length, q)
    }
  })
  baseline = await act(() => undefined)
  // A second run: the first one warms up node's caches.
  baseline = await act(() => undefined)
})

afterAll(async () => {
  await api.close()
  if (process.env.RUNLENS_TIMINGS) console.table(timings)
})

/** A transient fault: the same outputs and summary as without it, `lists` as list requests. */
async function expectRecovered(name: string, fault: FaultOf, lists: number[]): Promise<Outcome> {
  const o = await act(fault)
  expect(o.r.code).toBe(0)
  expect(o.lists).toEqual(lists)
  expect(visible(o.r)).toEqual(visible(baseline.r))
  expect(o.r.errors).toEqual([])
  expectClean(o.r)
  timings.push({
    fault: name,
    tries: lists.length - 3 + 1,
    addedMs: o.ms - baseline.ms,
    outcome: 'same outputs'
  })
  return o
}

/** The action's time between list requests i - 1 and i: wall time × SCALE. */
const gap = (i: number): number => ((times[i] ?? 0) - (times[i - 1] ?? 0)) * SCALE

describe('the bundled action under transient faults', () => {
  it('reads the run without faults in 3 list requests', () => {
    expect(baseline.r.code).toBe(0)
    expect(baseline.lists).toEqual([200, 200, 200])
    expect(JSON.parse(baseline.r.outputs.jobs ?? '[]')).toHaveLength(250)
    expect(baseline.r.outputs.conclusion).toBe('failure')
    expectClean(baseline.r)
  })

  it('retries a 502', async () => {
    const o = await expectRecovered('502 once', at(1, status(502)), [502, 200, 200, 200])
    expect(gap(1)).toBeGreaterThanOrEqual(500 - 2 * SCALE)
    expect(o.r.stdout).toContain(`${FIRST}: 502; try 2 of 4 in 0.5 s.`)
  })

  it('retries a 503 twice, waiting 0.5 s then 2 s', async () => {
    const o = await expectRecovered(
      '503 twice',
      (n) => (n <= 2 ? status(503) : undefined),
      [503, 503, 200, 200, 200]
    )
    expect(gap(1)).toBeGreaterThanOrEqual(500 - 2 * SCALE)
    expect(gap(2)).toBeGreaterThanOrEqual(2000 - 2 * SCALE)
    expect(o.r.stdout).toContain(`${FIRST}: 503; try 3 of 4 in 2 s.`)
  })

  it('retries a 429 that is not a rate limit', async () => {
    await expectRecovered('429 (no rate-limit headers)', at(1, status(429)), [429, 200, 200, 200])
    expect(gap(1)).toBeGreaterThanOrEqual(500 - 2 * SCALE)
  })

  it('waits out a secondary rate limit (403) for its retry-after, with a warning', async () => {
    const o = await expectRecovered(
      'secondary limit, 403, retry-after: 1',
      at(1, secondary(403, '1')),
      [403, 200, 200, 200]
    )
    expect(gap(1)).toBeGreaterThanOrEqual(1000 - 2 * SCALE)
    expect(o.r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^GitHub's secondary rate limit stopped GET \/repos\/.*\/jobs\?filter=latest&per_page=100; waiting 1 s, until \d{4}-\d\d-\d\dT[\d:.]+Z, for try 2 of 4\.$/
        )
      ])
    )
  })

  it('waits out a secondary rate limit sent as a 429 for its retry-after', async () => {
    await expectRecovered(
      'secondary limit, 429, retry-after: 1',
      at(1, secondary(429, '1')),
      [429, 200, 200, 200]
    )
    expect(gap(1)).toBeGreaterThanOrEqual(1000 - 2 * SCALE)
  })

  it('waits for a primary rate limit that resets within the timeout', async () => {
    // In 15 s of the wall clock, some of which the action's start-up takes
    // (its clock runs SCALE times faster from its start).
    const resetAt = Math.floor(Date.now() / 1000) + 15
    const o = await expectRecovered(
      'primary limit, resets in < 15 s',
      at(1, primary(resetAt)),
      [403, 200, 200, 200]
    )
    expect(o.r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GitHub's primary rate limit stopped GET .*; waiting \d+ s, until /)
      ])
    )
  })

  it('retries a connection reset on page 3 of 3', async () => {
    const o = await expectRecovered(
      'connection reset, page 3 of 3',
      onPage(3, { kind: 'reset' }),
      [200, 200, 0, 200]
    )
    expect(o.r.stdout).toMatch(/page=3: .*ECONNRESET.*; try 2 of 4 in 0\.5 s\./)
  })

  it('times out a request that hangs (30 s) and tries again', async () => {
    const o = await expectRecovered(
      'hang, page 2 (30 s timeout)',
      onPage(2, { kind: 'hang' }),
      [200, 0, 200, 200]
    )
    const page2 = pageTimes.get('2') ?? []
    expect(((page2[1] ?? 0) - (page2[0] ?? 0)) * SCALE).toBeGreaterThanOrEqual(30_000)
    expect(o.r.stdout).toContain('page=2: no answer within 30 s; try 2 of 4 in 0.5 s.')
  })

  it('gives the same outputs in three time zones', async () => {
    const offsets = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'].map((TZ) =>
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
    const runs: Outcome[] = []
    for (const TZ of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']) {
      runs.push(await act(() => undefined, {}, { TZ }))
    }
    const report = (o: Outcome): unknown => {
      const file = JSON.parse(o.r.reportFile) as Record<string, unknown>
      delete file.generated_at
      return file
    }
    for (const o of runs) {
      expect(o.r.code).toBe(0)
      expect(visible(o.r)).toEqual(visible(baseline.r))
      expect(report(o)).toEqual(report(baseline))
    }
  })
})

describe('the bundled action under faults it cannot outlast', () => {
  it('fails at once when a secondary limit without retry-after (60 s) passes the timeout', async () => {
    const o = await act(at(1, secondary(403)), { timeout: '30s' })
    expectFailure(
      o,
      new RegExp(
        `^GitHub's secondary rate limit stopped ${FIRST.replace(/[?]/g, '\\?')} \\(403 You have exceeded a secondary rate limit\\. Please wait a few minutes before you try again\\.\\)\\. GitHub asks to wait 60 s, until \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(in 60 s\\), past the time this step may wait \\(its timeout input\\)\\. Try again then, or make fewer requests at once\\.$`
      ),
      [403]
    )
    expect(o.ms).toBeLessThan(baseline.ms + 1000)
    timings.push({
      fault: 'secondary limit, no retry-after, timeout 30s',
      tries: 1,
      addedMs: o.ms - baseline.ms,
      outcome: 'error at once'
    })
  })

  it('fails at once, saying when it resets, when a primary limit resets past the timeout', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 3600
    const o = await act(at(1, primary(resetAt)), { timeout: '10m' })
    expectFailure(
      o,
      `GitHub's API rate limit for this token is used up (403 API rate limit exceeded for installation ID 4242.); it resets at ${new Date(resetAt * 1000).toISOString()} (in 60 min), past the time this step may wait (its timeout input). Try again then, or use a token with a limit of its own.`,
      [403]
    )
    timings.push({
      fault: 'primary limit, resets in 1 h, timeout 10m',
      tries: 1,
      addedMs: o.ms - baseline.ms,
      outcome: 'error at once'
    })
  })

  it('stops retrying a lasting 502 when the next backoff would pass the timeout', async () => {
    // Tries at 0, 0.5 and 2.5 s, and the time the answers take; the fourth
    // would start at 7 s, past 5 s. On the dilated clock an answer takes
    // SCALE times its wall time, so a slow moment of the machine can leave
    // room for two tries only: the exact count is pinned in virtual time
    // (github/client.test.ts, 'stops a lasting 502…'); here, 2 or 3.
    const o = await act(() => status(502), { timeout: '5s' })
    const tries = o.lists.length
    expect([2, 3]).toContain(tries)
    expectFailure(
      o,
      `${FIRST} got 502 Server Error ${tries} times (its timeout input left no time for another try). GitHub may be having trouble (https://www.githubstatus.com); try again later.`,
      Array<number>(tries).fill(502)
    )
    timings.push({
      fault: '502 on every try, timeout 5s',
      tries: 3,
      addedMs: o.ms - baseline.ms,
      outcome: 'error after 3 tries'
    })
  })

  it('says it could not reach GITHUB_API_URL when every try is reset', async () => {
    // 4 tries take 7 s (see client.test.ts for the full budget): a 5 s timeout
    // allows 3, or 2 when the machine is slow (see the 502 test above).
    const o = await act(() => ({ kind: 'reset' }), { timeout: '5s' })
    const tries = o.lists.length
    expect([2, 3]).toContain(tries)
    expectFailure(
      o,
      new RegExp(
        `^Could not reach GITHUB_API_URL \\(${api.url}\\): ${FIRST.replace(/[?]/g, '\\?')} failed ${tries} times \\(its timeout input left no time for another try\\), the last time with: .*ECONNRESET.*\\. Check that the runner can reach it, and its proxy settings \\(HTTPS_PROXY, NO_PROXY\\)\\.$`
      ),
      Array<number>(tries).fill(0)
    )
    timings.push({
      fault: 'connection reset on every try, timeout 5s',
      tries: 3,
      addedMs: o.ms - baseline.ms,
      outcome: 'error after 3 tries'
    })
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
    expectFailure(o, message, [(fault as { status: number }).status])
    timings.push({ fault: name, tries: 1, addedMs: o.ms - baseline.ms, outcome: 'error at once' })
  })

  it('fails at once on a 404, naming the repository and run', async () => {
    const o = await act(() => undefined, { 'run-id': '123' })
    expectFailure(
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
      o,
      `Unexpected response from GET ${LIST}: expected a JSON object with total_count and jobs.`,
      [200]
    )
    timings.push({
      fault: `200 with ${name}`,
      tries: 1,
      addedMs: o.ms - baseline.ms,
      outcome: 'error at once'
    })
  })

  it('describes an HTML 502 from a proxy instead of quoting it', async () => {
    const o = await act(
      () => ({
        kind: 'raw',
        status: 502,
        body: '<html><body>\n::error::from the proxy\n</body></html>'
      }),
      { timeout: '2s' }
    )
    expectFailure(
      o,
      `${FIRST} got 502 Bad Gateway, with an HTML page instead of GitHub's JSON (a proxy between the runner and GitHub?) 2 times (its timeout input left no time for another try). GitHub may be having trouble (https://www.githubstatus.com); try again later.`,
      [502, 502]
    )
  })
})

describe('the bundled action with a GITHUB_API_URL that does not resolve', () => {
  it('fails at once with one error naming GITHUB_API_URL, without retries', async () => {
    // Defect: 7 s of retries, a line for each, before the error.
    const o = await act(() => undefined, {}, {}, 'http://nonexistent.invalid')
    expectFailure(
      o,
      "Could not resolve the host of GITHUB_API_URL (http://nonexistent.invalid): nonexistent.invalid is not a name the runner's DNS knows (ENOTFOUND). Check GITHUB_API_URL, and the runner's DNS and proxy settings (HTTPS_PROXY, NO_PROXY).",
      []
    )
    expect(o.r.stdout).not.toMatch(/try 2 of/)
  })
})

describe('the bundled action with hostile names', () => {
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
      const r = await runAction({
        apiUrl: fake.url,
        inputs: { ...INPUTS, 'fail-on': 'failure', steps: 'all' }
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
    } finally {
      await fake.close()
    }
  })
})

describe('the bundled action behind a proxy', () => {
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
      const o = await act(() => undefined, {}, { HTTP_PROXY: `http://127.0.0.1:${port}` }, apiUrl)
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
