// What a release tag means: the version it names, whether it is a
// prerelease, the major tag (`v1`) users pin that moves with it, and the npm
// dist-tag it is published under. Pure: the release workflow's scripts and
// their tests share it.

/** A release, as the tag `v1.2.3` or `v1.2.3-rc.1` describes it. */
export interface Release {
  /** The tag as pushed, e.g. `v1.2.3-rc.1`. */
  tag: string
  /** The version without the `v`, e.g. `1.2.3-rc.1`. */
  version: string
  /** e.g. `v1`: moved to each release of that major version, never to a prerelease. */
  majorTag: string
  /** The version has a `-` suffix (`1.2.3-rc.1`). */
  prerelease: boolean
  /** npm's dist-tag: `latest`, or `next` for a prerelease (npm 11 refuses one without `--tag`). */
  distTag: 'latest' | 'next'
}

// Semantic Versioning 2.0.0 (semver.org): numbers without leading zeros, an
// optional prerelease of dot-separated identifiers (numeric ones without
// leading zeros either), and build metadata, which a release tag never needs.
const NUMBER = '0|[1-9]\\d*'
const IDENTIFIER = `(?:${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*)`
const SEMVER = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`
)

/** The release `tag` names; throws saying what a release tag looks like. */
export function parseReleaseTag(tag: string): Release {
  const m = tag.startsWith('v') ? SEMVER.exec(tag.slice(1)) : null
  if (!m) {
    throw new Error(
      `Tag '${tag}' is not a release tag: expected v<major>.<minor>.<patch> with an ` +
        `optional -<prerelease> (v1.2.3, v1.2.3-rc.1), numbers without leading zeros.`
    )
  }
  const prerelease = m[4] !== undefined
  return {
    tag,
    version: tag.slice(1),
    majorTag: `v${m[1] ?? ''}`,
    prerelease,
    distTag: prerelease ? 'next' : 'latest'
  }
}

/** The release of `tag`, which must name package.json's version; throws saying what to fix. */
export function releaseOfTag(tag: string, packageVersion: string): Release {
  const release = parseReleaseTag(tag)
  if (release.version !== packageVersion) {
    throw new Error(
      `Tag '${tag}' does not match package.json's version '${packageVersion}': ` +
        `release with 'npm version ${release.version}', which sets both, then push the tag it makes.`
    )
  }
  return release
}

/**
 * Two `major.minor.patch` versions compared numerically, for sorting.
 * ex. ['1.10.0', '1.2.0', '1.9.3'].sort(compareVersions) -> ['1.2.0', '1.9.3', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
