// .github/workflows/release.yml against the scripts it runs: the tags that
// start it are the tags check-version.ts accepts, every script it names
// exists, and only the job that needs a write permission has it.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseReleaseTag } from '../../scripts/release/version.js'
import { ROOT } from '../../scripts/run-action.js'

interface Workflow {
  on: { push: { tags: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string }[] }>
}
const text = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')
const workflow = parse(text) as Workflow

/** A GitHub filter pattern as a regular expression: `*` is any text but `/`, `+` and `[]` as in a regex. */
function filter(pattern: string): RegExp {
  const body = pattern.replace(/[.^$|(){}\\]/g, '\\$&').replace(/\*/g, '[^/]*')
  return new RegExp(`^${body}$`)
}
const starts = (tag: string): boolean => workflow.on.push.tags.some((p) => filter(p).test(tag))
const accepted = (tag: string): boolean => {
  try {
    parseReleaseTag(tag)
    return true
  } catch {
    return false
  }
}

describe('release.yml', () => {
  it('starts on the tags check-version.ts accepts, releases and prereleases', () => {
    for (const tag of ['v1.2.3', 'v0.1.0', 'v10.20.30', 'v2.0.0-rc.1', 'v2.0.0-beta']) {
      expect({ tag, starts: starts(tag), accepted: accepted(tag) }).toEqual({
        tag,
        starts: true,
        accepted: true
      })
    }
    for (const tag of ['v1', 'v1.2', 'latest', '1.2.3', 'v1.2.3.4', 'v1x2x3']) {
      expect({ tag, starts: starts(tag) }).toEqual({ tag, starts: false })
    }
    // The filters are looser than semver (v01.2.3 starts the run): check-version.ts refuses those.
    expect(starts('v01.2.3')).toBe(true)
    expect(accepted('v01.2.3')).toBe(false)
  })

  it('runs scripts that exist', () => {
    const scripts = [...text.matchAll(/scripts\/[\w/.-]+\.ts/g)].map((m) => m[0])
    expect(scripts).toEqual(
      expect.arrayContaining([
        'scripts/release/check-version.ts',
        'scripts/release/changelog-section.ts',
        'scripts/release/move-major-tag.ts'
      ])
    )
    for (const script of scripts)
      expect({ script, exists: existsSync(join(ROOT, script)) }).toEqual({ script, exists: true })
  })

  it('grants nothing by default, and each write to one job', () => {
    expect(workflow.permissions).toEqual({})
    const writes = Object.entries(workflow.jobs).flatMap(([job, j]) =>
      Object.entries(j.permissions ?? {})
        .filter(([, level]) => level === 'write')
        .map(([scope]) => `${job}: ${scope}`)
    )
    expect(writes.sort()).toEqual(['github-release: contents', 'npm: id-token'])
  })

  it('publishes to npm with provenance, without installing or running dependencies', () => {
    const runs = workflow.jobs.npm?.steps.map((s) => s.run ?? '').join('\n') ?? ''
    expect(runs).toContain(
      'npm publish --provenance --access public --tag "$DIST_TAG" --ignore-scripts'
    )
    expect(runs).not.toMatch(/npm (ci|install)(?! -g npm@)/)
  })
})
