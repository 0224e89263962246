// The release scripts as the workflow and `npm version` run them: processes
// in a folder holding package.json and CHANGELOG.md, with `name=value`
// lines or the notes on stdout, and one line on stderr and status 1 when
// something is wrong.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../scripts/run-action.js'

let dir = ''
const CHANGELOG =
  '# releases\n\n### Unreleased (1.2.0)\n\n- New\n\n### 1.1.0 (2025-05-01)\n\n- Old\n'

function run(script: string, ...args: string[]) {
  const r = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'release', script), ...args],
    { cwd: dir, encoding: 'utf8' }
  )
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runlens-release-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }))
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the release commands', () => {
  it('check-version.ts prints the outputs for $GITHUB_OUTPUT, or fails with one line', () => {
    expect(run('check-version.ts', 'v1.2.0')).toEqual({
      status: 0,
      stdout: 'version=1.2.0\nmajor-tag=v1\nprerelease=false\ndist-tag=latest\n',
      stderr: ''
    })
    expect(run('check-version.ts', 'v1.2.1')).toEqual({
      status: 1,
      stdout: '',
      stderr:
        "check-version: Tag 'v1.2.1' does not match package.json's version '1.2.0': " +
        "release with 'npm version 1.2.1', which sets both, then push the tag it makes.\n"
    })
    expect(run('check-version.ts').stderr).toBe(
      'check-version: usage: check-version.ts TAG (e.g. v1.2.3)\n'
    )
  })

  it('changelog-release.ts (npm version) releases the Unreleased section; changelog-section.ts prints it', () => {
    expect(run('changelog-section.ts', '1.2.0')).toMatchObject({
      status: 1,
      stdout: '',
      stderr: expect.stringMatching(/^changelog-section: CHANGELOG.md has no section for 1.2.0: /)
    })
    expect(run('changelog-release.ts', '--date', '2025-07-14')).toEqual({
      status: 0,
      stdout: 'CHANGELOG.md: the Unreleased section is now 1.2.0 (2025-07-14).\n',
      stderr: ''
    })
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toBe(
      '# releases\n\n### Unreleased\n\n### 1.2.0 (2025-07-14)\n\n- New\n\n### 1.1.0 (2025-05-01)\n\n- Old\n'
    )
    expect(run('changelog-section.ts', 'v1.2.0')).toEqual({
      status: 0,
      stdout: '- New\n',
      stderr: ''
    })
    // Run twice, it changes nothing and says why.
    expect(run('changelog-release.ts')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'changelog-release: CHANGELOG.md already has a section for 1.2.0.\n'
    })
  })
})
