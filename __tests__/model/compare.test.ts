import { describe, expect, it } from '@jest/globals'
import {
  compareWithUsual,
  flakyJobs,
  slowerJobs,
  type Comparison,
  type JobComparison
} from '../../src/model/compare.js'
import type { ApiJob, JobRecord } from '../../src/model/types.js'
import { api, earlier, job, runs, SHA, type Shape } from '../support/history.js'
import { reportOfJobs, RUN } from '../support/jobs.js'

const byName = (c: Comparison, name: string): JobComparison => {
  const found = c.jobs.find((j) => j.name === name)
  if (!found) throw new Error(`no ${name}`)
  return found
}

describe('compare.ts', () => {
  it('gives each job its usual, p90 and runs, and a verdict', () => {
    const history = runs(5, (i) => [
      job('build', 'success', 60 + i * 10), // 60 70 80 90 100
      job('lint', 'success', 20),
      job('test', 'success', 300),
      job('e2e', 'failure', 40),
      job('deploy', 'success', 30),
      job('gone', 'success', 10)
    ])
    const report = reportOfJobs([
      api('build', 'success', 200),
      api('lint', 'success', 45),
      api('test', 'success', 100),
      api('e2e', 'success', 400),
      api('docs', 'success', 10),
      api('deploy', null, null)
    ])
    const c = compareWithUsual(report, history, { slowerThan: 1.5, floorSeconds: 30 })
    expect(c.jobs.map((j) => [j.name, j.verdict])).toEqual([
      ['build', 'slower'],
      ['lint', 'usual'], // 2.25×, 25 s over: under the floor
      ['test', 'faster'],
      ['e2e', 'unknown'], // never succeeded before
      ['docs', 'new'],
      ['deploy', 'unknown'] // still running
    ])
    expect(byName(c, 'build')).toMatchObject({
      duration_seconds: 200,
      usual_seconds: 80,
      p90_seconds: 100,
      usual_runs: 5,
      usual_samples: 5,
      vs_usual: 2.5
    })
    expect(byName(c, 'e2e')).toMatchObject({ usual_seconds: null, usual_runs: 5, vs_usual: null })
    expect(byName(c, 'docs')).toMatchObject({ usual_runs: 0, failure_rate: null, steps: [] })
    expect(c).toMatchObject({ runs: 5, slower_than: 1.5, floor_seconds: 30 })
    const noFloor = compareWithUsual(report, history, { floorSeconds: 0 })
    expect(byName(noFloor, 'lint').verdict).toBe('slower')
    expect(noFloor).toMatchObject({ slower_than: 1.5, floor_seconds: 0 })
    expect(c.run_ids).toEqual(history.map((r) => r.id))
  })

  it('takes the usual from the runs a job succeeded in, counts it seen in all', () => {
    const history = [
      earlier([job('test', 'success', 120, { queued: 10 })]),
      earlier([job('test', 'failure', 5, { queued: 100 })]),
      earlier([job('test', 'success', 100, { queued: 20 })]),
      earlier([job('test', 'cancelled', 1)]),
      earlier([job('test', 'success', 110, { queued: 30 })]),
      earlier([job('other', 'success', 100)])
    ]
    const c = compareWithUsual(reportOfJobs([api('test', 'success', 300, { queued: 90 })]), history)
    expect(byName(c, 'test')).toMatchObject({
      usual_seconds: 110,
      p90_seconds: 120,
      usual_runs: 5,
      usual_samples: 3,
      verdict: 'slower',
      failed_runs: 2,
      failure_rate: 0.4,
      queue: { queued_seconds: 90, usual_seconds: 20, p90_seconds: 30 }
    })
  })

  it('reports the failure rate of every job, to 2 decimals', () => {
    const history = runs(3, (i) => [job('t', i === 0 ? 'failure' : 'success', 10)])
    const c = compareWithUsual(reportOfJobs([api('t', 'success', 10)]), history)
    expect(byName(c, 't')).toMatchObject({ failure_rate: 0.33, failed_runs: 1, flaky: false })
  })

  it('calls a job flaky when it failed and passed on re-run in this run', () => {
    const report = reportOfJobs([
      api('unit', 'failure', 10, { attempt: 1 }),
      api('leg (a)', 'cancelled', 10, { attempt: 1 }),
      api('late', 'success', 10, { attempt: 1 }),
      api('unit', 'success', 10, { attempt: 2 }),
      api('leg (a)', 'success', 10, { attempt: 2 }),
      api('late', 'failure', 10, { attempt: 2 })
    ])
    const c = compareWithUsual(report, [])
    expect(c.jobs.map((j) => [j.name, j.flaky])).toEqual([
      ['unit', true],
      ['leg (a)', false], // cancelled by fail-fast, then passed: not flaky
      ['late', true] // passed, then failed on the same commit
    ])
    expect(byName(c, 'unit').failure_rate).toBeNull()
  })

  it('calls a job flaky when it failed and passed on one commit across runs', () => {
    const history = [
      earlier([job('a', 'failure', 10), job('b', 'success', 10), job('c', 'failure', 10)], {
        head_sha: 'one'
      }),
      earlier([job('a', 'success', 10), job('b', 'failure', 10), job('c', 'cancelled', 10)], {
        head_sha: 'two'
      }),
      earlier([job('a', 'success', 10), job('b', 'success', 10), job('c', 'success', 10)], {
        head_sha: 'one'
      }),
      earlier([job('d', 'failure', 10)], { head_sha: SHA })
    ]
    const report = reportOfJobs([
      api('a', 'success', 10),
      api('b', 'success', 10),
      api('c', 'success', 10),
      api('d', 'success', 10)
    ])
    expect(report.run.head_sha).toBe(SHA)
    const c = compareWithUsual(report, history)
    expect(c.jobs.map((j) => [j.name, j.flaky, j.failure_rate])).toEqual([
      ['a', true, 0.33], // failed and passed on 'one'
      ['b', false, 0.33], // passed on 'one', failed on 'two': another commit
      ['c', true, 0.67], // failed and passed on 'one'; cancelled on 'two'
      ['d', true, 1] // failed before on this run's commit, passed now
    ])
    expect(flakyJobs(c)).toEqual([
      { name: 'd', failure_rate: 1, runs: 1 },
      { name: 'c', failure_rate: 0.67, runs: 3 },
      { name: 'a', failure_rate: 0.33, runs: 3 }
    ])
  })

  it('compares steps within their job by name and occurrence; a renamed one is new', () => {
    const steps = (build: number, cache: string): Shape['steps'] => [
      ['Set up job', 2],
      ['Build', build],
      ['Upload', 20],
      ['Upload', 40],
      [cache, 10],
      ['Maybe', 0, 'skipped']
    ]
    const history = runs(4, () => [job('build', 'success', 400, { steps: steps(100, 'Cache') })])
    history.push(earlier([job('build', 'failure', 5, { steps: steps(900, 'Cache') })]))
    const now = [...(steps(250, 'Cache v2') ?? []), ['Maybe', 30]] as Shape['steps']
    const c = compareWithUsual(
      reportOfJobs([api('build', 'success', 400, { steps: now })]),
      history
    )
    const build = byName(c, 'build')
    expect(build.verdict).toBe('usual')
    expect(
      build.steps.map((s) => [s.number, s.name, s.usual_seconds, s.usual_runs, s.verdict])
    ).toEqual([
      [1, 'Set up job', 2, 5, 'usual'],
      [2, 'Build', 100, 5, 'slower'], // the failed run's 900 s is not a sample
      [3, 'Upload', 20, 5, 'usual'],
      [4, 'Upload', 40, 5, 'usual'],
      [5, 'Cache v2', null, 0, 'new'],
      [6, 'Maybe', null, 5, 'unknown'], // skipped before: never a sample; skipped now
      [7, 'Maybe', null, 0, 'new']
    ])
    expect(build.steps[1]).toMatchObject({ duration_seconds: 250, vs_usual: 2.5, usual_samples: 4 })
  })

  it('compares matrix legs as jobs of their own', () => {
    const history = runs(3, () => [
      job('test (ubuntu, 20)', 'success', 100),
      job('test (ubuntu, 22)', 'success', 300)
    ])
    const report = reportOfJobs([
      api('test (ubuntu, 20)', 'success', 300),
      api('test (ubuntu, 22)', 'success', 300),
      api('test (ubuntu, 24)', 'success', 300)
    ])
    const c = compareWithUsual(report, history)
    expect(c.jobs.map((j) => [j.name, j.usual_seconds, j.verdict])).toEqual([
      ['test (ubuntu, 20)', 100, 'slower'],
      ['test (ubuntu, 22)', 300, 'usual'],
      ['test (ubuntu, 24)', null, 'new']
    ])
  })

  it('lists this run’s jobs only, the current one too, and each earlier run once', () => {
    const history = runs(2, () => [job('build', 'success', 60), job('gone', 'success', 60)])
    const again = { ...history[0]!, jobs: [job('build', 'success', 6000)] }
    const current = api('report', null, null)
    const report = reportOfJobs([api('build', 'success', 60), current], current.id)
    const self = earlier([job('build', 'success', 9000)], { id: RUN.id })
    const c = compareWithUsual(report, [...history, again, self])
    expect(c.runs).toBe(2)
    expect(c.jobs.map((j) => [j.id, j.name, j.usual_seconds])).toEqual([
      [report.aggregated[0]?.id, 'build', 60],
      [current.id, 'report', null]
    ])
  })

  it('compares the run’s wall time with the earlier successful runs’', () => {
    // Wall time: earliest start to latest end; the reporting job left out, as here.
    const wall = (build: number, test: number): JobRecord[] => [
      job('build', 'success', build),
      job('test', 'success', test, { at: build + 5 }),
      job('report', 'success', 2000, { at: 60 })
    ]
    const history = [
      earlier(wall(100, 385)), // 5 → 495: 490
      earlier(wall(100, 200)), // 305
      earlier(wall(100, 300)), // 405
      earlier([...wall(10, 1), job('lint', 'failure', 5000)]) // failed: not a sample
    ]
    const current = api('report', null, null, { at: 60 })
    const report = reportOfJobs(
      [api('build', 'success', 200), api('test', 'success', 555, { at: 205 }), current],
      current.id
    )
    expect(report.durationSeconds).toBe(760)
    const c = compareWithUsual(report, history)
    expect(c.run).toEqual({
      duration_seconds: 760,
      usual_seconds: 405,
      p90_seconds: 490,
      usual_samples: 3,
      vs_usual: 1.88,
      verdict: 'slower'
    })
    const some = compareWithUsual(report, history, { select: (n) => n !== 'test' })
    expect(some.run.usual_seconds).toBe(100)
  })

  it('calls a run still running slower once it is, and nothing else', () => {
    const history = [earlier([job('a', 'success', 100)])]
    const compare = (...jobs: ApiJob[]) => compareWithUsual(reportOfJobs(jobs), history).run
    // reportOfJobs reads "now" at T0 + 30 min: a job started at T0 + 5 s has run ~30 min so far.
    expect(compare(api('a', 'success', 10), api('b', null, null))).toMatchObject({
      duration_seconds: 1795,
      verdict: 'slower',
      vs_usual: null
    })
    // 45 s so far against a usual 100 s: not faster, only not finished.
    expect(
      compare(api('a', 'success', 10, { at: 1750 }), api('b', null, null, { at: 1780 }))
    ).toMatchObject({ duration_seconds: 45, verdict: 'unknown' })
    expect(compare(api('a', 'success', 10)).verdict).toBe('faster')
    expect(compareWithUsual(reportOfJobs([api('a', 'success', 10)]), []).run).toMatchObject({
      usual_seconds: null,
      verdict: 'unknown'
    })
  })

  it('lists the slower jobs, most slowed first, with their slower steps', () => {
    const steps = (a: number, b: number, c: number): Shape['steps'] => [
      ['A', a],
      ['B', b],
      ['C', c]
    ]
    const history = runs(3, () => [
      job('one', 'success', 100, { steps: steps(10, 0, 90) }),
      job('two', 'success', 100, { steps: steps(10, 0, 90) }),
      job('three', 'success', 100, { steps: steps(10, 0, 90) })
    ])
    const report = reportOfJobs([
      api('one', 'success', 200, { steps: steps(50, 40, 110) }),
      api('two', 'success', 400, { steps: steps(10, 0, 390) }),
      api('three', 'success', 120, { steps: steps(100, 0, 20) })
    ])
    const c = compareWithUsual(report, history)
    expect(slowerJobs(c)).toEqual([
      {
        name: 'two',
        duration_seconds: 400,
        usual_seconds: 100,
        ratio: 4,
        steps: [{ name: 'C', duration_seconds: 390, usual_seconds: 90, ratio: 4.33 }]
      },
      {
        name: 'one',
        duration_seconds: 200,
        usual_seconds: 100,
        ratio: 2,
        steps: [
          { name: 'B', duration_seconds: 40, usual_seconds: 0, ratio: null },
          { name: 'A', duration_seconds: 50, usual_seconds: 10, ratio: 5 }
        ]
      }
    ])
    expect(flakyJobs(c)).toEqual([])
  })

  it('is plain data: the report file takes it as it is', () => {
    const history = runs(2, () => [job('build', 'success', 60, { steps: [['Build', 50]] })])
    const c = compareWithUsual(
      reportOfJobs([api('build', 'success', 60, { steps: [['Build', 50]] })]),
      history
    )
    expect(JSON.parse(JSON.stringify(c))).toEqual(c)
  })

  it('reads 250 jobs × 30 steps in 10 earlier runs in one pass', () => {
    const steps: Shape['steps'] = Array.from({ length: 30 }, (_, i) => [`Step ${i}`, 10])
    const names = Array.from({ length: 250 }, (_, i) => `job ${i}`)
    const history = runs(10, () => names.map((n) => job(n, 'success', 300, { steps })))
    const report = reportOfJobs(names.map((n) => api(n, 'success', 300, { steps })))
    const c = compareWithUsual(report, history)
    expect(c.jobs).toHaveLength(250)
    expect(c.jobs.every((j) => j.usual_runs === 10 && j.verdict === 'usual')).toBe(true)
    expect(
      c.jobs.every((j) => j.steps.every((s) => s.usual_seconds === 10 && s.usual_runs === 10))
    ).toBe(true)
  })
})
