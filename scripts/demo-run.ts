// The sample run served by the fake API and the bundled action run on it as
// the runner would: what `npm run demo` prints and docs/summary.png shows.
import { startFakeApi } from './fake-api.js'
import { runAction, type ActionResult } from './run-action.js'
import { DEMO_JOB_IDS, DEMO_RERUN_AFTER_MS, DEMO_RUNNER_NAME, demoRun } from './sample-run.js'

export interface DemoRun {
  result: ActionResult
  /** API requests the action made. */
  requests: number
  /** Wall time of the action, in milliseconds. */
  ms: number
}

/** Runs the action on the sample run, as its own `report` job with `attempt: all`. */
export async function runDemo(): Promise<DemoRun> {
  // The sample run is placed so that its re-run started four minutes ago:
  // the running job's "so far" reads as it would on a real run page.
  const demo = demoRun(Date.now() - DEMO_RERUN_AFTER_MS - 240_000)
  const api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs
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
        RUNNER_NAME: DEMO_RUNNER_NAME
      }
    })
    return { result, requests: api.requests.length, ms: Math.round(performance.now() - started) }
  } finally {
    await api.close()
  }
}
