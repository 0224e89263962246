// The timeline: a mermaid gantt of a run's jobs for the job summary, one row
// and one bar per job: the run (started → completed, or → now while it runs),
// its queue time in the label when it is worth a word. When the chart would
// be tall, each matrix and reusable workflow is folded into one bar. Pure:
// the clock comes in as `now`, and every time is epoch milliseconds written
// with `dateFormat x`, so no time zone enters the chart text (mermaid draws
// the axis labels in the reader's local time, which is what a reader expects).
//
// Why the queue time is a word and not a bar of its own: mermaid draws each
// task on its own row, so a queue bar doubled the rows (the demo's 44 jobs
// made 85 rows, 2,140 px at GitHub's width). Mermaid's gantt option
// `displayMode: compact` (added in 2023, mermaid 10; set by front matter,
// 10.5+, or an `init` directive) puts tasks that do not overlap on one row, but greedily
// for a whole section: different jobs share a row and their labels are drawn
// over each other, and the queue bars stay bars (the demo: 892 px, still 85
// bars, unreadable; checked with mermaid 12 in chromium). And GitHub renders
// with its own pinned mermaid: 9.x in 2022 (gitGraph, new in 9.0, drew by
// May), 10.1.0 in May 2023, 11.x from September 2024 (11.3.0 from that
// autumn into 2025; a ```` ```mermaid ```` block holding `info` shows it),
// GitHub Enterprise Server later. So the chart uses no front matter and no
// option newer than 9. Its one setting is an `init` directive (read since
// mermaid 8.6; deprecated for front matter in 10.5, still read in 12) for
// slimmer bars: 20 px a row instead of 24, the demo's chart 76 px shorter
// with its labels still inside the bars. A renderer that ignores it draws
// the same chart with mermaid's default bars.
/** The chart's one setting: rows of 20 px (mermaid's default: bars of 20, gaps of 4). */
export const GANTT_INIT = '%%{init: {"gantt": {"barHeight": 16, "barGap": 4}}}%%'
import { fence, mermaidText } from './escape.js'
import { foldBars, jobBar, type Bar, type BarContext } from './timeline-bars.js'
import { axisFormatFor, foldNote, groupOf, leftOutNote, shortenName } from './timeline-words.js'
import { latestPerName } from '../model/report.js'
import type { JobRecord } from '../model/types.js'

export interface TimelineOptions {
  /** Epoch milliseconds of "now": running jobs, and waiting jobs, end here. */
  now: number
  /** The job running this step: its bar reads "(this job)", and it is never folded. */
  currentJobId?: number | null
  /** Most bars drawn (default TIMELINE_MAX_JOBS); past it the failed and the slowest are kept. */
  maxJobs?: number
  /** Most characters of chart text (default MERMAID_MAX_CHARS); past it, as for maxJobs. */
  maxChars?: number
  /** Rows past which groups are folded (default FOLD_ABOVE_ROWS; Infinity: never). */
  foldAbove?: number
}

/** Bars drawn at most by default: 300 rows are about 7,300 px, a very tall chart already. */
export const TIMELINE_MAX_JOBS = 300

/** Mermaid's `maxTextSize`: a longer chart is not drawn at all ("Maximum text size exceeded"). */
export const MERMAID_MAX_CHARS = 50_000

/**
 * Rows a chart may have before its matrices and reusable workflows are
 * folded. Mermaid draws a row in 24 px, plus 100 px of margins: 18 rows are
 * about 530 px, what fits on a screen beside the verdict. A run this small
 * keeps every leg.
 */
export const FOLD_ABOVE_ROWS = 18

/** The section of jobs that share no prefix or matrix base name with another job. */
const GENERAL_SECTION = 'jobs'
const GENERAL_SECTION_WITH_OTHERS = 'other jobs'

/**
 * Section titles by job name: a group (see groupOf) shared by two or more
 * distinct job names is a section; every other job goes to the general one.
 * Titles are unique after escaping (mermaid merges sections of equal names).
 */
function sectionsOf(jobs: readonly JobRecord[]): Map<string, string> {
  // groupOf runs a regular expression: once a name.
  const groupOfName = new Map<string, string>()
  for (const job of jobs)
    if (!groupOfName.has(job.name)) groupOfName.set(job.name, groupOf(job.name))
  const sizes = new Map<string, number>()
  for (const group of groupOfName.values()) sizes.set(group, (sizes.get(group) ?? 0) + 1)
  const grouped = (group: string): boolean => (sizes.get(group) ?? 0) >= 2
  const groups = [...groupOfName.values()]
  const hasGroups = groups.some(grouped)
  const hasGeneral = groups.some((g) => !grouped(g))
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
  const out = new Map<string, string>()
  for (const [name, group] of groupOfName) {
    out.set(name, grouped(group) ? title(`g:${group}`, group) : generalTitle)
  }
  return out
}

/** The task line of a bar: escaped label, tags, a unique id, start and end. */
function taskLine(bar: Bar): string {
  const tags = bar.tags.map((t) => `${t},`).join('')
  const id = `${bar.fold ? 'g' : 'j'}${bar.index}`
  return `    ${mermaidText(bar.label)}:${tags}${id},${bar.start},${bar.end}`
}

/** Failed first, then the longest run, then the longest queue, then run order. */
function byImportance(a: Bar, b: Bar): number {
  const run = (bar: Bar): number => (bar.ran ? bar.end - bar.start : 0)
  return (
    Number(b.failed) - Number(a.failed) ||
    run(b) - run(a) ||
    b.queueMs - a.queueMs ||
    a.index - b.index
  )
}

/**
 * A mermaid gantt of the jobs, as a fenced Markdown block ending in a
 * newline, one row and one bar per job; after it, each on a line of its
 * own, italic notes on what it folded or left out. `''` when no job has
 * started.
 *
 * A job's bar is its run, started → completed (→ now while it runs,
 * `active`), failed ones `crit`; its label is its name, and its queue time
 * when that reached NOTICEABLE_QUEUE_SECONDS (`build · queued 1m 35s`). A
 * job still waiting for a runner is a dimmed (`done`) bar from its creation
 * to now, `deploy · waiting 2m 10s`; one cancelled while queued is its queue
 * time, `deploy · cancelled while queued 40s`. With several attempts of a
 * name (`attempt: all`), the earlier ones (see latestPerName) are dimmed and
 * read `(attempt 1)`, never `crit`: a failure that was re-run is not a
 * failure of the run. The job running this step reads `(this job)`. Skipped
 * jobs with times are a `milestone`; skipped jobs without times are left out.
 *
 * Past `foldAbove` rows, each matrix (`test (…)`) and reusable workflow
 * (`ci / …`) of one attempt is one bar from its first start to its last end,
 * `test · 9 legs · 1 failed`, `crit` when one failed at its latest attempt,
 * `active` while one runs; skipped jobs are then left out. Past `maxJobs`
 * bars or `maxChars` characters of chart text, the failed bars and the
 * slowest are kept.
 *
 * Sections: jobs of one reusable workflow or one matrix, the rest in a
 * general section. Task ids are `j{i}` for a job and `g{i}` for a folded
 * group, `i` the position of its (first) job in `jobs`.
 *
 * @example
 * // build: created 10:00:00, started 10:00:05, completed 10:01:05 (UTC)
 * renderTimeline([build], { now }) ===
 *   '```mermaid\n%%{init: …}%%\ngantt\n  dateFormat x\n  axisFormat %H:%M:%S\n  todayMarker off\n' +
 *   '  section jobs\n    build:j0,1795168805000,1795168865000\n```\n'
 */
export function renderTimeline(jobs: readonly JobRecord[], opts: TimelineOptions): string {
  const maxJobs = Math.max(1, Math.floor(opts.maxJobs ?? TIMELINE_MAX_JOBS))
  const maxChars = opts.maxChars ?? MERMAID_MAX_CHARS
  const foldAbove = opts.foldAbove ?? FOLD_ABOVE_ROWS
  const latest = new Set(latestPerName(jobs))
  const ctx: BarContext = {
    // Mermaid reads a `dateFormat x` time only as an integer.
    now: Math.round(opts.now),
    currentJobId: opts.currentJobId ?? null,
    superseded: new Set(jobs.filter((job) => !latest.has(job)))
  }

  const each = jobs.map((job, i) => jobBar(job, i, ctx))
  let bars = each.filter((bar): bar is Bar => bar !== null)
  if (!bars.some((bar) => bar.ran)) return ''
  const notes: string[] = []
  // What was folded is the chart's title: mermaid draws it in the room it
  // keeps above the bars anyway, where a note under the chart took 60 px.
  let title: string | null = null
  if (bars.length > foldAbove) {
    const folded = foldBars(jobs, each, ctx)
    bars = folded.bars
    title = foldNote(folded.matrices, folded.workflows, folded.skipped)
  }
  const sections = sectionsOf(jobs.filter((_, i) => each[i] !== null))
  const sectionOf = (bar: Bar): string => sections.get(bar.jobs[0]?.name ?? '') ?? ''

  // Loops, not Math.min(...spread): a run can have more jobs than a call has arguments.
  let start = Infinity
  let end = -Infinity
  for (const bar of bars) {
    start = Math.min(start, bar.start)
    end = Math.max(end, bar.end)
  }
  const header = [
    GANTT_INIT,
    'gantt',
    '  dateFormat x',
    `  axisFormat ${axisFormatFor(end - start)}`,
    // Mermaid's marker is the reader's clock, not `now`: it would only stretch the axis.
    '  todayMarker off',
    ...(title ? [`  title ${mermaidText(title)}`] : [])
  ]

  // Keep the most important bars while they fit; each costs its line, plus
  // its section's heading when it is the first of its section.
  const kept: { bar: Bar; line: string }[] = []
  const sectionsUsed = new Set<string>()
  let chars = header.join('\n').length + 1
  for (const bar of [...bars].sort(byImportance)) {
    if (kept.length >= maxJobs) break
    const line = taskLine(bar)
    const section = sectionOf(bar)
    const heading = sectionsUsed.has(section) ? 0 : sectionLine(section).length + 1
    if (chars + heading + line.length + 1 > maxChars) break
    chars += heading + line.length + 1
    sectionsUsed.add(section)
    kept.push({ bar, line })
  }

  if (kept.length < bars.length) {
    const shown = new Set(kept.map((k) => k.bar))
    const left = bars.filter((bar) => !shown.has(bar))
    const jobsLeft = left.reduce((n, bar) => n + bar.jobs.length, 0)
    const failedShown = kept.filter((k) => k.bar.failed).length
    const failedLeft = left.filter((bar) => bar.failed).length
    notes.push(leftOutNote(jobsLeft, kept.length, failedShown, failedLeft))
  }
  const after = notes.map((note) => `\n${note}\n`).join('')
  if (kept.length === 0) return after.trimStart()

  // Sections in order of their first bar; bars by start within each.
  const bySection = new Map<string, string[]>()
  const byTime = (a: Bar, b: Bar): number => a.start - b.start || a.index - b.index
  for (const { bar, line } of kept.sort((a, b) => byTime(a.bar, b.bar))) {
    const list = bySection.get(sectionOf(bar)) ?? []
    list.push(line)
    bySection.set(sectionOf(bar), list)
  }
  const body = [...header]
  for (const [section, lines] of bySection) body.push(sectionLine(section), ...lines)
  return fence(body.join('\n'), 'mermaid') + after
}

/** The `section` statement for a section name (not yet escaped). */
function sectionLine(name: string): string {
  return `  section ${mermaidText(name)}`
}
