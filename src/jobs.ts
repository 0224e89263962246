// Reading a run: the jobs the `attempt` input asks for, checked against
// `total_count`, and which of them runs this step.
import { findCurrentJob } from './current.js'
import { listJobs, type Octokit } from './github.js'
import type { Inputs } from './inputs.js'
import type { ApiJob } from './types.js'

/** What the runner's environment says about where this step runs. */
export interface StepContext {
  /** RUNNER_NAME, '' when unknown. */
  runnerName: string
  /** Whether the run read is the run this step belongs to. */
  ownRun: boolean
}

export interface RunRead {
  jobs: ApiJob[]
  currentJobId: number | null
  requests: number
  warnings: string[]
}

/** Lists the run's jobs and identifies the current one; warnings say what is uncertain. */
export async function readRun(
  octokit: Octokit,
  inputs: Pick<Inputs, 'owner' | 'repo' | 'runId' | 'attempt' | 'jobId'>,
  ctx: StepContext
): Promise<RunRead> {
  const read = await listJobs(octokit, inputs)
  const warnings: string[] = []
  if (read.jobs.length < read.totalCount) {
    warnings.push(
      `GitHub reported ${read.totalCount} jobs for run ${inputs.runId} but listed ${read.jobs.length}; the report covers the jobs listed.`
    )
  }
  const current = findCurrentJob(read.jobs, {
    jobId: inputs.jobId,
    runnerName: ctx.runnerName,
    ownRun: ctx.ownRun
  })
  if (current.warning) warnings.push(current.warning)
  return {
    jobs: read.jobs,
    currentJobId: current.job?.id ?? null,
    requests: read.requests,
    warnings
  }
}
