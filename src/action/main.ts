// The action's edge: inputs, environment, clock, signals and files are read
// here and handed to the report pipeline as plain data; outputs, the summary
// and the exit status are written here; and this is the one place an error
// becomes a failed step.
import * as core from '@actions/core'
import { setTimeout as delay } from 'node:timers/promises'
import { createClient, explainError, type ErrorNames } from '../github/client.js'
import { reportRun, type Dependencies, type OptionNames } from '../pipeline/report-run.js'
import { logLines } from '../render/escape.js'
import { gateMessage } from '../render/gate.js'
import { plural } from '../render/format.js'
import { INPUT, parseInputs, type Inputs } from './inputs.js'
import { announce, STATE } from './post.js'
import { publish } from './publish.js'

/** The action's inputs as the pipeline's messages name them. */
const NAMES = {
  jobs: INPUT.jobs,
  jobId: INPUT.jobId,
  wait: INPUT.wait,
  failOn: INPUT.failOn
} as const

/** The inputs the client's error messages point at. */
const ERROR_NAMES: ErrorNames = {
  token: `the ${INPUT.token} input`,
  run: `${INPUT.repository} and ${INPUT.runId}`,
  timeout: `its ${INPUT.timeout} input`,
  attempt: `the ${INPUT.attempt} input`
}

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
      runId: env.GITHUB_RUN_ID ?? ''
    })
    core.setSecret(inputs.token)
    const startedAt = edge.now()
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    const octokit = createClient({
      token: inputs.token,
      baseUrl: apiUrl,
      warn: (m) => core.warning(logLines(m)),
      info: (m) => core.info(logLines(m)),
      // No rate-limit wait or retry starts that would end past the timeout input.
      deadlineMs: startedAt + inputs.timeoutMs,
      now: edge.now,
      sleep: edge.sleep
    })
    const current = {
      jobId:
        phase === 'post' ? Number(core.getState(STATE.currentJobId)) || inputs.jobId : inputs.jobId,
      runnerName: env.RUNNER_NAME ?? '',
      ownRun:
        env.GITHUB_REPOSITORY?.toLowerCase() === `${inputs.owner}/${inputs.repo}`.toLowerCase() &&
        env.GITHUB_RUN_ID === String(inputs.runId)
    }
    const run = {
      owner: inputs.owner,
      repo: inputs.repo,
      id: inputs.runId,
      attempt: inputs.attempt
    }
    if (phase === 'main' && inputs.post) {
      await announce(octokit, run, current, serverUrl)
      return
    }
    const deps: Dependencies = {
      octokit,
      urls: { apiUrl, serverUrl },
      now: edge.now,
      sleep: edge.sleep,
      signal: cancel.signal,
      notes: {
        info: (line) => core.info(logLines(line)),
        warning: (line) => core.warning(logLines(line)),
        group: (title) => core.startGroup(logLines(title)),
        endGroup: () => core.endGroup()
      },
      names: { ...NAMES, jobKey: env.GITHUB_JOB ?? '' } satisfies OptionNames
    }
    const result = await reportRun(
      {
        run,
        jobs: inputs.jobs,
        failOn: inputs.failOn,
        allowFailure: inputs.allowFailure,
        wait: inputs.wait
          ? {
              timeoutMs: inputs.timeoutMs,
              intervalMs: inputs.intervalMs,
              failFast: inputs.failFast
            }
          : null,
        logLines: inputs.summary ? inputs.logLines : 0,
        current,
        settleCurrentJob: phase === 'post'
      },
      deps
    )
    // Outputs and summary first: they are written whatever the verdict.
    publish(result, inputs, env, { now: edge.now(), ownSteps: phase === 'post' })
    const { report } = result
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

/** Fails the step with one message: what went wrong and what to do; never a stack, never the token. */
function fail(error: unknown, inputs: Inputs | null): void {
  const message = inputs
    ? explainError(
        error,
        { owner: inputs.owner, repo: inputs.repo, id: inputs.runId, attempt: inputs.attempt },
        ERROR_NAMES
      )
    : error instanceof Error
      ? error.message
      : String(error)
  core.setFailed(logLines(message))
}
