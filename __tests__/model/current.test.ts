import { describe, expect, it } from '@jest/globals'
import { findCurrentJob, normalizeRunnerName } from '../../src/model/current.js'
import type { ApiJob } from '../../src/model/types.js'

const job = (id: number, status: string, runner: string | null): ApiJob =>
  ({
    id,
    name: `job ${id}`,
    status,
    conclusion: null,
    runner_name: runner,
    started_at: null
  }) as ApiJob

const jobs = [
  job(1, 'completed', 'GitHub Actions 1000000242'),
  job(2, 'in_progress', 'GitHub Actions 1000000242'),
  job(3, 'in_progress', 'GitHub Actions 1000000243'),
  job(4294967301, 'in_progress', 'self-hosted-a')
]

describe('current.ts', () => {
  it('finds the job by job-id, ids above 2^32 included', () => {
    expect(findCurrentJob(jobs, { jobId: 4294967301, runnerName: '', ownRun: true })).toMatchObject(
      {
        job: { id: 4294967301 }
      }
    )
  })

  it('finds nothing, silently, for a job-id of another run', () => {
    expect(findCurrentJob(jobs, { jobId: 99, runnerName: 'x', ownRun: false })).toEqual({
      job: null
    })
  })

  it('matches RUNNER_NAME ignoring case, spaces and hyphens, in-progress jobs only', () => {
    expect(normalizeRunnerName('GitHub-Actions-1000000242')).toBe(
      normalizeRunnerName('GitHub Actions 1000000242')
    )
    const found = findCurrentJob(jobs, {
      jobId: null,
      runnerName: 'github-actions-1000000242',
      ownRun: true
    })
    expect(found).toMatchObject({ job: { id: 2 } })
    expect(found.warning).toBeUndefined()
  })

  it('warns when the runner name finds nothing or is ambiguous', () => {
    expect(
      findCurrentJob(jobs, { jobId: null, runnerName: 'nowhere', ownRun: true }).warning
    ).toMatch(/no in-progress job runs on runner 'nowhere'.*job-id/)
    const twice = [...jobs, job(5, 'in_progress', 'GitHub Actions 1000000243')]
    const found = findCurrentJob(twice, {
      jobId: null,
      runnerName: 'GitHub-Actions-1000000243',
      ownRun: true
    })
    expect(found.job).toBeNull()
    expect(found.warning).toMatch(/2 in-progress jobs run on runner/)
  })

  it('does not guess by runner name in another run', () => {
    expect(
      findCurrentJob(jobs, { jobId: null, runnerName: 'GitHub Actions 1000000242', ownRun: false })
    ).toEqual({
      job: null
    })
  })
})
