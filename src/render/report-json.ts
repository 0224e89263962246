// The report file's JSON: `{run, jobs, counts, conclusion, generated_at}` and
// the other aggregates, written piece by piece (the action's report file)
// or as one string (the CLI's `--format json`). Pure: the writer comes in.
import { publishedJobs, type Report } from '../model/report.js'
import type { JobRecord } from '../model/types.js'

/** Bytes the `jobs` output may take (GitHub's limit is 1 MB per output). */
const JOBS_OUTPUT_LIMIT = 1_000_000

/**
 * Characters of JSON gathered before a piece of the report file is handed on.
 * A report of 3000 jobs × 30 steps is 26 MB of JSON: it is never held whole,
 * and pieces of 64 K stay below V8's large-object size, so they die young
 * instead of piling up in the old generation until a full collection
 * (measured: 1 MB pieces peaked 17 MB higher).
 */
const PIECE_CHARS = 1 << 16

/**
 * The JSON of the jobs, without the array's brackets, in pieces of about
 * PIECE_CHARS characters: a few jobs serialised at a time, as many as the
 * last pieces suggest fit. (One JSON.stringify per piece is 10% faster than
 * one per job and makes no per-job strings to join.)
 */
function* jobPieces(jobs: readonly JobRecord[]): Generator<string> {
  let batch = 8
  for (let i = 0; i < jobs.length;) {
    const json = JSON.stringify(jobs.slice(i, i + batch))
    yield json.slice(1, -1)
    i += batch
    batch = Math.max(1, Math.round((batch * PIECE_CHARS) / json.length))
  }
}

/**
 * Writes the report file's content piece by piece to `write`: `{run, jobs,
 * counts, conclusion, generated_at}` and the other aggregates, each job
 * serialised once. Returns the JSON array of the jobs when it takes at most
 * `limit` bytes (the `jobs` output, without serialising them again), else null.
 * Serialising the jobs on their own to learn whether they fit the output
 * cost, at 3000 × 30 (npm run bench, Node 24, no latency), 1377 ms and a
 * 192 MB peak against 919 ms and 144 MB.
 */
export function writeReportJson(
  report: Report,
  write: (piece: string) => void,
  limit = JOBS_OUTPUT_LIMIT
): string | null {
  write(`{"run":${JSON.stringify(report.run)},"jobs":[`)
  let small: string[] | null = []
  let bytes = 2
  let first = true
  for (const piece of jobPieces(publishedJobs(report))) {
    if (!first) write(',')
    write(piece)
    if (small) {
      bytes += Buffer.byteLength(piece) + (first ? 0 : 1)
      if (bytes <= limit) small.push(piece)
      else small = null
    }
    first = false
  }
  const fields: [string, unknown][] = [
    ['counts', report.counts],
    ['conclusion', report.conclusion],
    ['failed_jobs', report.failedJobs],
    ['duration_seconds', report.durationSeconds],
    ['current_job_id', report.current?.id ?? null],
    // This run against the usual, whole, with `history` only.
    ...(report.comparison ? [['comparison', report.comparison] as [string, unknown]] : []),
    ['generated_at', report.generatedAt]
  ]
  write(`]${fields.map(([key, value]) => `,"${key}":${JSON.stringify(value)}`).join('')}}`)
  return small && `[${small.join(',')}]`
}

/** The report file's content as one string (the CLI's `--format json`, tests). */
export function reportFileJson(report: Report): string {
  const pieces: string[] = []
  writeReportJson(report, (piece) => pieces.push(piece))
  return pieces.join('')
}
