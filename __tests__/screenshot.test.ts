// The job summary as a person sees it: the demo's summary, written by the
// bundled action, turned into HTML by cmark-gfm (GitHub's Markdown) and shown
// in headless chromium with its mermaid chart drawn (scripts/screenshot.ts,
// which also makes docs/summary.png). What is asserted is what a reader finds
// on the page: the jobs table, the chart, the collapsed steps, the log lines,
// and no Markdown left showing as text.
//
// Without chromium or cmark-gfm the suite is skipped with a message, except
// in CI (CI=true), where a missing tool must fail rather than pass unseen.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { chromiumAvailable } from '../scripts/render-mermaid.js'
import { cmarkAvailable, renderSummaryPage, type SummaryPage } from '../scripts/screenshot.js'
import { groupJobs } from '../src/model/matrix.js'
import type { JobRecord } from '../src/model/types.js'

const inCi = process.env.CI === 'true'
const available = chromiumAvailable() && cmarkAvailable()
if (!available && !inCi) {
  console.warn(
    'screenshot.test.ts skipped: it needs chromium and cmark-gfm' +
      ' (apt-get install -y chromium cmark-gfm). With CI=true this fails instead.'
  )
}
const describeRender = available || inCi ? describe : describe.skip

describeRender('screenshot.ts', () => {
  let markdown = ''
  let page: SummaryPage
  beforeAll(async () => {
    // The demo's summary as the bundle writes it: demo.e2e.test.ts holds the
    // bundle to this golden copy byte for byte, so it is not run again here.
    markdown = readFileSync(join(ROOT, '__tests__', 'golden', 'demo', 'summary.md'), 'utf8')
    page = await renderSummaryPage(markdown)
  }, 60_000)

  it('shows the jobs table, one row per job or matrix', () => {
    expect(page.jobRows).toBeGreaterThanOrEqual(20)
  })

  it('draws the timeline with mermaid, not its error diagram', () => {
    expect(page.mermaid).toMatchObject({ blocks: 1, svgs: 1, errors: 0 })
    expect(page.mermaid.error).toBeUndefined()
    // No queue bars, and the matrices and reusable workflows folded: the
    // demo's 44 jobs over two attempts take 19 rows (85 with queue bars).
    const jobs = JSON.parse(
      readFileSync(join(ROOT, '__tests__', 'golden', 'demo', 'output.jobs'), 'utf8')
    ) as JobRecord[]
    const matrices = groupJobs(jobs, () => false).filter((e) => e.kind === 'matrix').length
    expect(page.mermaid.bars).toBeGreaterThanOrEqual(15)
    expect(page.mermaid.bars).toBeLessThanOrEqual(jobs.length + matrices)
  })

  it("keeps the chart short: under 500 px at GitHub's width (2,140 px with queue bars)", () => {
    // Mermaid draws 20 px a row (the chart's init directive) plus 100 px: 19 rows are 480 px.
    expect(page.mermaid.heights).toEqual([expect.any(Number)])
    expect(page.mermaid.heights[0]).toBeLessThanOrEqual(500)
  })

  it('is at most 2,200 px tall, the first failed job’s reason and log line in the first 900 px', () => {
    // 4,498 px before the summary put what failed first (issue 19).
    expect(page.height).toBeLessThanOrEqual(2_200)
    expect(page.firstFailure.reason).not.toBeNull()
    expect(page.firstFailure.logLine).not.toBeNull()
    expect(page.firstFailure.reason ?? Infinity).toBeLessThanOrEqual(900)
    expect(page.firstFailure.logLine ?? Infinity).toBeLessThanOrEqual(900)
    expect(page.firstFailure.reason ?? 0).toBeLessThan(page.firstFailure.logLine ?? 0)
  })

  it('collapses the steps of the failed job and the matrix legs in details blocks', () => {
    expect(page.details).toEqual([
      'Legs of 5 matrices (28 jobs)',
      expect.stringMatching(/^❌ test \(windows-latest, 22\) — failure · .* · 8 steps$/)
    ])
  })

  it('has its sections in the order a reader needs, and no Markdown showing as text', () => {
    expect(page.headings[0]).toMatch(/^runlens · CI run \d+ \(all attempts\)$/)
    expect(page.headings.slice(1)).toEqual(['What failed', 'Jobs', 'Steps'])
    expect(page.leftovers).toEqual([])
    expect(page.tables).toBeGreaterThanOrEqual(2)
  })
})
