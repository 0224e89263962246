import { describe, expect, it } from '@jest/globals'
import { compilePatterns, globToRegExp } from '../../src/model/patterns.js'

const names = [
  'build',
  'test (ubuntu-latest, 20)',
  'test (windows-latest, 22)',
  'ci / build',
  'ci / lint',
  'e2e | smoke: chrome',
  'deploy [prod]'
]
const pick = (lines: string[]) => names.filter(compilePatterns(lines, true))

describe('patterns.ts', () => {
  it('selects every job when there is no pattern, none for allow-failure', () => {
    expect(pick([])).toEqual(names)
    expect(names.filter(compilePatterns([], false))).toEqual([])
  })

  it('matches matrix legs, with commas and brackets literal', () => {
    expect(pick(['test (*'])).toEqual(['test (ubuntu-latest, 20)', 'test (windows-latest, 22)'])
    expect(pick(['test (ubuntu-latest, 20)'])).toEqual(['test (ubuntu-latest, 20)'])
    expect(pick(['deploy [prod]'])).toEqual(['deploy [prod]'])
    expect(pick(['deploy [p]'])).toEqual([])
  })

  it('matches reusable-workflow prefixes and ? wildcards', () => {
    expect(pick(['ci / *'])).toEqual(['ci / build', 'ci / lint'])
    expect(pick(['ci / ?int'])).toEqual(['ci / lint'])
    expect(pick(['*build'])).toEqual(['build', 'ci / build'])
  })

  it('excludes with ! whatever the order of lines', () => {
    expect(pick(['!test (windows*', 'test (*'])).toEqual(['test (ubuntu-latest, 20)'])
    expect(pick(['!ci / *'])).toEqual(names.filter((n) => !n.startsWith('ci / ')))
  })

  it('allows no failure with ! lines alone in allow-failure; * then ! allows all but those', () => {
    const allowed = (lines: string[]) => names.filter(compilePatterns(lines, false))
    expect(allowed(['!deploy [prod]'])).toEqual([])
    expect(allowed(['*', '!deploy [prod]'])).toEqual(names.filter((n) => n !== 'deploy [prod]'))
  })

  it('treats regular-expression characters literally', () => {
    expect(pick(['e2e | smoke: chrome'])).toEqual(['e2e | smoke: chrome'])
    expect(globToRegExp('a.c').test('abc')).toBe(false)
    expect(globToRegExp('a*').test('a\nb')).toBe(true)
  })
})
