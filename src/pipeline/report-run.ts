// The one report pipeline, for the action (main and post step) and the CLI
// alike: read the run, wait for its jobs when asked, read the failing log
// lines and failure reasons, and find what fails the gate. What it needs
// from outside (the client, the clock, sleep, the cancel signal, where notes
// go, and how the edge names its options) is handed in, so tests drive it in
// virtual time against a loopback API. It writes nothing: the edges publish
// the result.
import type { Octokit } from '../github/client.js'
import { readRun, settleCurrentJob, type StepContext } from '../github/jobs.js'
import type { PageCache } from '../github/pages.js'
import { blockingJobs, gateFindings, type GateFindings, type GateOptions } from '../model/gate.js'
import type { Excerpt } from '../model/log-lines.js'
import { compilePatterns } from '../model/patterns.js'
import { reportOf, type Report } from '../model/report.js'
import { recordMaker, type Urls } from '../model/records.js'
import type { ApiJob, JobRecord, RunRef } from '../model/types.js'
import { logText } from '../render/escape.js'
import { formatInterval, plural } from '../render/format.js'
import { compareHistory, startHistory, type HistoryOptions } from './compare-history.js'
import { readFailures } from './read-failures.js'
import { waitForJobs, type Poll, type WaitResult } from './wait.js'

/** What the post step allows the API to lag behind before reporting anyway. */
export const SETTLE = { maxMs: 10_000, everyMs: 1_000 }

/** What to report, as the edge's inputs or arguments asked for it. */
export interface ReportRequest {
  run: RunRef
  /** Job-name patterns that select the jobs reported; empty: all. */
  jobs: readonly string[]
  failOn: readonly string[]
  allowFailure: readonly string[]
  /** Poll until the selected jobs have completed; null: read once. */
  wait: { timeoutMs: number; intervalMs: number; failFast: boolean } | null
  /** Failing log lines per failed job; 0 reads no log (annotations are read all the same). */
  logLines: number
  /** Compare with this many earlier runs of the workflow (`history`); null: no comparison. */
  history?: { count: number; slowerThan: number } | null
  /** Which job runs this step: its id when known, else found by runner name. */
  current: StepContext & { jobId: number | null }
  /**
   * The post step: the current job is read first, until the API shows its
   * earlier steps as completed, and reported as read then.
   */
  settleCurrentJob?: boolean
}

/** How the edge names its options in messages. ex. the action: { jobs: 'jobs', … } */
export interface OptionNames {
  jobs: string
  jobId: string
  wait: string
  failOn: string
  /** The job's key in the workflow (GITHUB_JOB), for the hint of a pattern that leaves it out. */
  jobKey: string
}

/** Where the pipeline's progress goes: the log of the step, stderr of the CLI. */
export interface Notes {
  info: (line: string) => void
  warning: (line: string) => void
  /** A folded group of lines (the runner's `::group::`); optional. */
  group?: (title: string) => void
  endGroup?: () => void
}

export interface Dependencies {
  octokit: Octokit
  urls: Urls
  now: () => number
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  /** Cancels the wait, the log downloads and the annotations (SIGINT, SIGTERM, Ctrl-C). */
  signal: AbortSignal
  notes: Notes
  names: OptionNames
}

export interface ReportResult {
  report: Report
  /** Failing log lines by job id, and how many failed jobs had none read. */
  logs?: { excerpts: Map<number, Excerpt>; omitted: number }
  /** Short notes for the summary (what could not be known). */
  notes: string[]
  waited: WaitResult | null
  /** What fails the step (or the command), as found. */
  gate: GateFindings
  /** A poll that failed while waiting: what was known before is kept, then this is thrown. */
  error?: unknown
}

/**
 * Reads, waits, reads the failing logs and annotations, and judges: the whole
 * report of one run.
 */
export async function reportRun(req: ReportRequest, deps: Dependencies): Promise<ReportResult> {
  const startedAt = deps.now()
  const { octokit, urls, notes } = deps
  const run = req.run
  const select = compilePatterns(req.jobs, true)
  const gate: GateOptions = {
    failOn: req.failOn,
    allowFailure: compilePatterns(req.allowFailure, false)
  }
  const summaryNotes: string[] = []
  // Jobs become records as their pages arrive: a page's raw JSON is never
  // kept (3000 jobs × 30 steps: 50 MB of parsed API objects).
  const convert = recordMaker(run, urls)

  let own: ApiJob | null = null
  if (req.settleCurrentJob && req.current.jobId !== null) {
    const settled = await settleCurrentJob(
      octokit,
      { owner: run.owner, repo: run.repo, jobId: req.current.jobId },
      { ...SETTLE, sleep: (ms) => deps.sleep(ms, deps.signal), now: deps.now }
    )
    own = settled.job
    if (!settled.settled) {
      summaryNotes.push(
        `GitHub had not yet recorded every step of this job as completed after ${SETTLE.maxMs / 1000}s; its steps are shown as GitHub listed them.`
      )
    }
  }
  const ownRecord = own ? convert(own) : null

  // Pages kept for conditional polls; a single read keeps none.
  const cache: PageCache<JobRecord> | undefined = req.wait ? new Map() : undefined
  const warned = new Set<string>()
  let listed = 0
  const poll = async (): Promise<Poll> => {
    const read = await readRun(
      octokit,
      run,
      { ...req.current, jobId: ownRecord?.id ?? req.current.jobId },
      { convert, cache, signal: deps.signal }
    )
    // Each poll finds the same uncertainties: say each once.
    for (const w of read.warnings.filter((w) => !warned.has(w))) {
      warned.add(w)
      notes.warning(w)
    }
    listed = read.jobs.length
    const jobs = ownRecord
      ? read.jobs.map((j) => (j.id === ownRecord.id ? ownRecord : j))
      : read.jobs
    const report = reportOf(jobs, {
      run,
      urls,
      workflow: read.workflowName ?? own?.workflow_name ?? null,
      headSha: read.headSha ?? own?.head_sha ?? null,
      select,
      currentJobId: ownRecord?.id ?? read.currentJobId,
      now: deps.now()
    })
    return {
      report,
      requests: read.requests,
      notModified: read.notModified,
      rateLimit: read.rateLimit
    }
  }

  // The earlier runs (`history`) are read while this run's jobs are.
  const history: HistoryOptions | null = req.history
    ? {
        octokit,
        run,
        ...req.history,
        select,
        urls,
        signal: deps.signal,
        info: (line) => notes.info(line)
      }
    : null
  const reading = history ? startHistory(history) : null
  const first = await poll()
  const selected = first.report.jobs.length
  notes.info(
    `Read ${plural(listed, 'job')} of run ${run.id} in ${plural(first.requests, 'request')}` +
      (req.jobs.length > 0 ? `; the ${deps.names.jobs} patterns select ${selected}.` : '.')
  )
  if (first.report.current)
    notes.info(`This step runs in job ${logText(first.report.current.name)}.`)

  let waited: WaitResult | null = null
  if (req.wait) {
    assertNotWaitingOnItself(first.report, req, deps.names)
    waited = await waitFor(first, poll, req.wait, gate, startedAt + req.wait.timeoutMs, deps)
  }
  const report = waited?.last.report ?? first.report

  if (report.aggregated.length === 0) {
    notes.warning(
      req.jobs.length > 0
        ? `No job of run ${run.id} matched the ${deps.names.jobs} patterns; conclusion is skipped.`
        : `Run ${run.id} has no job besides this one; conclusion is skipped.`
    )
  }
  // Failing log lines and annotations, and the earlier runs to compare
  // with, side by side: not after a cancel.
  const [{ logs, notes: failureNotes }, historyNotes] = await Promise.all([
    readFailures(report, {
      octokit,
      run,
      logLines: req.logLines,
      signal: deps.signal,
      info: (line) => notes.info(line)
    }),
    history && reading ? compareHistory(report, reading, history) : []
  ])
  return {
    report,
    ...(logs ? { logs } : {}),
    notes: [...summaryNotes, ...failureNotes, ...historyNotes],
    waited,
    gate: gateFindings(
      report,
      gate,
      waited && req.wait
        ? {
            outcome: waited.outcome,
            timeoutMs: req.wait.timeoutMs,
            // "It may need this job" means something only to a job of the run.
            neverStarted: req.current.ownRun ? waited.neverStarted : new Set<number>(),
            // The edge aborts with the signal's name (SIGINT, SIGTERM).
            ...(typeof deps.signal.reason === 'string' ? { signal: deps.signal.reason } : {})
          }
        : undefined
    ),
    ...(waited?.outcome === 'error' ? { error: waited.error } : {})
  }
}

/**
 * Waiting on a job that is this one would never end: when this job cannot be
 * told apart, stop now rather than at the timeout.
 */
function assertNotWaitingOnItself(report: Report, req: ReportRequest, names: OptionNames): void {
  if (!req.current.ownRun || report.current || req.current.jobId !== null || req.jobs.length > 0)
    return
  throw new Error(
    `${names.wait}: true cannot tell which job runs this step, so it could wait on itself until the timeout. ` +
      `Pass ${names.jobId}: \${{ job.check_run_id }}, or a ${names.jobs} pattern that leaves this job out (such as !${logText(names.jobKey || 'report')}).`
  )
}

async function waitFor(
  first: Poll,
  poll: () => Promise<Poll>,
  wait: NonNullable<ReportRequest['wait']>,
  gate: GateOptions,
  deadline: number,
  deps: Dependencies
): Promise<WaitResult> {
  const { notes } = deps
  notes.group?.(
    `Waiting for the selected jobs (every ${formatInterval(wait.intervalMs)}, at most ${formatInterval(wait.timeoutMs)})`
  )
  try {
    const result = await waitForJobs({
      first,
      poll,
      intervalMs: wait.intervalMs,
      deadline,
      failing: (r) => (wait.failFast ? blockingJobs(r, gate) : []),
      now: deps.now,
      sleep: deps.sleep,
      signal: deps.signal,
      log: (line) => notes.info(line)
    })
    notes.info(
      `Waited ${plural(result.polls, 'poll')}: ${plural(result.requests, 'request')}, ${result.notModified} of them 304 Not Modified (free); ${result.outcome}.`
    )
    return result
  } finally {
    notes.endGroup?.()
  }
}
