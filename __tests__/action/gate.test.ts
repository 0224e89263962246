// The gate (wait: true) in-process and in virtual time: run() against the
// fake API, whose jobs move queued → in_progress → completed as the polls
// come in, with a clock that moves only when the wait sleeps. These moved
// here from the end-to-end suite (__tests__/gate.e2e.test.ts), which keeps a
// gate that really polls and a real process stopped by SIGTERM.
import { describe, expect, it } from '@jest/globals'
import type { ActionResult } from '../../scripts/run-action.js'
import { runInProcess, virtualClock, type InProcessRun } from '../support/in-process.js'
import { NOW } from '../support/jobs.js'
import { gateInputs, gateScenarios, type Scenario } from '../support/gate-scenario.js'

const scenario = gateScenarios()

/** run() as the gate, on a virtual clock unless `extra` gives one. */
async function gate(
  s: Scenario,
  inputs: Record<string, string>,
  extra: Partial<InProcessRun> = {}
): Promise<ActionResult> {
  const clock = virtualClock(NOW)
  return runInProcess({
    apiUrl: s.api.url,
    inputs: gateInputs(s, inputs),
    now: clock.now,
    sleep: clock.sleep,
    ...extra
  })
}

const list = (s: Scenario) => s.api.requests.filter((r) => r.path.endsWith('/jobs'))

describe('the gate (wait: true, in-process, virtual time)', () => {
  it('picks up jobs that appear while it waits (a dynamic matrix)', async () => {
    const s = await scenario({
      setup: [[2, 'success']],
      'test (generated, 1)': [
        [1, 'absent'],
        [3, 'in_progress'],
        [5, 'success']
      ]
    })
    const r = await gate(s, { 'fail-on': 'unsuccessful' })
    expect(r.code).toBe(0)
    // Poll 2 finds setup done and no other job: poll 3, the confirmation, finds the new one.
    expect(s.polls()).toBe(6)
    expect(r.stdout).toMatch(/^0 \/ 1 completed — waiting for: setup$/m)
    expect(r.stdout).toMatch(/^1 \/ 2 completed — waiting for: test \(generated, 1\)$/m)
    expect(JSON.parse(r.outputs.counts ?? '')).toMatchObject({ total: 2, success: 2 })
  })

  it('asks with If-None-Match and counts the 304s as free', async () => {
    const s = await scenario({ build: [[6, 'success']] })
    const r = await gate(s, {})
    expect(r.code).toBe(0)
    const requests = list(s)
    expect(requests).toHaveLength(7)
    expect(requests[0]?.ifNoneMatch).toBeUndefined()
    expect(requests.slice(1).every((q) => q.ifNoneMatch?.startsWith('W/"'))).toBe(true)
    // Polls 2-5 saw the same run as poll 1: 304s; poll 6 saw build complete,
    // poll 7 confirmed it.
    expect(requests.map((q) => q.status)).toEqual([200, 304, 304, 304, 304, 200, 304])
    expect(r.stdout).toMatch(
      /Waited 7 polls: 7 requests, 5 of them 304 Not Modified \(free\); completed\./
    )
  })

  it('fails fast on the first bad conclusion while others still run', async () => {
    const s = await scenario({
      lint: [[2, 'failure']],
      'test (windows-latest, 22)': [
        [1, 'in_progress'],
        [50, 'success']
      ]
    })
    const r = await gate(s, { 'fail-on': 'failure' })
    expect(r.code).toBe(1)
    expect(s.polls()).toBe(2)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(
      /^1 job ended with a fail-on conclusion:\n- lint: failure https:\/\/github\.com\/.*\/job\/\d+\nStopped waiting \(fail-fast\) with 1 job still running or queued\.$/
    )
    expect(r.outputs.conclusion).toBe('failure')
    expect(r.summary).toContain('[lint]')
  })

  it('waits for every job with fail-fast: false, then fails', async () => {
    const s = await scenario({ lint: [[2, 'failure']], build: [[4, 'success']] })
    const r = await gate(s, { 'fail-on': 'failure', 'fail-fast': 'false' })
    expect(r.code).toBe(1)
    expect(s.polls()).toBe(5)
    expect(r.errors[0]).toMatch(/^1 job ended with a fail-on conclusion:\n- lint: failure/)
  })

  it('ignores jobs allowed to fail and jobs left out by patterns', async () => {
    const s = await scenario({
      'lint (experimental)': [[2, 'failure']],
      build: [[3, 'success']],
      'deploy (prod)': [] // queued for ever: left out by !deploy*
    })
    const r = await gate(s, {
      'fail-on': 'unsuccessful',
      'allow-failure': '*experimental*',
      jobs: '*\n!deploy*'
    })
    expect(r.code).toBe(0)
    expect(s.polls()).toBe(4)
    expect(r.outputs.conclusion).toBe('failure')
    expect(JSON.parse(r.outputs['failed-jobs'] ?? '')).toEqual(['lint (experimental)'])
  })

  it('times out with the partial report, naming unfinished jobs and a deadlock hint', async () => {
    const s = await scenario({
      build: [[2, 'success']],
      'test (macos-latest, 22)': [[1, 'in_progress']],
      deploy: []
    })
    const clock = virtualClock(NOW)
    const r = await gate(
      s,
      { timeout: '1s', interval: '200ms' },
      { now: clock.now, sleep: clock.sleep }
    )
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(
      /^Timed out after 1s while waiting for 2 jobs:\n- test \(macos-latest, 22\): in progress\n- deploy: queued — it never started: if it needs this job/
    )
    expect(r.outputs.conclusion).toBe('pending')
    expect(JSON.parse(r.outputs.counts ?? '')).toMatchObject({
      total: 3,
      completed: 1,
      in_progress: 1,
      queued: 1
    })
    expect(r.summary).toContain('**⏳ pending**')
    // The deadline, in virtual time: 5 naps of 200 ms.
    expect(clock.now() - NOW).toBe(1_000)
  })

  it('finds itself by runner name when job-id is empty, and fails at once when it cannot', async () => {
    const s = await scenario({ build: [[3, 'success']] })
    const found = await gate(
      s,
      { 'job-id': '' },
      { env: { RUNNER_NAME: 'GitHub-Actions-1000000242' } }
    )
    expect(found.code).toBe(0)
    expect(found.outputs['current-job-name']).toBe('report')

    const before = s.polls()
    const lost = await gate(s, { 'job-id': '' }, { env: { RUNNER_NAME: 'some-other-runner' } })
    expect(lost.code).toBe(1)
    expect(s.polls() - before).toBe(1)
    expect(lost.errors).toEqual([
      expect.stringMatching(
        /wait: true cannot tell which job runs this step.*Pass job-id: \$\{\{ job\.check_run_id \}\}, or a jobs pattern/
      )
    ])
  })

  it('stops on SIGTERM, writes what it knows and names the unfinished jobs', async () => {
    const s = await scenario({ build: [[2, 'success']], 'e2e (chrome)': [[1, 'in_progress']] })
    // The runner's SIGTERM 1.5 s into the wait, in virtual time: run() listens
    // with process.on('SIGTERM'), and the sleep it is given sees the abort.
    const clock = virtualClock(NOW)
    let aborted: boolean | undefined
    const r = await gate(
      s,
      { interval: '200ms' },
      {
        now: clock.now,
        sleep: async (ms, signal) => {
          await clock.sleep(ms)
          if (clock.now() - NOW >= 1_500 && aborted === undefined) {
            process.emit('SIGTERM', 'SIGTERM')
            aborted = signal?.aborted
          }
        }
      }
    )
    expect(aborted).toBe(true)
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^Cancelled \(SIGTERM\) while waiting for 1 job:\n- e2e \(chrome\): in progress$/
      )
    ])
    expect(r.outputs.conclusion).toBe('pending')
    expect(r.summary).toContain('[e2e (chrome)]')
  })
})
