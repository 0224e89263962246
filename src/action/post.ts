// `post: true`: the main step only announces the job; the report waits for
// the post step, when every other step of this job has ended.
import * as core from '@actions/core'
import type { Octokit } from '../github/client.js'
import { getJob, readRun, type StepContext } from '../github/jobs.js'
import type { ApiJob, RunRef } from '../model/types.js'
import { logLines } from '../render/escape.js'
import { INPUT } from './inputs.js'
import { OUTPUT } from './outputs.js'

/** State the main step leaves for the post step (STATE_* variables). */
export const STATE = {
  /** Set by every main step: the next run of the bundle in this job is the post step. */
  isPost: 'isPost',
  /** Set when the main step announced a report in the post step (`post: true`, inputs valid). */
  post: 'post',
  /** The current job's id, when the main step found it. */
  currentJobId: 'currentJobId'
} as const

/**
 * The main step of `post: true`: finds the current job, sets the
 * current-job-* outputs (the others are set by the post step, too late for
 * anyone to read) and leaves its id for the post step.
 */
export async function announce(
  octokit: Octokit,
  run: RunRef,
  current: StepContext & { jobId: number | null },
  serverUrl: string
): Promise<void> {
  let job: ApiJob | null
  if (current.jobId !== null) {
    job = await getJob(octokit, { owner: run.owner, repo: run.repo, jobId: current.jobId })
  } else {
    const read = await readRun(octokit, run, current)
    read.warnings.forEach((w) => core.warning(logLines(w)))
    job = read.jobs.find((j) => j.id === read.currentJobId) ?? null
  }
  if (job) {
    const url =
      job.html_url || `${serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.id}/job/${job.id}`
    core.setOutput(OUTPUT.currentJobId, String(job.id))
    core.setOutput(OUTPUT.currentJobName, job.name)
    core.setOutput(OUTPUT.currentJobUrl, url)
    core.saveState(STATE.currentJobId, String(job.id))
  }
  core.saveState(STATE.post, 'true')
  core.info(`${INPUT.post}: true — the report is written when this job's other steps have ended.`)
}
