// The gate end to end: dist/index.js with `wait: true` against the fake API,
// whose jobs move queued → in_progress → completed as the polls come in. What
// only a real process shows: a gate that really polls, on real timers, and a
// process the runner stops with SIGTERM. The rest of the gate is covered
// in-process, in virtual time, by __tests__/action/gate.test.ts.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { runAction, type ActionResult } from '../scripts/run-action.js'
import { jobBefore } from '../scripts/sample-run.js'
import type { ApiJob } from '../src/model/types.js'
import { apiJob, iso, RUN } from './support/jobs.js'

const TOKEN = 'ghs_gateSecretToken0123456789'
type State = 'absent' | 'queued' | 'in_progress' | 'success' | 'failure' | 'cancelled'

/** A job in one state, shaped as the API shows it then. */
function inState(job: ApiJob, state: Exclude<State, 'absent'>): ApiJob {
  if (state === 'queued' || state === 'in_progress') return jobBefore(job, state)
  return {
    ...job,
    status: 'completed',
    conclusion: state,
    started_at: iso(5),
    completed_at: iso(65)
  }
}

/**
 * A run whose jobs change state as list requests arrive: `plan[name]` is a
 * list of [from-poll, state]; the current job (`report`) is always running.
 */
interface Scenario {
  api: FakeApi
  current: ApiJob
  polls: () => number
}
let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function scenario(
  plan: Record<string, [number, State][]>,
  onPoll: (poll: number) => void = () => {}
): Promise<Scenario> {
  const current = inState(apiJob('report', null), 'in_progress')
  current.runner_name = 'GitHub Actions 1000000242'
  const base = Object.keys(plan).map((name) => apiJob(name, null))
  const at = (poll: number): ApiJob[] => [
    ...base.flatMap((job) => {
      const steps = plan[job.name] ?? []
      // A job planned to appear later (a dynamic matrix) is absent until then.
      let state: State = steps[0]?.[1] === 'absent' ? 'absent' : 'queued'
      for (const [from, s] of steps) if (poll >= from) state = s
      return state === 'absent' ? [] : [inState(job, state)]
    }),
    current
  ]
  let polls = 0
  const run = { owner: RUN.owner, repo: RUN.repo, runId: RUN.id }
  const fake = await startFakeApi({
    runs: [{ ...run, attempts: [at(1)] }],
    token: TOKEN,
    fault: (req) => {
      if (req.path.endsWith(`/runs/${RUN.id}/jobs`)) {
        polls++
        fake.setRun({ ...run, attempts: [at(polls)] })
        onPoll(polls)
      }
      return undefined
    }
  })
  api = fake
  return { api: fake, current, polls: () => polls }
}

const gateInputs = (s: Scenario, inputs: Record<string, string>) => ({
  'github-token': TOKEN,
  wait: 'true',
  interval: '100ms',
  timeout: '20s',
  'job-id': String(s.current.id),
  ...inputs
})

async function gate(s: Scenario, inputs: Record<string, string>): Promise<ActionResult> {
  return runAction({ apiUrl: s.api.url, inputs: gateInputs(s, inputs) })
}

describe('the gate (wait: true)', () => {
  it('waits over several polls until every sibling has completed, and passes', async () => {
    const s = await scenario({
      build: [
        [2, 'in_progress'],
        [3, 'success']
      ],
      'test (ubuntu-latest, 20)': [
        [1, 'in_progress'],
        [5, 'success']
      ],
      'ci / lint': [[4, 'success']]
    })
    const r = await gate(s, { 'fail-on': 'unsuccessful' })
    expect(r.code).toBe(0)
    // All done at poll 5; poll 6 confirms that no new job appeared.
    expect(s.polls()).toBe(6)
    expect(r.stdout).toMatch(
      /^3 \/ 3 completed — one more poll to see that no new job was created\.$/m
    )
    expect(r.outputs.conclusion).toBe('success')
    expect(JSON.parse(r.outputs.counts ?? '')).toMatchObject({ total: 3, completed: 3, success: 3 })
    expect(r.stdout).toMatch(
      /^0 \/ 3 completed — waiting for: build, test \(ubuntu-latest, 20\), ci \/ lint$/m
    )
    expect(r.stdout).toMatch(/^2 \/ 3 completed — waiting for: test \(ubuntu-latest, 20\)$/m)
    expect(r.stdout).toMatch(/^::group::Waiting for the selected jobs/m)
    expect(r.summary).toContain('**✅ success**')
  })

  it('stops on SIGTERM, writes what it knows and names the unfinished jobs', async () => {
    // The runner's SIGTERM, sent when the third poll comes in: the process is
    // then surely waiting, with its handler in place, however slow it started.
    const target: { child?: ChildProcess } = {}
    const s = await scenario(
      { build: [[2, 'success']], 'e2e (chrome)': [[1, 'in_progress']] },
      (poll) => {
        if (poll === 3) target.child?.kill('SIGTERM')
      }
    )
    const r = await runAction({
      apiUrl: s.api.url,
      inputs: gateInputs(s, {}),
      onStart: (child) => (target.child = child),
      // A test's safety net: a process that does not stop is killed.
      killAfterMs: 20_000
    })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^Cancelled \(SIGTERM\) while waiting for 1 job:\n- e2e \(chrome\): in progress$/
      )
    ])
    expect(r.outputs.conclusion).toBe('pending')
    expect(r.summary).toContain('[e2e (chrome)]')
    expect(r.stderr).toBe('')
  })
})
