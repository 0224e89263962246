import { describe, expect, it } from '@jest/globals'
import type { Annotation, ApiJob } from '../../src/model/types.js'
import { painter, renderText, width } from '../../src/render/text.js'
import { apiJob, apiStep, NOW, reportOfJobs, RUN } from '../support/jobs.js'

const report = reportOfJobs
const text = (jobs: ApiJob[], steps: 'failed' | 'all' | 'none' = 'failed') =>
  renderText(report(jobs), { paint: painter(false), now: NOW, steps, excerpts: new Map() })

describe('text.ts', () => {
  it('prints a table of the jobs: name, conclusion, queued, duration, runner', () => {
    const out = text([apiJob('build', 'success'), apiJob('test (ubuntu-latest, 20)', 'failure')])
    const lines = out.split('\n')
    expect(lines[0]).toBe(`CI run ${RUN.id} · ${RUN.owner}/${RUN.repo}`)
    expect(out).toContain('✗ failure · 2 jobs: 1 success, 1 failure')
    const header = lines.find((l) => l.includes('JOB')) ?? ''
    expect(header.trim().split(/\s{2,}/)).toEqual([
      'JOB',
      'CONCLUSION',
      'QUEUED',
      'DURATION',
      'RUNNER'
    ])
    expect(lines.some((l) => /^ ✗ test \(ubuntu-latest, 20\)\s+failure\s+5s\s+1m 0s/.test(l))).toBe(
      true
    )
  })

  it('keeps escape sequences and `::commands::` of API strings off the terminal', () => {
    const esc = '\u001b'
    const odd = apiJob(`evil ${esc}]0;title${esc}\\ name`, `fail${esc}[31mure::error::x`, {
      steps: [apiStep(1, `no${esc}[2Jpe`, '::warning::step')]
    })
    const out = text([odd], 'all')
    expect(out).not.toContain(esc)
    expect(out).not.toMatch(/(^|\s)::\w+::/m)
    expect(out).toContain('evil')
  })

  it('prints a failed job’s failure reasons under it: where, title, message', () => {
    const esc = '\u001b'
    const failed = report([apiJob('test', 'failure'), apiJob('build', 'failure')])
    const [test, build] = failed.aggregated
    if (!test || !build) throw new Error('two jobs expected')
    const at = (over: Partial<Annotation>): Annotation => ({
      level: 'failure',
      message: 'Process completed with exit code 1.',
      title: '',
      path: '.github',
      start_line: 1,
      end_line: 1,
      ...over
    })
    test.annotations = [
      at({}),
      at({ level: 'warning', path: 'src/a.ts', message: 'unused' }),
      at({
        path: 'test/a.test.ts',
        start_line: 7,
        title: `works ${esc}[31m::error::x`,
        message: `expected\n\n::warning::1\n2\n3\n4\n5\n6\n7`
      })
    ]
    build.annotations = null
    const out = renderText(failed, {
      paint: painter(false),
      now: NOW,
      steps: 'failed',
      excerpts: new Map()
    })
    const block = out.slice(out.indexOf('✗ test ·'), out.indexOf('✗ build ·'))
    expect(block.split('\n').slice(2)).toEqual([
      '  ✗ test/a.test.ts:7 · works :\u200b:error:\u200b:x',
      '    expected',
      '    :\u200b:warning:\u200b:1',
      '    2',
      '    3',
      '    4',
      '    5',
      '    …',
      '',
      ''
    ])
    // Annotations not read: no reasons, and the job as before.
    expect(out.slice(out.indexOf('✗ build ·')).split('\n')).toHaveLength(3)
  })

  it('counts terminal columns: wide characters take two, combining marks none', () => {
    expect(width('abc')).toBe(3)
    expect(width('日本')).toBe(4)
    expect(width('e\u0301')).toBe(1)
  })
})
