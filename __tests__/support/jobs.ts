// Jobs and steps shaped as the REST API sends them, for unit tests that need
// a few hand-picked cases (generateRun in scripts/sample-run.ts makes runs).
import { reportOf, type Report, type ReportOptions } from '../../src/model/report.js'
import { recordMaker, type Urls } from '../../src/model/records.js'
import type { ApiJob, ApiStep, JobRecord, RunRef } from '../../src/model/types.js'
import type { ReportRequest } from '../../src/pipeline/report-run.js'

export const RUN = {
  owner: 'octo-org',
  repo: 'octo-repo',
  id: 29679449,
  attempt: 'latest' as const
}
export const URLS = { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' }
/** The run starts at 10:00:00 UTC; tests read "now" as 10:30:00. */
export const T0 = Date.parse('2026-11-20T10:00:00Z')
export const NOW = Date.parse('2026-11-20T10:30:00Z')

/** An API timestamp `s` seconds after T0. ex. 65 -> "2026-11-20T10:01:05Z" */
export const iso = (s: number): string =>
  new Date(T0 + s * 1000).toISOString().replace('.000Z', 'Z')

let nextId = 2 ** 32 + 1

/** A completed step (queued, with null times, when `conclusion` is null). */
export function apiStep(
  number: number,
  conclusion: string | null,
  name = `Step ${number}`
): ApiStep {
  return {
    name,
    status: conclusion ? 'completed' : 'queued',
    conclusion,
    number,
    started_at: conclusion ? iso(number * 10) : null,
    completed_at: conclusion ? iso(number * 10 + 7) : null
  }
}

/**
 * A job created at T0, started at 5 s, completed at 65 s with `conclusion`
 * (in progress when it is null); ids above 2^32.
 */
export function apiJob(
  name: string,
  conclusion: string | null,
  over: Partial<ApiJob> = {}
): ApiJob {
  const id = nextId++
  const api = `${URLS.apiUrl}/repos/${RUN.owner}/${RUN.repo}`
  return {
    id,
    run_id: RUN.id,
    workflow_name: 'CI',
    head_branch: 'main',
    run_url: `${api}/actions/runs/${RUN.id}`,
    run_attempt: 1,
    node_id: Buffer.from(`012:Workflow Job${id}`).toString('base64'),
    head_sha: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
    url: `${api}/actions/jobs/${id}`,
    html_url: `${URLS.serverUrl}/${RUN.owner}/${RUN.repo}/actions/runs/${RUN.id}/job/${id}`,
    status: conclusion ? 'completed' : 'in_progress',
    conclusion,
    created_at: iso(0),
    started_at: iso(5),
    completed_at: conclusion ? iso(65) : null,
    name,
    steps: [
      apiStep(1, 'success', 'Set up job'),
      apiStep(
        2,
        conclusion === 'failure' ? 'failure' : conclusion ? 'success' : null,
        'Run npm test'
      )
    ],
    check_run_url: `${api}/check-runs/${id}`,
    labels: ['ubuntu-latest'],
    runner_id: 3,
    runner_name: 'GitHub Actions 3',
    runner_group_id: 0,
    runner_group_name: 'GitHub Actions',
    ...over
  }
}

/** A job as published, made as the pipeline makes records. */
export function toJobRecord(job: ApiJob, run: RunRef, urls: Urls): JobRecord {
  return recordMaker(run, urls)(job)
}

/**
 * The report of API jobs at hand, as the pipeline builds it from records:
 * the workflow and the commit from the first job, unless `opts` says.
 */
export function buildReport(
  apiJobs: readonly ApiJob[],
  opts: Omit<ReportOptions, 'headSha'> & Partial<Pick<ReportOptions, 'headSha'>>
): Report {
  return reportOf(apiJobs.map(recordMaker(opts.run, opts.urls)), {
    ...opts,
    headSha: opts.headSha === undefined ? (apiJobs[0]?.head_sha ?? null) : opts.headSha,
    workflow: apiJobs[0]?.workflow_name ?? null
  })
}

/** The report of these jobs of RUN, every job selected, read at NOW. */
export function reportOfJobs(jobs: readonly ApiJob[], currentJobId: number | null = null): Report {
  return buildReport(jobs, {
    run: RUN,
    urls: URLS,
    select: () => true,
    currentJobId,
    now: NOW
  })
}

/** A request for the report pipeline: RUN, every job, no wait, no gate, no job running it. */
export const reportRequest = (over: Partial<ReportRequest> = {}): ReportRequest => ({
  run: RUN,
  jobs: [],
  failOn: [],
  allowFailure: [],
  wait: null,
  logLines: 0,
  current: { jobId: null, runnerName: '', ownRun: false },
  ...over
})
