// The sample run served by the fake API and the bundled action run on it as
// the runner would: what `npm run demo` prints and docs/summary.png shows.
import { join } from 'node:path'
import { startFakeApi } from './fake-api.js'
import { ROOT, runAction, type ActionResult } from './run-action.js'
import { DEMO_JOB_IDS, DEMO_RERUN_AFTER_MS, DEMO_RUNNER_NAME, demoRun } from './sample-run.js'

export interface DemoRun {
  result: ActionResult
  /** API requests the action made. */
  requests: number
  /** Wall time of the action, in milliseconds. */
  ms: number
}

/**
 * The instant the demo runs at: 2026-11-20T10:35:07Z, four minutes after the
 * sample run's re-run started. The action's clock is held there
 * (scripts/fixed-clock.mjs), so every run of the demo prints the same bytes.
 */
export const DEMO_NOW_MS = Date.UTC(2026, 10, 20, 10, 0, 0) + DEMO_RERUN_AFTER_MS + 240_000

/** Runs the action on the sample run, as its own `report` job with `attempt: all`. */
export async function runDemo(): Promise<DemoRun> {
  // The sample run is placed so that its re-run started four minutes before
  // "now": the running job's "so far" reads as it would on a real run page.
  const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
  const api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs,
    annotations: demo.annotations
  })
  const started = performance.now()
  try {
    const result = await runAction({
      apiUrl: api.url,
      inputs: { 'job-id': String(DEMO_JOB_IDS.current), attempt: 'all' },
      env: {
        GITHUB_REPOSITORY: `${demo.owner}/${demo.repo}`,
        GITHUB_RUN_ID: String(demo.runId),
        GITHUB_RUN_ATTEMPT: '2',
        RUNNER_NAME: DEMO_RUNNER_NAME,
        RUNLENS_FIXED_NOW: String(DEMO_NOW_MS),
        NODE_OPTIONS: `--import=${join(ROOT, 'scripts', 'fixed-clock.mjs')}`
      }
    })
    return { result, requests: api.requests.length, ms: Math.round(performance.now() - started) }
  } finally {
    await api.close()
  }
}
