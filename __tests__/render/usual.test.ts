import { describe, expect, it } from '@jest/globals'
import { compareWithUsual, type JobComparison } from '../../src/model/compare.js'
import { renderSummary } from '../../src/render/summary.js'
import { renderText, painter } from '../../src/render/text.js'
import { vsUsualCell } from '../../src/render/usual.js'
import { api, earlier, job, SHA } from '../support/history.js'
import { NOW, reportOfJobs } from '../support/jobs.js'
import { readable } from '../support/suites.js'

const usual = (over: Partial<JobComparison>): JobComparison => ({
  id: 1,
  name: 'build',
  duration_seconds: 400,
  usual_seconds: 100,
  p90_seconds: 120,
  usual_runs: 10,
  usual_samples: 10,
  vs_usual: 4,
  verdict: 'slower',
  queue: { queued_seconds: 5, usual_seconds: 5, p90_seconds: 6 },
  flaky: false,
  failure_rate: 0,
  failed_runs: 0,
  steps: [],
  ...over
})

/** This run: build slower than its usual in its test step, lint as usual, e2e new and flaky-free. */
function compared() {
  const steps = (test: number): [string, number][] => [
    ['Set up job', 2],
    ['Run npm test', test]
  ]
  const report = reportOfJobs([
    api('build', 'success', 402, { steps: steps(400) }),
    api('lint', 'success', 62, { steps: steps(60) }),
    api('e2e', 'success', 30)
  ])
  const before = Array.from({ length: 5 }, () =>
    earlier([
      job('build', 'success', 102, { steps: steps(100) }),
      job('lint', 'success', 60, { steps: steps(58) })
    ])
  )
  report.comparison = compareWithUsual(report, before, { slowerThan: 1.5, floorSeconds: 30 })
  return report
}

describe('usual.ts', () => {
  it('says a job against its usual in the table', () => {
    expect(vsUsualCell(undefined)).toBe('–')
    expect(vsUsualCell(usual({ duration_seconds: 375, usual_seconds: 100, vs_usual: 3.75 }))).toBe(
      '**+4m 35s · 3.8×** 🐢'
    )
    expect(
      vsUsualCell(
        usual({ duration_seconds: 38, usual_seconds: 100, vs_usual: 0.38, verdict: 'faster' })
      )
    ).toBe('\u22121m 2s · 0.4×')
    expect(
      vsUsualCell(
        usual({ duration_seconds: 110, usual_seconds: 100, vs_usual: 1.1, verdict: 'usual' })
      )
    ).toBe('1.1×')
    expect(vsUsualCell(usual({ verdict: 'new', usual_seconds: null, vs_usual: null }))).toBe('new')
    expect(vsUsualCell(usual({ verdict: 'unknown', duration_seconds: null }))).toBe('–')
  })

  it('puts the usual in the verdict, a vs-usual column in the table and the slower jobs above it', () => {
    const report = compared()
    const md = readable(renderSummary(report, { steps: 'none', now: NOW }))
    expect(md).toMatch(/· wall time 6m 42s, usual 1m 42s · job time/)
    expect(md).toContain('_Compared with the last 5 runs of this workflow on its branch')
    expect(md).toContain('|   | Job | Conclusion | Queued | Duration | vs usual | Runner |')
    const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| ✅ | [${name}]`)) ?? ''
    expect(row('build')).toContain('| **+5m 0s · 3.9×** 🐢 |')
    expect(row('lint')).toContain('| 1× |')
    expect(row('e2e')).toContain('| new |')
    const slower = md.slice(md.indexOf('### Slower than usual'), md.indexOf('### Jobs'))
    expect(slower).toMatch(
      /^### Slower than usual\n\n- 🐢 \*\*\[build\]\([^)]*\)\*\* 6m 42s, usual 1m 42s \(\+5m 0s · 3\.9×\): \[Run npm test\]\([^)]*#step:2:1\) 6m 40s \(usual 1m 40s\)\n/
    )
    // Without history: none of it.
    const plain = renderSummary(reportOfJobs([api('build', 'success', 402)]), {
      steps: 'none',
      now: NOW
    })
    expect(plain).not.toMatch(/usual|Slower/)
  })

  it('marks a flaky job where it failed and in the table', () => {
    const report = reportOfJobs([api('e2e', 'failure', 60), api('lint', 'success', 60)])
    const before = [
      earlier([job('e2e', 'success', 60), job('lint', 'success', 60)], { head_sha: SHA }),
      earlier([job('e2e', 'failure', 60), job('lint', 'success', 60)])
    ]
    report.comparison = compareWithUsual(report, before, { slowerThan: 1.5, floorSeconds: 30 })
    const md = readable(renderSummary(report, { steps: 'none', now: NOW }))
    const head = md.split('\n').find((l) => l.startsWith('❌ **[e2e]')) ?? ''
    expect(head).toMatch(/ · 🎲 flaky \(1 of 2 runs failed\)$/)
    expect(md).toMatch(
      /^\| ❌ \| \[e2e\]\([^)]*\) · 🎲 flaky \(1 of 2 runs failed\) \| failure \|/m
    )
    expect(md).not.toMatch(/\[lint\][^|]*flaky/)
  })

  it('lists the slower jobs in the CLI text too', () => {
    const out = renderText(compared(), {
      paint: painter(false),
      now: NOW,
      steps: 'none',
      excerpts: new Map()
    })
    expect(out).toContain('wall time 6m 42s, usual 1m 42s')
    expect(out).toContain(
      'Slower than usual (1)\n  build  6m 42s, usual 1m 42s · 3.9×\n    Run npm test  6m 40s, usual 1m 40s'
    )
  })
})
