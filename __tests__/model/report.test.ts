import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { compilePatterns } from '../../src/model/patterns.js'
import {
  aggregateConclusion,
  countJobs,
  publishedJobs,
  wallSeconds,
  type ReportOptions
} from '../../src/model/report.js'
import { recordMaker } from '../../src/model/records.js'
import type { ApiJob, JobRecord } from '../../src/model/types.js'
import {
  apiJob as baseJob,
  buildReport,
  iso,
  NOW,
  RUN,
  toJobRecord,
  URLS
} from '../support/jobs.js'

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/list-jobs.json', import.meta.url), 'utf8')
) as {
  jobs: ApiJob[]
}
const run = RUN
const urls = URLS
const opts = (over: Partial<ReportOptions> = {}): Parameters<typeof buildReport>[1] => ({
  run,
  urls,
  select: compilePatterns([], true),
  currentJobId: null,
  now: NOW,
  ...over
})

/** A job that ran from minute `start` to minute `end` after 10:00 (still running when null). */
function apiJob(
  name: string,
  over: Partial<ApiJob> & { at?: [number, number | null] } = {}
): ApiJob {
  const { at = [1, 3], ...rest } = over
  const [start, end] = at
  return baseJob(name, end === null ? null : 'success', {
    started_at: iso(start * 60),
    completed_at: end === null ? null : iso(end * 60),
    steps: [],
    ...rest
  })
}

describe('report.ts', () => {
  it('builds job and step records from the REST reference example', () => {
    const record = toJobRecord(fixture.jobs[0] as ApiJob, run, urls)
    expect(record).toMatchObject({
      id: 399444496,
      name: 'build',
      status: 'completed',
      conclusion: 'success',
      attempt: 1,
      created_at: null,
      queued_seconds: null,
      duration_seconds: 119,
      url: 'https://github.com/octo-org/octo-repo/runs/399444496',
      log_url: 'https://api.github.com/repos/octo-org/octo-repo/actions/jobs/399444496/logs'
    })
    // Step times carry -08:00 while the job's are UTC: both are read. A step
    // is published as JSON (its url made when read): compare what is published.
    expect(JSON.parse(JSON.stringify(record.steps[1]))).toEqual({
      number: 2,
      name: 'Run actions/checkout@v2',
      status: 'completed',
      conclusion: 'success',
      started_at: '2020-01-20T09:42:41.000-08:00',
      completed_at: '2020-01-20T09:42:45.000-08:00',
      duration_seconds: 4,
      url: 'https://github.com/octo-org/octo-repo/runs/399444496#step:2:1'
    })
  })

  it('gives null durations for a skipped job with null times and no steps, never negative ones', () => {
    const skipped = toJobRecord(
      apiJob('deploy', {
        conclusion: 'skipped',
        started_at: null,
        completed_at: null,
        steps: undefined
      }),
      run,
      urls
    )
    expect(skipped).toMatchObject({ queued_seconds: null, duration_seconds: null, steps: [] })
    const backwards = toJobRecord(
      apiJob('odd', { started_at: '2026-11-20T10:05:00Z', completed_at: '2026-11-20T10:04:59Z' }),
      run,
      urls
    )
    expect(backwards.duration_seconds).toBe(0)
  })

  it('makes the same records with one maker for a whole read, whatever the step numbers', () => {
    const make = recordMaker(run, urls)
    const steps = [1, 2, 999, 1000, 0].map((number, i) => ({
      number,
      name: i % 2 ? 'Run tests' : 'Set up job',
      status: 'completed',
      conclusion: 'success',
      started_at: `2026-11-20T10:0${i}:00Z`,
      completed_at: `2026-11-20T10:0${i + 1}:00Z`
    }))
    const jobs = [apiJob('a', { steps }), apiJob('b', { steps: steps.slice().reverse() })]
    const made = jobs.map(make)
    expect(made).toEqual(jobs.map((j) => toJobRecord(j, run, urls)))
    expect(made[0]?.steps.map((s) => s.url.slice(s.url.indexOf('#')))).toEqual([
      '#step:1:1',
      '#step:2:1',
      '#step:999:1',
      '#step:1000:1',
      '#step:0:1'
    ])
    // A step that starts when the one before it ended keeps its own time.
    expect(made[0]?.steps.map((s) => [s.started_at, s.duration_seconds])).toEqual(
      steps.map((s) => [s.started_at, 60])
    )
  })

  it('times each step from its own start, whether it follows the step before or not', () => {
    const step = (number: number, start: number | null, end: number | null) => ({
      number,
      name: `step ${number}`,
      status: end === null ? 'queued' : 'completed',
      conclusion: end === null ? null : 'success',
      started_at: start === null ? null : iso(start),
      completed_at: end === null ? null : iso(end)
    })
    const steps = [
      step(1, 0, 10),
      step(2, 10, 25), // starts as 1 ends
      step(3, 40, 41), // after a gap
      step(4, 41, 41.6), // rounds up; starts as 3 ends
      step(5, 39, 45), // starts before 4 ended
      step(6, null, null), // never ran
      step(7, 45, 50) // follows a step without times
    ]
    const record = recordMaker(run, urls)(apiJob('a', { steps }))
    expect(record.steps.map((s) => [s.number, s.started_at, s.duration_seconds])).toEqual([
      [1, iso(0), 10],
      [2, iso(10), 15],
      [3, iso(40), 1],
      [4, iso(41), 1],
      [5, iso(39), 6],
      [6, null, null],
      [7, iso(45), 5]
    ])
  })

  it('builds the job page when html_url is missing', () => {
    const record = toJobRecord({ ...apiJob('x'), html_url: null }, run, urls)
    expect(record.url).toBe(
      `https://github.com/octo-org/octo-repo/actions/runs/29679449/job/${record.id}`
    )
  })

  it('ranks conclusions worst first, pending above success, skipped for none', () => {
    const r = (status: string, conclusion: string | null) => ({ status, conclusion }) as JobRecord
    expect(aggregateConclusion([])).toBe('skipped')
    expect(aggregateConclusion([r('completed', 'success'), r('completed', 'skipped')])).toBe(
      'success'
    )
    expect(aggregateConclusion([r('completed', 'success'), r('in_progress', null)])).toBe('pending')
    expect(aggregateConclusion([r('queued', null), r('completed', 'brand_new')])).toBe('unknown')
    expect(
      aggregateConclusion([r('completed', 'cancelled'), r('completed', 'startup_failure')])
    ).toBe('startup_failure')
    expect(aggregateConclusion([r('completed', 'timed_out'), r('completed', 'failure')])).toBe(
      'failure'
    )
    expect(aggregateConclusion([r('completed', 'neutral'), r('completed', 'skipped')])).toBe(
      'neutral'
    )
  })

  it('counts statuses and each conclusion seen', () => {
    const r = (status: string, conclusion: string | null) => ({ status, conclusion }) as JobRecord
    expect(
      countJobs([
        r('completed', 'success'),
        r('completed', 'success'),
        r('completed', 'failure'),
        r('in_progress', null),
        r('waiting', null),
        r('queued', null)
      ])
    ).toEqual({ total: 6, completed: 3, in_progress: 1, queued: 2, success: 2, failure: 1 })
  })

  it('measures wall time from epoch milliseconds, with now for unfinished jobs', () => {
    const jobs = [apiJob('a', { at: [1, 3] }), apiJob('b', { at: [2, 10] })].map((j) =>
      toJobRecord(j, run, urls)
    )
    expect(wallSeconds(jobs, NOW)).toBe(9 * 60)
    const running = toJobRecord(apiJob('c', { at: [5, null] }), run, urls)
    expect(wallSeconds([...jobs, running], NOW)).toBe(29 * 60)
    expect(wallSeconds([], NOW)).toBeNull()
  })

  it('leaves the current job out of every aggregate but keeps it in jobs', () => {
    const current = apiJob('report', { at: [4, null] })
    const jobs = [apiJob('build'), apiJob('test', { conclusion: 'failure' }), current]
    const report = buildReport(jobs, opts({ currentJobId: current.id }))
    expect(report.jobs.map((j) => j.name)).toEqual(['build', 'test', 'report'])
    expect(report.current?.id).toBe(current.id)
    expect(report.aggregated.map((j) => j.name)).toEqual(['build', 'test'])
    expect(report.conclusion).toBe('failure')
    expect(report.counts).toEqual({
      total: 2,
      completed: 2,
      in_progress: 0,
      queued: 0,
      success: 1,
      failure: 1
    })
    expect(report.failedJobs).toEqual(['test'])
    expect(report.durationSeconds).toBe(120)
  })

  it('selects by patterns; the current job stays whatever they say', () => {
    const current = apiJob('report', { at: [4, null] })
    const jobs = [
      apiJob('test (ubuntu-latest, 20)'),
      apiJob('ci / build', { conclusion: 'failure' }),
      current
    ]
    const report = buildReport(
      jobs,
      opts({ select: compilePatterns(['test (*'], true), currentJobId: current.id })
    )
    expect(report.jobs.map((j) => j.name)).toEqual(['test (ubuntu-latest, 20)', 'report'])
    expect(report.conclusion).toBe('success')
    expect(report.failedJobs).toEqual([])
    // The outputs hold what the patterns select: not the current job here.
    expect(report.currentSelected).toBe(false)
    expect(publishedJobs(report).map((j) => j.name)).toEqual(['test (ubuntu-latest, 20)'])
    const all = buildReport(jobs, opts({ currentJobId: current.id }))
    expect(publishedJobs(all).map((j) => j.name)).toEqual([
      'test (ubuntu-latest, 20)',
      'ci / build',
      'report'
    ])
    const chosen = buildReport(
      jobs,
      opts({ select: compilePatterns(['rep*'], true), currentJobId: current.id })
    )
    expect(publishedJobs(chosen).map((j) => j.name)).toEqual(['report'])
  })

  it('counts a queued job’s wait so far, and never its run', () => {
    // GitHub gives a queued job a started_at equal to its created_at.
    const queued = apiJob('deploy', {
      status: 'queued',
      conclusion: null,
      created_at: iso(10 * 60),
      started_at: iso(10 * 60),
      completed_at: null
    })
    const report = buildReport([apiJob('build', { at: [1, 3] }), queued], opts())
    const deploy = report.jobs.find((j) => j.name === 'deploy')
    expect(deploy?.queued_seconds).toBe((NOW - Date.parse(iso(10 * 60))) / 1000)
    expect(deploy?.duration_seconds).toBeNull()
    // Wall time: build's 2 minutes, not from the queued job's start to now.
    expect(report.durationSeconds).toBe(120)
    // The record as read keeps GitHub's numbers: the report copies it.
    expect(toJobRecord(queued, run, urls).queued_seconds).toBe(0)
  })

  it('counts each name once at its latest attempt and marks passed on retry', () => {
    const a1 = [
      apiJob('build', { run_attempt: 1 }),
      apiJob('integration (postgres)', { run_attempt: 1, conclusion: 'failure' }),
      apiJob('report', { run_attempt: 1, conclusion: 'failure' })
    ]
    const current = apiJob('report', { run_attempt: 2, at: [20, null] })
    const a2 = [apiJob('integration (postgres)', { run_attempt: 2, at: [21, 25] }), current]
    // filter=all lists the newest attempt first.
    const report = buildReport(
      [...a2, ...a1],
      opts({ run: { ...run, attempt: 'all' }, currentJobId: current.id })
    )
    expect(report.jobs.map((j) => `${j.name}#${j.attempt}`)).toEqual([
      'build#1',
      'integration (postgres)#1',
      'report#1',
      'integration (postgres)#2',
      'report#2'
    ])
    // report#1 is an earlier attempt of the current job: superseded, not counted.
    expect(report.aggregated.map((j) => `${j.name}#${j.attempt}`)).toEqual([
      'build#1',
      'integration (postgres)#2'
    ])
    expect(report.conclusion).toBe('success')
    expect(report.failedJobs).toEqual([])
    expect([...report.passedOnRetry]).toEqual(['integration (postgres)'])
  })

  it('sets the run address for an attempt, the workflow name and the commit', () => {
    const report = buildReport(
      [apiJob('a', { workflow_name: 'CI', head_sha: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0' })],
      opts({ run: { ...run, attempt: 2 } })
    )
    expect(report.run.url).toBe(
      'https://github.com/octo-org/octo-repo/actions/runs/29679449/attempts/2'
    )
    expect(report.run.workflow).toBe('CI')
    expect(report.run.head_sha).toBe('f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0')
    expect(buildReport([apiJob('a')], opts({ headSha: null })).run.head_sha).toBeNull()
    expect(report.generatedAt).toBe('2026-11-20T10:30:00.000Z')
  })
})
