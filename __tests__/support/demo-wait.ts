// The demo run as a gate waits on it: a loopback fake API serving the demo
// run's latest attempt with some of its jobs still queued or running, each
// completing (with the demo's own conclusion) from a given poll of the jobs
// list on. Shared by the CLI's wait suite and the npm package's test.
import { startFakeApi, type FakeApi, type Fault } from '../../scripts/fake-api.js'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { DEMO_RERUN_AFTER_MS, demoRun, jobBefore } from '../../scripts/sample-run.js'
import type { ApiJob } from '../../src/model/types.js'

export const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
export const DEMO_REPO = `${demo.owner}/${demo.repo}`
export const DEMO_RUN = String(demo.runId)
/** The demo's job that fails in both attempts. */
export const FAILING = 'test (windows-latest, 22)'

/** A job as the API shows it once completed: the demo's conclusion, or success for the running `report`. */
function completed(job: ApiJob): ApiJob {
  if (job.status === 'completed') return job
  const end = new Date(DEMO_NOW_MS).toISOString()
  return {
    ...job,
    status: 'completed',
    conclusion: 'success',
    completed_at: end,
    steps: (job.steps ?? []).map((s) =>
      s.status === 'completed'
        ? s
        : {
            ...s,
            status: 'completed',
            conclusion: 'success',
            started_at: s.started_at ?? end,
            completed_at: end
          }
    )
  }
}

export interface DemoWait {
  api: FakeApi
  /** Polls of the jobs list so far (the first read counts as one). */
  polls: () => number
}

/**
 * The demo run with the jobs of `finishAt` queued at the first poll, running
 * after it, and completed from poll `finishAt[name]` on (Infinity: never);
 * `fault` may answer a poll with a fault instead.
 */
export async function startDemoWait(
  finishAt: Record<string, number>,
  token: string,
  /** A fault to answer a poll of the jobs list with instead. */
  fault: (poll: number) => Fault | undefined = () => undefined
): Promise<DemoWait> {
  const latest = demo.attempts[demo.attempts.length - 1] ?? []
  const at = (poll: number): ApiJob[] =>
    latest.map((job) => {
      const from = finishAt[job.name]
      if (from === undefined) return job
      if (poll >= from) return completed(job)
      return jobBefore(job, poll === 1 ? 'queued' : 'in_progress')
    })
  const run = { owner: demo.owner, repo: demo.repo, runId: demo.runId }
  let polls = 0
  const api = await startFakeApi({
    runs: [{ ...run, attempts: [...demo.attempts.slice(0, -1), at(1)] }],
    logs: demo.logs,
    annotations: demo.annotations,
    token,
    fault: (req) => {
      if (req.path.endsWith(`/runs/${demo.runId}/jobs`)) {
        polls++
        api.setRun({ ...run, attempts: [...demo.attempts.slice(0, -1), at(polls)] })
        return fault(polls)
      }
      return undefined
    }
  })
  return { api, polls: () => polls }
}
