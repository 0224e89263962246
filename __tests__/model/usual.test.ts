import { describe, expect, it } from '@jest/globals'
import { median, percentile, ratioOf, usualOf, verdictOf } from '../../src/model/usual.js'

describe('usual.ts', () => {
  it('takes the median: the middle one, or the mean of the two middle ones rounded', () => {
    expect(median([])).toBeNull()
    expect(median([42])).toBe(42)
    expect(median([30, 10, 20])).toBe(20)
    expect(median([40, 10, 25, 20])).toBe(23)
    expect(median([10, 20])).toBe(15)
    expect(median([0, 0, 0, 1000])).toBe(0)
  })

  it('takes the p90 by nearest rank: always one of the values', () => {
    expect(percentile([], 90)).toBeNull()
    expect(percentile([7], 90)).toBe(7)
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 90)).toBe(9)
    expect(percentile([30, 10, 20], 90)).toBe(30)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10)
    expect(percentile([5, 1], 50)).toBe(1)
    expect(usualOf([100, 60, 80, 90, 70])).toEqual({
      usual_seconds: 80,
      p90_seconds: 100,
      usual_samples: 5
    })
    expect(usualOf([])).toEqual({ usual_seconds: null, p90_seconds: null, usual_samples: 0 })
  })

  it('judges slower and faster past the factor and the floor, both', () => {
    const t = { slowerThan: 1.5, floorSeconds: 30 }
    expect(verdictOf(760, 485, t)).toBe('slower')
    expect(verdictOf(90, 60, t)).toBe('usual') // 1.5× exactly is not past it
    expect(verdictOf(45, 20, t)).toBe('usual') // 2.25×, but 30 s over is needed
    expect(verdictOf(50, 20, t)).toBe('slower') // 30 s over: the floor is met
    expect(verdictOf(45, 20, { slowerThan: 1.5, floorSeconds: 0 })).toBe('slower')
    expect(verdictOf(30, 0, t)).toBe('slower') // a usual of 0 s: only the floor counts
    expect(verdictOf(100, 300, t)).toBe('faster')
    expect(verdictOf(5, 30, t)).toBe('usual') // 6× faster, 25 s under
    expect(verdictOf(null, 60, t)).toBe('unknown')
    expect(verdictOf(60, null, t)).toBe('unknown')
    expect(ratioOf(150, 60)).toBe(2.5)
    expect(ratioOf(100, 30)).toBe(3.33)
    expect(ratioOf(10, 0)).toBeNull()
    expect(ratioOf(null, 10)).toBeNull()
  })
})
