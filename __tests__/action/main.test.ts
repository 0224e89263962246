// The action's edge in-process: run() with the runner's variables and files,
// against the loopback fake API, with a virtual clock. The end-to-end suites
// run the same through dist/; these cover run() itself and run in virtual time.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { startFakeApi, type FakeApi } from '../../scripts/fake-api.js'
import { ROOT } from '../../scripts/run-action.js'
import {
  DEMO_JOB_IDS,
  DEMO_RERUN_AFTER_MS,
  DEMO_RUNNER_NAME,
  demoRun,
  jobBefore
} from '../../scripts/sample-run.js'
import type { ApiJob } from '../../src/model/types.js'
import { apiJob, apiStep, iso, RUN } from '../support/jobs.js'
import { runInProcess, virtualClock } from '../support/in-process.js'

const TOKEN = 'ghs_inProcessSecret0123456789'
let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

describe('main.ts (in-process)', () => {
  it('writes the demo’s outputs and summary exactly as the bundle does (golden files)', async () => {
    const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
    api = await startFakeApi({
      runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
      logs: demo.logs,
      annotations: demo.annotations
    })
    const r = await runInProcess({
      apiUrl: api.url,
      inputs: { 'job-id': String(DEMO_JOB_IDS.current), attempt: 'all' },
      env: {
        GITHUB_REPOSITORY: `${demo.owner}/${demo.repo}`,
        GITHUB_RUN_ID: String(demo.runId),
        RUNNER_NAME: DEMO_RUNNER_NAME
      },
      now: () => DEMO_NOW_MS
    })
    const port = (s: string) => s.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:PORT')
    const golden = join(ROOT, '__tests__', 'golden', 'demo')
    for (const file of readdirSync(golden).filter((f) => f.startsWith('output.'))) {
      const name = file.slice('output.'.length)
      expect({ name, value: port(r.outputs[name] ?? '') }).toEqual({
        name,
        value: readFileSync(join(golden, file), 'utf8')
      })
    }
    expect(port(r.summary)).toBe(readFileSync(join(golden, 'summary.md'), 'utf8'))
    expect(port(r.reportFile)).toBe(readFileSync(join(golden, 'report.json'), 'utf8'))
    expect(r.code).toBe(0)
  })

  it('fails on bad input with one error naming the input, before any request', async () => {
    api = await startFakeApi({})
    const r = await runInProcess({
      apiUrl: api.url,
      inputs: { 'github-token': TOKEN, timeout: 'soon' }
    })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      expect.stringMatching(/^Invalid input 'timeout': 'soon'\. Expected a duration/)
    ])
    expect(api.requests).toHaveLength(0)
    expect(r.outputs).toEqual({})
  })

  it('waits for the other jobs in virtual time, polling with If-None-Match, then gates', async () => {
    const current = jobBefore(apiJob('report', null), 'in_progress')
    current.runner_name = 'GitHub Actions 1000000242'
    const build = apiJob('build', null)
    const test = apiJob('test', null)
    const states = (poll: number): ApiJob[] => [
      poll < 3
        ? jobBefore(build, 'in_progress')
        : { ...build, status: 'completed', conclusion: 'success' },
      poll < 5
        ? jobBefore(test, 'queued')
        : { ...test, status: 'completed', conclusion: 'failure' },
      current
    ]
    let polls = 0
    const run = { owner: RUN.owner, repo: RUN.repo, runId: RUN.id }
    const fake = await startFakeApi({
      runs: [{ ...run, attempts: [states(1)] }],
      token: TOKEN,
      fault: (req) => {
        if (req.path.endsWith('/jobs')) fake.setRun({ ...run, attempts: [states(++polls)] })
        return undefined
      }
    })
    api = fake
    const clock = virtualClock(Date.parse('2026-11-20T10:30:00Z'))
    const r = await runInProcess({
      apiUrl: fake.url,
      inputs: {
        'github-token': TOKEN,
        'job-id': String(current.id),
        wait: 'true',
        interval: '10s',
        'fail-on': 'failure',
        'log-lines': '0'
      },
      now: clock.now,
      sleep: clock.sleep
    })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      expect.stringMatching(/^1 job ended with a fail-on conclusion:\n- test: failure/)
    ])
    expect(r.outputs.conclusion).toBe('failure')
    expect(clock.naps()).toBe(4)
    // Polls after the first send the page's ETag; an unchanged page is a free 304.
    const lists = fake.requests.filter((q) => q.path.endsWith('/jobs'))
    expect(lists.slice(1).every((q) => q.ifNoneMatch !== undefined)).toBe(true)
    expect(r.stdout).toContain('Waited 5 polls')
  })

  it('in the post step, reads its own job until its steps are done, in virtual time', async () => {
    const job = apiJob('test (ubuntu-latest, 20)', null, {
      steps: [
        apiStep(1, 'success', 'Set up job'),
        { ...apiStep(2, null, 'Run npm test'), status: 'in_progress', started_at: iso(20) }
      ]
    })
    const done = {
      ...job,
      steps: [apiStep(1, 'success', 'Set up job'), apiStep(2, 'failure', 'Run npm test')]
    }
    let reads = 0
    let catchUp = true
    const run = { owner: RUN.owner, repo: RUN.repo, runId: RUN.id }
    const fake = await startFakeApi({
      runs: [{ ...run, attempts: [[job]] }],
      token: TOKEN,
      fault: (req) => {
        if (req.path.endsWith(`/jobs/${job.id}`) && ++reads === 4 && catchUp)
          fake.setRun({ ...run, attempts: [[done]] })
        return undefined
      }
    })
    api = fake
    const clock = virtualClock(Date.parse('2026-11-20T10:30:00Z'))
    const r = await runInProcess({
      apiUrl: fake.url,
      inputs: { 'github-token': TOKEN, 'job-id': String(job.id), post: 'true', 'log-lines': '0' },
      env: { STATE_isPost: 'true', STATE_post: 'true', STATE_currentJobId: String(job.id) },
      now: clock.now,
      sleep: clock.sleep
    })
    expect(r.code).toBe(0)
    expect(reads).toBe(4)
    expect(clock.naps()).toBe(3)
    expect(r.summary).toMatch(/\| 2 \| ❌ \[Run npm test\]/)
    expect(r.summary).not.toContain('had not yet recorded')

    // An API that never catches up: reported after 10 s of virtual time, with a note.
    reads = 0
    catchUp = false
    fake.setRun({ ...run, attempts: [[job]] })
    const lagging = virtualClock(Date.parse('2026-11-20T10:30:00Z'))
    const late = await runInProcess({
      apiUrl: fake.url,
      inputs: { 'github-token': TOKEN, 'job-id': String(job.id), post: 'true', 'log-lines': '0' },
      env: { STATE_isPost: 'true', STATE_post: 'true', STATE_currentJobId: String(job.id) },
      now: lagging.now,
      sleep: (ms) => {
        if (reads >= 100) throw new Error('too many reads')
        return lagging.sleep(ms)
      }
    })
    expect(late.code).toBe(0)
    expect(lagging.now() - Date.parse('2026-11-20T10:30:00Z')).toBe(10_000)
    expect(late.summary).toContain(
      'GitHub had not yet recorded every step of this job as completed after 10s'
    )
  })
})
