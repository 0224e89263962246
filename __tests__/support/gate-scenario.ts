// The gate's scenarios, shared by its in-process suite (action/gate.test.ts)
// and its end-to-end one (gate.e2e.test.ts): a run whose jobs change state as
// the list requests come in, and the inputs of a gate over it.
import { afterEach } from '@jest/globals'
import { startFakeApi, type FakeApi } from '../../scripts/fake-api.js'
import { jobBefore } from '../../scripts/sample-run.js'
import type { ApiJob } from '../../src/model/types.js'
import { apiJob, iso, RUN } from './jobs.js'

export const GATE_TOKEN = 'ghs_gateSecretToken0123456789'
export type State = 'absent' | 'queued' | 'in_progress' | 'success' | 'failure' | 'cancelled'

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

export interface Scenario {
  api: FakeApi
  current: ApiJob
  polls: () => number
}

/**
 * `scenario(plan, onPoll)`: a run whose jobs change state as list requests
 * arrive, `plan[name]` a list of [from-poll, state]; the current job
 * (`report`) is always running. The fake API is closed after each test.
 */
export function gateScenarios() {
  let api: FakeApi | null = null
  afterEach(async () => {
    await api?.close()
    api = null
  })
  return async function scenario(
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
      token: GATE_TOKEN,
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
}

/** The inputs of a gate over the scenario's run: polls every 100 ms, at most 20 s. */
export const gateInputs = (s: Scenario, inputs: Record<string, string> = {}) => ({
  'github-token': GATE_TOKEN,
  wait: 'true',
  interval: '100ms',
  timeout: '20s',
  'job-id': String(s.current.id),
  ...inputs
})
