import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startFakeApi, type FakeApi, type Fault } from '../scripts/fake-api.js'
import { DEMO_CLOCK_SKEW_STEP, DEMO_JOB_IDS, demoRun, generateRun } from '../scripts/sample-run.js'
import type { ApiJob } from '../src/model/types.js'

interface JobList {
  total_count: number
  jobs: ApiJob[]
}

const TOKEN = 'ghs_fake'
const auth = { authorization: `Bearer ${TOKEN}` }

describe('fake-api.ts', () => {
  const big = generateRun({ runId: 1, jobs: 250, steps: 3 })
  const retried = generateRun({ runId: 2, jobs: 60, attempts: 2, seed: 5, firstJobId: 40e9 })
  const demo = demoRun()
  let api: FakeApi

  beforeAll(async () => {
    api = await startFakeApi({
      runs: [
        { owner: 'o', repo: 'r', runId: 1, attempts: big },
        { owner: 'o', repo: 'r', runId: 2, attempts: retried },
        demo
      ],
      logs: demo.logs,
      annotations: demo.annotations,
      token: TOKEN
    })
  })
  afterAll(async () => {
    await api.close()
  })

  const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${api.url}${path}`, { headers: { ...auth, ...headers }, redirect: 'manual' })

  it('paginates 250 jobs into 3 pages with GitHub Link rels', async () => {
    const path = '/repos/o/r/actions/runs/1/jobs?filter=latest&per_page=100'
    const first = await get(path)
    const firstBody = (await first.json()) as JobList
    expect(firstBody.total_count).toBe(250)
    expect(firstBody.jobs).toHaveLength(100)
    const url = `${api.url}/repos/o/r/actions/runs/1/jobs?filter=latest&per_page=100`
    expect(first.headers.get('link')).toBe(
      `<${url}&page=2>; rel="next", <${url}&page=3>; rel="last"`
    )

    const middle = await get(`${path}&page=2`)
    expect(middle.headers.get('link')).toBe(
      `<${url}&page=1>; rel="prev", <${url}&page=3>; rel="next", ` +
        `<${url}&page=3>; rel="last", <${url}&page=1>; rel="first"`
    )
    const last = await get(`${path}&page=3`)
    const lastBody = (await last.json()) as JobList
    expect(lastBody.jobs).toHaveLength(50)
    expect(last.headers.get('link')).toBe(
      `<${url}&page=2>; rel="prev", <${url}&page=1>; rel="first"`
    )

    const ids = new Set(
      [...firstBody.jobs, ...((await middle.json()) as JobList).jobs, ...lastBody.jobs].map(
        (j) => j.id
      )
    )
    expect(ids.size).toBe(250)
  })

  it('lists the latest attempt by default and every attempt with filter=all', async () => {
    const reruns = retried[1]?.filter((job) => job.run_attempt === 2) ?? []
    expect(reruns.length).toBeGreaterThan(0)

    const latest = (await (
      await get('/repos/o/r/actions/runs/2/jobs?per_page=100')
    ).json()) as JobList
    expect(latest.total_count).toBe(60)
    const all = (await (
      await get('/repos/o/r/actions/runs/2/jobs?filter=all&per_page=100')
    ).json()) as JobList
    expect(all.total_count).toBe(60 + reruns.length)
    expect(all.jobs[0]?.run_attempt).toBe(2)

    const attempt1 = (await (
      await get('/repos/o/r/actions/runs/2/attempts/1/jobs')
    ).json()) as JobList
    expect(attempt1.total_count).toBe(60)
    expect((await get('/repos/o/r/actions/runs/2/attempts/3/jobs')).status).toBe(404)
  })

  it('answers 304 to a matching If-None-Match without using rate limit', async () => {
    const path = `/repos/${demo.owner}/${demo.repo}/actions/jobs/${DEMO_JOB_IDS.current}`
    const first = await get(path)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/)
    expect(((await first.json()) as ApiJob).status).toBe('in_progress')
    const remaining = first.headers.get('x-ratelimit-remaining')

    const again = await get(path, { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('x-ratelimit-remaining')).toBe(remaining)
    expect(api.requests.at(-1)).toMatchObject({ status: 304, ifNoneMatch: etag })
  })

  it('redirects a job log to a blob fetched without the token', async () => {
    const id = DEMO_JOB_IDS.failed
    const redirect = await get(`/repos/${demo.owner}/${demo.repo}/actions/jobs/${id}/logs`)
    expect(redirect.status).toBe(302)
    const location = redirect.headers.get('location') ?? ''
    expect(location).toMatch(new RegExp(`^${api.url}/_blobs/${id}\\?sig=.+&se=`))

    const blob = await fetch(location)
    expect(blob.headers.get('content-type')).toMatch(/^text\/plain/)
    // Response.text() drops the BOM the log starts with: read the bytes.
    const bytes = Buffer.from(await blob.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toContain('##[error]Process completed with exit code 1.')
    const blobRequest = api.requests.at(-1)
    expect(blobRequest).toMatchObject({ path: `/_blobs/${id}`, status: 200 })
    expect(blobRequest?.authorization).toBeUndefined()

    const none = await get(
      `/repos/${demo.owner}/${demo.repo}/actions/jobs/${DEMO_JOB_IDS.build}/logs`
    )
    expect(none.status).toBe(404)
  })

  it('lists a job’s check-run annotations, one page of per_page; none for a job without', async () => {
    const base = `/repos/${demo.owner}/${demo.repo}/check-runs`
    const failed = await get(`${base}/${DEMO_JOB_IDS.failed}/annotations?per_page=100`)
    expect(failed.status).toBe(200)
    expect(await failed.json()).toEqual(demo.annotations[String(DEMO_JOB_IDS.failed)])
    const first = await get(`${base}/${DEMO_JOB_IDS.failed}/annotations?per_page=1`)
    expect(await first.json()).toEqual(demo.annotations[String(DEMO_JOB_IDS.failed)]?.slice(0, 1))
    const none = await get(`${base}/${DEMO_JOB_IDS.build}/annotations`)
    expect([none.status, await none.json()]).toEqual([200, []])
    // A check run of no run served is not found, as on GitHub.
    expect((await get(`${base}/12345/annotations`)).status).toBe(404)
  })

  it('answers unknown routes, runs and tokens with GitHub error bodies', async () => {
    for (const path of ['/repos/o/r/actions/runs/999/jobs', '/nope']) {
      const res = await get(path)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await res.json()).toEqual({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      })
    }
    const bad = await get('/repos/o/r/actions/runs/1/jobs', { authorization: 'token nope' })
    expect(bad.status).toBe(401)
    expect(await bad.json()).toMatchObject({ message: 'Bad credentials' })
  })
})

describe('fake-api.ts faults', () => {
  it('injects a status, a reset and a raw body, then serves normally', async () => {
    const faults: (Fault | undefined)[] = [
      { kind: 'status', status: 503, headers: { 'retry-after': '1' } },
      { kind: 'reset' },
      {
        kind: 'raw',
        status: 200,
        body: '{"total_count":3,"jobs":[{"id"',
        contentType: 'application/json'
      }
    ]
    const api = await startFakeApi({
      runs: [{ owner: 'o', repo: 'r', runId: 1, attempts: generateRun({ jobs: 3 }) }],
      fault: ({ n }) => faults[n - 1]
    })
    try {
      const url = `${api.url}/repos/o/r/actions/runs/1/jobs`
      const unavailable = await fetch(url)
      expect(unavailable.status).toBe(503)
      expect(unavailable.headers.get('retry-after')).toBe('1')
      expect(await unavailable.json()).toMatchObject({ status: '503' })
      await expect(fetch(url)).rejects.toThrow()
      await expect((await fetch(url)).json()).rejects.toThrow(/JSON/)
      const ok = await fetch(url)
      expect(((await ok.json()) as JobList).total_count).toBe(3)
      expect(api.requests.map((r) => r.status)).toEqual([503, 0, 200, 200])
    } finally {
      await api.close()
    }
  })

  it('ends a hanging request on close()', async () => {
    const api = await startFakeApi({ fault: () => ({ kind: 'hang' }) })
    const pending = fetch(`${api.url}/repos/o/r/actions/jobs/1`)
    while (api.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    await api.close()
    await expect(pending).rejects.toThrow()
  })
})

describe('fake-api.ts latency', () => {
  const run = { owner: 'o', repo: 'r', runId: 1, attempts: generateRun({ jobs: 3 }) }
  const paths = [
    '/repos/o/r/actions/runs/1/jobs',
    '/repos/o/r/actions/runs/1/attempts/1/jobs',
    '/repos/o/r/actions/runs/1/jobs?page=2'
  ]
  /** ms for the three requests made at once, all answered 200. */
  const three = async (api: FakeApi): Promise<number> => {
    const started = performance.now()
    const answers = await Promise.all(paths.map((path) => fetch(`${api.url}${path}`)))
    const elapsed = performance.now() - started
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200])
    await Promise.all(answers.map((res) => res.arrayBuffer()))
    return elapsed
  }

  it('answers requests in parallel after their latency each, not one after another', async () => {
    const api = await startFakeApi({ runs: [run], latencyMs: 200 })
    try {
      const elapsed = await three(api)
      // 3 × 200 ms in a row would be 600 ms; the margin is for a loaded machine.
      expect(elapsed).toBeGreaterThanOrEqual(190)
      expect(elapsed).toBeLessThan(450)
      expect(api.requests.map((r) => r.status)).toEqual([200, 200, 200])
    } finally {
      await api.close()
    }
  })

  it('has no latency by default', async () => {
    const api = await startFakeApi({ runs: [run] })
    try {
      await three(api) // the client's first connections
      expect(await three(api)).toBeLessThan(190)
    } finally {
      await api.close()
    }
  })

  it('drops answers still waiting out their latency on close()', async () => {
    let served = 0
    const api = await startFakeApi({
      runs: [run],
      latencyMs: 300,
      fault: () => {
        served++
        return undefined
      }
    })
    const pending = fetch(`${api.url}/repos/o/r/actions/jobs/1`)
    while (api.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    await api.close()
    await expect(pending).rejects.toThrow()
    // Past the latency: the timer was cleared, so the request was never served.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(served).toBe(0)
    expect(api.requests[0]?.status).toBe(0)
  })
})

describe('sample-run.ts', () => {
  // How fast is the bench's business (npm run bench), not a timed test's:
  // with two jest workers this one's 1 s bound failed on a busy machine.
  it('generates 3000 jobs × 30 steps, with unique ids above 2^32', () => {
    const attempts = generateRun({ jobs: 3000, steps: 30, attempts: 2 })
    const all = attempts.flat()
    expect(all.every((job) => job.id > 2 ** 32)).toBe(true)
    for (const attempt of attempts) {
      expect(new Set(attempt.map((job) => job.name)).size).toBe(3000)
    }
    expect(generateRun({ jobs: 50, seed: 3 })).toEqual(generateRun({ jobs: 50, seed: 3 }))
  })

  it('makes a demo run with the cases the action must handle', () => {
    const latest = demoRun().attempts[1] ?? []
    const byId = new Map(latest.map((job) => [job.id, job]))
    expect(latest.length).toBeGreaterThanOrEqual(38)
    expect(byId.get(DEMO_JOB_IDS.current)).toMatchObject({
      status: 'in_progress',
      conclusion: null
    })
    expect(byId.get(DEMO_JOB_IDS.failed)?.conclusion).toBe('failure')
    expect(byId.get(DEMO_JOB_IDS.retried)?.conclusion).toBe('success')
    expect(byId.get(DEMO_JOB_IDS.deploy)).not.toHaveProperty('steps')
    const skew = byId
      .get(DEMO_CLOCK_SKEW_STEP.jobId)
      ?.steps?.find((step) => step.number === DEMO_CLOCK_SKEW_STEP.number)
    expect(skew?.name).toBe(DEMO_CLOCK_SKEW_STEP.name)
    expect(Date.parse(skew?.completed_at ?? '')).toBe(Date.parse(skew?.started_at ?? '') - 1000)
  })
})
