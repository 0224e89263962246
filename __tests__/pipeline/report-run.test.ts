// The one report pipeline, called as the edges call it: a client against the
// loopback fake API, a virtual clock, notes collected.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { startFakeApi, type FakeApi } from '../../scripts/fake-api.js'
import { DEMO_RERUN_AFTER_MS, demoRun } from '../../scripts/sample-run.js'
import { createClient } from '../../src/github/client.js'
import type { RunRef } from '../../src/model/types.js'
import { reportRun, type Dependencies, type ReportRequest } from '../../src/pipeline/report-run.js'
import { virtualClock } from '../support/in-process.js'
import { reportRequest } from '../support/jobs.js'

const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
const RUN: RunRef = { owner: demo.owner, repo: demo.repo, id: demo.runId, attempt: 'latest' }
let api: FakeApi
beforeAll(async () => {
  api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs,
    annotations: demo.annotations
  })
})
afterAll(async () => {
  await api.close()
})

function setup(signal = new AbortController().signal) {
  const clock = virtualClock(DEMO_NOW_MS)
  const info: string[] = []
  const warnings: string[] = []
  const deps: Dependencies = {
    octokit: createClient({ token: 'ghs_x', baseUrl: api.url, warn: () => {}, ...clock }),
    urls: { apiUrl: api.url, serverUrl: 'https://github.com' },
    now: clock.now,
    sleep: clock.sleep,
    signal,
    notes: { info: (l) => info.push(l), warning: (l) => warnings.push(l) },
    names: { jobs: 'jobs', jobId: 'job-id', wait: 'wait', failOn: 'fail-on', jobKey: 'report' }
  }
  return { deps, info, warnings }
}

const request = (over: Partial<ReportRequest> = {}): ReportRequest =>
  reportRequest({ run: RUN, ...over })

describe('report-run.ts', () => {
  it('says how many jobs it read, and how many the patterns select', async () => {
    const { deps, info } = setup()
    const all = await reportRun(request(), deps)
    const listed = all.report.jobs.length
    expect(info[0]).toBe(`Read ${listed} jobs of run ${RUN.id} in 1 request.`)

    const some = setup()
    const picked = await reportRun(request({ jobs: ['test (*', '!*windows*'] }), some.deps)
    const selected = picked.report.jobs.length
    expect(selected).toBeGreaterThan(0)
    expect(selected).toBeLessThan(listed)
    expect(some.info[0]).toBe(
      `Read ${listed} jobs of run ${RUN.id} in 1 request; the jobs patterns select ${selected}.`
    )
  })

  it('reads the failing log lines of the failed jobs, and none once cancelled', async () => {
    const { deps } = setup()
    const read = await reportRun(request({ logLines: 5 }), deps)
    expect(read.logs?.excerpts.size).toBeGreaterThan(0)

    const cancel = new AbortController()
    cancel.abort('SIGTERM')
    const from = api.requests.length
    const cancelled = setup(cancel.signal)
    // A cancelled step reads no log nor annotation: the runner gives it seconds only.
    await expect(reportRun(request({ logLines: 5 }), cancelled.deps)).rejects.toBeDefined()
    expect(api.requests.slice(from).filter((r) => /\/(logs|annotations)$/.test(r.path))).toEqual([])
  })

  it('finds what fails the gate: fail-on conclusions, unless allowed to fail', async () => {
    const { deps } = setup()
    const failing = await reportRun(request({ failOn: ['failure'] }), deps)
    expect(failing.gate.pass).toBe(false)
    expect(failing.gate.blocking.map((j) => j.name)).toEqual(failing.report.failedJobs)
    const allowed = await reportRun(request({ failOn: ['failure'], allowFailure: ['*'] }), deps)
    expect(allowed.gate.pass).toBe(true)
  })
})
