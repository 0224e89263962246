// The earlier runs of a run's workflow on its branch (the `history` input):
// what the comparison with the usual is made from. An extra, as annotations
// are: a fault ends the read with a note, never the report.
import type { components } from '@octokit/openapi-types'
import { isCancel, isHttpError } from './classify.js'
import type { Octokit } from './client.js'
import { mapLimit } from './concurrency.js'
import { historyNote, type Stop } from './history-note.js'
import { listJobs, NATIVE_JSON } from './pages.js'
import { recordMaker, type Urls } from '../model/records.js'
import type { ApiJob, EarlierRun, JobRecord, RunRef } from '../model/types.js'

/** The fields of a workflow run read here (`GET .../actions/runs/{id}` and the workflow's list). */
export type ApiRun = Pick<
  components['schemas']['workflow-run'],
  'head_branch' | 'head_sha' | 'event' | 'status' | 'conclusion' | 'run_number' | 'created_at'
> & {
  id: number
  workflow_id: number
  run_attempt?: number
  head_repository?: { full_name?: string } | null
}

export interface HistoryOptions {
  /** Earlier runs to read, 1 to 50. */
  count: number
  /**
   * The converter of each earlier run's jobs (made per run, so that records
   * link to their own run), as pages arrive. Default: `recordMaker` with the
   * client's API address and the web address that goes with it.
   */
  convert?: (run: RunRef) => (job: ApiJob) => JobRecord
  /** Stops the read: no request is started after it; what is complete is returned. */
  signal?: AbortSignal
  /** Runs read at once; default HISTORY_CONCURRENCY. */
  concurrency?: number
}

export interface HistoryRead {
  /** The earlier runs read whole, newest first; a run not read to its last page is left out. */
  runs: EarlierRun[]
  /**
   * Requests made for what was read: the run, the workflow's list, and every
   * page of each run kept (retries not counted): 2 + Σ⌈jobs/100⌉ when nothing failed.
   */
  requests: number
  /** One sentence when fewer runs were read than chosen (or none could be chosen); else null. */
  note: string | null
  /** The run's workflow, when the run could be read. */
  workflowId: number | null
  /** The run's branch (`head_branch`), when the run could be read. */
  branch: string | null
}

/**
 * Earlier runs read at once, each with PAGES_PER_RUN of its pages at once
 * after its first: at most 10 requests in flight, far below GitHub's
 * secondary limit of 100. With 150 ms a request, 10 earlier runs of 250
 * jobs × 30 steps (32 requests) took 4.3 s one run at a time, 1.75 s four at
 * once, 1.38 s five at once (6 round trips in a row), 1.09 s ten at once.
 */
export const HISTORY_CONCURRENCY = 5
export const PAGES_PER_RUN = 2
/**
 * Runs listed beyond `count`: the list is newest first, and the run itself
 * (once completed) and runs started after it take places in it.
 */
export const LIST_MARGIN = 5

/**
 * Reads the earlier runs of the run's workflow, on its branch and of its
 * event, and each one's jobs at their latest attempt:
 * 1. `GET /repos/{o}/{r}/actions/runs/{id}`: its workflow, branch, event, number;
 * 2. `GET /repos/{o}/{r}/actions/workflows/{workflow_id}/runs?branch=…&event=…&status=completed&exclude_pull_requests=true&per_page=…`,
 *    one page: the newest completed runs, of which those numbered before this
 *    run, at most `count`;
 * 3. `GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest&per_page=100`,
 *    every page, a few runs at once.
 * Same event only: a `schedule` or `workflow_dispatch` run does other work
 * than a `push` run, and a `pull_request` run of a branch named as this one
 * (from a fork) is another branch; runs of another head repository are left
 * out for the same reason. Never throws: a fault ends the read, keeps the
 * runs read whole, and says why in `note`.
 */
export async function readHistory(
  octokit: Octokit,
  run: Pick<RunRef, 'owner' | 'repo' | 'id'>,
  opts: HistoryOptions
): Promise<HistoryRead> {
  const out: HistoryRead = { runs: [], requests: 0, note: null, workflowId: null, branch: null }
  const count = Math.max(1, Math.min(50, Math.floor(opts.count)))
  const repoPath = `/repos/${encodeURIComponent(run.owner)}/${encodeURIComponent(run.repo)}`
  const signal = opts.signal
  const get = async (url: string): Promise<unknown> => {
    out.requests++
    const response = await octokit.request({
      method: 'GET',
      url,
      request: { ...NATIVE_JSON, ...(signal ? { signal } : {}) }
    })
    return response.data
  }
  const stopped = (stop: Stop, chosen: number | null): HistoryRead => ({
    ...out,
    note: historyNote(stop, { run, kept: out.runs.length, chosen })
  })

  let me: ApiRun
  let listed: ApiRun[]
  // What the request under way reads, for the note when it fails.
  let what = `run ${run.id} of ${run.owner}/${run.repo}`
  try {
    if (signal?.aborted) return stopped({ kind: 'cancelled' }, null)
    me = checkRun(await get(`${repoPath}/actions/runs/${run.id}`), what)
    out.workflowId = me.workflow_id
    out.branch = me.head_branch
    if (!me.head_branch) return stopped({ kind: 'no-branch' }, null)
    const query = new URLSearchParams({
      branch: me.head_branch,
      event: me.event,
      status: 'completed',
      exclude_pull_requests: 'true',
      per_page: String(Math.min(100, count + LIST_MARGIN))
    })
    if (signal?.aborted) return stopped({ kind: 'cancelled' }, null)
    what = `the runs of workflow ${me.workflow_id}`
    listed = checkList(
      await get(`${repoPath}/actions/workflows/${me.workflow_id}/runs?${query}`),
      what
    )
  } catch (error) {
    return stopped(stopOf(error, signal, what), null)
  }

  const chosen = chooseEarlier(me, listed, count)
  const convert = opts.convert ?? ((r: RunRef) => recordMaker(r, urlsOf(octokit)))
  const read: (EarlierRun | null)[] = chosen.map(() => null)
  let stop: Stop | null = null
  await mapLimit(chosen, opts.concurrency ?? HISTORY_CONCURRENCY, async (earlier, i) => {
    // A fault or a cancel: no run is started after it (runs under way end as they will).
    if (stop || signal?.aborted) return
    const ref: RunRef = { owner: run.owner, repo: run.repo, id: earlier.id, attempt: 'latest' }
    try {
      const jobs = await listJobs(octokit, ref, {
        convert: convert(ref),
        concurrency: PAGES_PER_RUN,
        ...(signal ? { signal } : {})
      })
      out.requests += jobs.requests
      read[i] = {
        id: earlier.id,
        attempt: earlier.run_attempt ?? 1,
        head_sha: earlier.head_sha,
        conclusion: earlier.conclusion ?? null,
        created_at: earlier.created_at,
        jobs: jobs.jobs
      }
    } catch (error) {
      stop ??= stopOf(error, signal, `the jobs of run ${earlier.id}`)
    }
  })
  out.runs = read.filter((r): r is EarlierRun => r !== null)
  if (!stop && signal?.aborted && out.runs.length < chosen.length) stop = { kind: 'cancelled' }
  return stop ? stopped(stop, chosen.length) : out
}

/**
 * The earlier runs to compare with, newest first: numbered before `me` (run
 * numbers grow with each run of a workflow; a re-run keeps its number), not
 * `me`, completed, of its branch, event and head repository, at most `count`.
 * The list asked for most of this already; what GitHub answered is checked again.
 */
export function chooseEarlier(me: ApiRun, listed: readonly ApiRun[], count: number): ApiRun[] {
  const repoOf = (r: ApiRun): string | undefined => r.head_repository?.full_name?.toLowerCase()
  return listed
    .filter(
      (r) =>
        r.id !== me.id &&
        r.run_number < me.run_number &&
        r.status === 'completed' &&
        r.head_branch === me.head_branch &&
        r.event === me.event &&
        (repoOf(r) === undefined || repoOf(me) === undefined || repoOf(r) === repoOf(me))
    )
    .sort((a, b) => b.run_number - a.run_number)
    .slice(0, count)
}

/** Why the read stopped, from what a request threw. */
function stopOf(error: unknown, signal: AbortSignal | undefined, what: string): Stop {
  if (signal?.aborted || (isHttpError(error) && isCancel(error))) return { kind: 'cancelled' }
  if (isHttpError(error)) return { kind: 'http', error, what }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) }
}

/** The API's address of the client, and the web's that goes with it (GHES: without `/api/v3`). */
function urlsOf(octokit: Octokit): Urls {
  const apiUrl = String(octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/+$/, '')
  const serverUrl =
    apiUrl === 'https://api.github.com' ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, '')
  return { apiUrl, serverUrl }
}

function isRun(x: unknown): x is ApiRun {
  const r = x as Partial<ApiRun> | null
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'number' &&
    typeof r.workflow_id === 'number' &&
    typeof r.run_number === 'number' &&
    typeof r.event === 'string' &&
    typeof r.created_at === 'string'
  )
}

function checkRun(data: unknown, what: string): ApiRun {
  if (!isRun(data)) {
    throw new Error(`unexpected answer for ${what}: not a workflow run`)
  }
  return data
}

function checkList(data: unknown, what: string): ApiRun[] {
  const runs = (data as { workflow_runs?: unknown } | null)?.workflow_runs
  if (!Array.isArray(runs)) {
    throw new Error(`unexpected answer for ${what}: no workflow_runs`)
  }
  return runs.filter(isRun)
}
