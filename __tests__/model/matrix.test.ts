import { describe, expect, it } from '@jest/globals'
import { groupJobs, matrixBase, matrixStats, type MatrixGroup } from '../../src/model/matrix.js'
import { apiJob, RUN, toJobRecord, URLS } from '../support/jobs.js'

const record = (name: string, conclusion: string | null, attempt = 1) =>
  toJobRecord(apiJob(name, conclusion, { run_attempt: attempt }), RUN, URLS)

describe('matrix.ts', () => {
  it('finds the job of a matrix leg, reusable-workflow prefix kept', () => {
    expect(matrixBase('test (ubuntu-latest, 20)')).toBe('test')
    expect(matrixBase('ci / test (ubuntu-latest, 20)')).toBe('ci / test')
    expect(matrixBase('e2e (a (b))')).toBe('e2e')
    expect(matrixBase('build')).toBeNull()
    expect(matrixBase('(x)')).toBeNull()
  })

  it('groups two or more legs where the first leg was, others alone', () => {
    const jobs = [
      record('build', 'success'),
      record('test (a)', 'success'),
      record('lint (strict)', 'success'),
      record('test (b)', 'failure'),
      record('report (x)', null),
      record('report (y)', 'success')
    ]
    const current = jobs[4]
    const entries = groupJobs(jobs, (j) => j === current)
    expect(
      entries.map((e) => (e.kind === 'job' ? e.job.name : `${e.base}×${e.legs.length}`))
    ).toEqual(['build', 'test×2', 'lint (strict)', 'report (x)', 'report (y)'])
  })

  it('keeps a re-run leg in its matrix, at its latest attempt, with the attempt it replaced', () => {
    const first = record('test (a)', 'failure')
    const jobs = [
      first,
      record('test (b)', 'success'),
      record('deploy', 'skipped'),
      record('test (a)', 'success', 2),
      record('deploy', 'success', 2)
    ]
    const superseded = new Set([first, jobs[2]!])
    const entries = groupJobs(jobs, () => false, superseded)
    expect(entries).toHaveLength(2)
    const [group, deploy] = entries
    if (group?.kind !== 'matrix' || deploy?.kind !== 'job') throw new Error('wrong entries')
    expect(group.legs).toEqual([jobs[3], jobs[1]])
    expect(group.earlier).toEqual([first])
    expect(group.attempts).toEqual([1, 2])
    expect(deploy.job).toBe(jobs[4])
    expect(deploy.earlier).toEqual([jobs[2]])
    const stats = matrixStats(group)
    expect(stats.passed).toBe(2)
    expect(stats.failed).toEqual([])
    expect(stats.retried).toEqual([jobs[3]])
  })

  it('counts passed legs and finds the fastest and slowest finished ones', () => {
    const legs = [
      record('t (1)', 'success'),
      record('t (2)', 'failure'),
      record('t (3)', null),
      record('t (4)', 'skipped')
    ]
    legs[0]!.duration_seconds = 30
    legs[1]!.duration_seconds = 90
    legs[3]!.duration_seconds = 0
    const stats = matrixStats({
      kind: 'matrix',
      base: 't',
      attempts: [1],
      legs,
      earlier: []
    } satisfies MatrixGroup)
    expect(stats.passed).toBe(1)
    expect(stats.total).toBe(4)
    expect(stats.failed.map((j) => j.name)).toEqual(['t (2)'])
    expect(stats.unfinished.map((j) => j.name)).toEqual(['t (3)'])
    expect(stats.fastest?.name).toBe('t (1)')
    expect(stats.slowest?.name).toBe('t (2)')
  })
})
