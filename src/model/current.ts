// Which job of the run is the one running this step. The gate must never wait
// on itself, and the summary marks this job, so a wrong guess is worse than
// none: when unsure, say so.
import type { ApiJob } from './types.js'

export interface CurrentJobQuery {
  /** `job-id` (`${{ job.check_run_id }}`), null when empty (GHES). */
  jobId: number | null
  /** RUNNER_NAME of the machine running this step, '' when unknown. */
  runnerName: string
  /** Whether the run read is the run this step belongs to. */
  ownRun: boolean
}

/** What finding the current job reads of a job: an API job or a JobRecord. */
export type CurrentCandidate = Pick<ApiJob, 'id' | 'status'> & { runner_name?: string | null }

export interface CurrentJob<T extends CurrentCandidate = ApiJob> {
  job: T | null
  /** Set when the answer is uncertain or missing and the user should know. */
  warning?: string
}

/**
 * Runner names as the API shows them differ from RUNNER_NAME in case, spaces
 * and hyphens: 'GitHub-Actions-1000000242' is 'GitHub Actions 1000000242'.
 */
export function normalizeRunnerName(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '')
}

/** Finds the current job in the jobs read (latest attempt wins on ties). */
export function findCurrentJob<T extends CurrentCandidate>(
  jobs: readonly T[],
  q: CurrentJobQuery
): CurrentJob<T> {
  if (q.jobId !== null) {
    const job = jobs.find((j) => j.id === q.jobId) ?? null
    return { job }
  }
  if (!q.ownRun) return { job: null }
  if (q.runnerName === '') {
    return {
      job: null,
      warning:
        'Could not tell which job runs this step: job-id is empty and RUNNER_NAME is not set. Pass job-id: ${{ job.check_run_id }}.'
    }
  }
  const wanted = normalizeRunnerName(q.runnerName)
  const candidates = jobs.filter(
    (j) =>
      j.status === 'in_progress' &&
      j.runner_name != null &&
      normalizeRunnerName(j.runner_name) === wanted
  )
  if (candidates.length === 1) return { job: candidates[0] ?? null }
  if (candidates.length === 0) {
    return {
      job: null,
      warning: `Could not find the job running this step: no in-progress job runs on runner '${q.runnerName}'. Pass job-id: \${{ job.check_run_id }}.`
    }
  }
  return {
    job: null,
    warning: `Could not tell which job runs this step: ${candidates.length} in-progress jobs run on runner '${q.runnerName}'. Pass job-id: \${{ job.check_run_id }}.`
  }
}
