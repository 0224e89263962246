// Users pin `runlens/runlens@v1`: after each 1.x release, `v1` must point at
// that release's commit. The major tag is a lightweight tag (what
// `actions/*` do), moved with a forced push of that one ref, and only
// forward: a patch release of an older minor (v1.2.4 after v1.3.0) leaves
// `v1` where it is, and a prerelease never moves it.
import { execFileSync } from 'node:child_process'
import { compareVersions, parseReleaseTag } from './version.js'

export interface MoveOptions {
  /** The release tag, already pushed, e.g. `v1.2.3`. */
  tag: string
  /** The git remote to read the release tags from and push the major tag to. */
  remote: string
  /** The clone to run git in. */
  cwd: string
  /** Where to say what was done. */
  log: (line: string) => void
}

export interface MoveResult {
  majorTag: string
  /** The commit the major tag now points to, or null when it was left alone. */
  moved: string | null
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
}

/** The remote's tags `vN.x.y` (no prerelease) as versions, highest first. */
function releasesOfMajor(o: MoveOptions, majorTag: string): string[] {
  const out = git(o.cwd, ['ls-remote', '--tags', '--refs', o.remote, `refs/tags/${majorTag}.*`])
  const pattern = new RegExp(`^refs/tags/v(${majorTag.slice(1)}\\.\\d+\\.\\d+)$`)
  return out
    .split('\n')
    .map((line) => pattern.exec(line.split('\t')[1] ?? '')?.[1])
    .filter((v): v is string => v !== undefined)
    .sort(compareVersions)
    .reverse()
}

/** Points the major tag of `tag` at its commit on the remote, when `tag` is its newest release. */
export function moveMajorTag(o: MoveOptions): MoveResult {
  const release = parseReleaseTag(o.tag)
  const { majorTag } = release
  if (release.prerelease) {
    o.log(`${o.tag} is a prerelease: ${majorTag} stays where it is.`)
    return { majorTag, moved: null }
  }
  const newest = releasesOfMajor(o, majorTag)[0]
  if (newest !== undefined && compareVersions(newest, release.version) > 0) {
    o.log(`${o.tag} is not the newest ${majorTag} release (v${newest} is): ${majorTag} stays.`)
    return { majorTag, moved: null }
  }
  const commit = git(o.cwd, ['rev-parse', '--verify', `${o.tag}^{commit}`])
  git(o.cwd, ['tag', '--force', majorTag, commit])
  git(o.cwd, ['push', '--force', o.remote, `refs/tags/${majorTag}:refs/tags/${majorTag}`])
  o.log(`${majorTag} now points to ${commit} (${o.tag}).`)
  return { majorTag, moved: commit }
}
