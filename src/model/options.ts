// The values an option may take, checked one by one: the action's inputs
// (action/inputs.ts) and the CLI's flags (cli/args.ts) parse with the same
// rules and the same words. Each parser is handed the option's label as the
// edge names it ("input 'attempt'", "--attempt"), so an error names what the
// user typed. Pure: text in, a value or an OptionError out.

/** Whose steps a report lists: the failed jobs' (default), every job's, or none. */
export type StepsMode = 'failed' | 'all' | 'none'

/** Every conclusion GitHub reports for a job. */
export const CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure'
] as const

/** The conclusions `unsuccessful` stands for: all but success, skipped, neutral. */
export const UNSUCCESSFUL: readonly string[] = CONCLUSIONS.filter(
  (c) => c !== 'success' && c !== 'skipped' && c !== 'neutral'
)

/** A value the user must change; the message names the option, the value and what is accepted. */
export class OptionError extends Error {
  constructor(
    /** The option as the edge names it. ex. "input 'attempt'", "--attempt" */
    readonly label: string,
    readonly value: string,
    /** What is accepted, as a phrase: "true or false". */
    readonly accepted: string
  ) {
    super(`Invalid ${label}: '${value}'. Expected ${accepted}.`)
    this.name = 'OptionError'
  }
}

/** `owner/repo`. ex. 'octo-org/octo-repo' -> { owner: 'octo-org', repo: 'octo-repo' } */
export function parseRepository(label: string, text: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text)
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new OptionError(label, text, 'the format {owner}/{repo}')
  }
  return { owner: m[1] ?? '', repo: m[2] ?? '' }
}

/** A workflow run id. ex. '29679449' -> 29679449 */
export function parseRunId(label: string, text: string): number {
  const id = positiveInteger(text)
  if (id === null) throw new OptionError(label, text, 'a workflow run id: a positive whole number')
  return id
}

/** A job id, or null when empty (GitHub Enterprise Server has none to give). */
export function parseJobId(label: string, text: string): number | null {
  if (text === '') return null
  const id = positiveInteger(text)
  if (id === null) {
    throw new OptionError(label, text, 'empty or a numeric job id (`${{ job.check_run_id }}`)')
  }
  return id
}

/** Log lines per failed job. ex. '30' -> 30 */
export function parseLogLines(label: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 10_000) {
    throw new OptionError(label, text, 'a whole number from 0 to 10000')
  }
  return Number(text)
}

/** Earlier runs compared with, at most (the `history` input). */
export const MAX_HISTORY = 50

/** How many earlier runs to compare with; 0 turns the comparison off. ex. '10' -> 10 */
export function parseHistory(label: string, text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > MAX_HISTORY) {
    throw new OptionError(label, text, `a whole number from 0 (off) to ${MAX_HISTORY}`)
  }
  return Number(text)
}

/**
 * The factor past the usual duration that counts as slower: a number above
 * 1, such as 1.5 (50% over the usual) or 2; a trailing `x` is allowed.
 * ex. '1.5' -> 1.5, '2x' -> 2
 */
export function parseSlowerThan(label: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?|\.\d+)x?$/i.exec(text.trim())
  const n = m ? Number(m[1]) : NaN
  if (!Number.isFinite(n) || n <= 1 || n > 100) {
    throw new OptionError(label, text, 'a factor above 1, such as 1.5 or 2')
  }
  return n
}

/** `failed`, `all` or `none`, in any case. */
export function parseSteps(label: string, text: string): StepsMode {
  const lower = text.toLowerCase()
  if (lower !== 'failed' && lower !== 'all' && lower !== 'none') {
    throw new OptionError(label, text, 'one of failed, all, none')
  }
  return lower
}

function positiveInteger(text: string): number | null {
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && Number.isSafeInteger(n) ? n : null
}

/** `latest`, `all` or an attempt number. ex. '2' -> 2 */
export function parseAttempt(label: string, text: string): 'latest' | 'all' | number {
  const lower = text.toLowerCase()
  if (lower === 'latest' || lower === 'all') return lower
  const n = positiveInteger(text)
  if (n === null) {
    throw new OptionError(label, text, 'latest, all, or an attempt number (1, 2, …)')
  }
  return n
}

/**
 * The YAML 1.2 core schema's booleans, as the toolkit's getBooleanInput
 * accepts them; empty takes the default (an explicit `''` in `with:`).
 */
export function parseBoolean(label: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new OptionError(label, text, 'true or false')
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * A duration in milliseconds: `90s` → 90000, `15m`, `1h`, `1h30m`, or plain
 * seconds (`45` → 45000).
 */
export function parseDuration(label: string, text: string): number {
  const t = text.trim().toLowerCase()
  let ms: number | null = null
  if (/^\d+(\.\d+)?$/.test(t)) {
    ms = Number(t) * 1000
  } else if (/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(t)) {
    ms = 0
    for (const [, n, unit] of t.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
      ms += Number(n) * (UNIT_MS[unit ?? 's'] ?? 1000)
    }
  }
  if (ms === null || !Number.isFinite(ms) || ms <= 0 || ms > 7 * 24 * 3_600_000) {
    throw new OptionError(
      label,
      text,
      'a duration such as 90s, 15m, 1h, 1h30m or plain seconds (above 0, at most a week)'
    )
  }
  return Math.round(ms)
}

/** Conclusions, comma- or newline-separated; `unsuccessful` expands. */
export function parseConclusions(label: string, text: string): string[] {
  const out = new Set<string>()
  for (const raw of text.split(/[\n,]/)) {
    const word = raw.trim().toLowerCase()
    if (word === '') continue
    if (word === 'unsuccessful') {
      UNSUCCESSFUL.forEach((c) => out.add(c))
    } else if ((CONCLUSIONS as readonly string[]).includes(word)) {
      out.add(word)
    } else {
      throw new OptionError(
        label,
        raw.trim(),
        `conclusions separated by commas or newlines, each one of unsuccessful, ${CONCLUSIONS.join(', ')}`
      )
    }
  }
  return [...out]
}

/** One pattern per line; blank lines and surrounding spaces are dropped. */
export function parsePatterns(label: string, text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  for (const line of lines) {
    if (line === '!') throw new OptionError(label, line, 'a job-name pattern after `!`')
  }
  return lines
}
