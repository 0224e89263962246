// `npx tsx scripts/history-demo.ts OUT.md`: the bundled action with
// `history: 10` on a generated run whose workflow has earlier runs (the fake
// API serves them), as the runner runs it; writes the job summary to OUT.md
// (then `npx tsx scripts/screenshot.ts OUT.md docs/summary-history.png`).
import { writeFileSync } from 'node:fs'
import { startFakeApi } from './fake-api.js'
import { runAction } from './run-action.js'
import { generateHistory } from './sample-history.js'

const out = process.argv[2]
if (!out) {
  process.stderr.write('usage: npx tsx scripts/history-demo.ts OUT.md\n')
  process.exit(2)
}
const history = generateHistory({ earlier: 10, jobs: 24, steps: 6 })
const token = 'ghs_historyDemo'
const fake = await startFakeApi({ workflowRuns: history.all, token })
try {
  const r = await runAction({
    apiUrl: fake.url,
    inputs: { 'github-token': token, history: '10', 'slower-than': '1.2', 'log-lines': '0' },
    env: {
      GITHUB_REPOSITORY: `${history.current.owner}/${history.current.repo}`,
      GITHUB_RUN_ID: String(history.current.runId)
    }
  })
  writeFileSync(out, r.summary)
  process.stdout.write(`${out}: exit ${r.code}; slower-jobs ${r.outputs['slower-jobs'] ?? ''}\n`)
} finally {
  await fake.close()
}
