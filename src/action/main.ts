// The action's edge: inputs, environment, clock, signals and files are read
// here and handed to the report pipeline as plain data; outputs, the summary
// and the exit status are written here; and this is the one place an error
// becomes a failed step.
import * as core from '@actions/core'
import { setTimeout as delay } from 'node:timers/promises'
import { createClient, explainError } from '../github/client.js'
import { exportTrace } from '../pipeline/export-trace.js'
import { reportRun, type Notes, type ReportRequest } from '../pipeline/report-run.js'
import { logLines } from '../render/escape.js'
import { plural } from '../render/format.js'
import { gateMessage } from '../render/gate.js'
import { ERROR_NAMES, NAMES, parseInputs, reportRequest, runOf, type Inputs } from './inputs.js'
import { announce, STATE } from './post.js'
import { appendSummary, publish } from './publish.js'

/** What the edge reads from outside; tests hand in their own. */
export interface Edge {
  env: NodeJS.ProcessEnv
  now: () => number
  /** Resolves after `ms`, or early (without error) when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
}

const realEdge = (): Edge => ({
  env: process.env,
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}).catch(() => undefined)
})

/** The step's log: every line made safe for the runner (no `::command::` from the API). */
const NOTES: Required<Notes> = {
  info: (line) => core.info(logLines(line)),
  warning: (line) => core.warning(logLines(line)),
  group: (title) => core.startGroup(logLines(title)),
  endGroup: () => core.endGroup()
}

/**
 * Runs the step: the main step, or with `post: true` the post step, which
 * reports once every other step of this job has ended. Never throws: any
 * error fails the step with one message.
 */
export async function run(given: Partial<Edge> = {}): Promise<void> {
  const edge = { ...realEdge(), ...given }
  const { env } = edge
  // The runner runs the same bundle as the post step, with the main step's
  // saved state in STATE_* variables. The post step reports only when the
  // main step announced it: its inputs were checked there, and a bad value
  // fails the job once, not twice.
  const phase = core.getState(STATE.isPost) === 'true' ? 'post' : 'main'
  if (phase === 'post' && core.getState(STATE.post) !== 'true') return
  if (phase === 'main') core.saveState(STATE.isPost, 'true')
  // The runner cancels a step with SIGINT, then SIGTERM 7.5 s later: stop
  // waiting at the first one and report what is known.
  const cancel = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => cancel.abort(name)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  let inputs: Inputs | null = null
  try {
    inputs = parseInputs((name) => core.getInput(name), {
      repository: env.GITHUB_REPOSITORY ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      otel: env
    })
    core.setSecret(inputs.token)
    // An export's headers hold keys: never in a log.
    for (const value of Object.values(inputs.otlp?.headers ?? {})) if (value) core.setSecret(value)
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    const octokit = createClient({
      token: inputs.token,
      baseUrl: apiUrl,
      warn: NOTES.warning,
      info: NOTES.info,
      // No rate-limit wait or retry starts that would end past the timeout input.
      deadlineMs: edge.now() + inputs.timeoutMs,
      now: edge.now,
      sleep: edge.sleep
    })
    const current = currentJob(inputs, env, phase)
    if (phase === 'main' && inputs.post) {
      return await announce(octokit, runOf(inputs), current, serverUrl)
    }
    const result = await reportRun(reportRequest(inputs, current, phase === 'post'), {
      octokit,
      urls: { apiUrl, serverUrl },
      now: edge.now,
      sleep: edge.sleep,
      signal: cancel.signal,
      notes: NOTES,
      names: { ...NAMES, jobKey: env.GITHUB_JOB ?? '' }
    })
    // Outputs and summary first: they are written whatever the verdict.
    publish(result, inputs, env, { now: edge.now(), ownSteps: phase === 'post' })
    const { report } = result
    if (inputs.otlp) {
      const line = await exportTrace(report, inputs.otlp, {
        now: edge.now(),
        headBranch: current.ownRun ? env.GITHUB_REF_NAME || null : null,
        info: NOTES.info,
        warning: NOTES.warning
      })
      // The summary says whether the run was exported (the summary output was set before).
      if (inputs.summary && env.GITHUB_STEP_SUMMARY)
        appendSummary(env.GITHUB_STEP_SUMMARY, `\n${line}`)
    }
    core.info(`Conclusion: ${report.conclusion} (${plural(report.counts.total, 'job')}).`)
    // A poll that failed while waiting: what was known is published above.
    if (result.error !== undefined) return fail(result.error, inputs)
    const verdict = gateMessage(result.gate, NAMES)
    if (verdict) core.setFailed(logLines(verdict))
  } catch (error) {
    fail(error, inputs)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Which job runs this step, as far as the runner and the main step tell. */
function currentJob(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  phase: 'main' | 'post'
): ReportRequest['current'] {
  const saved = phase === 'post' ? Number(core.getState(STATE.currentJobId)) : 0
  return {
    jobId: saved || inputs.jobId,
    runnerName: env.RUNNER_NAME ?? '',
    ownRun:
      env.GITHUB_REPOSITORY?.toLowerCase() === `${inputs.owner}/${inputs.repo}`.toLowerCase() &&
      env.GITHUB_RUN_ID === String(inputs.runId)
  }
}

/** Fails the step with one message: what went wrong and what to do; never a stack, never the token. */
function fail(error: unknown, inputs: Inputs | null): void {
  const message = inputs
    ? explainError(error, runOf(inputs), ERROR_NAMES)
    : error instanceof Error
      ? error.message
      : String(error)
  core.setFailed(logLines(message))
}
