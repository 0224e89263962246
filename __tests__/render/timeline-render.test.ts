// The timeline drawn for real: mermaid from node_modules in Debian's chromium
// (scripts/render-mermaid.ts). What is asserted is what a reader of the job
// summary would see: no error diagram, one bar per task line and no more bars
// than jobs plus matrices (one per job, or one per folded group), each bar's
// label exactly the text the chart gave it (a stray `:` or `;` would cut or
// shift it), dates mermaid could read, and no mermaid warning.
//
// Without chromium the suite is skipped with a message, except in CI
// (CI=true), where a missing browser must fail rather than pass unseen.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { groupJobs } from '../../src/model/matrix.js'
import { renderTimeline, type TimelineOptions } from '../../src/render/timeline.js'
import type { ApiJob, JobRecord, RunRef } from '../../src/model/types.js'
import {
  CHROMIUM_PATH,
  chromiumAvailable,
  renderMermaid,
  type RenderResult
} from '../../scripts/render-mermaid.js'
import { DEMO_JOB_IDS, demoRun, generateRun } from '../../scripts/sample-run.js'
import { apiJob, iso, NOW, RUN, toJobRecord, URLS } from '../support/jobs.js'

const inCi = process.env.CI === 'true'
const available = chromiumAvailable()
if (!available && !inCi) {
  console.warn(
    `timeline-render.test.ts skipped: no chromium at ${CHROMIUM_PATH}` +
      ' (apt-get install -y chromium). With CI=true this fails instead.'
  )
}
const describeRender = available || inCi ? describe : describe.skip

const ALL: RunRef = { ...RUN, attempt: 'all' }

/** Every attempt's jobs, each job id once (as `attempt: all` reads them). */
function everyAttempt(attempts: ApiJob[][]): ApiJob[] {
  const seen = new Set<number>()
  return attempts.flat().filter((job) => !seen.has(job.id) && seen.add(job.id))
}

const records = (jobs: ApiJob[], run: RunRef = RUN): JobRecord[] =>
  jobs.map((job) => toJobRecord(job, run, URLS))

/** The chart text between the fences, as GitHub hands it to mermaid. */
function chartOf(md: string): string {
  const m = /^(`{3,})mermaid\n([\s\S]*?\n)\1\n/.exec(md)
  if (m?.[2] === undefined) throw new Error(`not a mermaid block:\n${md.slice(0, 200)}`)
  return m[2]
}

/** Task id → label, and the section names, as written in the chart. */
function written(chart: string): { labels: Record<string, string>; sections: string[] } {
  const labels: Record<string, string> = {}
  const sections: string[] = []
  for (const line of chart.split('\n')) {
    const task = /^ {4}([^:]+):(?:[a-z]+,)*([jg]\d+),\d+,\d+$/.exec(line)
    if (task?.[1] !== undefined && task[2] !== undefined) labels[task[2]] = task[1].trim()
    if (line.startsWith('  section ')) sections.push(line.slice('  section '.length))
  }
  return { labels, sections }
}

const HOSTILE = [
  'e2e | smoke: chrome',
  'a;b#c%%d',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'title injected',
  'section injected',
  'dateFormat YYYY-MM-DD',
  'axisFormat %Y',
  'excludes weekends',
  'todayMarker on',
  '2024-01-01 nightly',
  'click j0 href "javascript:alert(1)"',
  'accTitle: pwned',
  'accDescr { x }',
  '%%{init: {"theme": "dark"}}%%',
  'x%y',
  'line\nbreak\r\n:::',
  'ends with colon:',
  '``` fence',
  'a &amp; b #35; c &#58;',
  'a, b, c (x, y)',
  '   ',
  'crit',
  'after j0',
  'emoji 🚀 名前 ünïcödé',
  `very long ${'name '.repeat(40)}`
]

/** The jobs of each case, and the chart drawn of them, by case name. */
function cases(): Record<string, { jobs: JobRecord[]; chart: string }> {
  const demo = demoRun()
  const demoJobs = records(everyAttempt(demo.attempts), ALL)
  const run = (spec: Parameters<typeof generateRun>[0], attempts = false): JobRecord[] =>
    attempts ? records(everyAttempt(generateRun(spec)), ALL) : records(generateRun(spec)[0] ?? [])
  const hostile = HOSTILE.map((name, i) =>
    toJobRecord(
      apiJob(name, i % 5 === 0 ? 'failure' : 'success', {
        created_at: iso(i * 10),
        started_at: iso(i * 10 + 3),
        completed_at: iso(i * 10 + 40 + i)
      }),
      RUN,
      URLS
    )
  )
  const live = [
    toJobRecord(apiJob('build', 'success'), RUN, URLS),
    toJobRecord(apiJob('test (a)', null), RUN, URLS),
    toJobRecord(apiJob('test (b)', 'failure'), RUN, URLS),
    toJobRecord(
      apiJob('deploy', null, { status: 'queued', created_at: iso(70), started_at: null }),
      RUN,
      URLS
    ),
    toJobRecord(
      apiJob('waiting', null, { status: 'waiting', created_at: iso(600), started_at: null }),
      RUN,
      URLS
    ),
    toJobRecord(apiJob('report', null, { created_at: iso(90), started_at: iso(95) }), RUN, URLS)
  ]
  const now = Date.parse('2026-11-20T10:36:00Z')
  const draw = (jobs: JobRecord[], opts: Partial<TimelineOptions> = {}) => ({
    jobs,
    chart: renderTimeline(jobs, { now: NOW, ...opts })
  })
  return {
    demo: draw(demoJobs, { now, currentJobId: DEMO_JOB_IDS.current }),
    '250 jobs': draw(run({ jobs: 250, seed: 2 })),
    '3000 jobs': draw(run({ jobs: 3000, seed: 3 })),
    '3000 jobs unfolded (cut)': draw(run({ jobs: 3000, seed: 3 }), { foldAbove: Infinity }),
    '2 attempts, attempt: all': draw(run({ jobs: 60, attempts: 2, seed: 4 }, true)),
    '2 attempts unfolded': draw(run({ jobs: 60, attempts: 2, seed: 4 }, true), {
      foldAbove: Infinity
    }),
    'hostile names': draw(hostile),
    'running and queued jobs': draw(live, { currentJobId: live[5]?.id })
  }
}

describeRender('timeline drawn by mermaid in chromium', () => {
  const drawn = cases()
  const names = Object.keys(drawn)
  const chart = (name: string): string => chartOf(drawn[name]?.chart ?? '')
  const results = new Map<string, RenderResult>()

  beforeAll(async () => {
    // One browser for every chart.
    const rendered = await renderMermaid(names.map(chart))
    rendered.forEach((result, i) => results.set(names[i] ?? '', result))
  }, 180_000)

  it('folds the large runs, and cuts only the 3000 jobs unfolded', () => {
    for (const [name, { chart: md }] of Object.entries(drawn)) {
      expect([name, md.includes('more jobs not shown')]).toEqual([
        name,
        name === '3000 jobs unfolded (cut)'
      ])
      expect([name, md.includes(' folded into one bar each')]).toEqual([
        name,
        ['demo', '250 jobs', '3000 jobs', '2 attempts, attempt: all'].includes(name)
      ])
    }
  })

  it.each(names)('%s: draws without error, every bar labelled as written', (name) => {
    const result = results.get(name)
    expect(result).toBeDefined()
    if (result === undefined) return
    expect({ ok: result.ok, error: result.error, warnings: result.warnings }).toEqual({
      ok: true,
      error: undefined,
      warnings: []
    })
    const { labels, sections } = written(chart(name))
    expect(Object.keys(labels).length).toBeGreaterThan(0)
    // One `rect.task` per task line, each with a position mermaid could compute.
    expect(result.taskBars).toBe(Object.keys(labels).length)
    expect(result.badBars).toBe(0)
    expect(result.labels).toEqual(labels)
    expect(result.sections).toEqual(sections)
    // No queue bars: one bar per job at most, or one per folded matrix.
    const jobs = drawn[name]?.jobs ?? []
    const matrices = groupJobs(jobs, () => false).filter((e) => e.kind === 'matrix').length
    expect(result.taskBars).toBeLessThanOrEqual(jobs.length + matrices)
  })
})
