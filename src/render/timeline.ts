// The timeline: a mermaid gantt of a run's jobs for the job summary. Each job
// is a run bar (started → completed, or → now while it runs) preceded by a
// grey queue bar (created → started) when it waited for a runner. Pure: the
// clock comes in as `now`, and every time is epoch milliseconds written with
// `dateFormat x`, so no time zone enters the chart text (mermaid draws the
// axis labels in the reader's local time, which is what a reader expects).
import { fence, mermaidText } from './escape.js'
import { parseTime } from '../model/time.js'
import { formatDuration } from './format.js'
import { axisFormatFor, groupOf, leftOutNote, shortenName } from './timeline-words.js'

import { isFailed } from '../model/report.js'
import type { JobRecord } from '../model/types.js'

export interface TimelineOptions {
  /** Epoch milliseconds of "now": running jobs, and the queue bars of waiting jobs, end here. */
  now: number
  /** The job running this step: its bar reads "(this job)". */
  currentJobId?: number | null
  /** Most jobs drawn (default TIMELINE_MAX_JOBS); past it the failed and the slowest are kept. */
  maxJobs?: number
  /** Most characters of chart text (default MERMAID_MAX_CHARS); past it, as for maxJobs. */
  maxChars?: number
}

/** Jobs drawn at most by default: 300 jobs are up to 600 bars, a very tall chart already. */
export const TIMELINE_MAX_JOBS = 300

/** Mermaid's `maxTextSize`: a longer chart is not drawn at all ("Maximum text size exceeded"). */
export const MERMAID_MAX_CHARS = 50_000

/** The section of jobs that share no prefix or matrix base name with another job. */
const GENERAL_SECTION = 'jobs'
const GENERAL_SECTION_WITH_OTHERS = 'other jobs'

/** One job as drawn: its bars' times in epoch ms, and where it goes. */
interface Plan {
  job: JobRecord
  /** Position in the input: the tie-break everywhere, and the task ids (`q7`, `j7`). */
  index: number
  /** Queue bar, when the job waited: created → started (or → now / completed when it never started). */
  queue: { start: number; end: number } | null
  /** Run bar: started → completed, or → now while running. Null for a job that never started. */
  run: { start: number; end: number } | null
  failed: boolean
  running: boolean
  skipped: boolean
  /** The section name, before escaping. */
  section: string
}

/** The bars of one job, or null when it has nothing to draw (never started and no queue time known). */
function planJob(job: JobRecord, index: number, now: number): Omit<Plan, 'section'> | null {
  const created = parseTime(job.created_at)
  const started = parseTime(job.started_at)
  const completed = parseTime(job.completed_at)
  const done = job.status === 'completed'
  const failed = isFailed(job)
  const skipped = done && job.conclusion === 'skipped'
  const base = { job, index, failed, skipped, running: false }
  if (started === null) {
    // Never started: skipped (left out), cancelled while queued, or still waiting.
    if (skipped || created === null) return null
    const end = done ? completed : now
    if (end === null) return null
    return { ...base, queue: { start: created, end: Math.max(created, end) }, run: null }
  }
  // GitHub does report a `created_at` after `started_at`, and a `completed_at` before it.
  const queue = created !== null && created < started ? { start: created, end: started } : null
  const end = done ? (completed ?? started) : now
  return { ...base, running: !done, queue, run: { start: started, end: Math.max(started, end) } }
}

/** Run time in ms for ranking: what "slowest" means when jobs must be left out. */
const runMs = (p: Plan): number => (p.run ? p.run.end - p.run.start : 0)
const queueMs = (p: Plan): number => (p.queue ? p.queue.end - p.queue.start : 0)
/** Where a job starts in the chart: its queue bar, else its run bar. */
const firstMs = (p: Plan): number => p.queue?.start ?? p.run?.start ?? 0
const lastMs = (p: Plan): number => Math.max(p.queue?.end ?? 0, p.run?.end ?? 0)

/**
 * Section names for the jobs: a group (see groupOf) shared by two or more
 * distinct job names is a section; every other job goes to the general one.
 * Names are unique after escaping (mermaid merges sections of equal names).
 */
function assignSections(plans: Omit<Plan, 'section'>[]): Plan[] {
  // groupOf runs a regular expression: once a job.
  const groups = plans.map((p) => ({ p, group: groupOf(p.job.name) }))
  const namesOf = new Map<string, Set<string>>()
  for (const { p, group } of groups) {
    const names = namesOf.get(group) ?? new Set<string>()
    names.add(p.job.name)
    namesOf.set(group, names)
  }
  const grouped = (group: string): boolean => (namesOf.get(group)?.size ?? 0) >= 2
  const hasGroups = groups.some((g) => grouped(g.group))
  const hasGeneral = groups.some((g) => !grouped(g.group))
  const taken = new Set<string>()
  const titles = new Map<string, string>()
  const title = (key: string, raw: string): string => {
    const known = titles.get(key)
    if (known !== undefined) return known
    let name = shortenName(raw)
    for (let n = 2; taken.has(mermaidText(name)); n++) name = `${shortenName(raw)} (${n})`
    taken.add(mermaidText(name))
    titles.set(key, name)
    return name
  }
  // The general section's name is taken first: a group called "jobs" gets the suffix.
  const generalTitle = hasGeneral
    ? title('\u0000general', hasGroups ? GENERAL_SECTION_WITH_OTHERS : GENERAL_SECTION)
    : ''
  return groups.map(({ p, group }) => ({
    ...p,
    section: grouped(group) ? title(`g:${group}`, group) : generalTitle
  }))
}

/** The mermaid lines of one job: its queue bar (if any), then its run bar. */
function taskLines(p: Plan, label: string): string[] {
  const lines: string[] = []
  if (p.queue) {
    const waited = formatDuration(Math.round((p.queue.end - p.queue.start) / 1000))
    // A job that never started has only this bar: it must carry the name.
    const text = p.run ? `queued ${waited}` : `${label} \u00b7 queued ${waited}`
    const tags = p.run === null && p.failed ? 'done,crit,' : 'done,'
    lines.push(`    ${mermaidText(text)}:${tags}q${p.index},${p.queue.start},${p.queue.end}`)
  }
  if (p.run) {
    const tag = p.running ? 'active,' : p.failed ? 'crit,' : p.skipped ? 'milestone,' : ''
    lines.push(`    ${mermaidText(label)}:${tag}j${p.index},${p.run.start},${p.run.end}`)
  }
  return lines
}

/**
 * The label of a job's bar: its shortened name, the attempt when the chart
 * holds that name more than once (`attempt: all`), and "this job".
 */
function labelOf(p: Plan, repeated: ReadonlySet<string>, currentJobId: number | null): string {
  const marks: string[] = []
  if (repeated.has(p.job.name)) marks.push(`attempt ${p.job.attempt}`)
  if (currentJobId !== null && p.job.id === currentJobId) marks.push('this job')
  const name = shortenName(p.job.name)
  return marks.length ? `${name} (${marks.join(', ')})` : name
}

/** Failed first, then the longest run, then the longest queue, then run order. */
function byImportance(a: Plan, b: Plan): number {
  return (
    Number(b.failed) - Number(a.failed) ||
    runMs(b) - runMs(a) ||
    queueMs(b) - queueMs(a) ||
    a.index - b.index
  )
}

/** Chart order: by first bar, then run order. */
function byTime(a: Plan, b: Plan): number {
  return firstMs(a) - firstMs(b) || a.index - b.index
}

/**
 * A mermaid gantt of the jobs, as a fenced Markdown block ending in a
 * newline; after it, a blank line and an italic note when jobs were left out
 * (past `maxJobs` jobs, or past `maxChars` characters of chart text: the
 * failed jobs and the slowest are kept). `''` when no job has started.
 *
 * Sections: jobs of one reusable workflow (`ci / …` → `ci`) or one matrix
 * (`test (…)` → `test`), the rest in a general section. Tags: queue bars
 * `done`, failed jobs `crit`, running jobs `active` (ending at `now`),
 * skipped jobs that have times `milestone`; skipped jobs without times are
 * left out. Task ids are `q{i}` and `j{i}`, `i` the job's position in `jobs`,
 * so jobs of several attempts that share a name stay distinct.
 *
 * @example
 * // build: created 10:00:00, started 10:00:05, completed 10:01:05 (UTC)
 * renderTimeline([build], { now }) ===
 *   '```mermaid\ngantt\n  dateFormat x\n  axisFormat %H:%M:%S\n  todayMarker off\n' +
 *   '  section jobs\n    queued 5s:done,q0,1795168800000,1795168805000\n' +
 *   '    build:j0,1795168805000,1795168865000\n```\n'
 */
export function renderTimeline(jobs: readonly JobRecord[], opts: TimelineOptions): string {
  const maxJobs = Math.max(1, Math.floor(opts.maxJobs ?? TIMELINE_MAX_JOBS))
  const maxChars = opts.maxChars ?? MERMAID_MAX_CHARS
  const currentJobId = opts.currentJobId ?? null

  // Mermaid reads a `dateFormat x` time only as an integer.
  const now = Math.round(opts.now)
  const drawable = jobs
    .map((job, i) => planJob(job, i, now))
    .filter((p): p is Omit<Plan, 'section'> => p !== null)
  if (!drawable.some((p) => p.run !== null)) return ''
  const plans = assignSections(drawable)
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const p of plans) (seen.has(p.job.name) ? repeated : seen).add(p.job.name)

  // Loops, not Math.min(...spread): a run can have more jobs than a call has arguments.
  let start = Infinity
  let end = -Infinity
  for (const p of plans) {
    start = Math.min(start, firstMs(p))
    end = Math.max(end, lastMs(p))
  }
  const header = [
    'gantt',
    '  dateFormat x',
    `  axisFormat ${axisFormatFor(end - start)}`,
    // Mermaid's marker is the reader's clock, not `now`: it would only stretch the axis.
    '  todayMarker off'
  ]

  // Keep the most important jobs while they fit; each costs its lines, plus
  // its section's heading when it is the first of its section.
  const ranked = [...plans].sort(byImportance)
  const kept: { plan: Plan; lines: string[] }[] = []
  const sectionsUsed = new Set<string>()
  let chars = header.join('\n').length + 1
  for (const plan of ranked) {
    if (kept.length >= maxJobs) break
    const lines = taskLines(plan, labelOf(plan, repeated, currentJobId))
    const heading = sectionsUsed.has(plan.section) ? 0 : sectionLine(plan.section).length + 1
    const cost = heading + lines.reduce((sum, line) => sum + line.length + 1, 0)
    if (chars + cost > maxChars) break
    chars += cost
    sectionsUsed.add(plan.section)
    kept.push({ plan, lines })
  }

  const left = plans.length - kept.length
  const failedShown = kept.filter((k) => k.plan.failed).length
  const failedLeft = plans.filter((p) => p.failed).length - failedShown
  const note = left > 0 ? `\n${leftOutNote(left, kept.length, failedShown, failedLeft)}\n` : ''
  if (kept.length === 0) return note.trimStart()

  // Sections in order of their first job; jobs by time within each.
  const bySection = new Map<string, { plan: Plan; lines: string[] }[]>()
  for (const k of [...kept].sort((a, b) => byTime(a.plan, b.plan))) {
    const list = bySection.get(k.plan.section) ?? []
    list.push(k)
    bySection.set(k.plan.section, list)
  }
  const body = [...header]
  for (const [section, list] of bySection) {
    body.push(sectionLine(section))
    for (const k of list) body.push(...k.lines)
  }
  return fence(body.join('\n'), 'mermaid') + note
}

/** The `section` statement for a section name (not yet escaped). */
function sectionLine(name: string): string {
  return `  section ${mermaidText(name)}`
}
