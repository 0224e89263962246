// Reading a job's log: each line's timestamp and `##[…]` marker, the failing
// step's part of the log, and the lines that show why it failed. Pure text
// in, lines out; github/logs.ts downloads, render/excerpt.ts shows them.
import type { StepRecord } from './types.js'

/* eslint-disable no-control-regex -- escape sequences are control characters */
/**
 * ANSI escape sequences: CSI (`ESC [` … final byte, or the 8-bit `0x9b`), OSC
 * (`ESC ]` or `0x9d` … up to BEL, `ESC \` or `0x9c`; an unterminated one runs
 * to the end, as a terminal would swallow it), and the short two- or
 * three-byte `ESC` sequences such as `ESC ( B` or `ESC 7`.
 */
const ANSI =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]/g

/* eslint-enable no-control-regex */

/**
 * Removes ANSI CSI and OSC escape sequences (colours, cursor moves, hyperlinks).
 *
 * @example stripAnsi('\x1b[31mError\x1b[0m: boom') === 'Error: boom'
 */
export function stripAnsi(s: string): string {
  return s.replace(ANSI, '')
}

/** What the summary shows for one failed job. */
export type Excerpt =
  { lines: string[]; step: StepRecord | null } | { missing: string; step: StepRecord | null }

/**
 * The step to look for. A StepRecord fits; the times are optional and help to
 * find a step whose `name:` does not appear in the log.
 */
export interface StepRef {
  name: string
  number: number
  started_at?: string | null
  completed_at?: string | null
}

// Reading one log line

/** The runner's timestamp: 7 fractional digits, one space after it. */
const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?)\d*Z ?/
/** A line the runner wrote as a `##[name]` marker (what `::name::` became). */
const MARKER = /^##\[([a-z-]+)\]/

export interface LogLine {
  /** Epoch milliseconds of the runner's timestamp; null when the line has none. */
  ms: number | null
  /** The line without BOM and timestamp, otherwise raw. */
  text: string
  /** `group`, `endgroup`, `error`… when the line is a `##[…]` marker. */
  marker: string | null
}

/**
 * Splits off the BOM and the runner's timestamp.
 *
 * @example parseLine('\uFEFF2026-11-20T10:03:12.1234567Z ##[error]boom')
 *   // { ms: Date.parse('2026-11-20T10:03:12.123Z'), text: '##[error]boom', marker: 'error' }
 */
export function parseLine(raw: string): LogLine {
  const line = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  const stamp = STAMP.exec(line)
  const ms = stamp ? Date.parse(`${stamp[1] ?? ''}Z`) : NaN
  const text = stamp ? line.slice(stamp[0].length) : line
  return {
    ms: Number.isNaN(ms) ? null : ms,
    text,
    marker: MARKER.exec(text)?.[1] ?? null
  }
}

/**
 * Whether a line opens a step's part of the log: the runner writes
 * `##[group]Run <command or action>` when a step starts, whatever its `name:`.
 *
 * @example isStepStart('##[group]Run npm test') === true
 */
export function isStepStart(text: string): boolean {
  return text.startsWith('##[group]Run ')
}

// The markers shown with a word, as GitHub's log viewer shows them.
const MARKER_LABELS: Readonly<Record<string, string>> = {
  error: 'Error: ',
  warning: 'Warning: ',
  notice: 'Notice: ',
  debug: 'Debug: ',
  command: '',
  section: ''
}

/* eslint-disable no-control-regex -- removing control characters is the point */
/** C0 controls but tab, DEL and C1: a terminal acts on them, a reader never sees them. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g
/* eslint-enable no-control-regex */

/**
 * A log line as a reader should see it: no ANSI codes or control characters,
 * only what a terminal would leave of a line rewritten with `\r`, and
 * `##[error]`-style markers shown as words. Null for `##[group]` and
 * `##[endgroup]` lines, which only fold the log.
 *
 * @example showLine({ ms: null, text: '##[error]\x1b[31mboom\x1b[0m', marker: 'error' }) === 'Error: boom'
 * @example showLine({ ms: null, text: '10%\r55%\r100% done', marker: null }) === '100% done'
 */
function showLine(line: LogLine): string | null {
  let text = line.text
  if (line.marker !== null) {
    if (line.marker === 'group' || line.marker === 'endgroup') return null
    const label = MARKER_LABELS[line.marker]
    if (label !== undefined) text = label + text.slice(line.marker.length + 4)
  }
  text = stripAnsi(text)
  // A progress bar redraws its line after `\r`; keep the last drawing.
  const drawings = text.split('\r').filter((part) => part !== '')
  text = drawings.at(-1) ?? ''
  return text.replace(CONTROLS, '').trimEnd()
}

// ---------------------------------------------------------------------------
// Finding the failing step's part

/** Collapses runs of whitespace and drops a trailing ellipsis. ex. 'Run  npm test…' -> 'Run npm test' */
function normalizeName(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:…|\.\.\.)$/, '')
}

/**
 * Whether a `##[group]Run …` header belongs to a step of that name. The API
 * names an unnamed step `Run <first line of the command>`, sometimes
 * shortened, so a header that starts with the name matches too.
 *
 * @example headerMatches('Run npm run build -- --target linux-x64', 'Run npm run build -- --ta…') === true
 * @example headerMatches('Run npm test', 'Test') === false
 */
function headerMatches(header: string, stepName: string): boolean {
  const h = normalizeName(header)
  const n = normalizeName(stepName)
  if (!n.startsWith('Run ') || n.length <= 'Run '.length) return false
  return h === n || (n.length >= 8 && h.startsWith(n))
}

/**
 * The API's step times as a window of epoch milliseconds: they have whole
 * seconds, the log's timestamps a tenth of a microsecond, so the window runs
 * from the start's second to the end of the end's second.
 *
 * @example stepWindow({ started_at: '2026-11-20T10:03:12Z', completed_at: '2026-11-20T10:03:20Z' })
 *   // { from: Date.parse('2026-11-20T10:03:12Z'), to: Date.parse('2026-11-20T10:03:21Z') }
 */
function stepWindow(step: StepRef): { from: number; to: number } | null {
  const start = Date.parse(step.started_at ?? '')
  const end = Date.parse(step.completed_at ?? '')
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  return { from: Math.floor(start / 1000) * 1000, to: Math.floor(end / 1000) * 1000 + 1000 }
}

/** A half-open range of line indexes. */
interface Part {
  start: number
  end: number
}

/**
 * Where the step's lines are: its `##[group]Run` header found by name (or, for
 * a step with its own `name:`, by time), up to the next step's header, or up
 * to the step's end time when known (a composite action writes a header for
 * each of its own steps). Null when the step cannot be found.
 */
function locateStep(
  lines: readonly LogLine[],
  headers: readonly number[],
  step: StepRef
): Part | null {
  const window = stepWindow(step)
  const inWindow = (i: number): boolean => {
    const ms = lines[i]?.ms ?? null
    return window !== null && ms !== null && ms >= window.from && ms < window.to
  }
  const nextHeader = (i: number): number => headers.find((h) => h > i) ?? lines.length
  const partFrom = (i: number): Part => {
    if (!inWindow(i) || window === null) return { start: i, end: nextHeader(i) }
    let end = i + 1
    while (end < lines.length && !((lines[end]?.ms ?? -Infinity) >= window.to)) end++
    return { start: i, end }
  }

  const named = headers.filter((h) =>
    headerMatches(lines[h]?.text.slice('##[group]'.length) ?? '', step.name)
  )
  let header: number | undefined
  if (named.length > 0) {
    // The same command can run in several steps: the one at the step's time,
    // else the one that reported an error, else the last (a failure ends the job).
    header =
      named.find(inWindow) ?? named.find((h) => firstError(lines, partFrom(h)) >= 0) ?? named.at(-1)
  } else {
    header = headers.find(inWindow)
  }
  return header === undefined ? null : partFrom(header)
}

/** Index of the first `##[error]` line in the part; -1 when there is none. */
function firstError(lines: readonly LogLine[], part: Part): number {
  for (let i = part.start; i < part.end; i++) if (lines[i]?.marker === 'error') return i
  return -1
}

/**
 * The step part that holds the log's first `##[error]` line, for a step that
 * could not be found; the whole log when no line is an error.
 */
function partOfFirstError(lines: readonly LogLine[], headers: readonly number[]): Part {
  const error = firstError(lines, { start: 0, end: lines.length })
  if (error < 0) return { start: 0, end: lines.length }
  let start = 0
  for (const h of headers) if (h <= error) start = h
  return { start, end: headers.find((h) => h > error) ?? lines.length }
}

/**
 * Where the step's output starts: after the group the runner opens with the
 * step's header, which echoes the command, its shell and its environment
 * (`##[group]Run npm test`, `npm test`, `shell: …`, `##[endgroup]`): the
 * step's name and its log link already say that. The part's start when the
 * group does not close before `last`.
 */
function afterCommandEcho(lines: readonly LogLine[], part: Part, last: number): number {
  if (lines[part.start]?.marker !== 'group') return part.start
  for (let i = part.start + 1; i < last; i++) {
    const marker = lines[i]?.marker
    if (marker === 'endgroup') return i + 1
    if (marker === 'group' || marker === 'error') break
  }
  return part.start
}

/**
 * The lines that show why a step failed: in the failing step's part of a job
 * log, the last `maxLines` lines up to and including its first `##[error]`
 * line (the last lines of the part when it has none), after the echo of its
 * command (the header's group). The BOM, timestamps,
 * ANSI codes and `##[group]`/`##[endgroup]` lines are dropped; `##[error]x`
 * reads `Error: x`. When the step is null or not found in the log, the part
 * around the log's first `##[error]` line is used.
 *
 * @example failingLines('\uFEFF2026-11-20T10:00:01.0000000Z ##[group]Run make\n' +
 *   '2026-11-20T10:00:01.1000000Z ##[endgroup]\n2026-11-20T10:00:02.0000000Z cc: \x1b[31mno\x1b[0m\n' +
 *   '2026-11-20T10:00:02.1000000Z ##[error]Process completed with exit code 2.\n',
 *   { name: 'Run make', number: 3 }, 30)
 *   // ['cc: no', 'Error: Process completed with exit code 2.']
 */
export function failingLines(log: string, step: StepRef | null, maxLines: number): string[] {
  if (maxLines <= 0) return []
  const raw = log.split('\n')
  if (raw.at(-1) === '') raw.pop()
  const lines = raw.map((line) => parseLine(line.endsWith('\r') ? line.slice(0, -1) : line))
  const headers: number[] = []
  lines.forEach((line, i) => {
    if (isStepStart(line.text)) headers.push(i)
  })

  const part = (step && locateStep(lines, headers, step)) ?? partOfFirstError(lines, headers)
  const error = firstError(lines, part)
  const last = error >= 0 ? error : part.end - 1
  const first = afterCommandEcho(lines, part, last)
  const out: string[] = []
  for (let i = last; i >= first && out.length < maxLines; i--) {
    const line = lines[i]
    const shown = line ? showLine(line) : null
    if (shown !== null) out.push(shown)
  }
  out.reverse()
  // Blank lines at the edges only push the lines that matter out of view.
  while (out[0] === '') out.shift()
  while (out.at(-1) === '') out.pop()
  return out
}
