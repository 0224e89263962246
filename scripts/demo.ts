// `npm run demo`: the bundled action, run as the runner runs it, against the
// in-repo fake API serving an embedded sample run. No token, no network.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeApi } from './fake-api.js'
import { ROOT, runAction } from './run-action.js'
import { DEMO_JOB_IDS, DEMO_RERUN_AFTER_MS, DEMO_RUNNER_NAME, demoRun } from './sample-run.js'

/** Long outputs are cut for the terminal; the report file has everything. */
const SHOWN = 400

async function main(): Promise<number> {
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
    const ms = Math.round(performance.now() - started)
    process.stdout.write('── what the runner printed ──\n' + result.stdout)
    if (result.stderr) process.stdout.write(result.stderr)
    process.stdout.write('\n── outputs ──\n')
    for (const [name, value] of Object.entries(result.outputs)) {
      const shown =
        value.length > SHOWN ? `${value.slice(0, SHOWN)}… (${value.length} characters)` : value
      if (name === 'report-file')
        process.stdout.write(`${name}: ${value} (kept as .tmp/demo-report.json)\n`)
      else if (name !== 'summary') process.stdout.write(`${name}: ${shown}\n`)
    }
    process.stdout.write('\n── job summary (Markdown) ──\n' + result.summary + '\n')
    const dir = join(ROOT, '.tmp')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'demo-summary.md')
    writeFileSync(file, result.summary)
    // The runner's temporary folder is gone by now: keep the report beside the summary.
    writeFileSync(join(dir, 'demo-report.json'), result.reportFile)
    process.stdout.write(
      `── exit code ${result.code} · ${api.requests.length} API requests · ${ms} ms\n` +
        `The summary is in ${file}\n`
    )
    return result.code === 0 ? 0 : 1
  } finally {
    await api.close()
  }
}

process.exitCode = await main()
