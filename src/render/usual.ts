// This run against the usual (the `history` input) in the job summary: the
// verdict's "usual" wall time, the jobs table's "vs usual" column, flaky
// marks, and the short "Slower than usual" part. Pure; the comparison
// (model/compare.ts) comes in on the report.
import type { Comparison, JobComparison } from '../model/compare.js'
import { slowerJobs } from '../model/compare.js'
import type { Report } from '../model/report.js'
import type { JobRecord } from '../model/types.js'
import { mdText, mdUrl } from './escape.js'
import { formatDuration, plural } from './format.js'

export const SLOWER_ICON = '🐢'
/** Slower jobs listed, at most (the slowest ratios); the table marks them all. */
const MAX_SLOWER_SHOWN = 10
/** Slower steps named per job, at most. */
const MAX_STEPS_SHOWN = 3
export const FLAKY_ICON = '🎲'

const indexes = new WeakMap<Comparison, ReadonlyMap<number, JobComparison>>()

/** The comparison of each job of this run, by its record's id (made once a comparison: rows ask it one by one). */
export function byJobId(c: Comparison | undefined): ReadonlyMap<number, JobComparison> {
  if (!c) return new Map()
  let index = indexes.get(c)
  if (!index) {
    index = new Map(c.jobs.map((j) => [j.id, j]))
    indexes.set(c, index)
  }
  return index
}

/** A ratio as people read it. ex. 1.6 -> '1.6×', 2 -> '2×' */
export const times = (ratio: number): string => `${Number(ratio.toFixed(1))}×`

/** The difference to the usual. ex. 275 -> '+4m 35s', -62 -> '−1m 2s' */
function delta(seconds: number): string {
  return `${seconds < 0 ? '\u2212' : '+'}${formatDuration(Math.abs(seconds))}`
}

/**
 * The "vs usual" cell of a job: `**+4m 35s · 1.6×** 🐢` when slower than
 * usual, `−1m 2s · 0.6×` when faster, the ratio when usual, `new` when never
 * seen before, `–` when it cannot be told.
 */
export function vsUsualCell(c: JobComparison | undefined): string {
  if (!c) return '–'
  if (c.verdict === 'new') return 'new'
  const { duration_seconds: d, usual_seconds: u, vs_usual: r } = c
  if (d === null || u === null || c.verdict === 'unknown') return '–'
  const said = `${delta(d - u)}${r === null ? '' : ` · ${times(r)}`}`
  if (c.verdict === 'slower') return `**${said}** ${SLOWER_ICON}`
  if (c.verdict === 'faster') return said
  return r === null ? '≈' : times(r)
}

/** The mark after a flaky job's name. ex. ' · 🎲 flaky (3 of 10 runs failed)' */
export function flakyMark(c: JobComparison | undefined): string {
  if (!c?.flaky) return ''
  const rate =
    c.usual_runs > 0 ? ` (${c.failed_runs} of ${plural(c.usual_runs, 'run')} failed)` : ''
  return ` · ${FLAKY_ICON} flaky${rate}`
}

/** The verdict's wall time against the usual. ex. ', usual 8m 5s' */
export function usualWallText(c: Comparison | undefined): string {
  const u = c?.run.usual_seconds ?? null
  return u === null ? '' : `, usual ${formatDuration(u)}`
}

/** The line under the verdict that says what the comparison is made of. */
export function comparedLine(c: Comparison): string {
  if (c.runs === 0)
    return '_Compared with the usual: no earlier completed run of this workflow on this branch._\n\n'
  return (
    `_Compared with the last ${plural(c.runs, 'run')} of this workflow on its branch: the usual is the median of` +
    ` successful runs; slower means over ${times(c.slower_than)} and ${formatDuration(c.floor_seconds)} more._\n\n`
  )
}

/**
 * "Slower than usual": each slower job (slowest ratio first) linked, its
 * time against the usual, and its slower steps linked to their logs; '' when
 * none is slower.
 */
export function slowerPart(report: Report, c: Comparison | undefined): string {
  if (!c) return ''
  const all = slowerJobs(c)
  if (all.length === 0) return ''
  const slower = all.slice(0, MAX_SLOWER_SHOWN)
  const more =
    all.length > slower.length
      ? `_${plural(all.length - slower.length, 'more slower job')}: see the table below._\n\n`
      : ''
  const records = new Map<number, JobRecord>(report.jobs.map((j) => [j.id, j]))
  const ids = new Map(c.jobs.filter((j) => j.verdict === 'slower').map((j) => [j.name, j.id]))
  const lines = slower.map((s) => {
    const job = records.get(ids.get(s.name) ?? -1)
    const name = job ? `[${mdText(s.name)}](${mdUrl(job.url)})` : mdText(s.name)
    const ratio = s.ratio === null ? '' : ` · ${times(s.ratio)}`
    const steps = s.steps.slice(0, MAX_STEPS_SHOWN).map((st) => {
      const step = job?.steps.find((x) => x.name === st.name)
      const label = step ? `[${mdText(st.name)}](${mdUrl(step.url)})` : mdText(st.name)
      return `${label} ${formatDuration(st.duration_seconds)} (usual ${formatDuration(st.usual_seconds)})`
    })
    return (
      `- ${SLOWER_ICON} **${name}** ${formatDuration(s.duration_seconds)}, usual ${formatDuration(s.usual_seconds)}` +
      ` (${delta(s.duration_seconds - s.usual_seconds)}${ratio})` +
      (steps.length > 0 ? `: ${steps.join(', ')}` : '') +
      (s.steps.length > steps.length
        ? ` and ${plural(s.steps.length - steps.length, 'more step')}`
        : '') +
      '\n'
    )
  })
  return `### Slower than usual\n\n${lines.join('')}\n${more}`
}
