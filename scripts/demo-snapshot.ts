// `npx tsx scripts/demo-snapshot.ts DIR`: the demo's outputs, job summary and
// report file, with the demo's clock fixed, written to DIR as files, so that
// two builds can be compared byte for byte (`diff -r`). The report-file
// output is a path under a fresh temporary folder: its content is kept as
// report.json and its path left out; the fake API's port, which changes from
// run to run, reads PORT.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runDemo } from './demo-run.js'

const dir = process.argv[2]
if (!dir) throw new Error('Usage: tsx scripts/demo-snapshot.ts DIR')
mkdirSync(dir, { recursive: true })
const { result } = await runDemo()
const write = (name: string, text: string): void =>
  writeFileSync(
    join(dir, name),
    text.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:PORT')
  )
for (const [name, value] of Object.entries(result.outputs)) {
  if (name !== 'report-file') write(`output.${name}`, value)
}
write('summary.md', result.summary)
write('report.json', result.reportFile)
write('exit-code', `${result.code}\n`)
write('stdout', result.stdout)
