// Realistic, deterministic workflow-run data shaped exactly like GitHub's REST
// answers for workflow jobs: `generateRun` for runs of any size (seeded), and
// `demoRun` for one hand-made run that shows every case the action must handle.
import { createHash } from 'node:crypto'
import type { ApiAnnotation, ApiJob, ApiStep } from '../src/model/types.js'

export type { ApiJob } from '../src/model/types.js'

/** 2026-11-20T10:00:00Z, the default start of generated runs and of the demo run. */
const DEFAULT_START_MS = Date.UTC(2026, 10, 20, 10, 0, 0)

/** The first job id of generated runs: real job ids passed 2^32 in 2024. */
const FIRST_JOB_ID = 30_000_000_001
/** Distance between the ids of two attempts, so ids stay unique across attempts. */
const ATTEMPT_ID_STRIDE = 1_000_000

// ---------------------------------------------------------------------------
// Shared builders

/** Where a run lives, and the fields every job of the run shares. */
interface RunContext {
  owner: string
  repo: string
  runId: number
  serverUrl: string
  apiUrl: string
  headSha: string
  workflowName: string
  headBranch: string
}

interface Runner {
  id: number
  name: string
  groupId: number
  groupName: string
}

/** A job's facts; `makeJob` turns them into the API's shape. */
interface JobFacts {
  id: number
  name: string
  attempt: number
  status: string
  conclusion: string | null
  createdMs: number
  startedMs: number | null
  completedMs: number | null
  /** `undefined`: the answer has no `steps` key at all (as for some skipped jobs). */
  steps: ApiStep[] | undefined
  labels: string[]
  runner: Runner | null
}

/** mulberry32: a tiny seeded PRNG, good enough for test data. Returns [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Job timestamps: whole seconds, UTC. ex. 1795255205000 -> "2026-11-20T10:00:05Z" */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

/** Step timestamps keep milliseconds. ex. "2026-11-20T10:00:05.123Z" */
function isoMillis(ms: number): string {
  return new Date(ms).toISOString()
}

function hostedRunner(id: number): Runner {
  return { id, name: `GitHub Actions ${id}`, groupId: 0, groupName: 'GitHub Actions' }
}

function makeJob(ctx: RunContext, f: JobFacts): ApiJob {
  const { owner, repo, runId, apiUrl, serverUrl } = ctx
  // Keys in the order GitHub sends them.
  const job: ApiJob = {
    id: f.id,
    run_id: runId,
    workflow_name: ctx.workflowName,
    head_branch: ctx.headBranch,
    run_url: `${apiUrl}/repos/${owner}/${repo}/actions/runs/${runId}`,
    run_attempt: f.attempt,
    // The legacy global node id: base64 of "012:Workflow Job{id}", as in the REST reference.
    node_id: Buffer.from(`012:Workflow Job${f.id}`).toString('base64'),
    head_sha: ctx.headSha,
    url: `${apiUrl}/repos/${owner}/${repo}/actions/jobs/${f.id}`,
    html_url: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/job/${f.id}`,
    status: f.status,
    conclusion: f.conclusion,
    created_at: isoSeconds(f.createdMs),
    started_at: f.startedMs === null ? null : isoSeconds(f.startedMs),
    completed_at: f.completedMs === null ? null : isoSeconds(f.completedMs),
    name: f.name,
    steps: f.steps,
    check_run_url: `${apiUrl}/repos/${owner}/${repo}/check-runs/${f.id}`,
    labels: f.labels,
    runner_id: f.runner?.id ?? null,
    runner_name: f.runner?.name ?? null,
    runner_group_id: f.runner?.groupId ?? null,
    runner_group_name: f.runner?.groupName ?? null
  }
  if (f.steps === undefined) delete job.steps
  return job
}

/**
 * A skipped job in one of the two shapes GitHub sends: null times and no
 * `steps` key (`nulls`), or times equal to `created_at` and `steps: []`.
 */
function skippedJob(
  ctx: RunContext,
  base: Pick<JobFacts, 'id' | 'name' | 'attempt' | 'createdMs' | 'labels'>,
  nulls: boolean
): ApiJob {
  return makeJob(ctx, {
    ...base,
    status: 'completed',
    conclusion: 'skipped',
    startedMs: nulls ? null : base.createdMs,
    completedMs: nulls ? null : base.createdMs,
    steps: nulls ? undefined : [],
    runner: null
  })
}

/** Post steps and "Complete job" run even after a failure; every other step is skipped. */
function runsAfterFailure(name: string): boolean {
  return name.startsWith('Post ') || name === 'Complete job'
}

/** GitHub's numbers for a job's steps. ex. 8 main steps and 2 post steps: 1..8, 16, 17 */
function stepNumbers(names: readonly string[]): number[] {
  const mainCount = names.filter((name) => !runsAfterFailure(name)).length
  return names.map((_, i) => (i < mainCount ? i + 1 : i + mainCount))
}

/**
 * Lays steps end to end from `startMs` (durations in ms). After the step at
 * `failAt` fails, the main steps are skipped (zero length) while the post steps
 * and "Complete job" still run, as on GitHub. Numbers follow GitHub's gap: the
 * post steps are numbered after twice the main steps (the REST reference's
 * example jumps from 8 to 16).
 */
function layOutSteps(
  plan: readonly (readonly [string, number])[],
  startMs: number,
  failAt = -1
): { steps: ApiStep[]; endMs: number } {
  const numbers = stepNumbers(plan.map(([name]) => name))
  const steps: ApiStep[] = []
  let t = startMs
  plan.forEach(([name, ms], i) => {
    const skipped = failAt >= 0 && i > failAt && !runsAfterFailure(name)
    const end = skipped ? t : t + ms
    steps.push({
      name,
      status: 'completed',
      conclusion: i === failAt ? 'failure' : skipped ? 'skipped' : 'success',
      number: numbers[i] ?? i + 1,
      started_at: isoMillis(t),
      completed_at: isoMillis(end)
    })
    t = end
  })
  return { steps, endMs: t }
}

function makeContext(spec: {
  owner?: string
  repo?: string
  runId?: number
  serverUrl?: string
  apiUrl?: string
  seed?: number
  headSha?: string
  headBranch?: string
}): RunContext {
  const owner = spec.owner ?? 'octo-org'
  const repo = spec.repo ?? 'octo-repo'
  const runId = spec.runId ?? 19_000_000_001
  const headSha =
    spec.headSha ??
    createHash('sha1')
      .update(`${owner}/${repo}#${runId}:${spec.seed ?? 1}`)
      .digest('hex')
  return {
    owner,
    repo,
    runId,
    serverUrl: spec.serverUrl ?? 'https://github.com',
    apiUrl: spec.apiUrl ?? 'https://api.github.com',
    headSha,
    workflowName: 'CI',
    headBranch: spec.headBranch ?? 'main'
  }
}

// ---------------------------------------------------------------------------
// generateRun: runs of any size

export interface RunSpec {
  owner?: string
  repo?: string
  runId?: number
  /** Jobs in each attempt. */
  jobs: number
  /** Steps per job (default 8); 0 gives jobs with `steps: []`. */
  steps?: number
  /** Attempts (default 1); each later attempt re-runs the jobs that failed before. */
  attempts?: number
  /** Epoch ms the first attempt starts (default 2026-11-20T10:00:00Z). */
  startMs?: number
  seed?: number
  serverUrl?: string
  apiUrl?: string
  /** Id of the first job (default 30_000_000_001); give two runs in one fake different ranges. */
  firstJobId?: number
  /** The commit (default: a hash of the run and seed) and branch (default `main`) of every job. */
  headSha?: string
  headBranch?: string
  /**
   * Attempt 1's outcome of the jobs named, in place of the drawn one (the
   * draws are made as without it, so the other jobs do not change).
   */
  outcomes?: Record<string, Outcome>
  /** Jobs that fail in attempt 1 (default about 3%, at least one from 3 jobs). */
  failures?: number
}

const BASE_NAMES = [
  'build',
  'lint',
  'test (ubuntu-latest, 20)',
  'test (windows-latest, 22)',
  'ci / build',
  'deploy',
  'ci / lint',
  'test (macos-latest, 20)',
  'test (ubuntu-latest, 22)',
  'ci / test',
  'test (windows-latest, 20)',
  'test (macos-latest, 22)',
  'typecheck',
  'e2e (chrome)',
  'e2e (firefox)',
  'integration (postgres)',
  'docs'
]

/** Unique names: the base mix first, then matrix shards. ex. 17 -> "shard (1, 1)" */
export function jobName(i: number): string {
  const base = BASE_NAMES[i]
  if (base !== undefined) return base
  const k = i - BASE_NAMES.length
  return `shard (${Math.floor(k / 8) + 1}, ${(k % 8) + 1})`
}

function labelsFor(name: string): string[] {
  if (name.includes('windows')) return ['windows-latest']
  if (name.includes('macos')) return ['macos-latest']
  return ['ubuntu-latest']
}

const MIDDLE_STEPS = [
  'Run actions/checkout@v4',
  'Run actions/setup-node@v4',
  'Run npm ci',
  'Run npm run build',
  'Run npm test',
  'Run npm run lint',
  'Run actions/upload-artifact@v4'
]

/** Step names: "Set up job", main steps, a post step (from 4 steps on), "Complete job". */
function stepNames(count: number): string[] {
  if (count <= 0) return []
  if (count === 1) return ['Set up job']
  const tail = count >= 4 ? ['Post Run actions/checkout@v4', 'Complete job'] : ['Complete job']
  const middle = Array.from(
    { length: count - 1 - tail.length },
    (_, i) => MIDDLE_STEPS[i] ?? `Run step ${i + 1}`
  )
  return ['Set up job', ...middle, ...tail]
}

export type Outcome = 'success' | 'failure' | 'skipped'

/** Draws `count` distinct indices below `n` that `taken` does not hold yet, and marks them. */
function pick(rng: () => number, n: number, count: number, taken: Set<number>): number[] {
  const out: number[] = []
  while (out.length < count && taken.size < n) {
    const i = Math.floor(rng() * n)
    if (taken.has(i)) continue
    taken.add(i)
    out.push(i)
  }
  return out
}

/**
 * The jobs of a run, one array per attempt (index 0 = attempt 1), as
 * `GET .../attempts/{n}/jobs` lists them: a later attempt re-runs the jobs that
 * failed in the one before (new ids, later times) and keeps the other jobs'
 * earlier records, ids and `run_attempt` unchanged. Deterministic from `seed`.
 */
export function generateRun(spec: RunSpec): ApiJob[][] {
  const ctx = makeContext(spec)
  const rng = mulberry32(spec.seed ?? 1)
  const n = spec.jobs
  const names = stepNames(spec.steps ?? 8)
  const firstId = spec.firstJobId ?? FIRST_JOB_ID
  const runnerIds = Math.floor(rng() * 100_000)

  // Attempt 1: `deploy` and ~2% more are skipped, ~3% (at least one from 3 jobs) fail.
  const outcomes: Outcome[] = Array.from({ length: n }, () => 'success')
  const taken = new Set<number>()
  const deploy = BASE_NAMES.indexOf('deploy')
  if (deploy < n) taken.add(deploy)
  for (const i of [...taken, ...pick(rng, n, Math.floor(n * 0.02), taken)]) outcomes[i] = 'skipped'
  const failures = spec.failures ?? (n >= 3 ? Math.max(1, Math.round(n * 0.03)) : 0)
  for (const i of pick(rng, n, failures, taken)) outcomes[i] = 'failure'
  for (const [name, outcome] of Object.entries(spec.outcomes ?? {})) {
    const i = outcomes.findIndex((_, k) => jobName(k) === name)
    if (i >= 0) outcomes[i] = outcome
  }

  let skippedSeen = 0
  const job = (i: number, attempt: number, attemptStartMs: number, outcome: Outcome): ApiJob => {
    const name = jobName(i)
    const createdMs = attemptStartMs + Math.floor(rng() * 20) * 1000
    const base = {
      id: firstId + (attempt - 1) * ATTEMPT_ID_STRIDE + i,
      name,
      attempt,
      createdMs,
      labels: labelsFor(name)
    }
    if (outcome === 'skipped') {
      // Both shapes GitHub sends for skipped jobs, alternately.
      const nulls = skippedSeen++ % 2 === 0
      return skippedJob(ctx, base, nulls)
    }
    const queueS = rng() < 0.05 ? 120 + Math.floor(rng() * 480) : 1 + Math.floor(rng() * 30)
    const startedMs = createdMs + queueS * 1000
    const plan = names.map((step, k): [string, number] => {
      if (k === 0) return [step, 1000 + Math.floor(rng() * 2000)]
      if (runsAfterFailure(step)) return [step, Math.floor(rng() * 900)]
      return [step, 200 + Math.floor(rng() * 40_000)]
    })
    // The failing step: a main step, not "Set up job" when there is another.
    const mains = plan.filter(([step]) => !runsAfterFailure(step)).length
    const failAt =
      outcome !== 'failure' || mains === 0
        ? -1
        : mains === 1
          ? 0
          : 1 + Math.floor(rng() * (mains - 1))
    const { steps, endMs } = layOutSteps(plan, startedMs, failAt)
    return makeJob(ctx, {
      ...base,
      status: 'completed',
      conclusion: outcome,
      startedMs,
      completedMs: Math.ceil(Math.max(endMs, startedMs + 1000) / 1000) * 1000,
      steps,
      runner: hostedRunner(1_000_000_000 + ((runnerIds + i * 7919 + attempt) % 1_000_000))
    })
  }

  const run: ApiJob[][] = []
  let startMs = spec.startMs ?? DEFAULT_START_MS
  let previous: ApiJob[] = []
  for (let attempt = 1; attempt <= (spec.attempts ?? 1); attempt++) {
    const jobs =
      attempt === 1
        ? outcomes.map((outcome, i) => job(i, 1, startMs, outcome))
        : previous.map((old, i) =>
            old.conclusion === 'failure'
              ? job(i, attempt, startMs, rng() < 0.25 ? 'failure' : 'success')
              : old
          )
    run.push(jobs)
    previous = jobs
    // The next attempt is started a few minutes after this one ended.
    const ends = jobs.map((j) => Date.parse(j.completed_at ?? j.created_at ?? '') || 0)
    startMs = Math.max(startMs, ...ends) + (60 + Math.floor(rng() * 240)) * 1000
  }
  return run
}

// ---------------------------------------------------------------------------
// demoRun: one hand-made run

export const DEMO_OWNER = 'octo-org'
export const DEMO_REPO = 'octo-app'
export const DEMO_RUN_ID = 19_283_746_501
/** `runner_name` of the job running the action (the API's spelling of `GitHub-Actions-1000000242`). */
/** When "Re-run failed jobs" was pressed, after the run started. */
export const DEMO_RERUN_AFTER_MS = 1_867_000
export const DEMO_RUNNER_NAME = 'GitHub Actions 1000000242'
const DEMO_ATTEMPT_1_FIRST_ID = 30_412_800_001
const DEMO_ATTEMPT_2_FIRST_ID = 30_413_950_001

type StepPlan = readonly (readonly [string, number])[]

interface DemoJobSpec {
  name: string
  /** `runs-on` label; default ubuntu-latest. */
  runsOn?: string
  /** `needs`: the job is created when the last of these completes. */
  after?: readonly string[]
  /** Seconds from created to started. */
  queue: number
  /** Step names and durations in seconds. */
  steps: StepPlan
  /** The step that fails. */
  fail?: string
  /** Skipped job: timestamps `null` (and no `steps` key) or equal to `created_at` (and `steps: []`). */
  skipped?: 'null' | 'created'
  /** In progress: this step is running, the later ones queued. */
  runningAt?: string
  /** This step's `completed_at` is a second before its `started_at`, as GitHub sometimes reports. */
  clockSkew?: string
}

const node = (testName: string, testSeconds: number, setupNode = 4.31): StepPlan => [
  ['Set up job', 1.52],
  ['Run actions/checkout@v4', 1.87],
  ['Run actions/setup-node@v4', setupNode],
  ['Run npm ci', 17.64],
  [testName, testSeconds],
  ['Post Run actions/setup-node@v4', 0.42],
  ['Post Run actions/checkout@v4', 0.61],
  ['Complete job', 0.18]
]

const OSES = ['ubuntu-latest', 'windows-latest', 'macos-latest'] as const
const NODES = [20, 22, 24] as const

/** Attempt 1, in `needs` order (a job comes after the jobs it needs). */
const DEMO_ATTEMPT_1: DemoJobSpec[] = [
  {
    name: 'build',
    queue: 3,
    steps: node('Run npm run build', 38.2),
    clockSkew: 'Post Run actions/checkout@v4'
  },
  { name: 'lint', queue: 4, steps: node('Run npm run lint', 21.9) },
  { name: 'typecheck', queue: 5, steps: node('Run npx tsc --noEmit', 14.3) },
  { name: 'docs', queue: 6, steps: node('Run npm run docs', 9.7) },
  { name: 'audit', queue: 4, steps: node('Run npm audit --omit=dev', 3.4) },
  {
    name: 'license-check',
    queue: 7,
    steps: [
      ['Set up job', 1.1],
      ['Run actions/checkout@v4', 1.2],
      ['Run npx license-checker --production --failOn GPL', 6.8],
      ['Post Run actions/checkout@v4', 0.3],
      ['Complete job', 0.1]
    ]
  },
  ...['javascript', 'actions'].map((language): DemoJobSpec => ({
    name: `codeql / analyze (${language})`,
    queue: 5,
    steps: [
      ['Set up job', 1.8],
      ['Run actions/checkout@v4', 1.4],
      ['Initialize CodeQL', 12.6],
      ['Autobuild', language === 'actions' ? 0.3 : 8.1],
      ['Perform CodeQL Analysis', language === 'actions' ? 31.2 : 96.4],
      ['Post Perform CodeQL Analysis', 2.1],
      ['Post Initialize CodeQL', 0.9],
      ['Post Run actions/checkout@v4', 0.4],
      ['Complete job', 0.2]
    ]
  })),
  { name: 'ci / build', queue: 2, steps: node('Run npm run build', 35.1) },
  { name: 'ci / test', after: ['ci / build'], queue: 3, steps: node('Run npm test', 64.8) },
  {
    name: 'ci / publish',
    after: ['ci / test'],
    queue: 2,
    steps: [
      ['Set up job', 1.3],
      ['Run actions/download-artifact@v4', 2.2],
      ['Run npm publish --dry-run', 5.9],
      ['Complete job', 0.1]
    ]
  },
  ...OSES.flatMap((os) =>
    NODES.map((version): DemoJobSpec => ({
      name: `test (${os}, ${version})`,
      runsOn: os,
      after: ['build'],
      queue: os === 'macos-latest' ? 41 : os === 'windows-latest' ? 12 : 2,
      steps: node(
        'Run npm test',
        os === 'windows-latest' ? 142.5 : os === 'macos-latest' ? 96.2 : 71.4,
        os === 'windows-latest' ? 9.8 : 4.3
      ),
      fail: os === 'windows-latest' && version === 22 ? 'Run npm test' : undefined
    }))
  ),
  ...Array.from({ length: 8 }, (_, i): DemoJobSpec => ({
    name: `unit (shard ${i + 1}/8)`,
    after: ['build'],
    queue: 2 + i,
    steps: node(`Run npx jest --shard=${i + 1}/8`, 40 + ((i * 13) % 23))
  })),
  ...['chrome', 'firefox'].map((browser): DemoJobSpec => ({
    name: `e2e | smoke: ${browser}`,
    after: ['build'],
    queue: 3,
    steps: [
      ['Set up job', 1.4],
      ['Run actions/checkout@v4', 1.6],
      ['Run actions/setup-node@v4', 4.0],
      ['Run npm ci', 18.2],
      ['Run npx playwright install --with-deps', 48.3],
      [`Run npx playwright test --project=${browser} --grep @smoke`, 77.9],
      ['Run actions/upload-artifact@v4', 3.1],
      ['Post Run actions/setup-node@v4', 0.4],
      ['Post Run actions/checkout@v4', 0.5],
      ['Complete job', 0.2]
    ]
  })),
  ...['postgres', 'mysql', 'redis'].map((service): DemoJobSpec => ({
    name: `integration (${service})`,
    after: ['build'],
    queue: 4,
    steps: [
      ['Set up job', 1.6],
      ['Initialize containers', 14.2],
      ['Run actions/checkout@v4', 1.5],
      ['Run actions/setup-node@v4', 4.1],
      ['Run npm ci', 17.1],
      ['Run integration tests', 58.4],
      ['Post Run actions/setup-node@v4', 0.4],
      ['Post Run actions/checkout@v4', 0.5],
      ['Stop containers', 2.3],
      ['Complete job', 0.2]
    ],
    fail: service === 'postgres' ? 'Run integration tests' : undefined
  })),
  { name: 'bench', after: ['build'], queue: 5, steps: node('Run npm run bench', 121.7) },
  ...['linux-x64', 'darwin-arm64', 'win32-x64', 'linux-arm64'].map((target): DemoJobSpec => ({
    name: `package (${target})`,
    runsOn: target.startsWith('darwin')
      ? 'macos-latest'
      : target.startsWith('win32')
        ? 'windows-latest'
        : target === 'linux-arm64'
          ? 'self-hosted'
          : 'ubuntu-latest',
    after: OSES.flatMap((os) => NODES.map((v) => `test (${os}, ${v})`)).filter(
      (name) => name !== 'test (windows-latest, 22)'
    ),
    queue: target === 'linux-arm64' ? 95 : 6,
    steps: node(`Run npm run package -- --target ${target}`, 26.5)
  })),
  {
    name: 'deploy',
    after: ['test (windows-latest, 22)', 'package (linux-x64)'],
    queue: 0,
    steps: [],
    skipped: 'created'
  },
  {
    name: 'report',
    after: ['deploy', 'integration (postgres)', 'ci / publish', 'bench', 'package (linux-arm64)'],
    queue: 2,
    steps: [
      ['Set up job', 1.2],
      ['Run actions/checkout@v4', 1.1],
      ['Run octo-org/runlens@v1', 3.6],
      ['Post Run actions/checkout@v4', 0.3],
      ['Complete job', 0.1]
    ],
    fail: 'Run octo-org/runlens@v1'
  }
]

/** Attempt 2 re-runs the failed jobs and the jobs that need them ("Re-run failed jobs"). */
const DEMO_ATTEMPT_2: DemoJobSpec[] = DEMO_ATTEMPT_1.flatMap((spec): DemoJobSpec[] => {
  switch (spec.name) {
    case 'test (windows-latest, 22)':
      // Fails again, a little later in the step this time.
      return [{ ...spec, after: [], queue: 9, steps: node('Run npm test', 151.2, 9.1) }]
    case 'integration (postgres)':
      return [{ ...spec, after: [], queue: 3, fail: undefined }]
    case 'deploy':
      return [{ ...spec, skipped: 'null' }]
    case 'report':
      return [{ ...spec, fail: undefined, runningAt: 'Run octo-org/runlens@v1' }]
    default:
      return []
  }
})

function demoIds(specs: DemoJobSpec[], firstId: number): Record<string, number> {
  return Object.fromEntries(specs.map((spec, i) => [spec.name, firstId + i]))
}
const IDS_1 = demoIds(DEMO_ATTEMPT_1, DEMO_ATTEMPT_1_FIRST_ID)
const IDS_2 = demoIds(DEMO_ATTEMPT_2, DEMO_ATTEMPT_2_FIRST_ID)
const idOf = (ids: Record<string, number>, name: string): number => {
  const id = ids[name]
  if (id === undefined) throw new Error(`demo run: no job named ${name}`)
  return id
}

/** The ids a test of the demo run needs. */
export const DEMO_JOB_IDS = {
  build: idOf(IDS_1, 'build'),
  /** `e2e | smoke: chrome`, a name with `|` and `:`. */
  pipeName: idOf(IDS_1, 'e2e | smoke: chrome'),
  /** `test (windows-latest, 22)` failed in attempt 1... */
  failedAttempt1: idOf(IDS_1, 'test (windows-latest, 22)'),
  /** ...and again in attempt 2, in step 5 "Run npm test". */
  failed: idOf(IDS_2, 'test (windows-latest, 22)'),
  /** `integration (postgres)` failed in attempt 1... */
  retriedAttempt1: idOf(IDS_1, 'integration (postgres)'),
  /** ...and passed in attempt 2. */
  retried: idOf(IDS_2, 'integration (postgres)'),
  deployAttempt1: idOf(IDS_1, 'deploy'),
  /** `deploy`, skipped: null timestamps, no `steps`. */
  deploy: idOf(IDS_2, 'deploy'),
  /** `report` failed in attempt 1 (the gate)... */
  reportAttempt1: idOf(IDS_1, 'report'),
  /** ...and is the job running the action in attempt 2 (in progress). */
  current: idOf(IDS_2, 'report')
} as const

/** `build`'s step whose completed_at is a second before its started_at. */
export const DEMO_CLOCK_SKEW_STEP = {
  jobId: DEMO_JOB_IDS.build,
  name: 'Post Run actions/checkout@v4',
  number: 11
} as const

function runnerFor(spec: DemoJobSpec, id: number, attempt: number): Runner {
  if (spec.name === 'report' && attempt === 2) return hostedRunner(1_000_000_242)
  if (spec.runsOn === 'self-hosted') {
    return { id: 17, name: 'arm64-builder-03', groupId: 1, groupName: 'Default' }
  }
  return hostedRunner(1_000_000_000 + ((id * 37) % 997))
}

function labelsOf(spec: DemoJobSpec): string[] {
  return spec.runsOn === 'self-hosted'
    ? ['self-hosted', 'linux', 'arm64']
    : [spec.runsOn ?? 'ubuntu-latest']
}

/** Builds one attempt; `earlier` holds the records a job's `needs` may point at. */
function demoAttempt(
  ctx: RunContext,
  specs: DemoJobSpec[],
  ids: Record<string, number>,
  attempt: number,
  startMs: number,
  earlier: Map<string, ApiJob>
): ApiJob[] {
  const done = new Map(earlier)
  const jobs: ApiJob[] = []
  for (const spec of specs) {
    const id = idOf(ids, spec.name)
    const ends = (spec.after ?? []).map((name) => {
      const dep = done.get(name)
      return Date.parse(dep?.completed_at ?? dep?.created_at ?? '') || startMs
    })
    const createdMs = Math.max(startMs, ...ends.map((ms) => ms + 1000))
    const base = { id, name: spec.name, attempt, createdMs, labels: labelsOf(spec) }
    let job: ApiJob
    if (spec.skipped) {
      const nulls = spec.skipped === 'null'
      job = skippedJob(ctx, base, nulls)
    } else {
      const startedMs = createdMs + spec.queue * 1000
      const plan = spec.steps.map(([name, s]) => [name, Math.round(s * 1000)] as const)
      const failAt = spec.fail === undefined ? -1 : plan.findIndex(([name]) => name === spec.fail)
      const { steps, endMs } = layOutSteps(plan, startedMs, failAt)
      const runningAt = steps.findIndex((step) => step.name === spec.runningAt)
      if (runningAt >= 0) {
        // The job running the action: this step runs, the later ones wait.
        steps.forEach((step, i) => {
          if (i < runningAt) return
          step.status = i === runningAt ? 'in_progress' : 'queued'
          step.conclusion = null
          step.completed_at = null
          if (i > runningAt) step.started_at = null
        })
      }
      const skewed = steps.find((step) => step.name === spec.clockSkew)
      if (skewed?.started_at) {
        skewed.completed_at = isoMillis(Date.parse(skewed.started_at) - 1000)
      }
      job = makeJob(ctx, {
        ...base,
        status: runningAt >= 0 ? 'in_progress' : 'completed',
        conclusion: runningAt >= 0 ? null : failAt >= 0 ? 'failure' : 'success',
        startedMs,
        completedMs: runningAt >= 0 ? null : Math.ceil(endMs / 1000) * 1000,
        steps,
        runner: runnerFor(spec, id, attempt)
      })
    }
    done.set(spec.name, job)
    jobs.push(job)
  }
  return jobs
}

/**
 * Log timestamps carry 7 fractional digits (100 ns ticks) and never go back.
 * ex. logStamp(1795255392123, 0) -> "2026-11-20T10:03:12.1230000Z"
 */
function logStamp(ms: number, previousTicks: number): { stamp: string; ticks: number } {
  const ticks = Math.max(ms * 10_000, previousTicks + 1_237)
  const whole = Math.floor(ticks / 10_000)
  const sub = String(ticks % 10_000).padStart(4, '0')
  return { stamp: `${new Date(whole).toISOString().slice(0, 23)}${sub}Z`, ticks }
}

const ESC = '\u001b'

/** What the failing step of each demo job printed. */
function failureOutput(job: ApiJob): string[] {
  if (job.name.startsWith('test (')) {
    return [
      '',
      '> octo-app@1.4.0 test',
      '> jest --ci',
      '',
      `${ESC}[1m${ESC}[32m PASS ${ESC}[39m${ESC}[22m test/format.test.ts`,
      `${ESC}[1m${ESC}[31m FAIL ${ESC}[39m${ESC}[22m test/paths.test.ts`,
      `  ${ESC}[1m● paths › normalizes separators${ESC}[22m`,
      '',
      `    expect(${ESC}[31mreceived${ESC}[39m).toBe(${ESC}[32mexpected${ESC}[39m) // Object.is equality`,
      '',
      `    Expected: ${ESC}[32m"src/index.ts"${ESC}[39m`,
      `    Received: ${ESC}[31m"src\\\\index.ts"${ESC}[39m`,
      '',
      `      ${ESC}[2mat Object.<anonymous> (${ESC}[22mtest/paths.test.ts${ESC}[2m:14:27)${ESC}[22m`,
      '',
      `${ESC}[1mTest Suites: ${ESC}[22m${ESC}[1m${ESC}[31m1 failed${ESC}[39m${ESC}[22m, ${ESC}[1m${ESC}[32m23 passed${ESC}[39m${ESC}[22m, 24 total`,
      `${ESC}[1mTests:       ${ESC}[22m${ESC}[1m${ESC}[31m1 failed${ESC}[39m${ESC}[22m, ${ESC}[1m${ESC}[32m211 passed${ESC}[39m${ESC}[22m, 212 total`,
      `${ESC}[1mTime:${ESC}[22m        38.112 s`,
      'Ran all test suites.'
    ]
  }
  if (job.name.startsWith('integration (')) {
    return [
      '> octo-app@1.4.0 test:integration',
      '> node --test test/integration/',
      '',
      // Echoed while workflow commands were stopped: the runner left it as is.
      '::error title=db::database not ready after 30s',
      `${ESC}[31m✖ migrations apply cleanly (30012.4ms)${ESC}[39m`,
      '  Error: connect ECONNREFUSED 127.0.0.1:5432',
      '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
      `${ESC}[31mℹ fail 1${ESC}[39m`,
      `${ESC}[32mℹ pass 47${ESC}[39m`
    ]
  }
  return ['##[error]2 jobs failed: test (windows-latest, 22), integration (postgres)']
}

/** A plain-text job log as `GET .../jobs/{id}/logs` redirects to, BOM included. */
function demoLog(job: ApiJob): string {
  const windows = job.labels?.includes('windows-latest') ?? false
  const lines: string[] = []
  let ticks = 0
  const at = (iso: string | null | undefined, text: string): void => {
    const next = logStamp(Date.parse(iso ?? ''), ticks)
    ticks = next.ticks
    lines.push(`${next.stamp} ${text}`)
  }
  for (const step of job.steps ?? []) {
    if (step.conclusion === 'skipped' || !step.started_at) continue
    const start = step.started_at
    const end = step.completed_at ?? start
    if (step.name === 'Set up job') {
      at(start, `Current runner version: '2.330.0'`)
      at(start, `Runner name: '${job.runner_name ?? ''}'`)
      at(start, '##[group]Operating System')
      at(start, windows ? 'Microsoft Windows Server 2025' : 'Ubuntu')
      at(start, '##[endgroup]')
      at(end, `Complete job name: ${job.name}`)
    } else if (step.name === 'Complete job') {
      at(start, 'Cleaning up orphan processes')
    } else if (step.name.startsWith('Post ')) {
      at(start, `Post job cleanup.`)
    } else {
      at(start, `##[group]${step.name}`)
      if (step.name.startsWith('Run ') && !step.name.includes('@')) {
        at(start, `${ESC}[36;1m${step.name.slice(4)}${ESC}[0m`)
        at(
          start,
          windows
            ? `shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". '{0}'"`
            : 'shell: /usr/bin/bash -e {0}'
        )
      }
      at(start, '##[endgroup]')
      if (step.conclusion === 'failure') {
        for (const text of failureOutput(job)) at(end, text)
        // A `run:` step's shell exit; an action reports its own error instead.
        if (!step.name.includes('@')) at(end, '##[error]Process completed with exit code 1.')
      }
    }
  }
  return '\uFEFF' + lines.join('\n') + '\n'
}

/** The runner's warning on jobs that use actions still on Node.js 20. */
const NODE_20_WARNING =
  'Node.js 20 actions are deprecated. The following actions are running on Node.js 20 and may not work as expected: actions/checkout@v4, actions/setup-node@v4.'

/**
 * The annotations of a demo job's check run, in GitHub's shape and order:
 * a problem matcher's, on a file and line of the repository, and the
 * runner's own, on the pseudo-path `.github` (a failed `run:` step's exit
 * code, an action's `setFailed`, a warning). None for most jobs.
 */
function demoAnnotations(ctx: RunContext, job: ApiJob): ApiAnnotation[] {
  const at = (
    a: Pick<ApiAnnotation, 'path' | 'annotation_level' | 'message'> & Partial<ApiAnnotation>
  ): ApiAnnotation => ({
    path: a.path,
    blob_href: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${job.head_sha}/${a.path}`,
    start_line: a.start_line ?? 1,
    start_column: a.start_column ?? null,
    end_line: a.end_line ?? a.start_line ?? 1,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? '',
    message: a.message,
    raw_details: a.raw_details ?? ''
  })
  const exitCode = at({
    path: '.github',
    annotation_level: 'failure',
    message: 'Process completed with exit code 1.'
  })
  const node20 = at({ path: '.github', annotation_level: 'warning', message: NODE_20_WARNING })
  if (job.name === 'lint') {
    // A passing job's warnings: never read (only failed jobs' annotations are).
    return [
      at({
        path: 'src/cli.ts',
        start_line: 42,
        start_column: 9,
        end_column: 14,
        annotation_level: 'warning',
        title: 'no-unused-vars',
        message: "'debug' is assigned a value but never used."
      }),
      node20
    ]
  }
  if (job.conclusion !== 'failure') return []
  if (job.name.startsWith('test (')) {
    return [
      at({
        path: 'test/paths.test.ts',
        start_line: 14,
        start_column: 27,
        end_line: 14,
        end_column: 27,
        annotation_level: 'failure',
        title: 'paths › normalizes separators',
        message:
          'expect(received).toBe(expected) // Object.is equality\n\nExpected: "src/index.ts"\nReceived: "src\\\\index.ts"'
      }),
      exitCode,
      node20
    ]
  }
  if (job.name.startsWith('integration (')) return [exitCode, node20]
  // The gate's own `setFailed`, in attempt 1.
  return [
    at({
      path: '.github',
      annotation_level: 'failure',
      message: '2 jobs failed: test (windows-latest, 22), integration (postgres)'
    })
  ]
}

/**
 * A hand-made run of two attempts, about 40 jobs in the latest: builds, a
 * 3 OS × 3 Node matrix, a reusable workflow (`ci / …`), a name with `|` and
 * `:`, a job failing in both attempts, one passing on retry, a skipped
 * `deploy`, the in-progress `report` job that runs the action, and a step
 * that ends before it starts. `logs` holds the logs of the failed jobs,
 * `annotations` their check runs' annotations (and a passing job's warnings).
 */
export function demoRun(startMs = DEFAULT_START_MS): {
  owner: string
  repo: string
  runId: number
  attempts: ApiJob[][]
  logs: Record<string, string>
  annotations: Record<string, ApiAnnotation[]>
} {
  const ctx = makeContext({ owner: DEMO_OWNER, repo: DEMO_REPO, runId: DEMO_RUN_ID, seed: 7 })
  const first = demoAttempt(ctx, DEMO_ATTEMPT_1, IDS_1, 1, startMs, new Map())
  const byName = new Map(first.map((job) => [job.name, job]))
  // "Re-run failed jobs" was pressed at 10:31:07.
  const reruns = demoAttempt(ctx, DEMO_ATTEMPT_2, IDS_2, 2, startMs + DEMO_RERUN_AFTER_MS, byName)
  const rerun = new Map(reruns.map((job) => [job.name, job]))
  const second = first.map((job) => rerun.get(job.name) ?? job)
  const logs: Record<string, string> = {}
  const annotations: Record<string, ApiAnnotation[]> = {}
  for (const job of [...first, ...reruns]) {
    if (job.conclusion === 'failure') logs[String(job.id)] = demoLog(job)
    const said = demoAnnotations(ctx, job)
    if (said.length > 0) annotations[String(job.id)] = said
  }
  return {
    owner: DEMO_OWNER,
    repo: DEMO_REPO,
    runId: DEMO_RUN_ID,
    attempts: [first, second],
    logs,
    annotations
  }
}

/**
 * A job as the API showed it before it completed: `queued` (no times, runner
 * or steps yet) or `in_progress` (started, its steps not yet run). Polling
 * tests and the benchmark move jobs through these states.
 */
export function jobBefore(job: ApiJob, state: 'queued' | 'in_progress'): ApiJob {
  if (state === 'queued') {
    return {
      ...job,
      status: 'queued',
      conclusion: null,
      started_at: null,
      completed_at: null,
      steps: [],
      runner_name: null
    }
  }
  const steps = (job.steps ?? []).map((step) => ({
    ...step,
    status: 'queued',
    conclusion: null,
    started_at: null,
    completed_at: null
  }))
  return { ...job, status: 'in_progress', conclusion: null, completed_at: null, steps }
}
