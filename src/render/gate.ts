// The gate's findings (model/gate.ts) in words: the one message a failed
// step ends with. Names go through logText: the message becomes an annotation
// and log lines. The option names come in, so the action names its inputs
// and the CLI its flags.
import type { GateFindings } from '../model/gate.js'
import { logText } from './escape.js'
import { formatInterval, plural } from './format.js'

/** How the edge calls the options a message names. ex. { failOn: 'fail-on', jobs: 'jobs' } */
export interface GateNames {
  failOn: string
  jobs: string
}

/**
 * The message the step fails with, or null when it passes.
 * ex. "1 job ended with a fail-on conclusion:\n- lint: failure https://…"
 */
export function gateMessage(f: GateFindings, names: GateNames): string | null {
  const parts: string[] = []
  if (f.blocking.length > 0) {
    const list = f.blocking
      .map((j) => `- ${logText(j.name)}: ${logText(j.conclusion ?? 'unknown')} ${j.url}`)
      .join('\n')
    parts.push(
      `${plural(f.blocking.length, 'job')} ended with a ${names.failOn} conclusion:\n${list}`
    )
  }
  if (f.stop === 'failed-fast') {
    parts.push(
      `Stopped waiting (fail-fast) with ${plural(f.unfinished.length, 'job')} still running or queued.`
    )
  } else if (f.stop) {
    const why =
      f.stop.why === 'timeout'
        ? `Timed out after ${formatInterval(f.stop.timeoutMs)}`
        : `Cancelled${f.stop.signal ? ` (${f.stop.signal})` : ''}`
    const list = f.unfinished
      .map(({ job, neverStarted }) => {
        const hint = neverStarted
          ? ` — it never started: if it needs this job, it cannot start before this one ends; leave it out with a ${names.jobs} line such as !${logText(job.name)}`
          : ''
        return `- ${logText(job.name)}: ${logText(job.status.replace(/_/g, ' '))}${hint}`
      })
      .join('\n')
    parts.push(`${why} while waiting for ${plural(f.unfinished.length, 'job')}:\n${list}`)
  }
  return parts.length > 0 ? parts.join('\n') : null
}
