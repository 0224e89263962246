import { describe, expect, it } from '@jest/globals'
import { compilePatterns } from '../src/patterns.js'
import { buildReport, type Report } from '../src/report.js'
import { renderSummary, verdictLine } from '../src/summary.js'
import type { ApiJob } from '../src/types.js'
import { apiJob, apiStep, NOW, RUN, URLS } from './support/jobs.js'

const run = RUN
const urls = URLS
const job = apiJob
const step = apiStep
const report = (jobs: ApiJob[], currentJobId: number | null = null): Report =>
  buildReport(jobs, { run, urls, select: compilePatterns([], true), currentJobId, now: NOW })

/** Cells of a Markdown table row, split on `|` not escaped by a backslash. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())

describe('summary.ts', () => {
  it('opens with a heading linked to the run and the one-line verdict', () => {
    const skipped = job('deploy', 'skipped', {
      started_at: null,
      completed_at: null,
      steps: undefined
    })
    const r = report([job('build', 'success'), job('test', 'failure'), skipped])
    const md = renderSummary(r, { steps: 'failed', now: NOW })
    const [title, , verdict] = md.split('\n')
    expect(title).toBe(
      '## runlens · [CI run 29679449](https://github.com/octo-org/octo-repo/actions/runs/29679449)'
    )
    expect(verdict).toBe(verdictLine(r))
    expect(verdict).toBe(
      '**❌ failure** · 3 jobs: 1 success, 1 failure, 1 skipped · wall time 1m 0s · job time 2m 0s'
    )
  })

  it('keeps each job in its own cells whatever its name holds', () => {
    const names = [
      'e2e | smoke: chrome',
      'a`b|c',
      'line\nbreak',
      '<b>bold</b> & co',
      'test (ubuntu-latest, 20)'
    ]
    const md = renderSummary(report(names.map((n) => job(n, 'success'))), {
      steps: 'none',
      now: NOW
    })
    const rows = md.split('\n').filter((l) => l.startsWith('| ✅'))
    expect(rows).toHaveLength(names.length)
    for (const row of rows) expect(cells(row)).toHaveLength(6)
    expect(md).not.toContain('<b>bold')
    expect(md).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co')
  })

  it('shows queue time, duration, runner and a link per job; marks the current job', () => {
    const current = job('report', null, { steps: [step(1, 'success'), step(2, null)] })
    const md = renderSummary(report([job('build', 'success'), current], current.id), {
      steps: 'none',
      now: NOW
    })
    const build = md.split('\n').find((l) => l.includes('[build]')) ?? ''
    expect(cells(build)).toEqual([
      '✅',
      expect.stringMatching(
        /^\[build\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/29679449\/job\/\d+\)$/
      ),
      'success',
      '5s',
      '1m 0s',
      'GitHub Actions 3'
    ])
    const mine = md.split('\n').find((l) => l.includes('[report]')) ?? ''
    expect(cells(mine)[1]).toMatch(/\*\*\(this job\)\*\*$/)
    expect(cells(mine)[2]).toBe('in progress')
    expect(cells(mine)[4]).toBe('29m 55s so far')
  })

  it('lists steps of failed jobs only by default, all with steps: all, none with none', () => {
    const jobs = [job('build', 'success'), job('test', 'failure')]
    const failed = renderSummary(report(jobs), { steps: 'failed', now: NOW })
    expect(failed.match(/<details>/g)).toHaveLength(1)
    expect(failed).toContain('<b>test</b> — failure')
    expect(failed).toMatch(
      /\| 2 \| ❌ \[Run npm test\]\(https:\/\/github\.com\/.*\/job\/\d+#step:2:1\) \| failure \| 7s \|/
    )
    expect(
      renderSummary(report(jobs), { steps: 'all', now: NOW }).match(/<details>/g)
    ).toHaveLength(2)
    expect(renderSummary(report(jobs), { steps: 'none', now: NOW })).not.toContain('<details>')
  })

  it('escapes names in the HTML of <summary>', () => {
    const md = renderSummary(report([job('x</summary><img src=x>', 'failure')]), {
      steps: 'failed',
      now: NOW
    })
    expect(md).toContain('<b>x&lt;/summary&gt;&lt;img src=x&gt;</b>')
  })

  it('says when nothing matched', () => {
    const r = buildReport([job('build', 'success')], {
      run,
      urls,
      select: compilePatterns(['nothing'], true),
      currentJobId: null,
      now: NOW
    })
    expect(renderSummary(r, { steps: 'failed', now: NOW })).toContain('No job of this run matched')
  })

  it('gives up steps of passing jobs, then rows of passing jobs, to stay in budget', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      job(`shard ${i}`, i === 150 ? 'failure' : 'success', {
        steps: Array.from({ length: 30 }, (_, s) => step(s + 1, 'success'))
      })
    )
    const r = report(many)
    const full = renderSummary(r, { steps: 'all', now: NOW })
    const budget = 60_000
    expect(Buffer.byteLength(full)).toBeGreaterThan(budget)
    const cut = renderSummary(r, { steps: 'all', now: NOW, budget })
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(budget)
    // The failed job keeps its row and its steps.
    expect(cut).toContain('[shard 150]')
    expect(cut).toContain('<b>shard 150</b>')
    expect(cut).toMatch(/_Steps of \d+ more jobs not shown/)

    const tiny = renderSummary(r, { steps: 'all', now: NOW, budget: 8_000 })
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(8_000)
    expect(tiny).toContain('[shard 150]')
    expect(tiny).toMatch(/_\d+ more jobs not shown to keep the summary under 1 MiB/)
  })
})
