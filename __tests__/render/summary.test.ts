import { describe, expect, it } from '@jest/globals'
import { compilePatterns } from '../../src/model/patterns.js'
import { generateRun } from '../../scripts/sample-run.js'
import { renderSummary, SUMMARY_BUDGET, verdictLine } from '../../src/render/summary.js'
import { GANTT_INIT } from '../../src/render/timeline.js'
import { readable } from '../support/suites.js'
import { apiJob, apiStep, buildReport, NOW, reportOfJobs, RUN, URLS } from '../support/jobs.js'

const run = RUN
const urls = URLS
const job = apiJob
const step = apiStep
const report = reportOfJobs

/**
 * Cells of a Markdown table row, split on `|` not escaped by a backslash, as
 * a reader sees them (no-break spaces and word joiners read as plain text).
 */
const cells = (row: string) =>
  row
    .replace(/\u00a0/g, ' ')
    .replace(/\u2060/g, '')
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())

describe('summary.ts', () => {
  it('escapes statuses and conclusions as it escapes names: they are the API’s strings', () => {
    // A conclusion or status GitHub may add later, or a proxy's mangled answer.
    const odd = job('build', 'fail|ure <b>@x</b>', {
      steps: [step(1, 'a|b', 'Run make'), { ...step(2, null, 'Run test'), status: 'in|progress' }]
    })
    const md = renderSummary(report([odd, job('lint', 'success')]), { steps: 'failed', now: NOW })
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes('[build]')) ?? ''
    expect(cells(row)).toHaveLength(6)
    expect(row).toContain('fail\\|ure &lt;b&gt;@&#8203;x&lt;/b&gt;')
    const stepRows = md.split('\n').filter((l) => /^\| [12] \|/.test(l))
    expect(stepRows.map((r) => cells(r).length)).toEqual([4, 4])
    expect(md).not.toContain('<b>@x')
    // The verdict's counts name the odd conclusion too.
    expect(verdictLine(report([odd]))).toContain('1 fail\\|ure &lt;b&gt;')
  })

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

describe('summary.ts: matrices, timeline, log lines and the size budget', () => {
  const leg = (os: string, node: number, conclusion: string, seconds: number) =>
    job(`test (${os}, ${node})`, conclusion, {
      completed_at: new Date(Date.parse('2026-11-20T10:00:05Z') + seconds * 1000).toISOString()
    })

  it('groups the legs of a matrix in one row, expandable to the legs', () => {
    const legs = [
      leg('ubuntu-latest', 20, 'success', 60),
      leg('windows-latest', 22, 'failure', 185),
      leg('macos-latest', 20, 'success', 95)
    ]
    const md = renderSummary(report([job('build', 'success'), ...legs]), {
      steps: 'none',
      now: NOW
    })
    const row = md.split('\n').find((l) => l.includes('**test**')) ?? ''
    expect(cells(row)).toEqual([
      '❌',
      '**test** · 3 legs',
      `2 / 3 passed · ❌ [windows-latest, 22](${legs[1]?.html_url})`,
      '–',
      '1m 0s – 3m 5s',
      '–'
    ])
    // Legs are rows of their own only inside the <details> that follows the table.
    const details = md.slice(md.indexOf('<details><summary>Legs of 1 matrix (3 jobs)</summary>'))
    expect(details).toMatch(
      /^<details><summary>Legs of 1 matrix \(3 jobs\)<\/summary>\n\n\*\*test\*\*: 2 \/ 3 legs passed · fastest test \(ubuntu-latest, 20\) 1m 0s · slowest test \(windows-latest, 22\) 3m 5s\n/
    )
    for (const l of legs) expect(details).toContain(`[${l.name}](${l.html_url})`)
    expect(md.indexOf(`| [test (ubuntu-latest, 20)]`)).toBeGreaterThan(md.indexOf('<details>'))
  })

  it('keeps the current job out of its matrix group, and a lone leg as a plain row', () => {
    const mine = leg('ubuntu-latest', 22, 'success', 60)
    const md = renderSummary(
      report(
        [
          leg('ubuntu-latest', 20, 'success', 60),
          { ...mine, status: 'in_progress', conclusion: null, completed_at: null },
          job('lint (strict)', 'success')
        ],
        mine.id
      ),
      {
        steps: 'none',
        now: NOW
      }
    )
    expect(md).not.toContain('**test**')
    expect(readable(md)).toMatch(
      /\| \[test \(ubuntu-latest, 22\)\]\([^)]*\) \*\*\(this job\)\*\* \|/
    )
    expect(md).toMatch(/^\| ✅ \| \[lint \(strict\)\]/m)
  })

  it('draws the timeline only when asked', () => {
    const r = report([job('build', 'success')])
    expect(renderSummary(r, { steps: 'none', now: NOW, timeline: true })).toContain(
      `\`\`\`mermaid\n${GANTT_INIT}\ngantt\n`
    )
    expect(renderSummary(r, { steps: 'none', now: NOW, timeline: false })).not.toContain('mermaid')
  })

  it('opens with what failed, worst first, each job with its step, its reasons and its log lines', () => {
    const a = job('a', 'timed_out')
    const b = job('b', 'failure')
    const r = report([a, b, job('c', 'success')])
    const stepOf = (id: number) => r.jobs.find((j) => j.id === id)?.steps[1] ?? null
    const excerpts = new Map([
      [b.id, { lines: ['Error: b broke'], step: stepOf(b.id) }],
      [a.id, { missing: 'log expired (410)', step: stepOf(a.id) }]
    ])
    const md = renderSummary(r, { steps: 'failed', now: NOW, logs: { excerpts, omitted: 0 } })
    const part = md.slice(md.indexOf('### What failed'), md.indexOf('### Jobs'))
    expect(md.indexOf('### What failed')).toBeGreaterThan(md.indexOf('**❌ failure**'))
    expect(md.indexOf('### Jobs')).toBeLessThan(md.indexOf('### Steps'))
    // failure before timed out, whatever the run order.
    expect(part.indexOf('[b](')).toBeGreaterThan(0)
    expect(part.indexOf('[b](')).toBeLessThan(part.indexOf('[a]('))
    expect(part).toContain(`step 2 [Run npm test](${stepOf(b.id)?.url})`)
    expect(part).toContain('```text\nError: b broke\n```')
    expect(part.slice(part.indexOf('[a]('))).toContain('_Log expired (410)._')
  })

  it('gives the reasons, whole, when the log is gone or never was; their first line above log lines', () => {
    const gone = job('gone', 'failure')
    const startup = job('startup', 'startup_failure', { steps: [] })
    const shown = job('shown', 'failure')
    const r = report([gone, startup, shown])
    const byName = (name: string) => r.jobs.find((j) => j.name === name)
    const matcher = {
      level: 'failure',
      title: 'paths › normalizes separators',
      message: 'expect(received).toBe(expected)\n\nExpected: "a/b"',
      path: 'test/paths.test.ts',
      start_line: 14,
      end_line: 14
    }
    for (const name of ['gone', 'shown']) {
      const j = byName(name)
      if (j) j.annotations = [matcher]
    }
    const s = byName('startup')
    if (s)
      s.annotations = [
        { ...matcher, title: null, path: '.github', message: 'The workflow is not valid.' }
      ]
    const excerpts = new Map([
      [gone.id, { missing: 'log expired (410)', step: null }],
      [shown.id, { lines: ['Error: boom'], step: null }]
    ])
    const md = renderSummary(r, { steps: 'none', now: NOW, logs: { excerpts, omitted: 0 } })
    const part = (name: string) => {
      const from = md.indexOf(`**[${name}](`)
      return md.slice(
        from,
        md.indexOf('\n❌', from + 1) > 0 ? md.indexOf('\n❌', from + 1) : md.indexOf('### Jobs')
      )
    }
    const sha = r.run.head_sha
    expect(part('gone')).toContain(
      `- [\`test/paths.test.ts:14\`](https://github.com/${RUN.owner}/${RUN.repo}/blob/${sha}/test/paths.test.ts#L14) ` +
        '**paths › normalizes separators**: expect(received).toBe(expected) · Expected: "a/b"\n'
    )
    expect(part('gone')).toContain('_Log expired (410)._')
    expect(part('shown')).toContain('expect(received).toBe(expected) …\n')
    expect(md).toMatch(
      /💥 \*\*\[startup\]\([^)]*\)\*\* · startup failure · 1m 0s\n\n- The workflow is not valid\.\n/
    )
  })

  it('says how many failed jobs are left out of what failed, and passing runs have no such part', () => {
    const many = Array.from({ length: 13 }, (_, i) => job(`f${i}`, 'failure'))
    const md = renderSummary(report(many), { steps: 'none', now: NOW })
    expect(md.match(/^❌ \*\*\[f\d+\]/gm)).toHaveLength(10)
    expect(md).toContain('_3 more failed jobs: see the table below._')
    const passing = renderSummary(report([job('ok', 'success')]), { steps: 'none', now: NOW })
    expect(passing).not.toContain('What failed')
    expect(passing).not.toContain('### Jobs')
  })

  it('cuts log lines that do not fit to their last lines, shared evenly, never dropping one whole', () => {
    // log-lines: 10000 on logs of 3,000 lines: ten jobs of 300 KB of lines each.
    const failed = Array.from({ length: 10 }, (_, i) => job(`f${i}`, 'failure'))
    const r = report(failed)
    const lines = (i: number) =>
      Array.from({ length: 3000 }, (_, n) => `f${i} line ${n} ${'x'.repeat(90)}`)
    const excerpts = new Map(r.jobs.map((j, i) => [j.id, { lines: lines(i), step: null }]))
    const md = renderSummary(r, { steps: 'none', now: NOW, logs: { excerpts, omitted: 0 } })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_BUDGET)
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_BUDGET * 0.9)
    for (let i = 0; i < 10; i++) {
      // Each keeps its last line and a good share of the rest.
      expect(md).toContain(`f${i} line 2999 `)
      expect(md).toContain(`f${i} line 2300 `)
      expect(md).not.toContain(`f${i} line 0 `)
    }
    expect(md.match(/_The first \d+ of these log lines are not shown/g)).toHaveLength(10)
  })

  it('gives up rows of passing jobs before failing log lines', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      job(`job ${i}`, i === 7 ? 'failure' : 'success')
    )
    const r = report(many)
    const failed = r.jobs[7]
    const excerpts = new Map([
      [
        failed?.id ?? 0,
        { lines: Array.from({ length: 10 }, () => 'x'.repeat(300)), step: failed?.steps[1] ?? null }
      ]
    ])
    const md = renderSummary(r, {
      steps: 'all',
      now: NOW,
      budget: 20_000,
      logs: { excerpts, omitted: 0 }
    })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
    expect(md).toContain(Array.from({ length: 10 }, () => 'x'.repeat(300)).join('\n'))
    expect(md).toContain('[job 7]')
    expect(md).toMatch(/_\d+ more jobs not shown to keep the summary under 1 MiB/)
    expect(md).toMatch(/_Steps of \d+ more jobs not shown/)
  })

  it('keeps 3000 jobs × 30 steps with steps: all under 1 MiB, every failed job still shown', () => {
    const [attempt = []] = generateRun({ jobs: 3000, steps: 30, seed: 5 })
    const r = buildReport(attempt, {
      run,
      urls,
      select: compilePatterns([], true),
      currentJobId: null,
      now: NOW
    })
    const md = renderSummary(r, { steps: 'all', now: NOW, timeline: true })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_BUDGET)
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_BUDGET * 0.9)
    for (const failed of r.aggregated.filter((j) => j.conclusion === 'failure')) {
      expect(md).toContain(`<b>${failed.name.replace(/&/g, '&amp;')}</b>`)
    }
    expect(md).toContain('```mermaid')
    expect(md).toMatch(/_Steps of \d+ more jobs not shown/)
  })
})
