// The workflow runs the fake API serves (fake-api.ts): a run as
// `GET /repos/{owner}/{repo}/actions/runs/{run_id}` answers it, and a
// workflow's runs as `GET /repos/{owner}/{repo}/actions/workflows/{id}/runs`
// lists them: filtered by `branch`, `event`, `status` (a status or a
// conclusion, as GitHub reads it) and `head_sha`, newest first, a page of
// `per_page` with `total_count` and a `Link` header; `exclude_pull_requests`
// empties each run's `pull_requests`, as on GitHub (it filters no run out).
import type { components } from '@octokit/openapi-types'
import type { FakeRun } from './fake-api.js'
import type { ApiJob } from './sample-run.js'

/** A run as GitHub sends it (ids are numbers: far below 2^53). */
export type ApiWorkflowRun = Omit<
  components['schemas']['workflow-run'],
  'id' | 'check_suite_id'
> & {
  id: number
  check_suite_id?: number
}

/** A run of a workflow, with its jobs per attempt (FakeRun) and what the run object says. */
export interface FakeWorkflowRun extends FakeRun {
  workflowId: number
  /** The workflow's name; default the jobs' `workflow_name`, else `CI`. */
  name?: string
  runNumber: number
  /** null: a run with no branch (a tag's, or a branch since deleted). */
  headBranch: string | null
  headSha: string
  event: string
  /** Default `completed`. */
  status?: string
  conclusion: string | null
  /** ISO time the run was created (its first attempt). */
  createdAt: string
  /** Default: the latest `completed_at` of its jobs, else `createdAt`. */
  updatedAt?: string
  /** `owner/repo` the head commit is in: a fork's for a pull request from a fork; default the run's own. */
  headRepository?: string
  /** Pull requests GitHub associates with the run (listed unless `exclude_pull_requests=true`). */
  pullRequests?: { number: number; headRef: string; baseRef: string }[]
}

/** The workflow every run without one belongs to. */
export const DEFAULT_WORKFLOW_ID = 161_335

/** A run served from its jobs alone: the workflow fields taken from its jobs. */
export function asWorkflowRun(run: FakeRun): FakeWorkflowRun {
  if ('workflowId' in run) return run as FakeWorkflowRun
  const jobs = run.attempts.flat()
  const first = jobs[0]
  const created = jobs.map((j) => j.created_at ?? '').filter((t) => t !== '')
  const done = jobs.every((j) => j.status === 'completed')
  return {
    ...run,
    workflowId: DEFAULT_WORKFLOW_ID,
    runNumber: 1,
    headBranch: first?.head_branch ?? 'main',
    headSha: first?.head_sha ?? '0'.repeat(40),
    event: 'push',
    status: done ? 'completed' : 'in_progress',
    conclusion: done ? conclusionOf(run.attempts.at(-1) ?? []) : null,
    createdAt: created.sort()[0] ?? '2026-11-20T10:00:00Z'
  }
}

/** A run's conclusion from its latest attempt's jobs: failure when one failed. */
export function conclusionOf(jobs: readonly ApiJob[]): string {
  const bad = ['failure', 'timed_out', 'startup_failure', 'cancelled']
  return bad.find((c) => jobs.some((j) => j.conclusion === c)) ?? 'success'
}

function repository(fullName: string, api: string): Record<string, unknown> {
  const [owner = '', name = ''] = fullName.split('/')
  const id = [...fullName].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7) % 900_000_000
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    private: false,
    owner: {
      login: owner,
      id: id + 1,
      type: 'Organization',
      site_admin: false,
      url: `${api}/users/${owner}`,
      html_url: `https://github.com/${owner}`
    },
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork: fullName.split('/')[0] !== owner,
    url: `${api}/repos/${fullName}`
  }
}

/** The run as GitHub answers it (keys in GitHub's order); `api`: the fake's address. */
export function runObject(w: FakeWorkflowRun, api: string, withPulls = true): ApiWorkflowRun {
  const full = `${w.owner}/${w.repo}`
  const base = `${api}/repos/${full}/actions/runs/${w.runId}`
  const jobs = w.attempts.flat()
  const ends = jobs.map((j) => j.completed_at ?? '').filter((t) => t !== '')
  const attempt = Math.max(1, w.attempts.length)
  const latestStart = (w.attempts.at(-1) ?? [])
    .map((j) => j.created_at ?? '')
    .filter((t) => t !== '' && t >= w.createdAt)
    .sort()[0]
  const sha = w.headSha
  return {
    id: w.runId,
    name: w.name ?? jobs[0]?.workflow_name ?? 'CI',
    node_id: Buffer.from(`04:WorkflowRun${w.runId}`).toString('base64'),
    check_suite_id: w.runId * 2 + 1,
    check_suite_node_id: Buffer.from(`010:CheckSuite${w.runId * 2 + 1}`).toString('base64'),
    head_branch: w.headBranch,
    head_sha: sha,
    path: '.github/workflows/ci.yml',
    display_title: `Commit ${sha.slice(0, 7)}`,
    run_number: w.runNumber,
    event: w.event,
    status: w.status ?? 'completed',
    conclusion: w.conclusion,
    workflow_id: w.workflowId,
    url: base,
    html_url: `https://github.com/${full}/actions/runs/${w.runId}`,
    pull_requests: withPulls
      ? (w.pullRequests ?? []).map((p) => ({
          id: p.number * 1000 + 7,
          number: p.number,
          url: `${api}/repos/${full}/pulls/${p.number}`,
          head: { ref: p.headRef, sha, repo: { id: 1, url: `${api}/repos/${full}`, name: w.repo } },
          base: {
            ref: p.baseRef,
            sha: '0'.repeat(40),
            repo: { id: 1, url: `${api}/repos/${full}`, name: w.repo }
          }
        }))
      : [],
    created_at: w.createdAt,
    updated_at: w.updatedAt ?? ends.sort().at(-1) ?? w.createdAt,
    run_attempt: attempt,
    referenced_workflows: [],
    run_started_at: latestStart ?? w.createdAt,
    jobs_url: `${base}/jobs`,
    logs_url: `${base}/logs`,
    check_suite_url: `${api}/repos/${full}/check-suites/${w.runId * 2 + 1}`,
    artifacts_url: `${base}/artifacts`,
    cancel_url: `${base}/cancel`,
    rerun_url: `${base}/rerun`,
    previous_attempt_url: attempt > 1 ? `${base}/attempts/${attempt - 1}` : null,
    workflow_url: `${api}/repos/${full}/actions/workflows/${w.workflowId}`,
    head_commit: null,
    repository: repository(full, api),
    head_repository: repository(w.headRepository ?? full, api),
    head_repository_id: repository(w.headRepository ?? full, api).id
  } as unknown as ApiWorkflowRun
}

/**
 * The runs of a workflow a list request asks for, newest first (created
 * later, then the larger id), before paging.
 */
export function workflowRuns(
  all: Iterable<FakeWorkflowRun>,
  workflowId: number,
  query: URLSearchParams
): FakeWorkflowRun[] {
  const branch = query.get('branch')
  const event = query.get('event')
  const status = query.get('status')
  const sha = query.get('head_sha')
  return [...all]
    .filter(
      (w) =>
        w.workflowId === workflowId &&
        (branch === null || w.headBranch === branch) &&
        (event === null || w.event === event) &&
        (status === null || (w.status ?? 'completed') === status || w.conclusion === status) &&
        (sha === null || w.headSha === sha)
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.runId - a.runId)
}
