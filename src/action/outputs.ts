// The step outputs and the report file, built from the report. Pure: main.ts
// writes them. A step output over 1 MB breaks the job, so the large ones are
// shortened here with a warning; the report file always has everything.
import { isFailed, publishedJobs, type Report } from '../model/report.js'
import type { JobRecord } from '../model/types.js'
import { flakyJobs, slowerJobs } from '../model/compare.js'
import { traceOutputs } from '../trace/trace-outputs.js'

/** The output names of action.yml, defined once. */
export const OUTPUT = {
  conclusion: 'conclusion',
  jobs: 'jobs',
  failedJobs: 'failed-jobs',
  counts: 'counts',
  durationSeconds: 'duration-seconds',
  currentJobId: 'current-job-id',
  currentJobName: 'current-job-name',
  currentJobUrl: 'current-job-url',
  summary: 'summary',
  reportFile: 'report-file',
  slowerJobs: 'slower-jobs',
  flakyJobs: 'flaky-jobs',
  traceId: 'trace-id',
  traceparent: 'traceparent'
} as const

/** Bytes one output may take (GitHub's limit is 1 MB per output). */
export const OUTPUT_LIMIT = 1_000_000

export interface Outputs {
  values: Record<string, string>
  warnings: string[]
}

/** The report file as written: its path, and what writeReportJson returned. */
export interface ReportFile {
  path: string
  /** The JSON array of the jobs when it fitted the `jobs` output, else null. */
  jobsJson: string | null
}

/** Every output of action.yml, each within `limit` bytes (OUTPUT_LIMIT). */
export function buildOutputs(
  report: Report,
  summary: string,
  file: ReportFile,
  limit = OUTPUT_LIMIT
): Outputs {
  const warnings: string[] = []
  const current = report.current
  const trace = traceOutputs(report)
  const values: Record<string, string> = {
    [OUTPUT.conclusion]: report.conclusion,
    [OUTPUT.jobs]: jobsOutput(report, file.jobsJson, limit, warnings),
    [OUTPUT.failedJobs]: JSON.stringify(report.failedJobs),
    [OUTPUT.counts]: JSON.stringify(report.counts),
    [OUTPUT.durationSeconds]: report.durationSeconds === null ? '' : String(report.durationSeconds),
    [OUTPUT.currentJobId]: current ? String(current.id) : '',
    [OUTPUT.currentJobName]: current?.name ?? '',
    [OUTPUT.currentJobUrl]: current?.url ?? '',
    [OUTPUT.summary]: summary,
    [OUTPUT.reportFile]: file.path,
    // With `history`; `[]` without it, so that fromJSON always reads them.
    [OUTPUT.slowerJobs]: JSON.stringify(report.comparison ? slowerJobs(report.comparison) : []),
    [OUTPUT.flakyJobs]: JSON.stringify(report.comparison ? flakyJobs(report.comparison) : []),
    // The ids the Collector's GitHub receiver gives this run and this job's span.
    [OUTPUT.traceId]: trace.traceId,
    [OUTPUT.traceparent]: trace.traceparent
  }
  const failedJson = values[OUTPUT.failedJobs] ?? ''
  if (Buffer.byteLength(failedJson) > limit) {
    values[OUTPUT.failedJobs] = JSON.stringify(
      report.failedJobs.slice(
        0,
        fitCount(
          report.failedJobs.map((name) => JSON.stringify(name)),
          limit
        )
      )
    )
    warnings.push(
      `The failed-jobs output was shortened to stay under 1 MB; the report file has every name.`
    )
  }
  if (Buffer.byteLength(summary) > limit) {
    values[OUTPUT.summary] = ''
    warnings.push('The summary output was left empty: it would pass 1 MB.')
  }
  return { values, warnings }
}

/**
 * The `jobs` output. Past the limit, steps go first (the report file keeps
 * them), then jobs that passed, keeping those that need attention. Each job
 * is serialised once without its steps.
 */
function jobsOutput(
  report: Report,
  full: string | null,
  limit: number,
  warnings: string[]
): string {
  if (full !== null && Buffer.byteLength(full) <= limit) return full
  const jobs = publishedJobs(report)
  const bare = jobs.map((j) => JSON.stringify({ ...j, steps: [] }))
  if (fitCount(bare, limit) === bare.length) {
    warnings.push(
      'The jobs output would pass 1 MB: its jobs are listed without steps. The report-file output has them.'
    )
    return `[${bare.join(',')}]`
  }
  const attention = (j: JobRecord): boolean =>
    j.status !== 'completed' || isFailed(j) || j.id === report.current?.id
  const order = jobs.map((j, i) => ({ i, first: attention(j) }))
  const ranked = [...order.filter((x) => x.first), ...order.filter((x) => !x.first)].map((x) => x.i)
  const kept = new Set(
    ranked.slice(
      0,
      fitCount(
        ranked.map((i) => bare[i] ?? ''),
        limit
      )
    )
  )
  warnings.push(
    `The jobs output would pass 1 MB: it holds ${kept.size} of ${bare.length} jobs, without steps. The report-file output has them all.`
  )
  return `[${bare.filter((_, i) => kept.has(i)).join(',')}]`
}

/** How many leading JSON texts fit, joined, in a JSON array of at most `limit` bytes. */
function fitCount(texts: readonly string[], limit: number): number {
  let size = 2
  let n = 0
  for (const text of texts) {
    const add = Buffer.byteLength(text) + (n > 0 ? 1 : 0)
    if (size + add > limit) break
    size += add
    n++
  }
  return n
}
