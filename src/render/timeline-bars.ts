// The bars of the timeline: one per job, or one per folded matrix or reusable
// workflow. Each bar is a span in epoch milliseconds, its mermaid tags and its
// label (raw text; timeline.ts escapes it). Pure: `now` comes in.
import { formatDuration, plural } from './format.js'
import { groupOf, NOTICEABLE_QUEUE_SECONDS, shortenName } from './timeline-words.js'
import { matrixBase } from '../model/matrix.js'
import { isFailed, isQueued } from '../model/report.js'
import { parseTime } from '../model/time.js'
import type { JobRecord } from '../model/types.js'

/** One bar: one job, or the jobs of one folded group. */
export interface Bar {
  /** The jobs it stands for, in input order. */
  jobs: JobRecord[]
  /** Position of its first job in the input: the tie-break, and the task id (`j7`, `g7`). */
  index: number
  /** What it folds: a matrix's legs, a reusable workflow's jobs, or nothing (one job). */
  fold: 'matrix' | 'workflow' | null
  start: number
  end: number
  /** Mermaid tags, such as `crit` or `done`. */
  tags: string[]
  /** Raw text, before escaping. */
  label: string
  /** Time spent waiting for a runner, for ranking when bars must be left out. */
  queueMs: number
  /** Something ran: a chart of waiting jobs only is not drawn. */
  ran: boolean
  /** A failure of the run: failed at its latest attempt (a superseded failure is not). */
  failed: boolean
  /** A skipped job: a point in time, left out of a folded chart. */
  skipped: boolean
}

/** What a bar's tags and label depend on besides the job. */
export interface BarContext {
  now: number
  currentJobId: number | null
  /** Jobs an attempt of the same name came after (`attempt: all`). */
  superseded: ReadonlySet<JobRecord>
}

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000))

/** ` · queued 1m 35s` when the wait is worth a word, else nothing. */
function queueWords(ms: number): string {
  return seconds(ms) >= NOTICEABLE_QUEUE_SECONDS ? ` · queued ${formatDuration(seconds(ms))}` : ''
}

/**
 * The bar of one job, or null when it has nothing to draw (skipped without
 * times, or no time known at all). A job still waiting for a runner is drawn
 * from its creation to now, dimmed, never as running.
 *
 * @example
 * // build: created 10:00:00, started 10:01:35, completed 10:02:35, failed
 * jobBar(build, 0, ctx) ~ { start: 10:01:35, end: 10:02:35, tags: ['crit'],
 *   label: 'build · queued 1m 35s' }
 */
export function jobBar(job: JobRecord, index: number, ctx: BarContext): Bar | null {
  const created = parseTime(job.created_at)
  const started = parseTime(job.started_at)
  const completed = parseTime(job.completed_at)
  const superseded = ctx.superseded.has(job)
  const marks: string[] = []
  if (superseded) marks.push(`attempt ${job.attempt}`)
  if (ctx.currentJobId !== null && job.id === ctx.currentJobId) marks.push('this job')
  const name = shortenName(job.name) + (marks.length ? ` (${marks.join(', ')})` : '')
  const failed = isFailed(job) && !superseded
  const bar = { jobs: [job], index, fold: null, failed, skipped: false, ran: false }
  const dimmed = superseded ? ['done'] : []

  if (isQueued(job)) {
    // GitHub gives a queued job `started_at` equal to `created_at`, or null.
    const from = created ?? started
    if (from === null) return null
    const end = Math.max(from, ctx.now)
    const label = `${name} · waiting ${formatDuration(seconds(end - from))}`
    return { ...bar, start: from, end, tags: ['done'], label, queueMs: end - from }
  }
  const ended = job.status === 'completed'
  if (ended && job.conclusion === 'skipped') {
    if (started === null) return null
    const end = Math.max(started, completed ?? started)
    return {
      ...bar,
      skipped: true,
      start: started,
      end,
      tags: [...dimmed, 'milestone'],
      label: name,
      queueMs: 0
    }
  }
  if (started === null) {
    // Ended before a runner took it (cancelled while queued), or running with no start known.
    if (created === null) return null
    if (!ended) {
      const end = Math.max(created, ctx.now)
      return {
        ...bar,
        ran: true,
        start: created,
        end,
        tags: superseded ? dimmed : ['active'],
        label: name,
        queueMs: 0
      }
    }
    const end = Math.max(created, completed ?? created)
    const how = (job.conclusion ?? 'ended').replace(/_/g, ' ')
    const label = `${name} · ${how} while queued ${formatDuration(seconds(end - created))}`
    return {
      ...bar,
      start: created,
      end,
      tags: failed ? ['done', 'crit'] : ['done'],
      label,
      queueMs: end - created
    }
  }
  // GitHub does report a `created_at` after `started_at`, and a `completed_at` before it.
  const queueMs = created !== null && created < started ? started - created : 0
  const end = Math.max(started, ended ? (completed ?? started) : ctx.now)
  const tags = superseded ? dimmed : !ended ? ['active'] : failed ? ['crit'] : []
  return {
    ...bar,
    ran: true,
    start: started,
    end,
    tags,
    label: name + queueWords(queueMs),
    queueMs
  }
}

/**
 * One bar for the jobs of one matrix or reusable workflow in one attempt,
 * from the first start to the last end of their bars: `crit` when a job
 * failed at its latest attempt, `active` while one runs, dimmed when every
 * job was re-run later. Skipped jobs count, but take no time. Null when no
 * job of the group has a bar (all skipped).
 *
 * @example
 * // test (…) × 9 of one attempt, one failed and not re-run; queues up to 41 s
 * foldedBar(members, ctx).label === 'test · 9 legs · 1 failed · queued up to 41s'
 */
export function foldedBar(
  members: readonly { job: JobRecord; index: number; bar: Bar | null }[],
  ctx: BarContext
): Bar | null {
  const first = members[0]
  const jobs = members.map((m) => m.job)
  // Loops, not Math.min(...spread): a group can have more jobs than a call has arguments.
  let start = Infinity
  let end = -Infinity
  let queueMs = 0
  let ranQueueMs = 0
  let ran = false
  for (const { bar } of members) {
    if (!bar || bar.skipped) continue
    start = Math.min(start, bar.start)
    end = Math.max(end, bar.end)
    queueMs = Math.max(queueMs, bar.queueMs)
    if (bar.ran) ranQueueMs = Math.max(ranQueueMs, bar.queueMs)
    ran ||= bar.ran
  }
  if (first === undefined || start === Infinity) return null
  const base = matrixBase(first.job.name)
  const matrix = base !== null && jobs.every((j) => matrixBase(j.name) === base)
  const allSuperseded = jobs.every((j) => ctx.superseded.has(j))
  const failedJobs = jobs.filter(isFailed)
  const failed = failedJobs.some((j) => !ctx.superseded.has(j))
  const running = jobs.filter((j) => j.status === 'in_progress').length
  const waiting = jobs.filter(isQueued).length

  const name = shortenName(matrix ? base : groupOf(first.job.name))
  const parts = [
    allSuperseded ? `${name} (attempt ${first.job.attempt})` : name,
    plural(jobs.length, matrix ? 'leg' : 'job')
  ]
  if (failedJobs.length > 0) parts.push(`${failedJobs.length} failed${failed ? '' : ', re-run'}`)
  if (running > 0) parts.push(`${running} running`)
  if (waiting > 0) parts.push(`${waiting} waiting`)
  // Dimmed when superseded, or when nothing has started yet: as a waiting job.
  const tags =
    allSuperseded || waiting === jobs.length
      ? ['done']
      : [...(running > 0 ? ['active'] : []), ...(failed ? ['crit'] : [])]
  return {
    jobs,
    index: first.index,
    fold: matrix ? 'matrix' : 'workflow',
    start,
    end,
    tags,
    label: parts.join(' · ') + queueWords(ranQueueMs).replace('queued', 'queued up to'),
    queueMs,
    ran,
    failed,
    skipped: false
  }
}

/**
 * The bars with every group of two or more jobs of one attempt folded (a
 * matrix's legs, a reusable workflow's jobs: see groupOf), skipped jobs left
 * out; the job running this step stays on its own. Says what it folded.
 */
export function foldBars(
  jobs: readonly JobRecord[],
  bars: readonly (Bar | null)[],
  ctx: BarContext
): { bars: Bar[]; matrices: number; workflows: number; skipped: number } {
  const groups = new Map<string, { job: JobRecord; index: number; bar: Bar | null }[]>()
  const alone: Bar[] = []
  let skipped = 0
  jobs.forEach((job, index) => {
    const bar = bars[index] ?? null
    if (ctx.currentJobId !== null && job.id === ctx.currentJobId) {
      if (bar) alone.push(bar)
      return
    }
    const key = `${job.attempt}\u0000${groupOf(job.name)}`
    const list = groups.get(key) ?? []
    list.push({ job, index, bar })
    groups.set(key, list)
  })
  let matrices = 0
  let workflows = 0
  const out: Bar[] = [...alone]
  for (const members of groups.values()) {
    if (members.length < 2) {
      const bar = members[0]?.bar
      if (bar?.skipped) skipped++
      else if (bar) out.push(bar)
      continue
    }
    const bar = foldedBar(members, ctx)
    if (bar === null) {
      skipped += members.length
      continue
    }
    if (bar.fold === 'matrix') matrices++
    else workflows++
    out.push(bar)
  }
  return { bars: out.sort((a, b) => a.index - b.index), matrices, workflows, skipped }
}
