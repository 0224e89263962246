// This run compared with the usual: each job and step against the same job
// and step in a few earlier runs of the workflow (the `history` input), and
// the run's wall time against theirs. Pure: the report and the earlier runs'
// records in, plain JSON-ready data out; the report file holds it whole.
//
// The rules, where issue 13 leaves them open:
// - Compared: this run's jobs at their latest attempt (`report.aggregated`),
//   each matrix leg as a job of its own, and the current job when the `jobs`
//   output holds it (`currentSelected`): its record gains `usual_*` too, and
//   in a post step its finished steps compare. Unfinished, its duration is
//   null: verdict `unknown`. A job of the earlier runs that is not in this one
//   is not listed.
// - The usual (median and p90, usual.ts) of a job comes from the earlier runs
//   where it succeeded; of a step, from those where it and its job
//   succeeded (a step skipped by its `if:` took no time). Queue times
//   likewise. `usual_runs` counts every earlier run it was seen in, whatever
//   its conclusion; `usual_samples` the durations the usual is taken from.
// - Verdicts (verdictOf): `new` when never seen before (whatever else);
//   `unknown` when this run's duration is null (unfinished), when it was
//   skipped (a skipped job or step did not run: its 0 s is not fast), or
//   when it never succeeded before; else slower, faster or usual.
// - Flaky: it both failed (`failure`, `timed_out`) and passed (`success`)
//   on one commit: in two attempts of this run (either order), or in this
//   run and an earlier one of the same `head_sha`, or in two earlier ones.
//   A cancelled job is no evidence (fail-fast cancels a failed leg's
//   siblings). Earlier runs are read at their latest attempt (`filter=latest`):
//   a job that failed and passed on re-run there shows as passed, and a job
//   at attempt 2 may have been re-run because it failed or because all were:
//   neither can be told, so a re-run in an earlier run is no evidence.
// - `failure_rate`: the earlier runs it failed in (`isFailed`, cancelled
//   included) over those it was seen in, to 2 decimals; null when never seen.
import { historiesOf, isFlaky, outcomesHere, type JobHistory } from './earlier.js'
import type { NameMatcher } from './patterns.js'
import { wallSeconds, type Report } from './report.js'
import type { EarlierRun, JobRecord, StepRecord } from './types.js'
import { ratioOf, usualOf, verdictOf, type Threshold, type Verdict } from './usual.js'

/** The `slower-than` input's default factor and its fixed floor (SPEC). */
export const COMPARE_DEFAULTS = { slowerThan: 1.5, floorSeconds: 30 } as const satisfies Threshold

export interface CompareOptions extends Threshold {
  /**
   * The `jobs` patterns: an earlier run's wall time spans the jobs they
   * select, as this run's does. All jobs when not given.
   */
  select?: NameMatcher
}

/** One step of a job, against the same step (name and occurrence) before. */
export interface StepComparison {
  number: number
  name: string
  duration_seconds: number | null
  /** Median of earlier durations where it and its job succeeded; null when none. */
  usual_seconds: number | null
  p90_seconds: number | null
  /** Earlier runs it was seen in (any conclusion). */
  usual_runs: number
  /** The durations usual_seconds and p90_seconds are taken from. */
  usual_samples: number
  /** duration ÷ usual, 2 decimals; null when either is unknown or the usual is 0. */
  vs_usual: number | null
  verdict: Verdict
}

/** One job of this run against the same job (name and occurrence) before. */
export interface JobComparison extends Omit<StepComparison, 'number'> {
  /** This run's job (its record's `id`). */
  id: number
  queue: {
    queued_seconds: number | null
    usual_seconds: number | null
    p90_seconds: number | null
  }
  flaky: boolean
  /** failed_runs ÷ usual_runs, 2 decimals; null when never seen. */
  failure_rate: number | null
  /** Earlier runs it failed in (cancelled and timed out too). */
  failed_runs: number
  steps: StepComparison[]
}

/** The run's wall time against the earlier successful runs'. */
export interface RunComparison {
  /** This run's wall time (`duration-seconds`). */
  duration_seconds: number | null
  usual_seconds: number | null
  p90_seconds: number | null
  /** Earlier successful runs the usual is taken from. */
  usual_samples: number
  vs_usual: number | null
  verdict: Verdict
}

export interface Comparison {
  /** Earlier runs compared with. */
  runs: number
  run_ids: number[]
  slower_than: number
  floor_seconds: number
  run: RunComparison
  /** This run's jobs, in run order. */
  jobs: JobComparison[]
}

/** A step in the `slower-jobs` output. */
export interface SlowerStep {
  name: string
  duration_seconds: number
  usual_seconds: number
  /** null when the usual is 0 s: listed first, as the most slowed. */
  ratio: number | null
}

/** An item of the `slower-jobs` output: a slower job and its slower steps. */
export interface SlowerJob extends SlowerStep {
  steps: SlowerStep[]
}

/** An item of the `flaky-jobs` output. */
export interface FlakyJob {
  name: string
  failure_rate: number | null
  /** Earlier runs it was seen in (the failure rate's denominator). */
  runs: number
}

/**
 * This run compared with the earlier runs (newest first, as read); an
 * earlier run given twice, or this run itself, is counted once or not at all.
 */
export function compareWithUsual(
  report: Report,
  earlier: readonly EarlierRun[],
  options: Partial<CompareOptions> = {}
): Comparison {
  const opts = { ...COMPARE_DEFAULTS, ...options }
  const runs: EarlierRun[] = []
  const ids = new Set([report.run.id])
  for (const run of earlier) {
    if (ids.has(run.id)) continue
    ids.add(run.id)
    runs.push(run)
  }
  const jobs = report.jobs.filter(
    (j) => !report.superseded.has(j) && (j !== report.current || report.currentSelected)
  )
  const here = outcomesHere(report)
  return {
    runs: runs.length,
    run_ids: runs.map((run) => run.id),
    slower_than: opts.slowerThan,
    floor_seconds: opts.floorSeconds,
    run: compareRun(report, runs, opts),
    jobs: historiesOf(jobs, runs).map(({ job, history }) => {
      const flaky = isFlaky(history, here.get(job.name) ?? 0, report.run.head_sha)
      return compareJob(job, history, flaky, opts)
    })
  }
}

/** The seconds a job or step ran: null when unknown, unfinished or skipped. */
function ranSeconds(
  r: Pick<JobRecord | StepRecord, 'conclusion' | 'duration_seconds'>
): number | null {
  return r.conclusion === 'skipped' ? null : r.duration_seconds
}

/** A job or step against its earlier durations: what StepComparison and JobComparison share. */
function against(
  r: Pick<JobRecord | StepRecord, 'name' | 'conclusion' | 'duration_seconds'>,
  runs: number,
  durations: number[],
  t: Threshold
): Omit<StepComparison, 'number'> {
  const usual = usualOf(durations)
  const ran = ranSeconds(r)
  return {
    name: r.name,
    duration_seconds: r.duration_seconds,
    usual_seconds: usual.usual_seconds,
    p90_seconds: usual.p90_seconds,
    usual_runs: runs,
    usual_samples: usual.usual_samples,
    vs_usual: ratioOf(ran, usual.usual_seconds),
    verdict: runs === 0 ? 'new' : verdictOf(ran, usual.usual_seconds, t)
  }
}

function compareJob(job: JobRecord, h: JobHistory, flaky: boolean, t: Threshold): JobComparison {
  const queue = usualOf(h.queued)
  return {
    id: job.id,
    ...against(job, h.runs, h.durations, t),
    queue: {
      queued_seconds: job.queued_seconds,
      usual_seconds: queue.usual_seconds,
      p90_seconds: queue.p90_seconds
    },
    flaky,
    failure_rate: h.runs === 0 ? null : Math.round((h.failed / h.runs) * 100) / 100,
    failed_runs: h.failed,
    steps: job.steps.map((step, i) => {
      const sh = h.steps[i] ?? { runs: 0, durations: [] }
      return { number: step.number, ...against(step, sh.runs, sh.durations, t) }
    })
  }
}

/**
 * This run's wall time against the earlier runs that succeeded (a failed or
 * cancelled run stops early). An earlier run's wall time spans its jobs as
 * `duration-seconds` spans this run's: the selected ones, without the job
 * named as the one running this step (the report leaves it out here). While
 * this run's jobs are still running its wall time is a lower bound: it can
 * be slower already, not faster yet (then `unknown`).
 */
function compareRun(
  report: Report,
  runs: readonly EarlierRun[],
  opts: CompareOptions
): RunComparison {
  const select = opts.select ?? ((): boolean => true)
  const own = report.current?.name
  const walls: number[] = []
  for (const run of runs) {
    if (run.conclusion !== 'success') continue
    const jobs = run.jobs.filter(
      (j) => j.status === 'completed' && j.name !== own && select(j.name)
    )
    // Every job is completed: "now" never enters.
    const wall = wallSeconds(jobs, 0)
    if (wall !== null) walls.push(wall)
  }
  const usual = usualOf(walls)
  const duration = report.durationSeconds
  let verdict: Verdict =
    runs.length === 0 ? 'unknown' : verdictOf(duration, usual.usual_seconds, opts)
  const running = report.aggregated.some((j) => j.status !== 'completed')
  if (running && verdict !== 'slower') verdict = 'unknown'
  return {
    duration_seconds: duration,
    usual_seconds: usual.usual_seconds,
    p90_seconds: usual.p90_seconds,
    usual_samples: usual.usual_samples,
    vs_usual: running ? null : ratioOf(duration, usual.usual_seconds),
    verdict
  }
}

/** Highest ratio first, no ratio (a usual of 0 s) before any. */
function bySlowest(a: SlowerStep, b: SlowerStep): number {
  if (a.ratio === b.ratio) return 0
  if (a.ratio === null) return -1
  if (b.ratio === null) return 1
  return b.ratio - a.ratio
}

function slower(
  c: Pick<StepComparison, 'name' | 'duration_seconds' | 'usual_seconds' | 'vs_usual' | 'verdict'>
): SlowerStep | null {
  if (c.verdict !== 'slower' || c.duration_seconds === null || c.usual_seconds === null) return null
  return {
    name: c.name,
    duration_seconds: c.duration_seconds,
    usual_seconds: c.usual_seconds,
    ratio: c.vs_usual
  }
}

/**
 * The `slower-jobs` output: the slower jobs, each with its slower steps,
 * most slowed first (a usual of 0 s, no ratio, first; ties in run order).
 * A job that is not slower as a whole is not listed, whatever its steps.
 */
export function slowerJobs(c: Comparison): SlowerJob[] {
  const out: SlowerJob[] = []
  for (const job of c.jobs) {
    const item = slower(job)
    if (!item) continue
    const steps = job.steps.map(slower).filter((s): s is SlowerStep => s !== null)
    out.push({ ...item, steps: steps.sort(bySlowest) })
  }
  return out.sort(bySlowest)
}

/**
 * The `flaky-jobs` output: highest failure rate first (never seen before,
 * null, last), ties in run order.
 */
export function flakyJobs(c: Comparison): FlakyJob[] {
  return c.jobs
    .filter((j) => j.flaky)
    .map((j) => ({ name: j.name, failure_rate: j.failure_rate, runs: j.usual_runs }))
    .sort((a, b) => (b.failure_rate ?? -1) - (a.failure_rate ?? -1))
}
