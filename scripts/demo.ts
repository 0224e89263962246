// `npm run demo`: the bundled action, run as the runner runs it, against the
// in-repo fake API serving an embedded sample run. No token, no network.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runDemo } from './demo-run.js'
import { ROOT } from './run-action.js'

/** Long outputs are cut for the terminal; the report file has everything. */
const SHOWN = 400

async function main(): Promise<number> {
  const { result, requests, ms } = await runDemo()
  process.stdout.write('── what the runner printed ──\n' + result.stdout)
  if (result.stderr) process.stdout.write(result.stderr)
  process.stdout.write('\n── outputs ──\n')
  for (const [name, value] of Object.entries(result.outputs)) {
    const shown =
      value.length > SHOWN ? `${value.slice(0, SHOWN)}… (${value.length} characters)` : value
    if (name === 'report-file') {
      process.stdout.write(`${name}: ${value} (kept as .tmp/demo-report.json)\n`)
    } else if (name !== 'summary') {
      process.stdout.write(`${name}: ${shown}\n`)
    }
  }
  process.stdout.write('\n── job summary (Markdown) ──\n' + result.summary + '\n')
  const dir = join(ROOT, '.tmp')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'demo-summary.md')
  writeFileSync(file, result.summary)
  // The runner's temporary folder is gone by now: keep the report beside the summary.
  writeFileSync(join(dir, 'demo-report.json'), result.reportFile)
  process.stdout.write(
    `── exit code ${result.code} · ${requests} API requests · ${ms} ms\n` +
      `The summary is in ${file}\n`
  )
  return result.code === 0 ? 0 : 1
}

process.exitCode = await main()
