import { describe, expect, it } from '@jest/globals'
import { foldBars, foldedBar, jobBar, type BarContext } from '../../src/render/timeline-bars.js'
import type { ApiJob, JobRecord } from '../../src/model/types.js'
import { apiJob, iso, NOW, RUN, T0, toJobRecord, URLS } from '../support/jobs.js'

/** A job record: created at T0, started at 5 s, completed at 65 s (see apiJob). */
const job = (name: string, conclusion: string | null, over: Partial<ApiJob> = {}): JobRecord =>
  toJobRecord(apiJob(name, conclusion, over), RUN, URLS)

const at = (s: number): number => T0 + s * 1000

const context = (over: Partial<BarContext> = {}): BarContext => ({
  now: NOW,
  currentJobId: null,
  superseded: new Set(),
  ...over
})

/** Members of a group as foldBars hands them to foldedBar. */
const members = (jobs: JobRecord[], ctx: BarContext) =>
  jobs.map((j, index) => ({ job: j, index, bar: jobBar(j, index, ctx) }))

describe('timeline-bars.ts', () => {
  describe('jobBar', () => {
    it('is the run, its queue time in the label from 30 s on (rounded to seconds)', () => {
      const ctx = context()
      const waited = (ms: number) =>
        jobBar(
          job('build', 'success', {
            created_at: new Date(at(100) - ms).toISOString(),
            started_at: iso(100),
            completed_at: iso(160)
          }),
          0,
          ctx
        )
      expect(waited(29_400)).toMatchObject({ label: 'build', start: at(100), end: at(160) })
      expect(waited(29_500)?.label).toBe('build · queued 30s')
      expect(waited(3_725_000)).toMatchObject({ label: 'build · queued 1h 2m', queueMs: 3_725_000 })
    })

    it('dims a superseded attempt whatever became of it, and marks the job running this step', () => {
      const old = job('test', null, { run_attempt: 1 })
      const skipped = job('deploy', 'skipped', { started_at: iso(0), completed_at: iso(0) })
      const current = job('report', null, { run_attempt: 2 })
      const ctx = context({ superseded: new Set([old, skipped]), currentJobId: current.id })
      expect(jobBar(old, 0, ctx)).toMatchObject({ label: 'test (attempt 1)', tags: ['done'] })
      expect(jobBar(skipped, 1, ctx)).toMatchObject({
        label: 'deploy (attempt 1)',
        tags: ['done', 'milestone'],
        skipped: true
      })
      expect(jobBar(current, 2, ctx)).toMatchObject({
        label: 'report (this job)',
        tags: ['active'],
        end: NOW,
        ran: true
      })
    })

    it('draws a running job with no start known from its creation, as running', () => {
      const odd = job('odd', null, { started_at: null, created_at: iso(60) })
      expect(jobBar(odd, 0, context())).toMatchObject({ start: at(60), end: NOW, tags: ['active'] })
    })

    it('has nothing to draw for a job with no time at all', () => {
      const none = { created_at: null, started_at: null, completed_at: null }
      expect(jobBar(job('a', null, { status: 'queued', ...none }), 0, context())).toBeNull()
      expect(jobBar(job('b', 'cancelled', none), 0, context())).toBeNull()
      expect(jobBar(job('c', 'skipped', none), 0, context())).toBeNull()
    })
  })

  describe('foldedBar', () => {
    it('spans the first start to the last end, says how many failed, ran and wait', () => {
      const legs = [
        job('test (a)', 'failure', { started_at: iso(41), completed_at: iso(100) }),
        job('test (b)', null, { started_at: iso(10) }),
        job('test (c)', null, { status: 'queued', started_at: null, created_at: iso(0) }),
        job('test (d)', 'skipped', { started_at: iso(0), completed_at: iso(0) })
      ]
      const ctx = context()
      expect(foldedBar(members(legs, ctx), ctx)).toMatchObject({
        index: 0,
        fold: 'matrix',
        // The waiting leg's bar starts at its creation; the skipped leg takes no time.
        start: at(0),
        end: NOW,
        tags: ['active', 'crit'],
        // Up to the longest queue of a leg that started, not the wait so far.
        label: 'test · 4 legs · 1 failed · 1 running · 1 waiting · queued up to 41s',
        failed: true
      })
    })

    it('is dimmed and names its attempt when every job was re-run later', () => {
      const legs = [
        job('test (a)', 'failure', { run_attempt: 1 }),
        job('test (b)', 'cancelled', { run_attempt: 1 })
      ]
      const ctx = context({ superseded: new Set(legs) })
      expect(foldedBar(members(legs, ctx), ctx)).toMatchObject({
        label: 'test (attempt 1) · 2 legs · 2 failed, re-run',
        tags: ['done'],
        failed: false
      })
    })

    it('names a reusable workflow by its caller, and is null when every job was skipped', () => {
      const ctx = context()
      const calls = [job('ci / build', 'success'), job('ci / test (a)', 'success')]
      expect(foldedBar(members(calls, ctx), ctx)).toMatchObject({
        fold: 'workflow',
        label: 'ci · 2 jobs',
        tags: []
      })
      const skipped = [job('x (1)', 'skipped'), job('x (2)', 'skipped', { started_at: null })]
      expect(foldedBar(members(skipped, ctx), ctx)).toBeNull()
    })
  })

  describe('foldBars', () => {
    it('folds groups of two or more jobs of one attempt, leaves skipped jobs out, counts both', () => {
      const jobs = [
        job('build', 'success'),
        job('test (a)', 'success'),
        job('test (b)', 'success'),
        job('test (a)', 'failure', { run_attempt: 2 }),
        job('ci / build', 'success'),
        job('ci / report', null),
        job('ci / test', 'success'),
        job('deploy', 'skipped', { started_at: iso(0), completed_at: iso(0) }),
        job('lint (x)', 'skipped', { started_at: iso(0), completed_at: iso(0) }),
        job('lint (y)', 'skipped', { started_at: null, completed_at: null })
      ]
      const ctx = context({
        currentJobId: jobs[5]?.id ?? null,
        superseded: new Set(jobs.slice(1, 2))
      })
      const folded = foldBars(
        jobs,
        members(jobs, ctx).map((m) => m.bar),
        ctx
      )
      expect(folded.bars.map((b) => [b.index, b.label])).toEqual([
        [0, 'build'],
        [1, 'test · 2 legs'],
        [3, 'test (a)'],
        [4, 'ci · 2 jobs'],
        [5, 'ci / report (this job)']
      ])
      expect(folded).toMatchObject({ matrices: 1, workflows: 1, skipped: 3 })
    })
  })
})
