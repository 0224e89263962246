// The action's edge: inputs, environment, clock and files are read here and
// handed to pure modules as plain data; outputs and the summary are written
// here; and this is the one place an error becomes a failed step.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { logText } from './escape.js'
import { plural } from './format.js'
import { createClient, explainError } from './github.js'
import { INPUT, parseInputs, type Inputs } from './inputs.js'
import { readRun } from './jobs.js'
import { buildOutputs, reportFileJson } from './outputs.js'
import { compilePatterns } from './patterns.js'
import { blockingJobs, buildReport, type Report } from './report.js'
import { renderSummary } from './summary.js'

/** Runs the main step. Never throws: any error fails the step with one message. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: Inputs | null = null
  try {
    inputs = parseInputs((name) => core.getInput(name), {
      repository: env.GITHUB_REPOSITORY ?? '',
      runId: env.GITHUB_RUN_ID ?? ''
    })
    core.setSecret(inputs.token)
    await report(inputs, env)
  } catch (error) {
    const q = inputs ?? { owner: '', repo: '', runId: 0 }
    core.setFailed(
      inputs ? explainError(error, q) : error instanceof Error ? error.message : String(error)
    )
  }
}

async function report(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (inputs.wait) {
    core.warning(
      `${INPUT.wait}: true is not supported by this version yet; reporting the run as it is now.`
    )
  }
  if (inputs.post) {
    core.warning(
      `${INPUT.post}: true is not supported by this version yet; reporting from the main step.`
    )
  }
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const octokit = createClient({
    token: inputs.token,
    baseUrl: apiUrl,
    warn: (m) => core.warning(m)
  })

  const read = await readRun(octokit, inputs, {
    runnerName: env.RUNNER_NAME ?? '',
    ownRun:
      env.GITHUB_REPOSITORY?.toLowerCase() === `${inputs.owner}/${inputs.repo}`.toLowerCase() &&
      env.GITHUB_RUN_ID === String(inputs.runId)
  })
  read.warnings.forEach((w) => core.warning(w))
  core.info(
    `Read ${plural(read.jobs.length, 'job')} of run ${inputs.runId} in ${plural(read.requests, 'request')}.`
  )

  const now = Date.now()
  const result = buildReport(read.jobs, {
    run: { owner: inputs.owner, repo: inputs.repo, id: inputs.runId, attempt: inputs.attempt },
    urls: { apiUrl, serverUrl },
    select: compilePatterns(inputs.jobs, true),
    currentJobId: read.currentJobId,
    now
  })
  if (result.aggregated.length === 0) {
    core.warning(
      inputs.jobs.length > 0
        ? `No job of run ${inputs.runId} matched the ${INPUT.jobs} patterns; conclusion is skipped.`
        : `Run ${inputs.runId} has no job besides this one; conclusion is skipped.`
    )
  }
  if (result.current) core.info(`This step runs in job ${logText(result.current.name)}.`)

  const summary = renderSummary(result, { steps: inputs.steps, now })
  const reportFile = writeReportFile(result, env, now)
  const outputs = buildOutputs(result, summary, reportFile)
  outputs.warnings.forEach((w) => core.warning(w))
  for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value)
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
  core.info(`Conclusion: ${result.conclusion} (${result.counts.total} jobs).`)

  failOn(result, inputs)
}

/** Fails the step when a selected, completed job has a `fail-on` conclusion. */
function failOn(result: Report, inputs: Inputs): void {
  if (inputs.failOn.length === 0) return
  const bad = blockingJobs(result, inputs.failOn, compilePatterns(inputs.allowFailure, false))
  if (bad.length === 0) return
  const list = bad
    .map((j) => `- ${logText(j.name)}: ${j.conclusion ?? 'unknown'} ${j.url}`)
    .join('\n')
  core.setFailed(
    `${bad.length === 1 ? '1 job' : `${bad.length} jobs`} ended with a ${INPUT.failOn} conclusion:\n${list}`
  )
}

/** Writes the full report under RUNNER_TEMP; returns its path. */
function writeReportFile(result: Report, env: NodeJS.ProcessEnv, now: number): string {
  const dir = env.RUNNER_TEMP || tmpdir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `runlens-${result.run.id}-${now}-${process.pid}.json`)
  writeFileSync(path, reportFileJson(result))
  return path
}
