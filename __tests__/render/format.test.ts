import { describe, it, expect } from '@jest/globals'
import { formatDuration, plural } from '../../src/render/format.js'

describe('format.ts', () => {
  describe('formatDuration', () => {
    it.each([
      [0, '0s'],
      [59, '59s'],
      [60, '1m 0s'],
      [70, '1m 10s'],
      [3599, '59m 59s'],
      [3600, '1h 0m'],
      [3725, '1h 2m'],
      [86399, '23h 59m'],
      [86400, '1d 0h'],
      [90061, '1d 1h'],
      [59.6, '1m 0s']
    ])('formats %p seconds as %p', (seconds, expected) => {
      expect(formatDuration(seconds)).toBe(expected)
    })

    it('shows unknown as an en dash and negative as 0s', () => {
      expect(formatDuration(null)).toBe('\u2013')
      expect(formatDuration(Number.NaN)).toBe('\u2013')
      expect(formatDuration(-5)).toBe('0s')
    })
  })

  describe('plural', () => {
    it('uses the singular only for exactly one', () => {
      expect(plural(0, 'job')).toBe('0 jobs')
      expect(plural(1, 'job')).toBe('1 job')
      expect(plural(3, 'job')).toBe('3 jobs')
      expect(plural(2, 'entry', 'entries')).toBe('2 entries')
    })
  })
})
