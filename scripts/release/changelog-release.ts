// `tsx scripts/release/changelog-release.ts [--date YYYY-MM-DD]`, run by
// `npm version X.Y.Z` (package.json's `version` script, after npm has set
// the new version): CHANGELOG.md's `### Unreleased` heading becomes
// `### X.Y.Z (today, UTC)` under a new empty Unreleased section.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { releaseChangelog } from './changelog.js'
import { packageVersion, runCommand } from './cli.js'

runCommand('changelog-release', () => {
  const { values } = parseArgs({ options: { date: { type: 'string' } } })
  const version = packageVersion()
  const date = values.date ?? new Date().toISOString().slice(0, 10)
  writeFileSync(
    'CHANGELOG.md',
    releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, date)
  )
  process.stdout.write(`CHANGELOG.md: the Unreleased section is now ${version} (${date}).\n`)
})
