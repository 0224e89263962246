// The action's edge: inputs, environment, clock, signals and files are read
// here and handed to pure modules as plain data; outputs and the summary are
// written here; and this is the one place an error becomes a failed step.
import * as core from '@actions/core'
import { appendFileSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { logText } from '../render/escape.js'
import { formatInterval, plural } from '../render/format.js'
import { gateVerdict, blockingJobs, type GateOptions } from '../model/gate.js'
import { createClient, explainError, type ErrorNames, type Octokit } from '../github/client.js'
import { INPUT, parseInputs, type Inputs } from './inputs.js'
import {
  getJob,
  readRun,
  settleCurrentJob,
  type PageCache,
  type StepContext
} from '../github/jobs.js'
import { buildOutputs, OUTPUT, writeReportJson, type ReportFile } from './outputs.js'
import { compilePatterns } from '../model/patterns.js'
import { collectExcerpts } from '../github/logs.js'
import { isFailed, reportOf, recordMaker, type Report } from '../model/report.js'
import { renderSummary, type SummaryOptions } from '../render/summary.js'
import type { ApiJob, JobRecord, RunRef } from '../model/types.js'
import { waitForJobs, type Poll, type WaitResult } from '../pipeline/wait.js'

/** State the main step leaves for the post step (STATE_* variables). */
const STATE = { isPost: 'isPost', currentJobId: 'currentJobId' } as const

/** The inputs the client's error messages point at. */
const NAMES: ErrorNames = {
  token: `the ${INPUT.token} input`,
  run: `${INPUT.repository} and ${INPUT.runId}`,
  timeout: `its ${INPUT.timeout} input`,
  attempt: `the ${INPUT.attempt} input`
}

/** What the post step allows the API to lag behind before reporting anyway. */
const SETTLE = { maxMs: 10_000, everyMs: 1_000 }

type Phase = 'main' | 'post'

/**
 * Runs the step: the main step, or with `post: true` the post step, which
 * reports once every other step of this job has ended. Never throws: any
 * error fails the step with one message.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The runner runs the same bundle as the post step, with the main step's
  // saved state in STATE_* variables.
  const phase: Phase = core.getState(STATE.isPost) === 'true' ? 'post' : 'main'
  if (phase === 'main') core.saveState(STATE.isPost, 'true')
  let inputs: Inputs | null = null
  // The runner cancels a step with SIGINT, then SIGTERM 7.5 s later: stop
  // waiting at the first one and report what is known.
  const cancel = new AbortController()
  let signalName: string | undefined
  const onSignal = (name: NodeJS.Signals): void => {
    signalName ??= name
    cancel.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    inputs = parseInputs((name) => core.getInput(name), {
      repository: env.GITHUB_REPOSITORY ?? '',
      runId: env.GITHUB_RUN_ID ?? ''
    })
    core.setSecret(inputs.token)
    if (phase === 'post' && !inputs.post) return
    if (phase === 'main' && inputs.post) await announce(inputs, env)
    else await report(inputs, env, phase, cancel.signal, () => signalName)
  } catch (error) {
    core.setFailed(
      inputs
        ? explainError(error, runOf(inputs), NAMES)
        : error instanceof Error
          ? error.message
          : String(error)
    )
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The run the inputs name. */
function runOf(inputs: Inputs): RunRef {
  return { owner: inputs.owner, repo: inputs.repo, id: inputs.runId, attempt: inputs.attempt }
}

interface Connection {
  apiUrl: string
  serverUrl: string
  octokit: Octokit
  ctx: StepContext
}

/** Where the run is read from, and whether it is this step's own run. */
function connect(inputs: Inputs, env: NodeJS.ProcessEnv, startedAt: number): Connection {
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const octokit = createClient({
    token: inputs.token,
    baseUrl: apiUrl,
    warn: (m) => core.warning(m),
    info: (m) => core.info(m),
    // No rate-limit wait or retry starts that would end past the timeout input.
    deadlineMs: startedAt + inputs.timeoutMs
  })
  const ctx: StepContext = {
    runnerName: env.RUNNER_NAME ?? '',
    ownRun:
      env.GITHUB_REPOSITORY?.toLowerCase() === `${inputs.owner}/${inputs.repo}`.toLowerCase() &&
      env.GITHUB_RUN_ID === String(inputs.runId)
  }
  return { apiUrl, serverUrl, octokit, ctx }
}

/**
 * The main step of `post: true`: the report waits for the post step, so this
 * only finds the current job, sets the current-job-* outputs (the others are
 * set by the post step, too late for anyone to read) and saves its id.
 */
async function announce(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  const { serverUrl, octokit, ctx } = connect(inputs, env, Date.now())
  let job: ApiJob | null
  if (inputs.jobId !== null) {
    job = await getJob(octokit, { owner: inputs.owner, repo: inputs.repo, jobId: inputs.jobId })
  } else {
    const read = await readRun(octokit, runOf(inputs), { ...ctx, jobId: inputs.jobId })
    read.warnings.forEach((w) => core.warning(w))
    job = read.jobs.find((j) => j.id === read.currentJobId) ?? null
  }
  if (job) {
    const url =
      job.html_url ||
      `${serverUrl}/${inputs.owner}/${inputs.repo}/actions/runs/${inputs.runId}/job/${job.id}`
    core.setOutput(OUTPUT.currentJobId, String(job.id))
    core.setOutput(OUTPUT.currentJobName, job.name)
    core.setOutput(OUTPUT.currentJobUrl, url)
    core.saveState(STATE.currentJobId, String(job.id))
  }
  core.info(`${INPUT.post}: true — the report is written when this job's other steps have ended.`)
}

async function report(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  phase: Phase,
  signal: AbortSignal,
  signalName: () => string | undefined
): Promise<void> {
  const startedAt = Date.now()
  const { apiUrl, serverUrl, octokit, ctx } = connect(inputs, env, startedAt)
  const gate: GateOptions = {
    failOn: inputs.failOn,
    allowFailure: compilePatterns(inputs.allowFailure, false)
  }
  const select = compilePatterns(inputs.jobs, true)
  const notes: string[] = []

  // In the post step, this job's own steps are the point of the report: read
  // it first, until the API shows the steps before this one as completed.
  let own: ApiJob | null = null
  const ownId = phase === 'post' ? Number(core.getState(STATE.currentJobId)) || inputs.jobId : null
  if (ownId) {
    const settled = await settleCurrentJob(
      octokit,
      { owner: inputs.owner, repo: inputs.repo, jobId: ownId },
      { ...SETTLE, sleep: (ms) => delay(ms), now: () => Date.now() }
    )
    own = settled.job
    if (!settled.settled) {
      notes.push(
        `GitHub had not yet recorded every step of this job as completed after ${SETTLE.maxMs / 1000}s; its steps are shown as GitHub listed them.`
      )
    }
  }

  const run = runOf(inputs)
  const urls = { apiUrl, serverUrl }
  // Jobs become records as their pages arrive: a page's raw JSON is never
  // kept (3000 jobs × 30 steps: 50 MB of parsed API objects).
  const convert = recordMaker(run, urls)
  const ownRecord = own ? convert(own) : null
  // Pages kept for conditional polls; a single read keeps none.
  const cache: PageCache<JobRecord> | undefined = inputs.wait ? new Map() : undefined
  const warned = new Set<string>()
  const poll = async (): Promise<Poll> => {
    const read = await readRun(
      octokit,
      run,
      { ...ctx, jobId: ownRecord?.id ?? inputs.jobId },
      { convert, cache, signal }
    )
    // Each poll finds the same uncertainties: say each once.
    for (const w of read.warnings.filter((w) => !warned.has(w))) {
      warned.add(w)
      core.warning(w)
    }
    const jobs = ownRecord
      ? read.jobs.map((j) => (j.id === ownRecord.id ? ownRecord : j))
      : read.jobs
    const report = reportOf(jobs, {
      run,
      urls,
      workflow: read.workflowName ?? own?.workflow_name ?? null,
      select,
      currentJobId: ownRecord?.id ?? read.currentJobId,
      now: Date.now()
    })
    return {
      report,
      requests: read.requests,
      notModified: read.notModified,
      rateLimit: read.rateLimit
    }
  }

  const first = await poll()
  core.info(
    `Read ${plural(first.report.jobs.length, 'job')} of run ${inputs.runId} in ${plural(first.requests, 'request')}.`
  )
  if (first.report.current)
    core.info(`This step runs in job ${logText(first.report.current.name)}.`)

  let waited: WaitResult | null = null
  if (inputs.wait) {
    assertNotWaitingOnItself(first.report, inputs, ctx)
    waited = await wait(first, poll, inputs, gate, startedAt, signal)
  }
  const result = waited?.last.report ?? first.report

  if (result.aggregated.length === 0) {
    core.warning(
      inputs.jobs.length > 0
        ? `No job of run ${inputs.runId} matched the ${INPUT.jobs} patterns; conclusion is skipped.`
        : `Run ${inputs.runId} has no job besides this one; conclusion is skipped.`
    )
  }
  // Failing log lines: not after a cancel, when the runner allows only seconds.
  const logs =
    inputs.summary && inputs.logLines > 0 && !signal.aborted
      ? await failingLogs(octokit, inputs, result, signal)
      : undefined
  publish(result, inputs, env, {
    notes,
    ownSteps: phase === 'post',
    timeline: inputs.timeline,
    logs
  })
  core.info(`Conclusion: ${result.conclusion} (${plural(result.counts.total, 'job')}).`)

  if (waited?.outcome === 'error') throw waited.error
  const verdict = gateVerdict(
    result,
    gate,
    waited
      ? {
          outcome: waited.outcome,
          timeoutMs: inputs.timeoutMs,
          neverStarted: waited.neverStarted,
          signal: signalName()
        }
      : undefined
  )
  if (verdict) core.setFailed(verdict)
}

/**
 * Waiting on a job that is this one would never end: when this job cannot be
 * told apart, stop now rather than at the timeout.
 */
function assertNotWaitingOnItself(report: Report, inputs: Inputs, ctx: StepContext): void {
  if (!ctx.ownRun || report.current || inputs.jobId !== null || inputs.jobs.length > 0) return
  throw new Error(
    `${INPUT.wait}: true cannot tell which job runs this step, so it could wait on itself until the timeout. ` +
      `Pass ${INPUT.jobId}: \${{ job.check_run_id }}, or a ${INPUT.jobs} pattern that leaves this job out (such as !${logText(process.env.GITHUB_JOB ?? 'report')}).`
  )
}

async function wait(
  first: Poll,
  poll: () => Promise<Poll>,
  inputs: Inputs,
  gate: GateOptions,
  startedAt: number,
  signal: AbortSignal
): Promise<WaitResult> {
  core.startGroup(
    `Waiting for the selected jobs (every ${formatInterval(inputs.intervalMs)}, at most ${formatInterval(inputs.timeoutMs)})`
  )
  try {
    const result = await waitForJobs({
      first,
      poll,
      intervalMs: inputs.intervalMs,
      deadline: startedAt + inputs.timeoutMs,
      failing: (r) => (inputs.failFast ? blockingJobs(r, gate) : []),
      now: () => Date.now(),
      sleep: (ms, s) => delay(ms, undefined, { signal: s }).catch(() => undefined),
      signal,
      log: (line) => core.info(line)
    })
    core.info(
      `Waited ${plural(result.polls, 'poll')}: ${plural(result.requests, 'request')}, ${result.notModified} of them 304 Not Modified (free); ${result.outcome}.`
    )
    return result
  } finally {
    core.endGroup()
  }
}

/** Writes the report file, the outputs and the summary: always before the verdict. */
function publish(
  result: Report,
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  extra: Pick<SummaryOptions, 'notes' | 'ownSteps' | 'timeline' | 'logs'>
): void {
  const now = Date.now()
  const summary = renderSummary(result, { steps: inputs.steps, now, ...extra })
  const outputs = buildOutputs(result, summary, writeReportFile(result, env, now))
  outputs.warnings.forEach((w) => core.warning(w))
  for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value)
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) appendSummary(env.GITHUB_STEP_SUMMARY, summary)
}

/**
 * Appends the summary to the job summary file, as core.summary.write() does,
 * but in one synchronous call: the toolkit's write goes through fs.promises,
 * whose first use starts libuv's thread pool, 7 to 13 ms of every run here.
 */
function appendSummary(path: string, markdown: string): void {
  try {
    appendFileSync(path, markdown, 'utf8')
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Unable to write the job summary to GITHUB_STEP_SUMMARY (${path}): ${why}. Check that the file exists and is writable, or set summary: false.`,
      { cause: error }
    )
  }
}

/** The failing lines of the failed jobs (at most MAX_EXCERPT_JOBS), for the summary. */
async function failingLogs(
  octokit: Octokit,
  inputs: Inputs,
  result: Report,
  signal: AbortSignal
): Promise<SummaryOptions['logs']> {
  const failed = result.aggregated.filter(isFailed)
  if (failed.length === 0) return undefined
  const excerpts = await collectExcerpts(octokit, inputs, failed, {
    lines: inputs.logLines,
    signal
  })
  const missing = [...excerpts.values()].filter((e) => 'missing' in e).length
  core.info(
    `Read the logs of ${plural(excerpts.size - missing, 'failed job')}${missing ? ` (${missing} not available)` : ''}.`
  )
  return { excerpts, omitted: failed.length - excerpts.size }
}

/**
 * Writes the full report under RUNNER_TEMP; returns its path, and the JSON of
 * the jobs when it fits the `jobs` output.
 */
function writeReportFile(result: Report, env: NodeJS.ProcessEnv, now: number): ReportFile {
  const dir = env.RUNNER_TEMP || tmpdir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `runlens-${result.run.id}-${now}-${process.pid}.json`)
  // Written piece by piece: the whole JSON can pass 25 MB.
  const fd = openSync(path, 'w')
  try {
    return { path, jobsJson: writeReportJson(result, (piece) => writeSync(fd, piece)) }
  } finally {
    closeSync(fd)
  }
}
