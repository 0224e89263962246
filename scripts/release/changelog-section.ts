// `tsx scripts/release/changelog-section.ts VERSION`: the release notes of
// VERSION (`1.2.3` or `v1.2.3`), the body of its CHANGELOG.md section, on
// stdout. Fails when the section is missing or empty: a release says what
// changed.
import { readFileSync } from 'node:fs'
import { changelogSection } from './changelog.js'
import { oneArgument, runCommand } from './cli.js'

runCommand('changelog-section', () => {
  const version = oneArgument(process.argv.slice(2), 'changelog-section.ts VERSION')
  process.stdout.write(`${changelogSection(readFileSync('CHANGELOG.md', 'utf8'), version)}\n`)
})
