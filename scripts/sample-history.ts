// A workflow's history, deterministic from a seed, for the fake API's
// `workflowRuns`: the run read, its earlier runs on its branch (the jobs of
// generateRun with other seeds, so durations and failures vary), and the
// other runs a workflow's list holds that a history must leave out.
import { createHash } from 'node:crypto'
import { conclusionOf, type FakeWorkflowRun } from './fake-workflow-runs.js'
import { generateRun, jobName, type ApiJob, type Outcome } from './sample-run.js'

export interface HistorySpec {
  owner?: string
  repo?: string
  /** Earlier `push` runs on `main`, before the run read. */
  earlier: number
  /** Jobs of every run (the special cases below need at least 17). */
  jobs: number
  /** Steps per job (default 8). */
  steps?: number
  seed?: number
  /** The run read (default 19_500_000_000); earlier runs have smaller ids. */
  runId?: number
  workflowId?: number
  /** When the run read was created (default 2026-11-20T10:00:00Z); earlier runs every 2 hours before. */
  startMs?: number
}

export interface History {
  /** The run read: a completed `push` run on `main`. */
  current: FakeWorkflowRun
  /** Its earlier runs (`push`, `main`, completed), newest first: what a history of them reads. */
  earlier: FakeWorkflowRun[]
  /** The runs of the workflow a history leaves out: newer, running, other branches and events. */
  others: FakeWorkflowRun[]
  /** Every run, for FakeApiOptions.workflowRuns. */
  all: FakeWorkflowRun[]
  /** Where the special cases are. */
  cases: {
    /** Earlier run 1 (the newest) was re-run: 2 attempts. */
    rerunRunId: number
    /** Fails in earlier run 3 and passes in earlier run 2, both of `flakySha`. */
    flakyJob: string
    flakySha: string
    /** Only in the run read and the newer half of the earlier runs. */
    partialJob: string
    /** A matrix leg named `renamed.to` in the run read and the newer half, `renamed.from` before. */
    renamed: { from: string; to: string }
  }
}

const DEFAULT_START_MS = Date.UTC(2026, 10, 20, 10, 0, 0)
/** Job ids of each run in a range of their own (attempts take 1_000_000 each). */
const JOB_ID_STRIDE = 10_000_000
const FIRST_JOB_ID = 30_000_000_001
const HOUR = 3_600_000

/** ex. 1795255205000 -> "2026-11-20T10:00:05Z" */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

function sha(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/**
 * N earlier runs of the same jobs, and the noise around them: most earlier
 * runs pass, the 4th fails; the newest earlier run failed and was re-run once; a flaky job failing in one of two runs of one
 * commit; a job only in the newer half of the runs; a matrix leg renamed
 * half-way; and, left out of any history of the run read, a newer run, a
 * run still in progress, `pull_request` runs (one from a fork whose branch
 * is also `main`), `push` runs of other branches, and a `schedule` run.
 */
export function generateHistory(spec: HistorySpec): History {
  const owner = spec.owner ?? 'octo-org'
  const repo = spec.repo ?? 'octo-repo'
  const runId = spec.runId ?? 19_500_000_000
  const workflowId = spec.workflowId ?? 161_335
  const seed = spec.seed ?? 1
  const t0 = spec.startMs ?? DEFAULT_START_MS
  const n = spec.jobs
  const half = Math.ceil(spec.earlier / 2)
  const flakyJob = jobName(Math.min(13, n - 1))
  const partialJob = jobName(Math.min(16, n - 1))
  const renamedLeg = jobName(Math.min(2, n - 1))
  const renamed = { from: renamedLeg.replace('ubuntu-latest', 'ubuntu-22.04'), to: renamedLeg }
  const flakySha = sha(`${owner}/${repo}:flaky`)

  let made = 0
  const run = (r: {
    /** Earlier run k (0: the run read), or a noise run's place. */
    slot: number
    createdMs: number
    branch?: string
    event?: string
    status?: string
    headSha?: string
    attempts?: number
    failures?: number
    outcomes?: Record<string, Outcome>
    keep?: (job: ApiJob) => boolean
    name?: (name: string) => string
    extra?: Partial<FakeWorkflowRun>
  }): FakeWorkflowRun => {
    const id = runId - 1000 * r.slot
    const headSha = r.headSha ?? sha(`${owner}/${repo}#${id}`)
    const branch = r.branch ?? 'main'
    const attempts = generateRun({
      owner,
      repo,
      runId: id,
      jobs: n,
      steps: spec.steps ?? 8,
      attempts: r.attempts ?? 1,
      startMs: r.createdMs,
      seed: seed * 1000 + made,
      firstJobId: FIRST_JOB_ID + made * JOB_ID_STRIDE,
      headSha,
      headBranch: branch,
      outcomes: r.outcomes ?? {},
      ...(r.failures === undefined ? {} : { failures: r.failures })
    }).map((jobs) =>
      jobs.filter(r.keep ?? (() => true)).map((j) => ({ ...j, name: r.name?.(j.name) ?? j.name }))
    )
    made++
    const running = r.status !== undefined && r.status !== 'completed'
    return {
      owner,
      repo,
      runId: id,
      attempts,
      workflowId,
      runNumber: 0, // numbered below, in the order the runs were created
      headBranch: branch,
      headSha,
      event: r.event ?? 'push',
      status: r.status ?? 'completed',
      conclusion: running ? null : conclusionOf(attempts.at(-1) ?? []),
      createdAt: isoSeconds(r.createdMs),
      ...r.extra
    }
  }

  const passFlaky = { [flakyJob]: 'success' as Outcome }
  const current = run({ slot: 0, createdMs: t0, outcomes: passFlaky, failures: 1 })
  const earlier = Array.from({ length: spec.earlier }, (_, i) => {
    const k = i + 1
    return run({
      slot: k,
      createdMs: t0 - k * 2 * HOUR,
      // The re-run one fails at first (about 3% of its jobs), one more fails; the rest pass.
      attempts: k === 1 ? 2 : 1,
      ...(k === 1 ? {} : { failures: k === 4 ? 2 : 0 }),
      ...(k === 2 || k === 3 ? { headSha: flakySha } : {}),
      outcomes: { [flakyJob]: k === 3 ? 'failure' : 'success' },
      keep: (job) => k <= half || job.name !== partialJob,
      name: (name) => (k > half && name === renamed.to ? renamed.from : name)
    })
  })
  // Noise: slots past the earlier runs' (ids unique), times between them.
  const slot = spec.earlier + 1
  const pr = (number: number, branch: string): Partial<FakeWorkflowRun> => ({
    pullRequests: [{ number, headRef: branch, baseRef: 'main' }]
  })
  const others = [
    run({ slot: slot, createdMs: t0 + HOUR / 3 }),
    run({ slot: slot + 1, createdMs: t0 - HOUR / 6, status: 'in_progress' }),
    run({
      slot: slot + 2,
      createdMs: t0 - HOUR / 2,
      event: 'pull_request',
      branch: 'feature/login',
      extra: pr(42, 'feature/login')
    }),
    run({
      slot: slot + 3,
      createdMs: t0 - (3 * HOUR) / 2,
      event: 'pull_request',
      extra: { ...pr(43, 'main'), headRepository: `someone/${repo}` }
    }),
    run({ slot: slot + 4, createdMs: t0 - (5 * HOUR) / 6, branch: 'feature/login' }),
    run({ slot: slot + 5, createdMs: t0 - (5 * HOUR) / 2, branch: 'release/1.x' }),
    run({ slot: slot + 6, createdMs: t0 - (7 * HOUR) / 6, event: 'schedule' })
  ]
  const all = [current, ...earlier, ...others]
  ;[...all]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .forEach((w, i) => (w.runNumber = 400 + i))
  return {
    current,
    earlier,
    others,
    all,
    cases: { rerunRunId: earlier[0]?.runId ?? 0, flakyJob, flakySha, partialJob, renamed }
  }
}
