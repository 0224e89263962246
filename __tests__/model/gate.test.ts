import { describe, expect, it } from '@jest/globals'
import { blockingJobs, gateFindings, type GateOptions, type WaitEnd } from '../../src/model/gate.js'
import { gateMessage } from '../../src/render/gate.js'
import { compilePatterns } from '../../src/model/patterns.js'
import { apiJob, reportOfJobs } from '../support/jobs.js'

const report = reportOfJobs
const gate = (failOn: string[], allow: string[] = []): GateOptions => ({
  failOn,
  allowFailure: compilePatterns(allow, false)
})

/** The findings in the action's words (render/gate.ts). */
const gateVerdict = (r: ReturnType<typeof report>, g: GateOptions, wait?: WaitEnd) =>
  gateMessage(gateFindings(r, g, wait), { failOn: 'fail-on', jobs: 'jobs' })

describe('gate.ts', () => {
  const jobs = [
    apiJob('lint', 'failure'),
    apiJob('test', 'cancelled'),
    apiJob('e2e', 'failure'),
    apiJob('slow', null)
  ]

  it('blocks on fail-on conclusions of completed jobs unless allowed to fail', () => {
    const names = (failOn: string[], allow: string[] = []) =>
      blockingJobs(report(jobs), gate(failOn, allow)).map((j) => j.name)
    expect(names(['failure'])).toEqual(['lint', 'e2e'])
    expect(names(['failure', 'cancelled'], ['e2*'])).toEqual(['lint', 'test'])
    expect(names([])).toEqual([])
  })

  it('passes when nothing blocks, whatever the conclusion', () => {
    expect(gateVerdict(report(jobs), gate([]))).toBeNull()
    expect(gateVerdict(report(jobs), gate(['failure'], ['*']))).toBeNull()
  })

  it('lists each blocking job with its conclusion and address', () => {
    const r = report(jobs)
    expect(gateVerdict(r, gate(['failure', 'cancelled']))).toBe(
      [
        '3 jobs ended with a fail-on conclusion:',
        ...['lint: failure', 'test: cancelled', 'e2e: failure'].map(
          (t, i) => `- ${t} ${r.jobs[i]?.url}`
        )
      ].join('\n')
    )
  })

  it('names unfinished jobs on timeout, with a hint for those that never started', () => {
    const waiting = [
      apiJob('build', 'success'),
      apiJob('test (node 22)', null),
      apiJob('deploy', null, { status: 'queued', started_at: null })
    ]
    const r = report(waiting)
    const deploy = r.jobs.find((j) => j.name === 'deploy')?.id ?? 0
    const verdict = gateVerdict(r, gate([]), {
      outcome: 'timeout',
      timeoutMs: 900_000,
      neverStarted: new Set([deploy])
    })
    expect(verdict).toBe(
      'Timed out after 15m 0s while waiting for 2 jobs:\n' +
        '- test (node 22): in progress\n' +
        '- deploy: queued — it never started: if it needs this job, it cannot start before this one ends; leave it out with a jobs line such as !deploy'
    )
    const cancelled = gateVerdict(r, gate([]), {
      outcome: 'cancelled',
      timeoutMs: 1,
      neverStarted: new Set(),
      signal: 'SIGINT'
    })
    expect(cancelled).toBe(
      'Cancelled (SIGINT) while waiting for 2 jobs:\n- test (node 22): in progress\n- deploy: queued'
    )
  })

  it('says a fail-fast stop left jobs running', () => {
    const r = report([apiJob('lint', 'failure'), apiJob('build', null)])
    expect(
      gateVerdict(r, gate(['failure']), {
        outcome: 'failed-fast',
        timeoutMs: 1,
        neverStarted: new Set()
      })
    ).toMatch(
      /^1 job ended with a fail-on conclusion:\n- lint: failure \S+\nStopped waiting \(fail-fast\) with 1 job still running or queued\.$/
    )
  })

  it('keeps job names on one line in the message', () => {
    const r = report([apiJob('a\n::error::b', 'failure')])
    expect(gateVerdict(r, gate(['failure']))?.split('\n')).toHaveLength(2)
  })
})
