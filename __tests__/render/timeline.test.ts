import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { mermaidText } from '../../src/render/escape.js'
import {
  FOLD_ABOVE_ROWS,
  GANTT_INIT,
  renderTimeline,
  TIMELINE_MAX_JOBS
} from '../../src/render/timeline.js'
import {
  axisFormatFor,
  foldNote,
  groupDigits,
  groupOf,
  leftOutNote,
  MAX_NAME_LENGTH,
  NOTICEABLE_QUEUE_SECONDS,
  shortenName
} from '../../src/render/timeline-words.js'
import { groupJobs } from '../../src/model/matrix.js'
import type { ApiJob, JobRecord } from '../../src/model/types.js'
import { generateRun } from '../../scripts/sample-run.js'
import { apiJob, iso, NOW, RUN, T0, toJobRecord, URLS } from '../support/jobs.js'

const ZWSP = '\u200b'

/** A job record: created at T0, started at 5 s, completed at 65 s (see apiJob). */
const job = (name: string, conclusion: string | null, over: Partial<ApiJob> = {}): JobRecord =>
  toJobRecord(apiJob(name, conclusion, over), RUN, URLS)

const records = (jobs: ApiJob[]): JobRecord[] => jobs.map((j) => toJobRecord(j, RUN, URLS))

/** Lines of the chart between the fences. */
function chartLines(md: string): string[] {
  const lines = md.split('\n')
  expect(lines[0]).toBe('```mermaid')
  const close = lines.indexOf('```', 1)
  expect(close).toBeGreaterThan(0)
  return lines.slice(1, close)
}

interface Task {
  label: string
  tags: string[]
  id: string
  start: number
  end: number
}

/**
 * A task line as mermaid's gantt lexer reads it, strictly: the label runs to
 * the first `:`, the data holds no `#`, `;` or `:` and is tags, id, start, end.
 * Ids: `j{i}` for a job, `g{i}` for a folded group.
 */
const TASK = /^ {4}([^:\n;#%]+):((?:(?:done|active|crit|milestone),)*)([jg]\d+),(\d+),(\d+)$/

function tasks(md: string): Task[] {
  return chartLines(md)
    .filter((line) => line.startsWith('    '))
    .map((line) => {
      const m = TASK.exec(line)
      if (m === null) throw new Error(`not a well-formed task line: ${JSON.stringify(line)}`)
      const [, label = '', tags = '', id = '', start = '', end = ''] = m
      return { label, tags: tags.split(',').filter(Boolean), id, start: +start, end: +end }
    })
}

const sections = (md: string): string[] =>
  chartLines(md)
    .filter((line) => line.startsWith('  section '))
    .map((line) => line.slice('  section '.length))

const task = (md: string, id: string): Task => {
  const found = tasks(md).find((t) => t.id === id)
  if (!found) throw new Error(`no task ${id}`)
  return found
}

/** Every line of the chart is the header, a section or a well-formed task. */
function expectWellFormed(md: string): void {
  const lines = chartLines(md)
  expect(lines.slice(0, 3)).toEqual([GANTT_INIT, 'gantt', '  dateFormat x'])
  expect(lines[3]).toMatch(/^ {2}axisFormat %[-%A-Za-z: ]+$/)
  expect(lines[4]).toBe('  todayMarker off')
  const title = lines[5]?.startsWith('  title ') ? 1 : 0
  if (title) expect(lines[5]).toMatch(/^ {2}title [^\n;#%:]+$/)
  for (const line of lines.slice(5 + title)) {
    if (line.startsWith('  section ')) expect(line).toMatch(/^ {2}section [^\n;#%:]+$/)
    else expect(line).toMatch(TASK)
  }
  const ids = tasks(md).map((t) => t.id)
  expect(new Set(ids).size).toBe(ids.length)
}

const at = (s: number): number => T0 + s * 1000

describe('timeline.ts', () => {
  describe('renderTimeline', () => {
    it('is empty when no job has started', () => {
      expect(renderTimeline([], { now: NOW })).toBe('')
      const queued = job('build', null, { status: 'queued', started_at: null })
      const skipped = job('deploy', 'skipped', { started_at: null, completed_at: null })
      expect(renderTimeline([queued, skipped], { now: NOW })).toBe('')
    })

    it('draws one bar per job, its run, in epoch milliseconds', () => {
      const md = renderTimeline([job('build', 'success')], { now: NOW })
      expect(md).toBe(
        '```mermaid\n' +
          '%%{init: {"gantt": {"barHeight": 16, "barGap": 4}}}%%\n' +
          'gantt\n' +
          '  dateFormat x\n' +
          '  axisFormat %H:%M:%S\n' +
          '  todayMarker off\n' +
          '  section jobs\n' +
          `    build:j0,${at(5)},${at(65)}\n` +
          '```\n'
      )
    })

    it(`says the queue time in the label from ${NOTICEABLE_QUEUE_SECONDS}s on`, () => {
      expect(NOTICEABLE_QUEUE_SECONDS).toBe(30)
      const queued = (name: string, s: number): JobRecord =>
        job(name, 'success', { created_at: iso(0), started_at: iso(s), completed_at: iso(s + 60) })
      const md = renderTimeline(
        [
          queued('none', 0),
          queued('short', 5),
          queued('almost', 29),
          queued('noticed', 30),
          queued('long', 95),
          // GitHub does report a `created_at` after `started_at`: no queue, no negative time.
          job('skewed', 'success', { created_at: iso(9) })
        ],
        { now: NOW }
      )
      expectWellFormed(md)
      expect(tasks(md).map((t) => [t.id, t.label, t.start])).toEqual([
        ['j0', 'none', at(0)],
        ['j1', 'short', at(5)],
        ['j5', 'skewed', at(5)],
        ['j2', 'almost', at(29)],
        ['j3', 'noticed · queued 30s', at(30)],
        ['j4', 'long · queued 1m 35s', at(95)]
      ])
    })

    it('marks failures crit and running jobs active up to now', () => {
      const jobs = [
        job('ok', 'success'),
        job('broken', 'failure'),
        job('slow', 'timed_out'),
        job('stopped', 'cancelled'),
        job('running', null),
        job('current', null)
      ]
      const md = renderTimeline(jobs, { now: NOW, currentJobId: jobs[5]?.id })
      expectWellFormed(md)
      expect(task(md, 'j0').tags).toEqual([])
      expect(task(md, 'j1').tags).toEqual(['crit'])
      expect(task(md, 'j2').tags).toEqual(['crit'])
      expect(task(md, 'j3').tags).toEqual(['crit'])
      expect(task(md, 'j4')).toMatchObject({ tags: ['active'], start: at(5), end: NOW })
      expect(task(md, 'j5')).toMatchObject({ tags: ['active'], label: 'current (this job)' })
      expect(tasks(md)).toHaveLength(jobs.length)
    })

    it('draws a job still queued as waiting up to now, never as running', () => {
      const md = renderTimeline(
        [
          job('build', 'success'),
          job('deploy', null, { status: 'queued', started_at: null, created_at: iso(60) }),
          // GitHub also gives a waiting job `started_at` equal to `created_at`.
          job('approve', null, { status: 'waiting', started_at: iso(120), created_at: iso(120) }),
          job('pending', null, { status: 'pending', started_at: iso(1800), created_at: iso(1800) })
        ],
        { now: NOW }
      )
      expectWellFormed(md)
      expect(tasks(md).map((t) => [t.id, t.label, t.tags, t.start, t.end])).toEqual([
        ['j0', 'build', [], at(5), at(65)],
        ['j1', 'deploy · waiting 29m 0s', ['done'], at(60), NOW],
        ['j2', 'approve · waiting 28m 0s', ['done'], at(120), NOW],
        ['j3', 'pending · waiting 0s', ['done'], NOW, NOW]
      ])
      expect(md).not.toContain('active')
    })

    it('draws a job cancelled while queued as its queue time, and leaves out skipped jobs without times', () => {
      const md = renderTimeline(
        [
          job('build', 'success'),
          job('never', 'cancelled', { started_at: null, completed_at: iso(90) }),
          job('no runner', 'startup_failure', { started_at: null, completed_at: iso(3) }),
          job('deploy', 'skipped', { started_at: null, completed_at: null, steps: undefined }),
          job('docs', 'skipped', { started_at: iso(0), completed_at: iso(0) })
        ],
        { now: NOW }
      )
      expectWellFormed(md)
      expect(task(md, 'j1')).toMatchObject({
        label: 'never · cancelled while queued 1m 30s',
        tags: ['done', 'crit'],
        start: at(0),
        end: at(90)
      })
      expect(task(md, 'j2').label).toBe('no runner · startup failure while queued 3s')
      expect(md).not.toContain('deploy')
      // A skipped job with times is a point in time: a milestone.
      expect(task(md, 'j4')).toMatchObject({ tags: ['milestone'], start: at(0), end: at(0) })
    })

    it('never draws a bar that ends before it starts', () => {
      const md = renderTimeline(
        [
          job('skewed', 'success', { completed_at: iso(3) }),
          job('no end', 'success', { completed_at: null }),
          job('future', null, { started_at: iso(3600) })
        ],
        { now: NOW }
      )
      expectWellFormed(md)
      for (const t of tasks(md)) expect(t.end).toBeGreaterThanOrEqual(t.start)
      expect(task(md, 'j0')).toMatchObject({ start: at(5), end: at(5) })
      expect(task(md, 'j2')).toMatchObject({ start: at(3600), end: at(3600) })
    })

    it('groups reusable workflows and matrices into sections, the rest into one', () => {
      const jobs = [
        job('build', 'success', { created_at: iso(0) }),
        job('ci / build', 'success', { created_at: iso(1) }),
        job('ci / test (ubuntu, 20)', 'success', { created_at: iso(2) }),
        job('test (ubuntu-latest, 20)', 'success', { created_at: iso(3) }),
        job('test (windows-latest, 22)', 'failure', { created_at: iso(4) }),
        job('e2e | smoke: chrome', 'success', { created_at: iso(4) }),
        job('docs / publish', 'success', { created_at: iso(4) })
      ]
      const md = renderTimeline(jobs, { now: NOW })
      expectWellFormed(md)
      expect(sections(md)).toEqual(['other jobs', 'ci', 'test'])
      const lines = chartLines(md)
      const sectionOf = (id: string): string | undefined => {
        let current: string | undefined
        for (const line of lines) {
          if (line.startsWith('  section ')) current = line.slice(10)
          else if (line.includes(`:${id},`) || line.includes(`,${id},`)) return current
        }
        return undefined
      }
      expect(['j0', 'j5', 'j6'].map(sectionOf)).toEqual(['other jobs', 'other jobs', 'other jobs'])
      expect(['j1', 'j2'].map(sectionOf)).toEqual(['ci', 'ci'])
      expect(['j3', 'j4'].map(sectionOf)).toEqual(['test', 'test'])
    })

    it('keeps section names unique and calls the only section "jobs"', () => {
      const only = renderTimeline([job('build', 'success'), job('lint', 'success')], { now: NOW })
      expect(sections(only)).toEqual(['jobs'])
      const clash = renderTimeline(
        [job('jobs (a)', 'success'), job('jobs (b)', 'success'), job('lint', 'success')],
        { now: NOW }
      )
      expectWellFormed(clash)
      expect(sections(clash).sort()).toEqual(['jobs', 'other jobs'])
      const clash2 = renderTimeline(
        [job('other jobs (a)', 'success'), job('other jobs (b)', 'success'), job('x', 'success')],
        { now: NOW }
      )
      expect(sections(clash2).sort()).toEqual(['other jobs', 'other jobs (2)'])
    })

    it('orders sections by their first job, and jobs by time within a section', () => {
      const md = renderTimeline(
        [
          job('test (b)', 'success', { created_at: iso(30), started_at: iso(31) }),
          job('test (a)', 'success', { created_at: iso(20), started_at: iso(21) }),
          job('build', 'success', { created_at: iso(0), started_at: iso(1) })
        ],
        { now: NOW }
      )
      expect(sections(md)).toEqual(['other jobs', 'test'])
      expect(tasks(md).map((t) => t.id)).toEqual(['j2', 'j1', 'j0'])
    })

    it('makes hostile names safe: one task per job, the label exactly the escaped name', () => {
      const names = [
        'e2e | smoke: chrome',
        'a;b#c%%d',
        '<script>alert(1)</script>',
        'title injected',
        'section injected',
        'Section mixed case',
        'dateFormat YYYY',
        'excludes weekends',
        'todayMarker on',
        '2024-01-01 nightly',
        'click j0 href "javascript:alert(1)"',
        'accTitle: pwned',
        '%%{init: {"theme": "dark"}}%%',
        'x%y',
        'line\nbreak\r\n:::',
        'ends with colon:',
        '``` fence',
        'a &amp; b #35; c',
        'a, b, c (x, y)',
        '   ',
        'emoji 🚀 名前'
      ]
      const md = renderTimeline(
        names.map((name) => job(name, 'success', { created_at: iso(5) })),
        { now: NOW }
      )
      expectWellFormed(md)
      const labels = tasks(md)
        .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)))
        .map((t) => t.label)
      expect(labels).toEqual(names.map((name) => mermaidText(name)))
      // What mermaid would read as a statement starts with a zero-width space.
      for (const label of labels.filter((l) => /^\S*(title|section|click|acc)/i.test(l)))
        expect(label.startsWith(ZWSP)).toBe(true)
      // Nothing but the chart's own setting reads as a directive, a comment or a break.
      expect(md.replace(`${GANTT_INIT}\n`, '')).not.toMatch(/<script|%%|;|#/)
    })

    it('shortens long names with an ellipsis before escaping them', () => {
      const long = 'x'.repeat(57) + '::::::'
      const md = renderTimeline([job(long, 'success'), job('🚀'.repeat(80), 'success')], {
        now: NOW
      })
      expectWellFormed(md)
      const [a, b] = [task(md, 'j0').label, task(md, 'j1').label]
      expect(a).toBe('x'.repeat(57) + '\u2236\u2236\u2026')
      expect(Array.from(a)).toHaveLength(MAX_NAME_LENGTH)
      expect(b).toBe('🚀'.repeat(MAX_NAME_LENGTH - 1) + '\u2026')
    })

    it('dims superseded attempts, never crit, and draws the latest attempt as it ended', () => {
      const attempt = (n: number, name: string, conclusion: string | null, from: number) =>
        job(name, conclusion, {
          run_attempt: n,
          created_at: iso(from),
          started_at: iso(from + 5),
          completed_at: conclusion ? iso(from + 65) : null
        })
      const jobs = [
        attempt(1, 'build', 'success', 0),
        attempt(1, 'test', 'failure', 0),
        attempt(1, 'e2e', 'failure', 0),
        attempt(1, 'report', 'failure', 70),
        attempt(2, 'test', 'failure', 600),
        attempt(2, 'e2e', 'success', 600),
        attempt(2, 'report', null, 700)
      ]
      const md = renderTimeline(jobs, { now: NOW, currentJobId: jobs[6]?.id })
      expectWellFormed(md)
      expect(tasks(md).map((t) => [t.id, t.label, t.tags])).toEqual([
        ['j0', 'build', []],
        ['j1', 'test (attempt 1)', ['done']],
        ['j2', 'e2e (attempt 1)', ['done']],
        ['j3', 'report (attempt 1)', ['done']],
        ['j4', 'test', ['crit']],
        ['j5', 'e2e', []],
        // The job running this step; its own earlier attempt is just superseded.
        ['j6', 'report (this job)', ['active']]
      ])
    })

    it('tells attempts apart in a generated run with re-runs', () => {
      const [first = [], second = []] = generateRun({ jobs: 40, attempts: 2, seed: 3 })
      const seen = new Set<number>()
      const all = records([...first, ...second].filter((j) => !seen.has(j.id) && seen.add(j.id)))
      const md = renderTimeline(all, { now: NOW, foldAbove: Infinity })
      expectWellFormed(md)
      const retried = new Set(second.filter((j) => j.run_attempt === 2).map((j) => j.name))
      expect(retried.size).toBeGreaterThan(0)
      for (const name of retried) {
        const text = mermaidText(name)
        const bars = tasks(md).filter((t) => t.label === text || t.label.startsWith(`${text} (`))
        expect(bars.map((t) => [t.label, t.tags.includes('crit') ? 'crit' : t.tags])).toEqual([
          [`${text} (attempt 1)`, ['done']],
          [text, expect.anything()]
        ])
      }
      // Superseded attempts are never crit: the crit bars are the failures that stand.
      const failedLatest = all.filter(
        (j) =>
          j.conclusion === 'failure' && !all.some((k) => k.name === j.name && k.attempt > j.attempt)
      )
      expect(tasks(md).filter((t) => t.tags.includes('crit'))).toHaveLength(failedLatest.length)
    })

    it(`keeps the failed and the slowest ${TIMELINE_MAX_JOBS} jobs of a larger run, and says so`, () => {
      const all = records(generateRun({ jobs: 3000, seed: 11 })[0] ?? [])
      // Unfolded: every job is a bar of its own.
      const md = renderTimeline(all, { now: NOW, foldAbove: Infinity })
      expectWellFormed(md)
      const drawnIds = new Set(
        tasks(md)
          .filter((t) => t.id.startsWith('j'))
          .map((t) => Number(t.id.slice(1)))
      )
      expect(drawnIds.size).toBe(TIMELINE_MAX_JOBS)
      const drawable = all.filter((j) => j.started_at !== null)
      const failed = all.filter((j) => j.conclusion === 'failure')
      expect(failed.length).toBeGreaterThan(0)
      for (const j of failed) expect(drawnIds.has(all.indexOf(j))).toBe(true)
      // Every job drawn but not failed ran at least as long as every job left out.
      const runOf = (j: JobRecord): number => j.duration_seconds ?? 0
      const kept = all.filter((j, i) => drawnIds.has(i) && j.conclusion !== 'failure')
      const left = drawable.filter((j) => !drawnIds.has(all.indexOf(j)))
      expect(Math.min(...kept.map(runOf))).toBeGreaterThanOrEqual(Math.max(...left.map(runOf)))
      const note = md.slice(md.lastIndexOf('```\n') + 4)
      expect(note).toBe(
        `\n_Timeline: ${groupDigits(drawable.length - TIMELINE_MAX_JOBS)} more jobs not shown` +
          ` (it shows every failed job and the ${TIMELINE_MAX_JOBS - failed.length} slowest others)._\n`
      )
      expect(chartLines(md).join('\n').length).toBeLessThanOrEqual(50_000)
    })

    it('keeps the chart text within maxChars', () => {
      const all = records(generateRun({ jobs: 250, seed: 5 })[0] ?? [])
      const full = renderTimeline(all, { now: NOW, foldAbove: Infinity })
      expect(full).not.toContain('_Timeline')
      for (const maxChars of [8_000, 5_000, 1_000]) {
        const md = renderTimeline(all, { now: NOW, maxChars, foldAbove: Infinity })
        expectWellFormed(md)
        // Mermaid counts the text between the fences.
        expect(chartLines(md).join('\n').length + 1).toBeLessThanOrEqual(maxChars)
        expect(md).toMatch(/\n\n_Timeline: \d[\d,]* more jobs not shown \(it shows [^)]+\)\._\n$/)
      }
    })

    it('says so when not even one job fits', () => {
      const md = renderTimeline([job('build', 'success'), job('lint', 'failure')], {
        now: NOW,
        maxChars: 50
      })
      expect(md).toBe(
        "_Timeline: 2 more jobs not shown (the chart would pass mermaid's size limit)._\n"
      )
    })

    it('counts failed jobs left out when there are more than maxJobs', () => {
      const jobs = [
        job('a', 'failure'),
        job('b', 'failure', { completed_at: iso(300) }),
        job('c', 'failure'),
        job('d', 'success', { completed_at: iso(900) })
      ]
      const md = renderTimeline(jobs, { now: NOW, maxJobs: 2 })
      expect(
        tasks(md)
          .filter((t) => t.id.startsWith('j'))
          .map((t) => t.id)
      ).toEqual(['j0', 'j1'])
      expect(
        md.endsWith(
          '\n_Timeline: 2 more jobs not shown, 1 of them failed (it shows the 2 slowest failed jobs)._\n'
        )
      ).toBe(true)
    })

    describe('folding', () => {
      /** `n` legs of a matrix, 10 s apart, each running a minute after a 5 s queue. */
      const legs = (base: string, n: number, over: (i: number) => Partial<ApiJob> = () => ({})) =>
        Array.from({ length: n }, (_, i) =>
          job(`${base} (${i + 1})`, 'success', {
            created_at: iso(i * 10),
            started_at: iso(i * 10 + 5),
            completed_at: iso(i * 10 + 65),
            ...over(i)
          })
        )
      const bars = (md: string): number => tasks(md).length

      it(`keeps every leg up to ${FOLD_ABOVE_ROWS} rows, and folds matrices past it`, () => {
        expect(FOLD_ABOVE_ROWS).toBe(18)
        const small = [job('build', 'success'), ...legs('test', FOLD_ABOVE_ROWS - 1)]
        const kept = renderTimeline(small, { now: NOW })
        expectWellFormed(kept)
        expect(bars(kept)).toBe(FOLD_ABOVE_ROWS)
        expect(kept).not.toContain('_Timeline')

        const tall = [job('build', 'success'), ...legs('test', FOLD_ABOVE_ROWS)]
        const md = renderTimeline(tall, { now: NOW })
        expectWellFormed(md)
        expect(tasks(md).map((t) => [t.id, t.label, t.tags, t.start, t.end])).toEqual([
          ['j0', 'build', [], at(5), at(65)],
          ['g1', `test · ${FOLD_ABOVE_ROWS} legs`, [], at(5), at((FOLD_ABOVE_ROWS - 1) * 10 + 65)]
        ])
        // What was folded is the chart's title, not a note under it.
        expect(chartLines(md)[5]).toBe(
          '  title Matrices folded into one bar each (legs in the table)'
        )
        expect(md.endsWith('```\n')).toBe(true)
      })

      it('folds a matrix per attempt: crit for a failure that stands, dimmed when re-run', () => {
        const first = legs('test', 9, (i) => (i === 4 ? { conclusion: 'failure' } : {}))
        const unit = legs('unit', 8, (i) => (i === 2 ? { conclusion: 'failure' } : {}))
        const rerun = job('test (5)', 'success', {
          run_attempt: 2,
          created_at: iso(600),
          started_at: iso(640),
          completed_at: iso(700)
        })
        const md = renderTimeline([...first, ...unit, rerun, job('lint', 'success')], { now: NOW })
        expectWellFormed(md)
        expect(tasks(md).map((t) => [t.id, t.label, t.tags])).toEqual([
          ['g0', 'test · 9 legs · 1 failed, re-run', []],
          ['j17', 'test (5) · queued 40s', []],
          ['g9', 'unit · 8 legs · 1 failed', ['crit']],
          ['j18', 'lint', []]
        ])
      })

      it('folds reusable workflows, leaves skipped jobs out, and never folds the job running this step', () => {
        const jobs = [
          ...legs('shard', 16),
          job('ci / build', 'success'),
          job('ci / test (a)', null),
          job('ci / test (b)', null, { status: 'queued', started_at: null }),
          job('ci / report', null),
          job('deploy', 'skipped', { started_at: iso(0), completed_at: iso(0) })
        ]
        const md = renderTimeline(jobs, { now: NOW, currentJobId: jobs[19]?.id })
        expectWellFormed(md)
        expect(tasks(md).map((t) => [t.id, t.label, t.tags])).toEqual([
          // A waiting job's bar starts when it was created: the group's too.
          ['g16', 'ci · 3 jobs · 1 running · 1 waiting', ['active']],
          ['j19', 'ci / report (this job)', ['active']],
          ['g0', 'shard · 16 legs', []]
        ])
        expect(md).toContain(
          '\n  title Matrices and reusable workflows folded into one bar each, skipped jobs left out (all in the table)\n'
        )
      })

      it('dims a group of jobs that all wait', () => {
        const waiting = legs('test', 19, () => ({
          status: 'queued',
          conclusion: null,
          started_at: null,
          completed_at: null
        }))
        const md = renderTimeline([job('build', 'success'), ...waiting], { now: NOW })
        expect(task(md, 'g1')).toMatchObject({
          label: 'test · 19 legs · 19 waiting',
          tags: ['done'],
          end: NOW
        })
      })

      it('escapes folded names as it escapes job names', () => {
        const md = renderTimeline(legs('title e2e: a;b#c%%d', 20), { now: NOW })
        expectWellFormed(md)
        expect(tasks(md).map((t) => t.label)).toEqual([
          `${mermaidText('title e2e: a;b#c%%d')} · 20 legs`
        ])
        expect(tasks(md)[0]?.label.startsWith(ZWSP)).toBe(true)
      })

      it('draws no more bars than jobs plus matrices, and folds 3000 jobs under the size limit', () => {
        for (const spec of [
          { jobs: 60, attempts: 2, seed: 4 },
          { jobs: 250, seed: 2 },
          { jobs: 3000, seed: 3 }
        ]) {
          const seen = new Set<number>()
          const all = records(
            generateRun(spec)
              .flat()
              .filter((j) => !seen.has(j.id) && seen.add(j.id))
          )
          const md = renderTimeline(all, { now: NOW })
          expectWellFormed(md)
          const matrices = groupJobs(all, () => false).filter((e) => e.kind === 'matrix').length
          expect(bars(md)).toBeLessThanOrEqual(all.length + matrices)
          expect(bars(md)).toBeLessThan(40)
          expect(chartLines(md).join('\n').length).toBeLessThanOrEqual(50_000)
          expect(md).toMatch(
            /\n {2}title Matrices and reusable workflows folded into one bar each(, skipped jobs left out)? \(all in the table\)\n/
          )
        }
      })
    })

    it('writes the same chart in every time zone', () => {
      // Jest's sandbox keeps its own copy of process.env, so TZ set here would
      // not reach the clock: each zone gets a node process of its own.
      const script = `
        import { renderTimeline } from './src/render/timeline.ts'
        import { recordMaker } from './src/model/records.ts'
        import { generateRun } from './scripts/sample-run.ts'
        const run = { owner: 'o', repo: 'r', id: 1, attempt: 'all' }
        const urls = { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' }
        const jobs = generateRun({ jobs: 60, attempts: 2, seed: 9 }).flat()
          .map(recordMaker(run, urls))
        const chart = renderTimeline(jobs, { now: ${NOW}, currentJobId: jobs[3].id })
        process.stdout.write(JSON.stringify({ hour: new Date(${T0}).getHours(), chart }))`
      const root = fileURLToPath(new URL('../..', import.meta.url))
      const runs = ['UTC', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Kiritimati'].map((tz) => {
        const out = execFileSync(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script],
          { cwd: root, env: { ...process.env, TZ: tz, NODE_OPTIONS: '' }, encoding: 'utf8' }
        )
        return JSON.parse(out) as { hour: number; chart: string }
      })
      // The zones did apply (local hours differ), and the chart did not change.
      expect(new Set(runs.map((r) => r.hour)).size).toBe(4)
      expect(new Set(runs.map((r) => r.chart)).size).toBe(1)
      expect(runs[0]?.chart).toMatch(/^```mermaid\n%%\{init: .*\}%%\ngantt\n/)
    }, 30_000)
  })

  describe('helpers', () => {
    it('shortenName', () => {
      expect(shortenName('integration (postgres)', 12)).toBe('integration…')
      expect(shortenName('lint', 12)).toBe('lint')
      expect(shortenName('a'.repeat(MAX_NAME_LENGTH))).toBe('a'.repeat(MAX_NAME_LENGTH))
    })

    it('groupOf', () => {
      expect(groupOf('ci / test (ubuntu-latest, 20)')).toBe('ci')
      expect(groupOf('test (ubuntu-latest, 20)')).toBe('test')
      expect(groupOf('test (a / b)')).toBe('test')
      expect(groupOf('unit (shard 1/8)')).toBe('unit')
      expect(groupOf('e2e | smoke: chrome')).toBe('e2e | smoke: chrome')
      expect(groupOf('(x)')).toBe('(x)')
    })

    it('axisFormatFor', () => {
      expect(axisFormatFor(3 * 60_000)).toBe('%H:%M:%S')
      expect(axisFormatFor(40 * 60_000)).toBe('%H:%M')
      expect(axisFormatFor(3 * 86_400_000)).toBe('%b %d %H:%M')
    })

    it('groupDigits', () => {
      expect(groupDigits(2700)).toBe('2,700')
      expect(groupDigits(999)).toBe('999')
      expect(groupDigits(1_234_567)).toBe('1,234,567')
    })

    it('foldNote', () => {
      expect(foldNote(4, 0, 0)).toBe('Matrices folded into one bar each (legs in the table)')
      expect(foldNote(0, 2, 0)).toBe(
        'Reusable workflows folded into one bar each (all in the table)'
      )
      expect(foldNote(5, 1, 1)).toBe(
        'Matrices and reusable workflows folded into one bar each, skipped jobs left out (all in the table)'
      )
      expect(foldNote(0, 0, 2)).toBe('Skipped jobs left out (all in the table)')
      expect(foldNote(0, 0, 0)).toBeNull()
    })

    it('leftOutNote', () => {
      expect(leftOutNote(2700, 300, 12, 0)).toBe(
        '_Timeline: 2,700 more jobs not shown (it shows every failed job and the 288 slowest others)._'
      )
      expect(leftOutNote(1, 300, 0, 0)).toBe(
        '_Timeline: 1 more job not shown (it shows the 300 slowest)._'
      )
      expect(leftOutNote(5, 3, 3, 0)).toBe(
        '_Timeline: 5 more jobs not shown (it shows every failed job)._'
      )
    })
  })
})
