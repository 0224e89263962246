// The CLI's text format: heading, verdict, a table of jobs, steps, and the
// failed jobs with their failure reasons and failing log lines, for a
// terminal or a pipe. Pure:
// the report, the clock and the colours come in; the words are the summary's
// (words.ts), each API string made safe for one terminal line (logText).
import { slowerJobs } from '../model/compare.js'
import { times, usualWallText } from './usual.js'
import { failureReasons, RUNNER_PATH } from '../model/failures.js'
import type { Excerpt } from '../model/log-lines.js'
import { isFailed, outcomeOf, type Report } from '../model/report.js'
import type { Annotation, JobRecord } from '../model/types.js'
import { logText } from './escape.js'
import { formatDuration } from './format.js'
import { conclusionText, countsText, durationText, stateText, type StepsMode } from './words.js'

/** SGR colour codes; `paint` is the identity without colour. */
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const
export type Paint = (style: keyof typeof SGR, text: string) => string

export function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_, text) => text
}

/** Columns a string takes in a terminal: wide East Asian and emoji take 2, marks 0. */
export function width(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfe0f) continue
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd)
    n += wide ? 2 : 1
  }
  return n
}

/** Cuts to at most `max` columns with an ellipsis. ex. cut('integration (postgres)', 12) === 'integration…' */
function cut(s: string, max: number): string {
  if (width(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return `${out}…`
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)))
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s

/** One-column symbols (emoji are two columns in most terminals, one in some). */
const SYMBOL: Record<string, [string, keyof typeof SGR]> = {
  success: ['✓', 'green'],
  failure: ['✗', 'red'],
  timed_out: ['✗', 'red'],
  startup_failure: ['✗', 'red'],
  cancelled: ['⊘', 'yellow'],
  action_required: ['!', 'yellow'],
  stale: ['?', 'yellow'],
  unknown: ['?', 'yellow'],
  neutral: ['○', 'dim'],
  skipped: ['-', 'dim'],
  in_progress: ['●', 'yellow'],
  queued: ['○', 'dim']
}

function symbolOf(item: Pick<JobRecord, 'status' | 'conclusion'>, paint: Paint): string {
  const key =
    item.status === 'completed'
      ? outcomeOf(item)
      : item.status === 'in_progress'
        ? 'in_progress'
        : 'queued'
  const [symbol, style] = SYMBOL[key] ?? ['?', 'yellow']
  return paint(style, symbol)
}

/** API text for one terminal line: no escape sequences, no control characters, no `::command::`. */
const term = (s: string): string => logText(s)

/** Longest job name shown in full in the table. */
const NAME_COLUMNS = 48

export interface TextOptions {
  paint: Paint
  now: number
  steps: StepsMode
  excerpts: Map<number, Excerpt>
}

/**
 * The text format: heading, verdict, a table of jobs, steps, failed jobs with
 * their failure reasons (annotations) and log lines.
 */
export function renderText(report: Report, opts: TextOptions): string {
  const { paint, now } = opts
  const out: string[] = []
  const run = report.run
  const which =
    run.attempt === 'all'
      ? ' (all attempts)'
      : typeof run.attempt === 'number'
        ? `, attempt ${run.attempt}`
        : ''
  const workflow = run.workflow ? `${term(run.workflow)} ` : ''
  out.push(paint('bold', `${workflow}run ${run.id}${which} · ${run.owner}/${run.repo}`))
  out.push(paint('dim', run.url), '')
  out.push(verdict(report, paint), '')
  if (report.jobs.length === 0) {
    out.push('No job of this run matched the --jobs patterns.')
    return `${out.join('\n')}\n`
  }

  // The table: every job read, in run order, earlier attempts included.
  const attempts = run.attempt === 'all'
  const names = report.jobs.map((j) => cut(term(j.name), NAME_COLUMNS))
  const nameWidth = Math.max(3, ...names.map(width))
  // The records the aggregates count: a job's latest attempt (a set, as every row asks).
  const counted = new Set(report.aggregated)
  const rows = report.jobs.map((job, i) => {
    const retried = report.passedOnRetry.has(job.name) && counted.has(job)
    return {
      job,
      cells: [
        pad(names[i] ?? '', nameWidth),
        ...(attempts ? [String(job.attempt)] : []),
        term(stateText(job)) + (retried ? ' (passed on retry)' : ''),
        formatDuration(job.queued_seconds),
        durationText(job, now),
        job.runner_name ? term(job.runner_name) : '–'
      ]
    }
  })
  const header = ['JOB', ...(attempts ? ['ATTEMPT'] : []), 'CONCLUSION', 'QUEUED', 'DURATION']
  const widths = header.map((h, c) =>
    Math.max(width(h), ...rows.map((r) => width(r.cells[c] ?? '')))
  )
  // Numbers read best right-aligned: attempt, queued, duration.
  const right = new Set(attempts ? [1, 3, 4] : [2, 3])
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) =>
        c === cells.length - 1
          ? cell
          : right.has(c)
            ? padStart(cell, widths[c] ?? 0)
            : pad(cell, widths[c] ?? 0)
      )
      .join('  ')
      .trimEnd()
  out.push(`   ${paint('bold', line([...header, 'RUNNER']))}`)
  for (const { job, cells } of rows) {
    const superseded = !counted.has(job)
    const text = line(cells)
    out.push(` ${symbolOf(job, paint)} ${superseded ? paint('dim', text) : text}`)
  }

  // Steps, of the jobs --steps selects (`failed`: the failed jobs' failing step, below).
  if (opts.steps === 'all') {
    for (const job of report.jobs.filter((j) => j.steps.length > 0)) {
      out.push('', paint('bold', `${term(job.name)}${attempts ? ` (attempt ${job.attempt})` : ''}`))
      for (const step of job.steps) {
        out.push(
          `   ${symbolOf(step, paint)} ${padStart(String(step.number), 2)}  ${term(step.name)}  ${paint('dim', durationText(step, now))}`
        )
      }
    }
  }

  // Slower than usual (with --history): each job's time against its usual, and its slower steps.
  const slower = report.comparison ? slowerJobs(report.comparison) : []
  if (slower.length > 0) out.push('', paint('bold', `Slower than usual (${slower.length})`))
  for (const s of slower) {
    const ratio = s.ratio === null ? '' : ` · ${times(s.ratio)}`
    out.push(
      `  ${term(s.name)}  ${formatDuration(s.duration_seconds)}, usual ${formatDuration(s.usual_seconds)}${ratio}`
    )
    for (const st of s.steps)
      out.push(
        paint(
          'dim',
          `    ${term(st.name)}  ${formatDuration(st.duration_seconds)}, usual ${formatDuration(st.usual_seconds)}`
        )
      )
  }

  const failed = report.aggregated.filter(isFailed)
  if (failed.length > 0) out.push('', paint('bold', `Failed (${failed.length})`))
  for (const job of failed) {
    const step = job.steps.find((s) => s.conclusion === 'failure') ?? null
    const where = step && opts.steps !== 'none' ? ` · step ${step.number} ${term(step.name)}` : ''
    out.push(
      '',
      `${symbolOf(job, paint)} ${paint('bold', term(job.name))} · ${term(stateText(job))}${where}`,
      `  ${paint('cyan', step ? step.url : job.url)}`
    )
    for (const reason of failureReasons(job)) out.push(...reasonLines(reason, paint))
    const excerpt = opts.excerpts.get(job.id)
    if (!excerpt) continue
    if ('missing' in excerpt) {
      out.push(paint('dim', `  (log ${term(excerpt.missing)})`))
    } else {
      for (const l of excerpt.lines) out.push(`  ${paint('dim', '│')} ${term(l)}`.trimEnd())
    }
  }
  return `${out.join('\n')}\n`
}

/** Lines of an annotation's message shown under a failed job, at most. */
const REASON_LINES = 6
/** Longest line of a reason, in columns. */
const REASON_COLUMNS = 160

/**
 * One failure reason under its failed job: where (`path:line`, but not the
 * runner's `.github`) and the title, then the message without its blank lines.
 *
 * @example reasonLines(a, painter(false))
 *   // ['  ✗ test/paths.test.ts:14 · paths › normalizes separators',
 *   //  '    expect(received).toBe(expected) // Object.is equality', …]
 */
function reasonLines(a: Annotation, paint: Paint): string[] {
  const where =
    a.path && a.path !== RUNNER_PATH
      ? `${term(a.path)}${a.start_line === null ? '' : `:${a.start_line}`}`
      : ''
  const head = [where, term(a.title ?? '').trim()].filter((s) => s !== '').join(' · ')
  const message = a.message
    .split(/\r?\n/)
    .map((l) => term(l).trimEnd())
    .filter((l) => l.trim() !== '')
  const lines = head ? [head, ...message] : message
  const shown = lines.slice(0, REASON_LINES + (head ? 1 : 0))
  if (shown.length < lines.length) shown.push('…')
  return shown.map((l, i) =>
    i === 0 ? `  ${paint('red', '✗')} ${cut(l, REASON_COLUMNS)}` : `    ${cut(l, REASON_COLUMNS)}`
  )
}

/** ex. "✗ failure · 39 jobs: 37 success, 1 failure, 1 skipped · wall time 34m 18s · job time 56m 22s" */
function verdict(report: Report, paint: Paint): string {
  const [symbol, style] = SYMBOL[report.conclusion] ??
    (report.conclusion === 'pending' ? SYMBOL.in_progress : undefined) ?? ['?', 'yellow']
  return (
    `${paint(style, `${symbol} ${term(conclusionText(report))}`)}` +
    ` · ${term(countsText(report))}` +
    ` · wall time ${formatDuration(report.durationSeconds)}${usualWallText(report.comparison)}` +
    ` · job time ${formatDuration(report.jobSeconds)}`
  )
}
