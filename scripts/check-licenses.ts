// `npm run check:licenses`: every package bundled into dist/ (and each folder
// below it with a bundle, such as dist/cli/) has its licence in that folder's
// licenses.txt, the licence is an allowed permissive one, and the package is
// in package-lock.json at the installed version. The bundled packages are
// read from the source maps of every .js (the chunks loaded on demand too).
// Prints each finding as `file: message [kind]` and a line per folder; exits
// 1 on any finding.
import { bundleFolders, checkFolder } from './licenses/read.js'
import { summaryLine } from './licenses/check.js'
import { ROOT } from './run-action.js'

function main(): number {
  let findings = 0
  for (const folder of bundleFolders(ROOT)) {
    const result = checkFolder(ROOT, folder)
    for (const f of result.findings) process.stdout.write(`${f.file}: ${f.message} [${f.kind}]\n`)
    process.stdout.write(summaryLine(result.folder, result.bundled, result.findings) + '\n')
    findings += result.findings.length
  }
  return findings === 0 ? 0 : 1
}

process.exitCode = main()
