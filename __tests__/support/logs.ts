// Logs and failed job records shared by the suites of the log modules.
import { toJobRecord } from './jobs.js'
import { demoRun } from '../../scripts/sample-run.js'
import type { JobRecord, StepRecord } from '../../src/model/types.js'

export const TOKEN = 'ghs_fake'
export const ESC = '\u001b'
export const demo = demoRun()
export const demoLog = (id: number): string => demo.logs[String(id)] ?? ''
export const demoJobs: JobRecord[] = [
  ...new Map(demo.attempts.flat().map((job) => [job.id, job])).values()
].map((job) =>
  toJobRecord(
    job,
    { owner: demo.owner, repo: demo.repo, id: demo.runId, attempt: 'all' },
    { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' }
  )
)
export const demoJob = (id: number): JobRecord => {
  const job = demoJobs.find((j) => j.id === id)
  if (!job) throw new Error(`no demo job ${id}`)
  return job
}
export const failedStep = (job: JobRecord): StepRecord | null =>
  job.steps.find((s) => s.conclusion === 'failure') ?? null

/** A log line stamped `s` seconds after 10:00:00 (7 fractional digits, as the runner writes). */
export const at = (s: number, text: string): string =>
  `${new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + s * 1000).toISOString().slice(0, 23)}4567Z ${text}`
/** An API step time `s` seconds after 10:00:00 (whole seconds, as the API sends). */
export const iso = (s: number): string =>
  new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + s * 1000).toISOString().replace('.000Z', 'Z')
export const logOf = (lines: readonly string[]): string => `\uFEFF${lines.join('\n')}\n`
export const log = (...lines: string[]): string => logOf(lines)

/** A failed job record with one failing step `Run npm test` (step 2) unless told. */
export function record(id: number, name: string, steps?: StepRecord[]): JobRecord {
  const url = `https://github.com/o/r/actions/runs/1/job/${id}`
  return {
    id,
    name,
    status: 'completed',
    conclusion: 'failure',
    attempt: 1,
    created_at: iso(0),
    started_at: iso(1),
    completed_at: iso(60),
    queued_seconds: 1,
    duration_seconds: 59,
    url,
    log_url: `https://api.github.com/repos/o/r/actions/jobs/${id}/logs`,
    runner_name: 'GitHub Actions 2',
    labels: ['ubuntu-latest'],
    annotations: null,
    steps: steps ?? [
      {
        number: 2,
        name: 'Run npm test',
        status: 'completed',
        conclusion: 'failure',
        started_at: iso(10),
        completed_at: iso(20),
        duration_seconds: 10,
        url: `${url}#step:2:1`
      }
    ]
  }
}

/** A plain job log of one failing `npm test` step. */
export const simpleLog = (id: number): string =>
  log(
    at(1, 'Current runner version: 2.330.0'),
    at(10, '##[group]Run npm test'),
    at(10, `${ESC}[36;1mnpm test${ESC}[0m`),
    at(10, '##[endgroup]'),
    at(19, `job ${id} failed here`),
    at(19, '##[error]Process completed with exit code 1.'),
    at(21, 'Cleaning up orphan processes')
  )

/**
 * The failure-level annotations of the demo's failed `test (windows-latest, 22)`
 * as records, in the order the fake API serves them (a warning follows them).
 */
export const DEMO_FAILURE_ANNOTATIONS = [
  {
    level: 'failure',
    message:
      'expect(received).toBe(expected) // Object.is equality\n\nExpected: "src/index.ts"\nReceived: "src\\\\index.ts"',
    title: 'paths › normalizes separators',
    path: 'test/paths.test.ts',
    start_line: 14,
    end_line: 14
  },
  {
    level: 'failure',
    message: 'Process completed with exit code 1.',
    title: '',
    path: '.github',
    start_line: 1,
    end_line: 1
  }
]
