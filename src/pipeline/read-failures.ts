// What the report tells of its failed jobs beyond their records: the failing
// log lines and the annotations of their check runs (the failure reasons),
// read at once for the same jobs (failuresToRead). Both are extras: a fault
// leaves a job without them and changes nothing else.
import { readAnnotations } from '../github/annotations.js'
import type { Octokit } from '../github/client.js'
import { collectExcerpts } from '../github/logs.js'
import { failuresToRead } from '../model/failures.js'
import type { Excerpt } from '../model/log-lines.js'
import { isFailed, type Report } from '../model/report.js'
import type { RunRef } from '../model/types.js'
import { plural } from '../render/format.js'

export interface FailuresRead {
  /** Failing log lines by job id, and how many failed jobs had none read; absent when none were asked for. */
  logs?: { excerpts: Map<number, Excerpt>; omitted: number }
  /** Notes for the summary: what could not be read, and what to do about it. */
  notes: string[]
}

export interface FailuresOptions {
  octokit: Octokit
  run: Pick<RunRef, 'owner' | 'repo'>
  /** Failing log lines per failed job; 0 reads no log (annotations are read all the same). */
  logLines: number
  /** A cancel: nothing is started after it, and what runs ends. */
  signal: AbortSignal
  /** Where the step's log lines go. */
  info: (line: string) => void
}

/**
 * The note of a token that may not read annotations (403), or a server
 * without them (404).
 *
 * @example deniedNote(403) === 'Failure reasons not shown: reading annotations needs `permissions: checks: read` (GitHub answered 403).'
 */
export function deniedNote(status: number): string {
  return `Failure reasons not shown: reading annotations needs \`permissions: checks: read\` (GitHub answered ${status}).`
}

/**
 * Reads the failing log lines and the annotations of the failed jobs
 * (failuresToRead: the worst first, at most 10) side by side, and sets each
 * read job's `annotations`. Nothing is read once `signal` has aborted: the
 * runner gives a cancelled step seconds only.
 */
export async function readFailures(report: Report, opts: FailuresOptions): Promise<FailuresRead> {
  const jobs = opts.signal.aborted ? [] : failuresToRead(report)
  if (jobs.length === 0) return { notes: [] }
  const q = { owner: opts.run.owner, repo: opts.run.repo }
  const { signal } = opts
  const [excerpts, annotations] = await Promise.all([
    opts.logLines > 0
      ? collectExcerpts(opts.octokit, q, jobs, {
          lines: opts.logLines,
          maxJobs: jobs.length,
          signal
        })
      : null,
    readAnnotations(opts.octokit, q, jobs, { signal })
  ])

  const notes: string[] = []
  let logs: FailuresRead['logs']
  if (excerpts) {
    const missing = [...excerpts.values()].filter((e) => 'missing' in e).length
    opts.info(
      `Read the logs of ${plural(excerpts.size - missing, 'failed job')}${missing ? ` (${missing} not available)` : ''}.`
    )
    logs = { excerpts, omitted: report.aggregated.filter(isFailed).length - excerpts.size }
  }

  for (const job of jobs) {
    const read = annotations.byJob.get(job.id)
    if (read) job.annotations = read
  }
  if (annotations.denied) {
    const { status } = annotations.denied
    opts.info(
      `Annotations not read (GitHub answered ${status}): add checks: read to the workflow's permissions to show failure reasons.`
    )
    notes.push(deniedNote(status))
  } else {
    const { failed } = annotations
    opts.info(
      `Read the annotations of ${plural(annotations.byJob.size, 'failed job')}${failed ? ` (${failed} could not be read)` : ''}.`
    )
  }
  return { ...(logs ? { logs } : {}), notes }
}
