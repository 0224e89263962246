// The report model: the aggregates (conclusion, counts, failed jobs, wall
// time) over the selected job records (records.ts). Pure: the clock and
// every address come in as arguments.
import type { Comparison } from './compare.js'
import type { NameMatcher } from './patterns.js'
import type { Urls } from './records.js'
import { parseTime } from './time.js'
import type { Counts, JobRecord, RunRef } from './types.js'
/**
 * The ranking of `conclusion`, worst first: a run is as bad as its worst job.
 * `unknown` stands for a conclusion GitHub may add later, `pending` for a job
 * not completed yet.
 */
export const CONCLUSION_RANK = [
  'failure',
  'timed_out',
  'startup_failure',
  'cancelled',
  'action_required',
  'stale',
  'unknown',
  'pending',
  'success',
  'neutral',
  'skipped'
] as const

/** Conclusions that do not make a job "failed". */
const FINE = new Set(['success', 'skipped', 'neutral'])

export interface Report {
  run: RunRef & { url: string; workflow: string | null; head_sha: string | null }
  /** Every job read and selected, and the current job; in run order. */
  jobs: JobRecord[]
  /** The job running this step, when it is in the run read. */
  current: JobRecord | null
  /** The jobs the aggregates describe: selected, one per name, without the current job. */
  aggregated: JobRecord[]
  /**
   * Jobs a later attempt of the same name replaced (`attempt: all`): shown
   * dimmed with their attempt, never counted, never a failure of the run.
   */
  superseded: ReadonlySet<JobRecord>
  /**
   * Whether the `jobs` patterns select the current job (or none were given):
   * it is in the `jobs` output and the report file only then.
   */
  currentSelected: boolean
  /** Names whose latest attempt passed after an earlier attempt failed (`attempt: all`). */
  passedOnRetry: Set<string>
  conclusion: string
  counts: Counts
  failedJobs: string[]
  /** Earliest start to latest end of the aggregated jobs (now for unfinished ones). */
  durationSeconds: number | null
  /** Sum of the aggregated jobs' durations ("job time"). */
  jobSeconds: number
  generatedAt: string
  /** This run against the usual, with `history` (issue 13); absent without it. */
  comparison?: Comparison
}

export interface ReportOptions {
  run: RunRef
  urls: Urls
  /** Selects jobs by name (the `jobs` input). */
  select: NameMatcher
  currentJobId: number | null
  /** Epoch milliseconds of "now", for unfinished jobs. */
  now: number
  /** The commit the run ran on (its jobs' `head_sha`), when known. */
  headSha: string | null
}

/** The key a job ranks by: its conclusion, `pending` until completed. */
export function outcomeOf(job: Pick<JobRecord, 'status' | 'conclusion'>): string {
  if (job.status !== 'completed') return 'pending'
  const c = job.conclusion ?? 'unknown'
  return (CONCLUSION_RANK as readonly string[]).includes(c) ? c : 'unknown'
}

/** Whether a job is waiting to start: queued, waiting, pending or requested. */
export function isQueued(job: Pick<JobRecord, 'status'>): boolean {
  return job.status !== 'completed' && job.status !== 'in_progress'
}

/** Jobs still to finish: aggregated (selected, not this one), not completed. */
export function unfinished(report: Pick<Report, 'aggregated'>): JobRecord[] {
  return report.aggregated.filter((j) => j.status !== 'completed')
}

/** Whether a completed job ended badly (anything but success, skipped, neutral). */
export function isFailed(job: Pick<JobRecord, 'status' | 'conclusion'>): boolean {
  return job.status === 'completed' && !FINE.has(job.conclusion ?? 'unknown')
}

/** The worst outcome of the jobs by CONCLUSION_RANK; `skipped` for none. */
export function aggregateConclusion(jobs: readonly JobRecord[]): string {
  let best: number = CONCLUSION_RANK.length - 1
  for (const job of jobs) {
    const rank = (CONCLUSION_RANK as readonly string[]).indexOf(outcomeOf(job))
    if (rank < best) best = rank
  }
  return CONCLUSION_RANK[best] ?? 'skipped'
}

/** total, completed, in_progress, queued (waiting, pending, requested too), one per conclusion. */
export function countJobs(jobs: readonly JobRecord[]): Counts {
  const counts: Counts = { total: jobs.length, completed: 0, in_progress: 0, queued: 0 }
  for (const job of jobs) {
    if (job.status === 'completed') {
      counts.completed++
      const c = job.conclusion ?? 'unknown'
      counts[c] = (counts[c] ?? 0) + 1
    } else if (job.status === 'in_progress') {
      counts.in_progress++
    } else {
      counts.queued++
    }
  }
  return counts
}

/**
 * Earliest start to latest end, in whole seconds; an unfinished job ends
 * `now`. Null when no job has started.
 */
export function wallSeconds(jobs: readonly JobRecord[], now: number): number | null {
  let start = Infinity
  let end = -Infinity
  for (const job of jobs) {
    // A queued job's `started_at` is its `created_at`: it has not started.
    const s = isQueued(job) ? null : parseTime(job.started_at)
    if (s === null) continue
    start = Math.min(start, s)
    const e = job.status === 'completed' ? (parseTime(job.completed_at) ?? s) : now
    end = Math.max(end, e)
  }
  if (start === Infinity) return null
  return Math.max(0, Math.round((end - start) / 1000))
}

/**
 * The jobs that count, one name once: each job name at its latest attempt
 * (every job of that name there, should names repeat).
 */
export function latestPerName(jobs: readonly JobRecord[]): JobRecord[] {
  const latest = new Map<string, number>()
  for (const job of jobs) latest.set(job.name, Math.max(latest.get(job.name) ?? 0, job.attempt))
  return jobs.filter((job) => job.attempt === latest.get(job.name))
}

/** Names that failed in an earlier attempt and succeeded in their latest. */
export function passedOnRetry(
  jobs: readonly JobRecord[],
  latest: readonly JobRecord[]
): Set<string> {
  const failedBefore = new Set<string>()
  const latestIds = new Set(latest.map((j) => j.id))
  for (const job of jobs) if (!latestIds.has(job.id) && isFailed(job)) failedBefore.add(job.name)
  const out = new Set<string>()
  for (const job of latest) {
    if (failedBefore.has(job.name) && job.conclusion === 'success') out.add(job.name)
  }
  return out
}

/**
 * A job still queued has waited from its creation until now: its
 * `queued_seconds` is the wait so far (GitHub gives it a `started_at` equal
 * to `created_at`, which would read as no wait at all). A copy: the record
 * itself may be kept for the next poll.
 */
function waitedSoFar(job: JobRecord, now: number): JobRecord {
  if (!isQueued(job)) return job
  const created = parseTime(job.created_at)
  if (created === null) return job
  return { ...job, queued_seconds: Math.max(0, Math.round((now - created) / 1000)) }
}

/** The jobs the `jobs` output and the report file hold: the current job only when selected. */
export function publishedJobs(
  report: Pick<Report, 'jobs' | 'current' | 'currentSelected'>
): JobRecord[] {
  if (!report.current || report.currentSelected) return report.jobs
  return report.jobs.filter((j) => j !== report.current)
}

/**
 * Builds the report from job records made as the pages arrived (jobs.ts
 * readRun with `convert`), so that the API's raw jobs are never all held.
 */
export function reportOf(
  records: readonly JobRecord[],
  opts: ReportOptions & { workflow: string | null }
): Report {
  // Run order: attempts in order, each in the order GitHub lists its jobs.
  const indexed = records.map((job, i) => ({ job, i }))
  indexed.sort((a, b) => a.job.attempt - b.job.attempt || a.i - b.i)

  const jobs: JobRecord[] = []
  let current: JobRecord | null = null
  let currentSelected = false
  for (const { job: read } of indexed) {
    const isCurrent = read.id === opts.currentJobId
    const selected = opts.select(read.name)
    if (!isCurrent && !selected) continue
    const job = waitedSoFar(read, opts.now)
    if (isCurrent) {
      current = job
      currentSelected = selected
    }
    jobs.push(job)
  }

  // Latest per name over every job, the current one included, so that an
  // earlier attempt of this very job is superseded rather than counted.
  const latest = latestPerName(jobs)
  const latestSet = new Set(latest)
  const aggregated = latest.filter((j) => j !== current)
  const others = jobs.filter((j) => j !== current)
  const runUrl = `${opts.urls.serverUrl}/${opts.run.owner}/${opts.run.repo}/actions/runs/${opts.run.id}`
  return {
    run: {
      ...opts.run,
      url: typeof opts.run.attempt === 'number' ? `${runUrl}/attempts/${opts.run.attempt}` : runUrl,
      workflow: opts.workflow,
      head_sha: opts.headSha
    },
    jobs,
    current,
    aggregated,
    superseded: new Set(jobs.filter((j) => !latestSet.has(j))),
    currentSelected,
    passedOnRetry: passedOnRetry(others, aggregated),
    conclusion: aggregateConclusion(aggregated),
    counts: countJobs(aggregated),
    failedJobs: aggregated.filter(isFailed).map((j) => j.name),
    durationSeconds: wallSeconds(aggregated, opts.now),
    jobSeconds: aggregated.reduce((sum, j) => sum + (j.duration_seconds ?? 0), 0),
    generatedAt: new Date(opts.now).toISOString()
  }
}
