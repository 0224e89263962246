// `tsx scripts/release/check-version.ts TAG`: the release workflow's first
// check. The tag must be a semantic version that names package.json's
// version; prints what the later steps need, as `name=value` lines for
// $GITHUB_OUTPUT:
//   version=1.2.3  major-tag=v1  prerelease=false  dist-tag=latest
import { oneArgument, packageVersion, runCommand } from './cli.js'
import { releaseOfTag } from './version.js'

runCommand('check-version', () => {
  const tag = oneArgument(process.argv.slice(2), 'check-version.ts TAG (e.g. v1.2.3)')
  const release = releaseOfTag(tag, packageVersion())
  process.stdout.write(
    `version=${release.version}\n` +
      `major-tag=${release.majorTag}\n` +
      `prerelease=${String(release.prerelease)}\n` +
      `dist-tag=${release.distTag}\n`
  )
})
