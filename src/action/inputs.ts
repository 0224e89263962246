// Every input of action.yml, parsed and validated in one place. Pure: the
// caller hands in a reader (core.getInput at the edge, a map in tests) and the
// runner's environment, so a bad value fails before any request is made.

/** The input names of action.yml, defined once. */
export const INPUT = {
  token: 'github-token',
  repository: 'repository',
  runId: 'run-id',
  attempt: 'attempt',
  jobId: 'job-id',
  jobs: 'jobs',
  wait: 'wait',
  timeout: 'timeout',
  interval: 'interval',
  failOn: 'fail-on',
  failFast: 'fail-fast',
  allowFailure: 'allow-failure',
  summary: 'summary',
  steps: 'steps',
  timeline: 'timeline',
  logLines: 'log-lines',
  post: 'post'
} as const

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

export type StepsMode = 'failed' | 'all' | 'none'

export interface Inputs {
  /** Token with `actions: read`. */
  token: string
  /** Owner of the repository whose run is read. */
  owner: string
  /** Name of the repository whose run is read. */
  repo: string
  /** The run to read. */
  runId: number
  /** `latest`, `all`, or one attempt number. */
  attempt: 'latest' | 'all' | number
  /** Numeric id of the job running this step; null when unknown (GHES, local runs). */
  jobId: number | null
  /** Job-name patterns, one per line; empty selects every job. */
  jobs: string[]
  /** Poll until the selected jobs have completed. */
  wait: boolean
  /** Longest wait, in milliseconds. */
  timeoutMs: number
  /** Time between polls, in milliseconds. */
  intervalMs: number
  /** Conclusions that fail the step (`unsuccessful` already expanded). */
  failOn: string[]
  /** With `wait`, stop at the first selected job with a `fail-on` conclusion. */
  failFast: boolean
  /** Job-name patterns whose bad conclusions never fail the step. */
  allowFailure: string[]
  /** Write the job summary. */
  summary: boolean
  /** Whose steps the summary lists. */
  steps: StepsMode
  /** Draw the jobs timeline in the summary. */
  timeline: boolean
  /** Log lines shown per failed job; 0 downloads no logs. */
  logLines: number
  /** Report from the post step. */
  post: boolean
}

/** What the runner tells about where this step runs (GITHUB_* variables). */
export interface RunnerContext {
  repository: string
  runId: string
}

/** Reads one input by name; returns '' when unset (like core.getInput). */
export type InputReader = (name: string) => string

/** Thrown for an input the user must change; the message says how. */
export class InputError extends Error {
  constructor(
    /** The input's name in action.yml. */
    readonly input: string,
    readonly value: string,
    /** What is accepted, as a phrase: "true or false". */
    readonly accepted: string
  ) {
    super(`Invalid input '${input}': '${value}'. Expected ${accepted}.`)
    this.name = 'InputError'
  }
}

/**
 * Reads and validates every input. Throws an InputError naming the input, the
 * bad value and what is accepted; never reads the network.
 */
export function parseInputs(read: InputReader, ctx: RunnerContext): Inputs {
  const get = (name: string): string => read(name).trim()

  const token = read(INPUT.token).trim()
  if (token === '') {
    // Never echo a token: the value printed is always empty here.
    throw new InputError(
      INPUT.token,
      '',
      'a token with actions: read (the default `${{ github.token }}` has it when the workflow grants it)'
    )
  }

  // An explicit empty value means "this run": the same as leaving it out.
  const repository = get(INPUT.repository) || ctx.repository
  const repoMatch = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  if (!repoMatch || repoMatch[2] === '.' || repoMatch[2] === '..') {
    throw new InputError(INPUT.repository, repository, 'the format {owner}/{repo}')
  }

  const runIdText = get(INPUT.runId) || ctx.runId
  const runId = positiveInteger(runIdText)
  if (runId === null) {
    throw new InputError(INPUT.runId, runIdText, 'a workflow run id: a positive whole number')
  }

  const attempt = parseAttempt(get(INPUT.attempt) || 'latest')

  const jobIdText = get(INPUT.jobId)
  const jobId = jobIdText === '' ? null : positiveInteger(jobIdText)
  if (jobIdText !== '' && jobId === null) {
    throw new InputError(
      INPUT.jobId,
      jobIdText,
      'empty or a numeric job id (`${{ job.check_run_id }}`)'
    )
  }

  const timeoutMs = parseDuration(INPUT.timeout, get(INPUT.timeout) || '30m')
  const intervalMs = parseDuration(INPUT.interval, get(INPUT.interval) || '10s')

  const logLinesText = get(INPUT.logLines) || '30'
  if (!/^\d+$/.test(logLinesText) || Number(logLinesText) > 10_000) {
    throw new InputError(INPUT.logLines, logLinesText, 'a whole number from 0 to 10000')
  }

  const stepsText = (get(INPUT.steps) || 'failed').toLowerCase()
  if (stepsText !== 'failed' && stepsText !== 'all' && stepsText !== 'none') {
    throw new InputError(INPUT.steps, get(INPUT.steps), 'one of failed, all, none')
  }

  return {
    token,
    owner: repoMatch[1] ?? '',
    repo: repoMatch[2] ?? '',
    runId,
    attempt,
    jobId,
    jobs: parsePatterns(INPUT.jobs, read(INPUT.jobs)),
    wait: parseBoolean(INPUT.wait, get(INPUT.wait), false),
    timeoutMs,
    intervalMs,
    failOn: parseConclusions(get(INPUT.failOn)),
    failFast: parseBoolean(INPUT.failFast, get(INPUT.failFast), true),
    allowFailure: parsePatterns(INPUT.allowFailure, read(INPUT.allowFailure)),
    summary: parseBoolean(INPUT.summary, get(INPUT.summary), true),
    steps: stepsText,
    timeline: parseBoolean(INPUT.timeline, get(INPUT.timeline), true),
    logLines: Number(logLinesText),
    post: parseBoolean(INPUT.post, get(INPUT.post), false)
  }
}

function positiveInteger(text: string): number | null {
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && Number.isSafeInteger(n) ? n : null
}

function parseAttempt(text: string): 'latest' | 'all' | number {
  const lower = text.toLowerCase()
  if (lower === 'latest' || lower === 'all') return lower
  const n = positiveInteger(text)
  if (n === null) {
    throw new InputError(INPUT.attempt, text, 'latest, all, or an attempt number (1, 2, …)')
  }
  return n
}

/**
 * The YAML 1.2 core schema's booleans, as the toolkit's getBooleanInput
 * accepts them; empty takes the default (an explicit `''` in `with:`).
 */
function parseBoolean(name: string, text: string, fallback: boolean): boolean {
  if (text === '') return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new InputError(name, text, 'true or false')
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * A duration in milliseconds: `90s` → 90000, `15m`, `1h`, `1h30m`, or plain
 * seconds (`45` → 45000).
 */
export function parseDuration(name: string, text: string): number {
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
    throw new InputError(
      name,
      text,
      'a duration such as 90s, 15m, 1h, 1h30m or plain seconds (above 0, at most a week)'
    )
  }
  return Math.round(ms)
}

/** Conclusions, comma- or newline-separated; `unsuccessful` expands. */
function parseConclusions(text: string): string[] {
  const out = new Set<string>()
  for (const raw of text.split(/[\n,]/)) {
    const word = raw.trim().toLowerCase()
    if (word === '') continue
    if (word === 'unsuccessful') {
      UNSUCCESSFUL.forEach((c) => out.add(c))
    } else if ((CONCLUSIONS as readonly string[]).includes(word)) {
      out.add(word)
    } else {
      throw new InputError(
        INPUT.failOn,
        raw.trim(),
        `conclusions separated by commas or newlines, each one of unsuccessful, ${CONCLUSIONS.join(', ')}`
      )
    }
  }
  return [...out]
}

/** One pattern per line; blank lines and surrounding spaces are dropped. */
function parsePatterns(name: string, text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  for (const line of lines) {
    if (line === '!') throw new InputError(name, line, 'a job-name pattern after `!`')
  }
  return lines
}
