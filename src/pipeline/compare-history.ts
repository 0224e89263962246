// This run against the usual (the `history` input): read the earlier runs of
// its workflow on its branch (github/history.ts), compare (model/compare.ts),
// and put what the comparison found on the report and its records. An
// extra: a fault ends the comparison with a note, never the report.
import type { Octokit } from '../github/client.js'
import { readHistory, type HistoryRead } from '../github/history.js'
import { compareWithUsual, type Comparison } from '../model/compare.js'
import type { NameMatcher } from '../model/patterns.js'
import { recordMaker, type Urls } from '../model/records.js'
import type { Report } from '../model/report.js'
import type { JobRecord, RunRef } from '../model/types.js'
import { plural } from '../render/format.js'

export interface HistoryOptions {
  octokit: Octokit
  run: RunRef
  /** Earlier runs to compare with (1 to 50). */
  count: number
  slowerThan: number
  /** The `jobs` patterns, so that earlier wall times span the same jobs. */
  select: NameMatcher
  urls: Urls
  signal: AbortSignal
  info: (line: string) => void
}

/** The `slower-than` floor (SPEC): a job or step must also be this much over its usual. */
export const FLOOR_SECONDS = 30

/**
 * Starts reading the earlier runs: it needs nothing of this run's jobs, so
 * it runs while they are read (and waited for). Never rejects: a fault is
 * the read's note (github/history.ts).
 */
export function startHistory(opts: HistoryOptions): Promise<HistoryRead> {
  return readHistory(opts.octokit, opts.run, {
    count: opts.count,
    // Records of an earlier run link to its own pages, on the web address given.
    convert: (run) => recordMaker(run, opts.urls),
    signal: opts.signal
  })
}

/**
 * Compares the report with the earlier runs read and sets
 * `report.comparison` and the `usual_*` fields of the records compared.
 * Returns the notes for the summary (what could not be read).
 */
export async function compareHistory(
  report: Report,
  reading: Promise<HistoryRead>,
  opts: HistoryOptions
): Promise<string[]> {
  const read = await reading
  const comparison = compareWithUsual(report, read.runs, {
    slowerThan: opts.slowerThan,
    floorSeconds: FLOOR_SECONDS,
    select: opts.select
  })
  opts.info(
    `Compared with ${plural(read.runs.length, 'earlier run')} of the workflow in ${plural(read.requests, 'request')}.`
  )
  attachUsual(report, comparison)
  return read.note ? [read.note] : []
}

/** Sets `report.comparison`, and `usual_seconds`, `usual_runs`, `vs_usual` on each record compared. */
export function attachUsual(report: Report, comparison: Comparison): void {
  report.comparison = comparison
  const records = new Map(report.jobs.map((j) => [j.id, j]))
  for (const c of comparison.jobs) {
    const job = records.get(c.id)
    if (!job) continue
    setUsual(job, c)
    const steps = new Map(job.steps.map((s) => [s.number, s]))
    for (const sc of c.steps) {
      const step = steps.get(sc.number)
      if (step) setUsual(step, sc)
    }
  }
}

type UsualFields = Pick<JobRecord, 'usual_seconds' | 'usual_runs' | 'vs_usual'>

/** Copies the published fields of a comparison onto its record. */
function setUsual(record: UsualFields, c: Required<UsualFields>): void {
  record.usual_seconds = c.usual_seconds
  record.usual_runs = c.usual_runs
  record.vs_usual = c.vs_usual
}
