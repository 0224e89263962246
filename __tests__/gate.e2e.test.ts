// The gate end to end: dist/index.js with `wait: true` against the fake API,
// whose jobs move queued → in_progress → completed as the polls come in. What
// only a real process shows: a gate that really polls, on real timers, and a
// process the runner stops with SIGTERM. The rest of the gate is covered
// in-process, in virtual time, by __tests__/action/gate.test.ts.
import { describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { runAction, type ActionResult } from '../scripts/run-action.js'
import { gateInputs, gateScenarios, type Scenario } from './support/gate-scenario.js'

const scenario = gateScenarios()

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
