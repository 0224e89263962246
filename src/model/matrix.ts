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
  attempt: number
  legs: JobRecord[]
}

export type TableEntry = { kind: 'job'; job: JobRecord } | MatrixGroup

/**
 * The jobs table's entries in run order: a job alone, or one entry for the
 * legs of a matrix (two or more legs of one attempt), placed where its first
 * leg was. `alone` keeps a job out of any group (the current job, marked).
 */
export function groupJobs(
  jobs: readonly JobRecord[],
  alone: (job: JobRecord) => boolean
): TableEntry[] {
  const key = (job: JobRecord): string | null => {
    const base = matrixBase(job.name)
    return base === null || alone(job) ? null : `${job.attempt}\u0000${base}`
  }
  const sizes = new Map<string, number>()
  for (const job of jobs) {
    const k = key(job)
    if (k !== null) sizes.set(k, (sizes.get(k) ?? 0) + 1)
  }
  const groups = new Map<string, MatrixGroup>()
  const entries: TableEntry[] = []
  for (const job of jobs) {
    const k = key(job)
    if (k === null || (sizes.get(k) ?? 0) < 2) {
      entries.push({ kind: 'job', job })
      continue
    }
    let group = groups.get(k)
    if (!group) {
      group = {
        kind: 'matrix',
        base: matrixBase(job.name) ?? job.name,
        attempt: job.attempt,
        legs: []
      }
      groups.set(k, group)
      entries.push(group)
    }
    group.legs.push(job)
  }
  return entries
}

export interface MatrixStats {
  passed: number
  total: number
  failed: JobRecord[]
  unfinished: JobRecord[]
  slowest: JobRecord | null
  fastest: JobRecord | null
}

/** Passed/total, failed and unfinished legs, slowest and fastest leg that ran. */
export function matrixStats(group: MatrixGroup): MatrixStats {
  // A skipped leg has no real duration: it is neither fastest nor slowest.
  const finished = group.legs.filter(
    (j) => j.duration_seconds !== null && j.conclusion !== 'skipped'
  )
  const byTime = [...finished].sort((a, b) => (a.duration_seconds ?? 0) - (b.duration_seconds ?? 0))
  return {
    passed: group.legs.filter((j) => j.status === 'completed' && j.conclusion === 'success').length,
    total: group.legs.length,
    failed: group.legs.filter(isFailed),
    unfinished: group.legs.filter((j) => j.status !== 'completed'),
    slowest: byTime[byTime.length - 1] ?? null,
    fastest: byTime[0] ?? null
  }
}
