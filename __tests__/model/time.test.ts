import { describe, it, expect, afterEach } from '@jest/globals'
import { parseGitHubUtc, parseTime, secondsBetween } from '../../src/model/time.js'

describe('time.ts', () => {
  describe('parseTime', () => {
    it('reads UTC and offset timestamps as the same instant', () => {
      expect(parseTime('2024-01-01T00:00:00Z')).toBe(1704067200000)
      expect(parseTime('2023-12-31T16:00:00-08:00')).toBe(1704067200000)
      expect(parseTime('2024-01-01T05:30:00+05:30')).toBe(1704067200000)
      expect(parseTime('2024-01-01T05:30:00+0530')).toBe(1704067200000)
    })

    it('reads fractional seconds to the millisecond', () => {
      expect(parseTime('2024-01-01T00:00:00.5Z')).toBe(1704067200500)
      expect(parseTime('2024-01-01T00:00:00.123456Z')).toBe(1704067200123)
    })

    it('takes a timestamp without an offset as UTC', () => {
      expect(parseTime('2024-01-01T00:00:00')).toBe(1704067200000)
      expect(parseTime('2024-01-01')).toBe(1704067200000)
    })

    it('returns null for missing or invalid timestamps', () => {
      for (const bad of [
        null,
        undefined,
        '',
        'soon',
        '2024-02-30T00:00:00Z',
        '2024-13-01',
        '2024-01-01T25:00:00Z',
        'Mon, 01 Jan 2024 00:00:00 GMT'
      ]) {
        expect(parseTime(bad)).toBeNull()
      }
      expect(parseTime('2024-02-29T00:00:00Z')).toBe(1709164800000)
    })
  })

  describe('secondsBetween', () => {
    const originalTz = process.env.TZ
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ
      else process.env.TZ = originalTz
    })

    it('counts whole seconds between two timestamps', () => {
      expect(secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T00:01:10Z')).toBe(70)
      expect(secondsBetween('2024-01-01T00:00:00.400Z', '2024-01-01T00:00:01Z')).toBe(1)
      expect(secondsBetween('2024-01-01T00:00:00.600Z', '2024-01-01T00:00:01Z')).toBe(0)
    })

    it('handles offsets such as -08:00', () => {
      expect(secondsBetween('2024-03-10T01:59:00-08:00', '2024-03-10T10:00:00Z')).toBe(60)
      expect(secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T01:00:00+01:00')).toBe(0)
    })

    it('is never negative: completed before started is 0', () => {
      expect(secondsBetween('2024-01-01T00:00:10Z', '2024-01-01T00:00:00Z')).toBe(0)
    })

    it('is null when either end is missing or unparsable', () => {
      expect(secondsBetween(null, '2024-01-01T00:00:00Z')).toBeNull()
      expect(secondsBetween('2024-01-01T00:00:00Z', undefined)).toBeNull()
      expect(secondsBetween('2024-01-01T00:00:00Z', 'later')).toBeNull()
    })

    it('does not depend on the local time zone, across a DST change', () => {
      const start = '2024-03-10T01:30:00-08:00'
      const end = '2024-03-10T03:30:00-07:00'
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham']) {
        process.env.TZ = tz
        expect(secondsBetween(start, end)).toBe(3600)
        expect(secondsBetween('2024-01-01T00:00:00', '2024-01-01T00:00:30')).toBe(30)
        expect(parseTime('2024-01-01T00:00:00')).toBe(1704067200000)
      }
    })
  })
})

describe('time.ts parseGitHubUtc (the fast path)', () => {
  it.each([
    '2026-11-20T10:00:05Z',
    '2026-11-20T10:00:05.123Z',
    '2024-02-29T23:59:59Z',
    '2000-02-29T00:00:00.001Z',
    '1970-01-01T00:00:00Z'
  ])('agrees with the full parser on %s', (iso) => {
    expect(parseGitHubUtc(iso)).toBe(Date.parse(iso))
    expect(parseTime(iso)).toBe(Date.parse(iso))
  })

  it.each([
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-20T24:00:00Z',
    '2026-11-20T10:60:00Z',
    '2026-11-20T10:00:60Z',
    '2026-1a-20T10:00:00Z',
    '2026-11-20 10:00:00Z',
    '2026-11-20T10:00:05.12Z',
    '2026-00-20T10:00:00Z',
    '2026-11-00T10:00:00Z',
    '2026-11-32T10:00:00Z',
    '0999-11-20T10:00:00Z',
    '2026-11-20T10:00:00z',
    '+02026-11-20T10:00:00Z'
  ])('leaves %s to the full parser, which rejects it or reads it', (iso) => {
    expect(parseGitHubUtc(iso)).toBeNull()
  })

  it('knows the last day of every month, in leap and common years', () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        // Day 0 of the next month is this month's last day.
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
        for (let day = 27; day <= 31; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${day}T12:34:56Z`
          expect([iso, parseGitHubUtc(iso)]).toEqual([
            iso,
            day <= last ? Date.UTC(year, month - 1, day, 12, 34, 56) : null
          ])
        }
      }
    }
  })

  it('reads every day of a leap year to the millisecond', () => {
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000 + 3_723_001) {
      const iso = new Date(ms).toISOString()
      expect([iso, parseGitHubUtc(iso)]).toEqual([iso, ms])
      const whole = iso.replace(/\.\d{3}Z$/, 'Z')
      expect([whole, parseGitHubUtc(whole)]).toEqual([whole, ms - (ms % 1000)])
    }
  })

  it('hands other shapes (offsets) to the full parser', () => {
    expect(parseGitHubUtc('2020-01-20T09:42:40.000-08:00')).toBeNull()
    expect(parseTime('2020-01-20T09:42:40.000-08:00')).toBe(Date.parse('2020-01-20T17:42:40Z'))
  })
})
