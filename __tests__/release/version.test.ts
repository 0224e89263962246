import { describe, expect, it } from '@jest/globals'
import { compareVersions, parseReleaseTag, releaseOfTag } from '../../scripts/release/version.js'

describe('version.ts', () => {
  describe('releaseOfTag', () => {
    it('reads a release: its version, major tag and npm dist-tag', () => {
      expect(releaseOfTag('v1.2.3', '1.2.3')).toEqual({
        tag: 'v1.2.3',
        version: '1.2.3',
        majorTag: 'v1',
        prerelease: false,
        distTag: 'latest'
      })
      expect(releaseOfTag('v10.0.0', '10.0.0').majorTag).toBe('v10')
      expect(releaseOfTag('v0.1.0', '0.1.0').majorTag).toBe('v0')
    })

    it('marks a version with a - suffix as a prerelease, published as next', () => {
      for (const tag of ['v2.0.0-rc.1', 'v2.0.0-beta', 'v2.0.0-0.3.7', 'v2.0.0-x-y.1a']) {
        const release = releaseOfTag(tag, tag.slice(1))
        expect({ tag, prerelease: release.prerelease, distTag: release.distTag }).toEqual({
          tag,
          prerelease: true,
          distTag: 'next'
        })
        expect(release.majorTag).toBe('v2')
      }
    })

    it("refuses a tag that does not name package.json's version, saying how to release", () => {
      expect(() => releaseOfTag('v1.2.4', '1.2.3')).toThrow(
        "Tag 'v1.2.4' does not match package.json's version '1.2.3': release with 'npm version 1.2.4'"
      )
      expect(() => releaseOfTag('v1.2.3-rc.1', '1.2.3')).toThrow(/does not match/)
    })

    it('refuses what is not a semantic version tag', () => {
      for (const tag of [
        '1.2.3',
        'v1.2',
        'v1.2.3.4',
        'v01.2.3',
        'v1.02.3',
        'v1.2.3-',
        'v1.2.3-rc..1',
        'v1.2.3-01',
        'v1.2.3+build.5',
        'v1.2.3 ',
        'release-1.2.3'
      ]) {
        expect(() => parseReleaseTag(tag)).toThrow(`Tag '${tag}' is not a release tag`)
      }
    })
  })

  it('compareVersions orders versions by their numbers, not as text', () => {
    expect(['1.10.0', '1.2.0', '1.9.3', '0.9.9', '1.2.10'].sort(compareVersions)).toEqual([
      '0.9.9',
      '1.2.0',
      '1.2.10',
      '1.9.3',
      '1.10.0'
    ])
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0)
  })
})
