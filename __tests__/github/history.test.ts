// Reading the earlier runs of a run's workflow through the client against the
// loopback fake API serving a generated history, on a virtual clock (retries
// and rate limits wait no real time).
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults, startFakeApi, type FakeApi, type Fault } from '../../scripts/fake-api.js'
import { runObject, type FakeWorkflowRun } from '../../scripts/fake-workflow-runs.js'
import { generateHistory, type History } from '../../scripts/sample-history.js'
import { createClient, type ClientOptions, type Octokit } from '../../src/github/client.js'
import {
  chooseEarlier,
  HISTORY_CONCURRENCY,
  PAGES_PER_RUN,
  readHistory
} from '../../src/github/history.js'
import { virtualClock } from '../support/in-process.js'

const TOKEN = 'ghs_history0123456789'
const T0 = Date.UTC(2026, 10, 20, 10, 0, 0)
const small = generateHistory({ earlier: 10, jobs: 20, steps: 4 })
const OWNER = small.current.owner
const REPO = small.current.repo
const ref = (w: FakeWorkflowRun) => ({ owner: OWNER, repo: REPO, id: w.runId })
const isJobs = (p: string) => p.endsWith('/jobs')

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function setup(
  history: History,
  o: {
    fault?: (path: string, n: number) => Fault | undefined
    remaining?: number
    latencyMs?: number
    client?: Partial<ClientOptions>
  } = {}
): Promise<{ api: FakeApi; octokit: Octokit; inFlight: () => number }> {
  const fake = await startFakeApi({
    workflowRuns: history.all,
    token: TOKEN,
    fault: (r) => o.fault?.(r.path, r.n),
    // The limit resets an hour after the virtual start: past the client's deadline.
    rateLimit: { resetEpochSeconds: T0 / 1000 + 3600, remaining: o.remaining ?? 5000 },
    latencyMs: o.latencyMs ?? 0
  })
  api = fake
  // Requests at once, as the client sends them.
  let now = 0
  let most = 0
  const fetch: typeof globalThis.fetch = async (...args) => {
    most = Math.max(most, ++now)
    try {
      return await globalThis.fetch(...args)
    } finally {
      now--
    }
  }
  const octokit = createClient({
    token: TOKEN,
    baseUrl: fake.url,
    warn: () => undefined,
    deadlineMs: T0 + 60_000,
    fetch,
    ...virtualClock(T0),
    ...o.client
  })
  return { api: fake, octokit, inFlight: () => most }
}

/** The ids of the jobs GitHub lists for a run with `filter=latest` (its latest attempt's). */
const latestIds = (w: FakeWorkflowRun) => (w.attempts.at(-1) ?? []).map((j) => j.id)

describe('history.ts', () => {
  it('chooses the completed push runs on the branch, numbered before the run, at most count', async () => {
    const s = await setup(small)
    const read = await readHistory(s.octokit, ref(small.current), { count: 10 })
    expect(read.note).toBeNull()
    expect(read.workflowId).toBe(small.current.workflowId)
    expect(read.branch).toBe('main')
    expect(read.runs.map((r) => r.id)).toEqual(small.earlier.map((w) => w.runId))
    const [first, second] = s.api.requests
    expect([first?.path, first?.query]).toEqual([
      `/repos/${OWNER}/${REPO}/actions/runs/${small.current.runId}`,
      {}
    ])
    expect([second?.path, second?.query]).toEqual([
      `/repos/${OWNER}/${REPO}/actions/workflows/${small.current.workflowId}/runs`,
      {
        branch: 'main',
        event: 'push',
        status: 'completed',
        exclude_pull_requests: 'true',
        per_page: '15'
      }
    ])
    // Every other request reads the jobs of a chosen run, at its latest attempt.
    const jobRequests = s.api.requests.slice(2)
    expect(new Set(jobRequests.map((r) => r.path))).toEqual(
      new Set(small.earlier.map((w) => `/repos/${OWNER}/${REPO}/actions/runs/${w.runId}/jobs`))
    )
    expect(jobRequests.every((r) => r.query.filter === 'latest')).toBe(true)

    const three = await readHistory(s.octokit, ref(small.current), { count: 3 })
    expect(three.runs.map((r) => r.id)).toEqual(small.earlier.slice(0, 3).map((w) => w.runId))
  })

  it('checks what the list answered again: no newer, running, other-branch, fork or other-event run', () => {
    const all = small.all.map((w) => runObject(w, 'http://api'))
    const me = runObject(small.current, 'http://api')
    const ids = (count: number) => chooseEarlier(me, all, count).map((r) => r.id)
    expect(ids(50)).toEqual(small.earlier.map((w) => w.runId))
    expect(ids(2)).toEqual(small.earlier.slice(0, 2).map((w) => w.runId))
    // A pull_request run compares with pull_request runs of its branch and repository only.
    const fork = small.others.find((w) => w.headRepository !== undefined)
    expect(fork?.headBranch).toBe('main')
    expect(chooseEarlier(runObject(fork as FakeWorkflowRun, 'http://api'), all, 50)).toEqual([])
  })

  it('reads a push run of another branch against its own runs: the pull_request runs of that branch are left out', async () => {
    const branchRun = small.others.find(
      (w) => w.headBranch === 'feature/login' && w.event === 'push'
    )
    const s = await setup(small)
    const read = await readHistory(s.octokit, ref(branchRun as FakeWorkflowRun), { count: 10 })
    expect(read).toEqual({
      runs: [],
      requests: 2,
      note: null,
      workflowId: small.current.workflowId,
      branch: 'feature/login'
    })
  })

  it('takes exactly 2 + Σ⌈jobs/100⌉ requests: 32 for 10 earlier runs of 250 jobs, records as the source', async () => {
    const big = generateHistory({ earlier: 10, jobs: 250, steps: 3 })
    // Answers a little late, so that requests made at once are seen at once.
    const s = await setup(big, { latencyMs: 20 })
    const read = await readHistory(s.octokit, ref(big.current), { count: 10 })
    const pages = big.earlier.reduce((n, w) => n + Math.ceil(latestIds(w).length / 100), 0)
    expect(pages).toBe(30)
    expect(s.api.requests).toHaveLength(2 + 30)
    expect(s.api.requests.every((r) => r.status === 200)).toBe(true)
    expect(read.requests).toBe(32)
    expect(read.note).toBeNull()
    // A few runs at once, each a few pages at once: never more than the bound.
    expect(s.inFlight()).toBeGreaterThanOrEqual(HISTORY_CONCURRENCY)
    expect(s.inFlight()).toBeLessThanOrEqual(HISTORY_CONCURRENCY * PAGES_PER_RUN)

    expect(read.runs.map((r) => [r.id, r.attempt, r.head_sha, r.conclusion, r.created_at])).toEqual(
      big.earlier.map((w) => [w.runId, w.attempts.length, w.headSha, w.conclusion, w.createdAt])
    )
    expect(read.runs[0]?.attempt).toBe(2)
    for (const [i, run] of read.runs.entries()) {
      const w = big.earlier[i] as FakeWorkflowRun
      expect(run.jobs.map((j) => j.id)).toEqual(latestIds(w))
      const source = new Map((w.attempts.at(-1) ?? []).map((j) => [j.id, j]))
      for (const job of run.jobs) {
        const src = source.get(job.id)
        expect(job.name).toBe(src?.name)
        const seconds =
          src?.started_at && src.completed_at
            ? (Date.parse(src.completed_at) - Date.parse(src.started_at)) / 1000
            : null
        expect(job.duration_seconds).toBe(seconds)
        expect(job.url).toBe(src?.html_url)
        expect(job.log_url).toBe(`${s.api.url}/repos/${OWNER}/${REPO}/actions/jobs/${job.id}/logs`)
      }
    }
    // The special cases arrive as generated: a job of the newer runs only, a renamed leg, a flaky job.
    const names = (i: number) => new Set(read.runs[i]?.jobs.map((j) => j.name))
    expect(names(0).has(big.cases.partialJob)).toBe(true)
    expect(names(9).has(big.cases.partialJob)).toBe(false)
    expect(names(0).has(big.cases.renamed.to)).toBe(true)
    expect(names(9).has(big.cases.renamed.from)).toBe(true)
    const flaky = read.runs
      .filter((r) => r.head_sha === big.cases.flakySha)
      .map((r) => r.jobs.find((j) => j.name === big.cases.flakyJob)?.conclusion)
    expect(flaky).toEqual(['success', 'failure'])
  })

  it('stops at a rate limit that cannot be waited out: keeps the runs read before it, says when it resets', async () => {
    // Budget for the run, the list and 6 runs of 3 pages; one run at a time.
    const big = generateHistory({ earlier: 10, jobs: 250, steps: 3 })
    const s = await setup(big, { remaining: 2 + 6 * 3 })
    const read = await readHistory(s.octokit, ref(big.current), { count: 10, concurrency: 1 })
    expect(read.runs.map((r) => r.id)).toEqual(big.earlier.slice(0, 6).map((w) => w.runId))
    expect(
      read.runs.every(
        (r, i) => r.jobs.length === latestIds(big.earlier[i] as FakeWorkflowRun).length
      )
    ).toBe(true)
    expect(read.note).toBe(
      "Compared with 6 of 10 earlier runs: GitHub's rate limit resets at 11:00 UTC."
    )
    expect(read.note).not.toContain(TOKEN)
    // Not retried: the reset is past the deadline; nothing is asked after it.
    expect(s.api.requests.map((r) => r.status).slice(-2)).toEqual([200, 403])
    expect(s.api.requests).toHaveLength(2 + 6 * 3 + 1)
  })

  it('never keeps a run half read when the limit strikes with runs read at once', async () => {
    const big = generateHistory({ earlier: 10, jobs: 250, steps: 3 })
    const s = await setup(big, { remaining: 2 + 6 * 3 + 1 })
    const read = await readHistory(s.octokit, ref(big.current), { count: 10 })
    expect(read.runs.length).toBeLessThan(10)
    expect(read.runs.length).toBeGreaterThan(0)
    for (const run of read.runs) {
      const w = big.earlier.find((e) => e.runId === run.id) as FakeWorkflowRun
      expect(run.jobs.map((j) => j.id)).toEqual(latestIds(w))
    }
    expect(read.note).toBe(
      `Compared with ${read.runs.length} of 10 earlier runs: GitHub's rate limit resets at 11:00 UTC.`
    )
  })

  it('keeps the runs before a 5xx that outlasts its retries, and names it', async () => {
    const third = small.earlier[2] as FakeWorkflowRun
    const s = await setup(small, {
      fault: (p) => (p.endsWith(`/runs/${third.runId}/jobs`) ? faults.status(502) : undefined)
    })
    const read = await readHistory(s.octokit, ref(small.current), { count: 10, concurrency: 1 })
    expect(read.runs.map((r) => r.id)).toEqual(small.earlier.slice(0, 2).map((w) => w.runId))
    expect(read.note).toBe(
      `Compared with 2 of 10 earlier runs: GitHub answered 502 Server Error to reading the jobs of run ${third.runId}, 4 times.`
    )
    expect(s.api.requests.filter((r) => r.status === 502)).toHaveLength(4)
    expect(s.api.requests.at(-1)?.status).toBe(502)
  })

  it.each([
    [
      404,
      'run',
      `GitHub did not find run ${small.current.runId} of ${OWNER}/${REPO} (404 Not Found)`
    ],
    [
      403,
      'list',
      `GitHub refused to show the runs of workflow ${small.current.workflowId} (403 Resource not accessible by integration); the token needs actions: read`
    ]
  ])(
    'takes a %i on the %s as a note, reads nothing more, never throws',
    async (status, where, why) => {
      const s = await setup(small, {
        fault: (p) =>
          (where === 'run' ? /\/runs\/\d+$/.test(p) : p.endsWith('/runs'))
            ? faults.status(status)
            : undefined
      })
      const read = await readHistory(s.octokit, ref(small.current), { count: 10 })
      expect(read.runs).toEqual([])
      expect(read.note).toBe(`Not compared with earlier runs: ${why}.`)
      expect(s.api.requests).toHaveLength(where === 'run' ? 1 : 2)
      expect(read.workflowId).toBe(where === 'run' ? null : small.current.workflowId)
    }
  )

  it('stops starting requests on cancel and returns the runs read whole', async () => {
    const controller = new AbortController()
    const third = small.earlier[2] as FakeWorkflowRun
    const s = await setup(small, {
      fault: (p) => {
        if (p.endsWith(`/runs/${third.runId}/jobs`)) controller.abort()
        return undefined
      }
    })
    const read = await readHistory(s.octokit, ref(small.current), {
      count: 10,
      concurrency: 1,
      signal: controller.signal
    })
    expect(read.runs.map((r) => r.id)).toEqual(small.earlier.slice(0, 2).map((w) => w.runId))
    expect(read.note).toBe('Compared with 2 of 10 earlier runs: the step was cancelled.')
    // Nothing after the request under way when the cancel came.
    expect(s.api.requests.at(-1)?.path).toMatch(new RegExp(`/runs/${third.runId}/jobs$`))
    expect(s.api.requests.filter((r) => isJobs(r.path))).toHaveLength(3)

    const before = s.api.requests.length
    const none = await readHistory(s.octokit, ref(small.current), {
      count: 10,
      signal: controller.signal
    })
    expect(none.runs).toEqual([])
    expect(none.note).toBe('Not compared with earlier runs: the step was cancelled.')
    expect(s.api.requests).toHaveLength(before)
  })
})
