import { describe, expect, it } from '@jest/globals'
import {
  annotationUrl,
  failureReasons,
  failuresToRead,
  MAX_FAILURES_READ
} from '../../src/model/failures.js'
import type { Annotation } from '../../src/model/types.js'
import { apiJob, reportOfJobs } from '../support/jobs.js'

/** A failure-level annotation on `path` at `line`, unless told otherwise. */
const note = (over: Partial<Annotation> = {}): Annotation => ({
  level: 'failure',
  message: 'Process completed with exit code 1.',
  title: null,
  path: '.github',
  start_line: 1,
  end_line: 1,
  ...over
})

describe('failures.ts', () => {
  describe('failuresToRead', () => {
    it('takes the failed jobs, worst conclusion first, then in run order', () => {
      const report = reportOfJobs([
        apiJob('build', 'success'),
        apiJob('lint', 'cancelled'),
        apiJob('test (a)', 'failure'),
        apiJob('slow', 'timed_out'),
        apiJob('docs', 'skipped'),
        apiJob('running', null),
        apiJob('test (b)', 'failure'),
        apiJob('odd', 'neutral')
      ])
      expect(failuresToRead(report).map((j) => j.name)).toEqual([
        'test (a)',
        'test (b)',
        'slow',
        'lint'
      ])
    })

    it('reads at most `max` of them (10 by default) and never the current job', () => {
      const jobs = Array.from({ length: 12 }, (_, i) => apiJob(`shard ${i + 1}`, 'failure'))
      const current = apiJob('report', 'failure')
      const report = reportOfJobs([...jobs, current], current.id)
      expect(MAX_FAILURES_READ).toBe(10)
      expect(failuresToRead(report).map((j) => j.name)).toEqual(
        jobs.slice(0, 10).map((j) => j.name)
      )
      expect(failuresToRead(report, 2).map((j) => j.name)).toEqual(['shard 1', 'shard 2'])
      expect(failuresToRead(report, 0)).toEqual([])
    })
  })

  describe('failureReasons', () => {
    it('gives none when the annotations were not read', () => {
      expect(failureReasons({ annotations: null })).toEqual([])
      expect(failureReasons({ annotations: [] })).toEqual([])
    })

    it('keeps failures only, files of the repository first, the runner’s `.github` last', () => {
      const exit = note()
      const timeout = note({ message: 'The job has exceeded the maximum execution time of 5m0s' })
      const matcher = note({ path: 'test/paths.test.ts', start_line: 14, message: 'expected' })
      const noPath = note({ path: null, start_line: null, message: 'no file' })
      const warning = note({ level: 'warning', path: 'src/a.ts', message: 'unused' })
      const notice = note({ level: 'notice', path: 'src/b.ts', message: 'fyi' })
      const reasons = failureReasons({
        annotations: [exit, timeout, warning, noPath, notice, matcher]
      })
      // "Process completed with exit code 1." only when nothing says more.
      expect(reasons).toEqual([matcher, noPath, timeout])
      expect(failureReasons({ annotations: [warning, exit] })).toEqual([exit])
    })

    it('says each reason once (message, path and line), in the order GitHub gave them', () => {
      const a = note({ path: 'src/a.ts', start_line: 3, message: 'x' })
      const b = note({ path: 'src/a.ts', start_line: 4, message: 'x' })
      const c = note({ path: 'src/c.ts', start_line: 3, message: 'x' })
      const d = note({ path: 'src/a.ts', start_line: 3, message: 'y' })
      const annotations = [a, b, { ...a, title: 'again' }, c, d, { ...c }]
      expect(failureReasons({ annotations })).toEqual([a, b, c, d])
      expect(failureReasons({ annotations: [note(), note()] })).toEqual([note()])
    })

    it('gives at most `max` reasons, 5 by default', () => {
      const annotations = Array.from({ length: 7 }, (_, i) =>
        note({ path: `src/f${i}.ts`, start_line: i + 1, message: `m${i}` })
      )
      expect(failureReasons({ annotations })).toEqual(annotations.slice(0, 5))
      expect(failureReasons({ annotations }, 2)).toEqual(annotations.slice(0, 2))
    })
  })

  describe('annotationUrl', () => {
    const sha = 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0'
    const url = (a: Partial<Annotation>, headSha: string | null = sha) =>
      annotationUrl('https://github.com', 'octo-org', 'octo-repo', headSha, note(a))

    it('links the file at the run’s commit, to its line or lines', () => {
      const blob = `https://github.com/octo-org/octo-repo/blob/${sha}`
      expect(url({ path: 'test/paths.test.ts', start_line: 14, end_line: 14 })).toBe(
        `${blob}/test/paths.test.ts#L14`
      )
      expect(url({ path: 'src/a.ts', start_line: 3, end_line: 9 })).toBe(`${blob}/src/a.ts#L3-L9`)
      expect(url({ path: 'src/a.ts', start_line: 3, end_line: null })).toBe(`${blob}/src/a.ts#L3`)
      expect(url({ path: 'src/a.ts', start_line: null, end_line: null })).toBe(`${blob}/src/a.ts`)
      // Each segment of the path is encoded; the slashes between them stay.
      expect(url({ path: 'docs/a b#1.md', start_line: 2, end_line: 2 })).toBe(
        `${blob}/docs/a%20b%231.md#L2`
      )
    })

    it('gives none for the runner’s `.github`, no path, or no commit', () => {
      expect(url({ path: '.github' })).toBeNull()
      expect(url({ path: null })).toBeNull()
      expect(url({ path: '' })).toBeNull()
      expect(url({ path: 'src/a.ts' }, null)).toBeNull()
    })
  })
})
