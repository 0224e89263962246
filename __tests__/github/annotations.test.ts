// Reading check-run annotations through the client against the loopback fake
// API serving the demo run, on a virtual clock (retries wait no real time).
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults, startFakeApi, type Fault, type FakeApi } from '../../scripts/fake-api.js'
import { DEMO_JOB_IDS, demoRun } from '../../scripts/sample-run.js'
import {
  ANNOTATION_CONCURRENCY,
  readAnnotations,
  toAnnotation
} from '../../src/github/annotations.js'
import {
  createClient,
  MAX_TRIES,
  type ClientOptions,
  type Octokit
} from '../../src/github/client.js'
import type { ApiAnnotation } from '../../src/model/types.js'
import { virtualClock } from '../support/in-process.js'
import { DEMO_FAILURE_ANNOTATIONS } from '../support/logs.js'

const TOKEN = 'ghs_annotations0123456789'
const T0 = Date.UTC(2026, 10, 20, 10, 0, 0)
const demo = demoRun()
const q = { owner: demo.owner, repo: demo.repo }
/** The demo's attempt-1 jobs: a few with annotations, most without. */
const jobs = (demo.attempts[0] ?? []).map((j) => ({ id: j.id }))
const path = (id: number) => `/repos/${demo.owner}/${demo.repo}/check-runs/${id}/annotations`
const isAnnotations = (p: string) => p.endsWith('/annotations')

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function setup(
  fault: (p: string, n: number) => Fault | undefined = () => undefined,
  annotations: Record<string, ApiAnnotation[]> = demo.annotations,
  client: Partial<ClientOptions> = {}
): Promise<{ api: FakeApi; octokit: Octokit; calls: () => string[] }> {
  const fake = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    annotations,
    token: TOKEN,
    fault: (r) => fault(r.path, r.n)
  })
  api = fake
  const clock = virtualClock(T0)
  const octokit = createClient({
    token: TOKEN,
    baseUrl: fake.url,
    warn: () => undefined,
    deadlineMs: T0 + 60_000,
    ...clock,
    ...client
  })
  return { api: fake, octokit, calls: () => fake.requests.map((r) => `${r.path} ${r.status}`) }
}

describe('annotations.ts', () => {
  it('reads each job’s annotations with one request of 100, as published', async () => {
    const s = await setup()
    const ids = [DEMO_JOB_IDS.failedAttempt1, DEMO_JOB_IDS.retriedAttempt1, DEMO_JOB_IDS.build]
    const read = await readAnnotations(
      s.octokit,
      q,
      ids.map((id) => ({ id }))
    )
    expect(read.denied).toBeNull()
    expect(read.failed).toBe(0)
    expect([...read.byJob.keys()].sort()).toEqual([...ids].sort())
    expect(read.byJob.get(DEMO_JOB_IDS.build)).toEqual([])
    expect(read.byJob.get(DEMO_JOB_IDS.failedAttempt1)).toEqual([
      ...DEMO_FAILURE_ANNOTATIONS,
      expect.objectContaining({ level: 'warning', path: '.github' })
    ])
    expect(s.api.requests.map((r) => [r.path, r.query, r.authorization])).toEqual(
      ids.map((id) => [path(id), { per_page: '100' }, `token ${TOKEN}`])
    )
  })

  it('keeps what the API leaves null: the level reads notice, the message empty', async () => {
    const id = DEMO_JOB_IDS.build
    const bare = {
      path: 'src/a.ts',
      blob_href: 'https://github.com/o/r/blob/abc/src/a.ts',
      start_line: 3,
      start_column: null,
      end_line: 4,
      end_column: null,
      annotation_level: null,
      title: null,
      message: null,
      raw_details: null
    }
    const s = await setup(undefined, { [id]: [bare] })
    const read = await readAnnotations(s.octokit, q, [{ id }])
    const expected = {
      level: 'notice',
      message: '',
      title: null,
      path: 'src/a.ts',
      start_line: 3,
      end_line: 4
    }
    expect(read.byJob.get(id)).toEqual([expected])
    expect(toAnnotation({})).toEqual({ ...expected, path: null, start_line: null, end_line: null })
  })

  it.each([403, 404])(
    'takes a %i as a refusal: says so, asks nothing more, never throws',
    async (status) => {
      const s = await setup((p) => (isAnnotations(p) ? faults.status(status) : undefined))
      const read = await readAnnotations(s.octokit, q, jobs, { concurrency: 1 })
      expect(read).toEqual({ byJob: new Map(), denied: { status }, failed: 0 })
      expect(s.calls()).toEqual([`${path(jobs[0]?.id ?? 0)} ${status}`])
    }
  )

  it('leaves a job whose annotations keep failing unread, and reads the others', async () => {
    const [a, b, c] = jobs
    const s = await setup((p) => (p === path(b?.id ?? 0) ? faults.status(500) : undefined))
    const read = await readAnnotations(s.octokit, q, [a, b, c] as { id: number }[], {
      concurrency: 1
    })
    expect(read.denied).toBeNull()
    expect(read.failed).toBe(1)
    expect([...read.byJob.keys()]).toEqual([a?.id, c?.id])
    // Retried as every request is, then given up.
    expect(s.calls()).toEqual([
      `${path(a?.id ?? 0)} 200`,
      ...Array.from({ length: MAX_TRIES }, () => `${path(b?.id ?? 0)} 500`),
      `${path(c?.id ?? 0)} 200`
    ])
  })

  it('takes a rate limit it cannot wait out as a failure, not a refusal', async () => {
    const [a, b, c] = jobs
    const resetAt = T0 / 1000 + 3600
    const s = await setup((p) => (p === path(b?.id ?? 0) ? faults.primary(resetAt) : undefined))
    const read = await readAnnotations(s.octokit, q, [a, b, c] as { id: number }[], {
      concurrency: 1
    })
    expect(read.denied).toBeNull()
    expect(read.failed).toBe(1)
    expect([...read.byJob.keys()]).toEqual([a?.id, c?.id])
  })

  it(`asks at most ${ANNOTATION_CONCURRENCY} at once`, async () => {
    let open = 0
    let most = 0
    // The client's fetch, counting the requests it has out; the first ones
    // are held until ANNOTATION_CONCURRENCY are out, so that they overlap however
    // fast the fake API answers.
    let release: () => void = () => {}
    const full = new Promise<void>((resolve) => (release = resolve))
    const counting: typeof fetch = async (...args) => {
      most = Math.max(most, ++open)
      if (open >= ANNOTATION_CONCURRENCY) release()
      try {
        await full
        return await fetch(...args)
      } finally {
        open--
      }
    }
    const s = await setup(undefined, demo.annotations, { fetch: counting })
    const read = await readAnnotations(s.octokit, q, jobs)
    expect(jobs.length).toBeGreaterThan(2 * ANNOTATION_CONCURRENCY)
    expect(read.byJob.size).toBe(jobs.length)
    expect(s.api.requests).toHaveLength(jobs.length)
    expect(most).toBe(ANNOTATION_CONCURRENCY)
  })

  it('once cancelled, ends the requests in flight and starts no other', async () => {
    const cancel = new AbortController()
    let arrived = 0
    const s = await setup((p) => {
      if (!isAnnotations(p)) return undefined
      // Every answer hangs: only the cancel ends them.
      if (++arrived === 2) cancel.abort('SIGTERM')
      return { kind: 'hang' }
    })
    const read = await readAnnotations(s.octokit, q, jobs, {
      concurrency: 2,
      signal: cancel.signal
    })
    expect(read).toEqual({ byJob: new Map(), denied: null, failed: 0 })
    expect(s.api.requests).toHaveLength(2)

    await readAnnotations(s.octokit, q, jobs, { signal: cancel.signal })
    expect(s.api.requests).toHaveLength(2)
  })
})
