import { describe, expect, it } from '@jest/globals'
import type { ApiJob } from '../../src/model/types.js'
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

  it('counts terminal columns: wide characters take two, combining marks none', () => {
    expect(width('abc')).toBe(3)
    expect(width('日本')).toBe(4)
    expect(width('e\u0301')).toBe(1)
  })
})
