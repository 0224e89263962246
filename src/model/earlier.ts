// What the earlier runs say of each job (and step) of this run, gathered in
// one pass over their records, and whether a job is flaky, for the
// comparison (compare.ts). Pure.
//
// A job is matched by its name, a step by its name within the job. A name
// may repeat (two jobs, or two steps, given the same `name:`); then the
// first of that name here is matched with the first of that name there, the
// second with the second, and so on: name and occurrence. A renamed job or
// step, or a matrix leg whose values changed, is a name never seen: new.
//
// 250 jobs × 30 steps × 10 earlier runs is 75,000 step records: each is
// looked up once, in maps made once, by name then occurrence; only this
// run's jobs and steps get a history, the rest of the earlier records are
// passed over.
import { isFailed, type Report } from './report.js'
import type { EarlierRun, JobRecord } from './types.js'

/** A commit's outcomes for one job: bits of FAILED and PASSED. */
const FAILED = 1
const PASSED = 2

/** What the earlier runs say of one step of this run's job. */
export interface StepHistory {
  /** Earlier runs it was seen in (any conclusion). */
  runs: number
  /** Its durations where it and its job succeeded. */
  durations: number[]
}

/** What the earlier runs say of one job of this run. */
export interface JobHistory {
  /** Earlier runs it was seen in (any conclusion). */
  runs: number
  /** Earlier runs it failed in (`isFailed`: cancelled and timed out too). */
  failed: number
  /** Its durations where it succeeded. */
  durations: number[]
  /** Its queue times where it succeeded. */
  queued: number[]
  /** By `head_sha`: FAILED and/or PASSED, as flakyOutcome() reads the job there. */
  commits: Map<string, number>
  /** One per step of this run's job, in the same order. */
  steps: StepHistory[]
}

/**
 * FAILED for a job that failed by itself (`failure`, `timed_out`), PASSED
 * for `success`, 0 otherwise. A cancelled job is neither: a matrix's
 * fail-fast cancels the legs beside a failed one, and a newer run of the same
 * commit may cancel an older one; neither makes a job flaky.
 */
function flakyOutcome(job: Pick<JobRecord, 'status' | 'conclusion'>): number {
  if (job.status !== 'completed') return 0
  if (job.conclusion === 'success') return PASSED
  return job.conclusion === 'failure' || job.conclusion === 'timed_out' ? FAILED : 0
}

/** Each item's occurrence of its name: 0 for the first of a name, 1 for the second… */
function occurrences(items: readonly { name: string }[]): number[] {
  const count = new Map<string, number>()
  return items.map(({ name }) => {
    const n = count.get(name) ?? 0
    count.set(name, n + 1)
    return n
  })
}

/** name → [the first of that name, the second, …] */
function byNameAndOccurrence<T>(entries: readonly (readonly [string, T])[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const [name, value] of entries) {
    const list = map.get(name)
    if (list) list.push(value)
    else map.set(name, [value])
  }
  return map
}

const noSteps = (): StepHistory => ({ runs: 0, durations: [] })

/** A job's history with its steps' histories at hand by name and occurrence. */
interface Slot {
  job: JobRecord
  history: JobHistory
  steps: Map<string, StepHistory[]>
}

/**
 * Each of `jobs` (this run's) with its history, in their order, from the
 * earlier runs' jobs at their latest attempt.
 */
export function historiesOf(
  jobs: readonly JobRecord[],
  earlier: readonly EarlierRun[]
): { job: JobRecord; history: JobHistory }[] {
  const slots = jobs.map((job): [string, Slot] => {
    const named = job.steps.map((s) => [s.name, noSteps()] as const)
    const steps = named.map(([, step]) => step)
    const history: JobHistory = {
      runs: 0,
      failed: 0,
      durations: [],
      queued: [],
      commits: new Map(),
      steps
    }
    return [job.name, { job, history, steps: byNameAndOccurrence(named) }]
  })
  const slotsByName = byNameAndOccurrence(slots)
  for (const run of earlier) {
    const nth = occurrences(run.jobs)
    run.jobs.forEach((job, i) => {
      const slot = slotsByName.get(job.name)?.[nth[i] ?? 0]
      if (slot) addJob(slot, job, run.head_sha)
    })
  }
  return slots.map(([, { job, history }]) => ({ job, history }))
}

function addJob({ history: h, steps }: Slot, job: JobRecord, sha: string): void {
  h.runs++
  if (isFailed(job)) h.failed++
  const outcome = flakyOutcome(job)
  if (outcome !== 0) h.commits.set(sha, (h.commits.get(sha) ?? 0) | outcome)
  // A failed job stops early, a cancelled one anywhere: only a job that
  // succeeded says how long it usually takes.
  const passed = outcome === PASSED
  if (passed && job.duration_seconds !== null) h.durations.push(job.duration_seconds)
  if (passed && job.queued_seconds !== null) h.queued.push(job.queued_seconds)
  const nth = occurrences(job.steps)
  job.steps.forEach((step, i) => {
    const s = steps.get(step.name)?.[nth[i] ?? 0]
    if (!s) return
    s.runs++
    // A step skipped by its `if:` inside a successful job took no time: it
    // is not a sample of how long the step takes when it runs.
    if (passed && step.conclusion === 'success' && step.duration_seconds !== null)
      s.durations.push(step.duration_seconds)
  })
}

/** This run's outcomes by job name, over all its attempts (FAILED | PASSED). */
export function outcomesHere(report: Pick<Report, 'jobs'>): Map<string, number> {
  const out = new Map<string, number>()
  for (const job of report.jobs) out.set(job.name, (out.get(job.name) ?? 0) | flakyOutcome(job))
  return out
}

/**
 * Flaky: FAILED and PASSED on one commit, in this run's attempts (`here`),
 * or in an earlier run and this one (of the same `sha`), or in two earlier ones.
 */
export function isFlaky(h: JobHistory, here: number, sha: string | null): boolean {
  const both = FAILED | PASSED
  if (here === both) return true
  for (const [commit, seen] of h.commits) {
    if ((commit === sha ? seen | here : seen) === both) return true
  }
  return false
}
