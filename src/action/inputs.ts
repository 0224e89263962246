// Every input of action.yml, parsed and validated in one place, with the
// rules of model/options.ts. Pure: the caller hands in a reader
// (core.getInput at the edge, a map in tests) and the runner's environment,
// so a bad value fails before any request is made.
import {
  OptionError,
  parseAttempt,
  parseBoolean,
  parseConclusions,
  parseDuration,
  parseHistory,
  parseJobId,
  parseLogLines,
  parsePatterns,
  parseRepository,
  parseRunId,
  parseSlowerThan,
  parseSteps,
  type StepsMode
} from '../model/options.js'
import type { ErrorNames } from '../github/client.js'
import { otlpOptions, type OtlpEnv, type OtlpOptions } from '../model/otlp-options.js'
import type { RunRef } from '../model/types.js'
import type { ReportRequest } from '../pipeline/report-run.js'

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
  post: 'post',
  history: 'history',
  slowerThan: 'slower-than',
  otlpEndpoint: 'otlp-endpoint',
  otlpHeaders: 'otlp-headers',
  otlpProtocol: 'otlp-protocol',
  exportTraceparent: 'export-traceparent'
} as const

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
  /** Earlier runs of the workflow on its branch to compare with; 0: none. */
  history: number
  /** The factor past the usual duration that counts as slower. */
  slowerThan: number
  /** Where to export the run as a trace (inputs, else OTEL_EXPORTER_OTLP_*); null: no export. */
  otlp: OtlpOptions | null
  /** Write the job's `traceparent` to GITHUB_ENV as TRACEPARENT for the steps after it. */
  exportTraceparent: boolean
}

/** The inputs as the pipeline's messages name them. */
export const NAMES = {
  jobs: INPUT.jobs,
  jobId: INPUT.jobId,
  wait: INPUT.wait,
  failOn: INPUT.failOn
} as const

/** The inputs the client's error messages point at. */
export const ERROR_NAMES: ErrorNames = {
  token: `the ${INPUT.token} input`,
  run: `${INPUT.repository} and ${INPUT.runId}`,
  timeout: `its ${INPUT.timeout} input`,
  attempt: `the ${INPUT.attempt} input`
}

/** The run the inputs name. */
export function runOf(inputs: Inputs): RunRef {
  return { owner: inputs.owner, repo: inputs.repo, id: inputs.runId, attempt: inputs.attempt }
}

/** The report the inputs ask for; `post`: the post step's report of this job. */
export function reportRequest(
  inputs: Inputs,
  current: ReportRequest['current'],
  post: boolean
): ReportRequest {
  return {
    run: runOf(inputs),
    jobs: inputs.jobs,
    failOn: inputs.failOn,
    allowFailure: inputs.allowFailure,
    wait: inputs.wait
      ? { timeoutMs: inputs.timeoutMs, intervalMs: inputs.intervalMs, failFast: inputs.failFast }
      : null,
    // No summary, no log to read for it.
    logLines: inputs.summary ? inputs.logLines : 0,
    history: inputs.history > 0 ? { count: inputs.history, slowerThan: inputs.slowerThan } : null,
    current,
    settleCurrentJob: post
  }
}

/** What the runner tells about where this step runs (GITHUB_* variables). */
export interface RunnerContext {
  repository: string
  runId: string
  /** The standard OpenTelemetry exporter variables, read when the `otlp-*` inputs are empty. */
  otel?: OtlpEnv
}

/** Reads one input by name; returns '' when unset (like core.getInput). */
export type InputReader = (name: string) => string

/** How an error names an input. ex. "input 'attempt'" */
const label = (name: string): string => `input '${name}'`

/**
 * Reads and validates every input. Throws an OptionError naming the input,
 * the bad value and what is accepted; never reads the network.
 */
export function parseInputs(read: InputReader, ctx: RunnerContext): Inputs {
  const get = (name: string): string => read(name).trim()
  const token = get(INPUT.token)
  if (token === '') {
    // Never echo a token: the value printed is always empty here.
    throw new OptionError(
      label(INPUT.token),
      '',
      'a token with actions: read (the default `${{ github.token }}` has it when the workflow grants it)'
    )
  }
  // An explicit empty value means "this run": the same as leaving it out.
  const { owner, repo } = parseRepository(
    label(INPUT.repository),
    get(INPUT.repository) || ctx.repository
  )
  return {
    token,
    owner,
    repo,
    runId: parseRunId(label(INPUT.runId), get(INPUT.runId) || ctx.runId),
    attempt: parseAttempt(label(INPUT.attempt), get(INPUT.attempt) || 'latest'),
    jobId: parseJobId(label(INPUT.jobId), get(INPUT.jobId)),
    jobs: parsePatterns(label(INPUT.jobs), read(INPUT.jobs)),
    wait: parseBoolean(label(INPUT.wait), get(INPUT.wait), false),
    timeoutMs: parseDuration(label(INPUT.timeout), get(INPUT.timeout) || '30m'),
    intervalMs: parseDuration(label(INPUT.interval), get(INPUT.interval) || '10s'),
    failOn: parseConclusions(label(INPUT.failOn), get(INPUT.failOn)),
    failFast: parseBoolean(label(INPUT.failFast), get(INPUT.failFast), true),
    allowFailure: parsePatterns(label(INPUT.allowFailure), read(INPUT.allowFailure)),
    summary: parseBoolean(label(INPUT.summary), get(INPUT.summary), true),
    steps: parseSteps(label(INPUT.steps), get(INPUT.steps) || 'failed'),
    timeline: parseBoolean(label(INPUT.timeline), get(INPUT.timeline), true),
    logLines: parseLogLines(label(INPUT.logLines), get(INPUT.logLines) || '30'),
    post: parseBoolean(label(INPUT.post), get(INPUT.post), false),
    history: parseHistory(label(INPUT.history), get(INPUT.history) || '0'),
    slowerThan: parseSlowerThan(label(INPUT.slowerThan), get(INPUT.slowerThan) || '1.5'),
    otlp: otlpOptions(
      {
        endpoint: get(INPUT.otlpEndpoint),
        headers: read(INPUT.otlpHeaders),
        protocol: get(INPUT.otlpProtocol)
      },
      ctx.otel ?? {},
      {
        endpoint: label(INPUT.otlpEndpoint),
        headers: label(INPUT.otlpHeaders),
        protocol: label(INPUT.otlpProtocol)
      }
    ),
    exportTraceparent: parseBoolean(
      label(INPUT.exportTraceparent),
      get(INPUT.exportTraceparent),
      false
    )
  }
}
