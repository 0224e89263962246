// Matrix legs grouped for the jobs table. GitHub names a leg after its job
// and its matrix values, `test (ubuntu-latest, 20)`; legs of one job share
// the part before the brackets (and, in a reusable workflow, its `ci / ` prefix).
import { isFailed } from './report.js'
import type { JobRecord } from './types.js'

/** The job a matrix leg belongs to. ex. "ci / test (ubuntu-latest, 20)" → "ci / test"; "build" → null */
export function matrixBase(name: string): string | null {
  const m = /^(.+?) \((.*)\)$/s.exec(name)
  return m ? (m[1] ?? null) : null
}

export interface MatrixGroup {
  kind: 'matrix'
  base: string
  /** The attempts its legs ran in, earlier ones included, ascending. */
  attempts: number[]
  /** Each leg at its latest attempt. */
  legs: JobRecord[]
  /** Legs a later attempt replaced (`attempt: all`), in run order. */
  earlier: JobRecord[]
}

export type TableEntry =
  | {
      kind: 'job'
      job: JobRecord
      /** The same job's attempts a later one replaced, in run order. */
      earlier: JobRecord[]
    }
  | MatrixGroup

/**
 * The jobs table's entries in run order: a job alone, or one entry for the
 * legs of a matrix (two or more legs), placed where its first leg was. With
 * several attempts (`attempt: all`) an entry is a job name at its latest
 * attempt, placed where the name first appeared; the attempts it replaced
 * (`superseded`) go with it as `earlier`, so a matrix whose failed leg was
 * re-run stays one matrix. `alone` keeps a job out of any group (the
 * current job, marked).
 */
export function groupJobs(
  jobs: readonly JobRecord[],
  alone: (job: JobRecord) => boolean,
  superseded: ReadonlySet<JobRecord> = new Set()
): TableEntry[] {
  // The job that stands for each name: its latest attempt (the first, should a name repeat).
  const latestOf = new Map<string, JobRecord>()
  for (const job of jobs)
    if (!superseded.has(job) && !latestOf.has(job.name)) latestOf.set(job.name, job)
  const anchorOf = (job: JobRecord): JobRecord =>
    superseded.has(job) ? (latestOf.get(job.name) ?? job) : job
  const earlierOf = new Map<JobRecord, JobRecord[]>()
  for (const job of jobs) {
    if (!superseded.has(job)) continue
    const anchor = anchorOf(job)
    earlierOf.set(anchor, [...(earlierOf.get(anchor) ?? []), job])
  }
  const key = (job: JobRecord): string | null => {
    const base = matrixBase(job.name)
    return base === null || alone(job) ? null : base
  }
  const sizes = new Map<string, number>()
  for (const job of jobs) {
    const k = superseded.has(job) ? null : key(job)
    if (k !== null) sizes.set(k, (sizes.get(k) ?? 0) + 1)
  }
  const groups = new Map<string, MatrixGroup>()
  const placed = new Set<JobRecord>()
  const entries: TableEntry[] = []
  for (const seen of jobs) {
    const job = anchorOf(seen)
    if (placed.has(job)) continue
    placed.add(job)
    const earlier = earlierOf.get(job) ?? []
    const k = key(job)
    if (k === null || (sizes.get(k) ?? 0) < 2) {
      entries.push({ kind: 'job', job, earlier })
      continue
    }
    let group = groups.get(k)
    if (!group) {
      group = { kind: 'matrix', base: k, attempts: [], legs: [], earlier: [] }
      groups.set(k, group)
      entries.push(group)
    }
    group.legs.push(job)
    group.earlier.push(...earlier)
  }
  for (const group of groups.values()) {
    const attempts = new Set([...group.legs, ...group.earlier].map((j) => j.attempt))
    group.attempts = [...attempts].sort((a, b) => a - b)
  }
  return entries
}

export interface MatrixStats {
  passed: number
  /** Legs that passed at their latest attempt after an earlier attempt failed. */
  retried: JobRecord[]
  total: number
  failed: JobRecord[]
  unfinished: JobRecord[]
  slowest: JobRecord | null
  fastest: JobRecord | null
}

/** Passed/total, legs passed on retry, failed and unfinished legs, slowest and fastest leg that ran. */
export function matrixStats(group: MatrixGroup): MatrixStats {
  // A skipped leg has no real duration: it is neither fastest nor slowest.
  const finished = group.legs.filter(
    (j) => j.duration_seconds !== null && j.conclusion !== 'skipped'
  )
  const byTime = [...finished].sort((a, b) => (a.duration_seconds ?? 0) - (b.duration_seconds ?? 0))
  const failedBefore = new Set(group.earlier.filter(isFailed).map((j) => j.name))
  const passed = group.legs.filter((j) => j.status === 'completed' && j.conclusion === 'success')
  return {
    passed: passed.length,
    retried: passed.filter((j) => failedBefore.has(j.name)),
    total: group.legs.length,
    failed: group.legs.filter(isFailed),
    unfinished: group.legs.filter((j) => j.status !== 'completed'),
    slowest: byTime[byTime.length - 1] ?? null,
    fastest: byTime[0] ?? null
  }
}
