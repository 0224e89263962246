import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { changelogSection, releaseChangelog } from '../../scripts/release/changelog.js'
import { ROOT } from '../../scripts/run-action.js'

const CHANGELOG = `# runlens releases

One bullet per change.

### Unreleased (1.3.0)

- Gate: a new thing
- **Breaking change** an old thing

### 1.2.0 (2025-06-30)

- Report: fixed

  with a second paragraph

### 1.2.0-rc.1 (2025-06-20)

- Report: fixed, almost

### 1.1.0 (2025-05-01)

- First
`

describe('changelog.ts', () => {
  describe('changelogSection', () => {
    it("is the body of the version's section, up to the next heading", () => {
      expect(changelogSection(CHANGELOG, '1.2.0')).toBe(
        '- Report: fixed\n\n  with a second paragraph'
      )
      expect(changelogSection(CHANGELOG, 'v1.2.0-rc.1')).toBe('- Report: fixed, almost')
      expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- First')
    })

    it('fails clearly when the version has no section, or only the Unreleased one', () => {
      expect(() => changelogSection(CHANGELOG, '1.3.0')).toThrow(
        "CHANGELOG.md has no section for 1.3.0: expected a heading '### 1.3.0 (YYYY-MM-DD)'"
      )
      // 1.2 is not 1.2.0, and a dot is not any character.
      expect(() => changelogSection(CHANGELOG, '1.2')).toThrow(/no section for 1\.2:/)
      expect(() => changelogSection(CHANGELOG.replace('1.1.0', '1x1x0'), '1.1.0')).toThrow(
        /no section/
      )
    })

    it('fails when the section is empty', () => {
      const empty = '### 1.0.1 (2025-01-02)\n\n   \n### 1.0.0 (2025-01-01)\n\n- First\n'
      expect(() => changelogSection(empty, '1.0.1')).toThrow(
        "CHANGELOG.md's section for 1.0.1 is empty"
      )
    })
  })

  describe('releaseChangelog', () => {
    it('renames the Unreleased heading and opens a new empty one above it', () => {
      const released = releaseChangelog(CHANGELOG, '1.3.0', '2025-07-14')
      expect(released).toBe(
        CHANGELOG.replace('### Unreleased (1.3.0)', '### Unreleased\n\n### 1.3.0 (2025-07-14)')
      )
      // What the release workflow then reads as the notes.
      expect(changelogSection(released, '1.3.0')).toBe(
        '- Gate: a new thing\n- **Breaking change** an old thing'
      )
      // The next release needs a change written first.
      expect(() => releaseChangelog(released, '1.3.1', '2025-07-15')).toThrow(
        "CHANGELOG.md's Unreleased section is empty: nothing to release as 1.3.1."
      )
      const next = released.replace('### Unreleased\n', '### Unreleased\n\n- Fix\n')
      expect(changelogSection(releaseChangelog(next, '1.3.1', '2025-07-15'), '1.3.1')).toBe('- Fix')
    })

    it('refuses a version already there, no Unreleased section, or a bad date', () => {
      expect(() => releaseChangelog(CHANGELOG, '1.2.0', '2025-07-14')).toThrow(
        'CHANGELOG.md already has a section for 1.2.0.'
      )
      expect(() =>
        releaseChangelog(CHANGELOG.replace('Unreleased', 'Next'), '1.3.0', '2025-07-14')
      ).toThrow("CHANGELOG.md has no '### Unreleased' section to release as 1.3.0")
      expect(() => releaseChangelog(CHANGELOG, '1.3.0', '14/07/2025')).toThrow(
        "Bad date '14/07/2025': expected YYYY-MM-DD."
      )
    })

    it("releases this repository's CHANGELOG.md, whose section then gives the notes", () => {
      const ours = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')
      const released = releaseChangelog(ours, '9.9.9', '2025-07-14')
      const notes = changelogSection(released, '9.9.9')
      expect(notes.startsWith('- ')).toBe(true)
      expect(released.split('\n').filter((l) => l.startsWith('### Unreleased'))).toEqual([
        '### Unreleased'
      ])
      // Every bullet of the Unreleased section, and nothing of the file's preamble.
      const lines = ours.split('\n')
      const from = lines.findIndex((l) => l.startsWith('### Unreleased'))
      const to = lines.findIndex((l, i) => i > from && l.startsWith('### '))
      const bullets = lines.slice(from, to < 0 ? undefined : to).filter((l) => l.startsWith('- '))
      expect(bullets.length).toBeGreaterThan(0)
      expect(notes.split('\n').filter((l) => l.startsWith('- '))).toEqual(bullets)
      expect(notes).not.toContain('One bullet per change')
    })
  })
})
