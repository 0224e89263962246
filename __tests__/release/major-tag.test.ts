// The major tag moved with real git commands, offline: a clone and its
// "origin", a bare repository in a temporary folder, as the release job has
// after actions/checkout.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { moveMajorTag } from '../../scripts/release/major-tag.js'
import { ROOT } from '../../scripts/run-action.js'

// No user or system git configuration: the same on every machine.
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.com'
}
let dir = ''
let clone = ''
let origin = ''

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim()

/** A commit in the clone, tagged and pushed as a release is. */
function release(tag: string, annotated = true): string {
  writeFileSync(join(clone, 'file.txt'), `${tag}\n`)
  git(clone, 'add', 'file.txt')
  git(clone, 'commit', '-q', '-m', tag)
  git(clone, 'tag', ...(annotated ? ['-a', '-m', tag] : []), tag)
  git(clone, 'push', '-q', 'origin', 'main', tag)
  return git(clone, 'rev-parse', 'HEAD')
}

/** What the major tag is on origin: its object and what that object is. */
function onOrigin(majorTag: string): { commit: string; type: string } | null {
  const r = spawnSync('git', ['rev-parse', '--verify', '-q', `refs/tags/${majorTag}`], {
    cwd: origin,
    env,
    encoding: 'utf8'
  })
  if (r.status !== 0) return null
  const object = r.stdout.trim()
  return { commit: object, type: git(origin, 'cat-file', '-t', object) }
}

function move(tag: string) {
  const lines: string[] = []
  const result = moveMajorTag({ tag, remote: 'origin', cwd: clone, log: (l) => lines.push(l) })
  return { ...result, lines }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runlens-release-'))
  origin = join(dir, 'origin.git')
  clone = join(dir, 'clone')
  git(dir, 'init', '-q', '--bare', origin)
  git(dir, 'init', '-q', '-b', 'main', clone)
  git(clone, 'remote', 'add', 'origin', origin)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// The steps build on one another, as releases do.
describe('major-tag.ts', () => {
  let first = ''
  let second = ''

  it('creates the major tag on the first release, as a lightweight tag on its commit', () => {
    first = release('v1.0.0')
    expect(move('v1.0.0')).toEqual({
      majorTag: 'v1',
      moved: first,
      lines: [`v1 now points to ${first} (v1.0.0).`]
    })
    expect(onOrigin('v1')).toEqual({ commit: first, type: 'commit' })
  })

  it('moves it forward with the next release (a force-push of that one ref)', () => {
    second = release('v1.1.0')
    expect(move('v1.1.0').moved).toBe(second)
    expect(onOrigin('v1')).toEqual({ commit: second, type: 'commit' })
    // The release tags themselves are untouched.
    expect(git(origin, 'rev-parse', 'v1.0.0^{commit}')).toBe(first)
  })

  it('leaves it on a prerelease', () => {
    release('v1.2.0-rc.1')
    expect(move('v1.2.0-rc.1')).toEqual({
      majorTag: 'v1',
      moved: null,
      lines: ['v1.2.0-rc.1 is a prerelease: v1 stays where it is.']
    })
    expect(onOrigin('v1')?.commit).toBe(second)
  })

  it('leaves it on a patch of an older minor: v1 never goes back', () => {
    git(clone, 'checkout', '-q', '-b', 'release-1.0', 'v1.0.0')
    release('v1.0.1')
    expect(move('v1.0.1')).toEqual({
      majorTag: 'v1',
      moved: null,
      lines: ['v1.0.1 is not the newest v1 release (v1.1.0 is): v1 stays.']
    })
    expect(onOrigin('v1')?.commit).toBe(second)
    git(clone, 'checkout', '-q', 'main')
  })

  it('moves it from a lightweight release tag too, and v10 is not v1', () => {
    const third = release('v1.10.0', false)
    expect(move('v1.10.0').moved).toBe(third)
    const tenth = release('v10.0.0')
    expect(move('v10.0.0').moved).toBe(tenth)
    expect(onOrigin('v1')?.commit).toBe(third)
    expect(onOrigin('v10')?.commit).toBe(tenth)
  })

  it('runs as the command the workflow calls, and fails with one line on a bad tag', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
    const script = join(ROOT, 'scripts', 'release', 'move-major-tag.ts')
    const next = release('v10.1.0')
    const ok = spawnSync(tsx, [script, 'v10.1.0'], { cwd: clone, env, encoding: 'utf8' })
    expect({ status: ok.status, stdout: ok.stdout }).toEqual({
      status: 0,
      stdout: `v10 now points to ${next} (v10.1.0).\n`
    })
    // git's own account of the push is left in the log.
    expect(ok.stderr).toMatch(/ v10 -> v10 \(forced update\)\n/)
    expect(onOrigin('v10')?.commit).toBe(next)
    const bad = spawnSync(tsx, [script, 'latest'], { cwd: clone, env, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/^move-major-tag: Tag 'latest' is not a release tag: .*\n$/)
  })
})
