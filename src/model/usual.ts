// "The usual" of a few earlier durations, and how one duration stands
// against it: the statistics and the verdict rule of the comparison
// (compare.ts). Pure: whole seconds in, whole seconds and words out.

/** How a duration stands against the usual one. */
export type Verdict = 'slower' | 'faster' | 'usual' | 'new' | 'unknown'

/** The `slower-than` factor and the floor a difference must reach to count. */
export interface Threshold {
  /** Slower past `usual × slowerThan`, faster below `usual ÷ slowerThan` (≥ 1; the input is validated). */
  slowerThan: number
  /** …and only when the difference is at least this many seconds. */
  floorSeconds: number
}

/** The usual of a set of earlier durations. */
export interface Usual {
  /** Their median, whole seconds; null when there are none. */
  usual_seconds: number | null
  /** Their 90th percentile (nearest rank), whole seconds; null when there are none. */
  p90_seconds: number | null
  /** How many durations the two are taken from. */
  usual_samples: number
}

/**
 * The median of whole seconds: the middle value, or for an even count the
 * mean of the two middle ones rounded to whole seconds (halves up). Null for
 * none. `values` is sorted in place.
 *
 * @example median([30, 10, 20]) === 20
 * @example median([10, 20, 25, 40]) === 23 // (20 + 25) / 2 = 22.5 → 23
 */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  values.sort(ascending)
  const mid = values.length >> 1
  const upper = values[mid] ?? 0
  if (values.length % 2 === 1) return upper
  return Math.round(((values[mid - 1] ?? 0) + upper) / 2)
}

/**
 * The p-th percentile by nearest rank: the smallest value with at least p %
 * of the values at or below it, always one of the values (no interpolation:
 * a p90 of 10 runs is the 9th fastest, of 5 runs the slowest). Null for none.
 * `values` is sorted in place.
 *
 * @example percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) === 9
 * @example percentile([10, 20, 30], 90) === 30
 */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null
  values.sort(ascending)
  const rank = Math.max(1, Math.ceil((p / 100) * values.length))
  return values[rank - 1] ?? null
}

/** Median and p90 of earlier durations (sorted in place). */
export function usualOf(values: number[]): Usual {
  return {
    usual_seconds: median(values),
    p90_seconds: percentile(values, 90),
    usual_samples: values.length
  }
}

/**
 * `duration ÷ usual`, to 2 decimals; null when either is unknown or the usual
 * is 0 (a step that usually takes no time has no ratio).
 *
 * @example ratioOf(150, 60) === 2.5
 * @example ratioOf(100, 30) === 3.33
 */
export function ratioOf(duration: number | null, usual: number | null): number | null {
  if (duration === null || usual === null || usual === 0) return null
  return Math.round((duration / usual) * 100) / 100
}

/**
 * Slower when `duration > usual × slowerThan` and `duration − usual ≥
 * floorSeconds`; faster when `duration < usual ÷ slowerThan` and `usual −
 * duration ≥ floorSeconds`; usual otherwise; unknown without either number.
 * The floor keeps short things quiet: a 4 s step that took 9 s is 2.25× its
 * usual, and nobody's problem. ('new' is the caller's: it needs the count of
 * runs a job was seen in.)
 *
 * @example verdictOf(760, 485, { slowerThan: 1.5, floorSeconds: 30 }) === 'slower'
 * @example verdictOf(45, 20, { slowerThan: 1.5, floorSeconds: 30 }) === 'usual' // 2.25×, but only 25 s over
 */
export function verdictOf(duration: number | null, usual: number | null, t: Threshold): Verdict {
  if (duration === null || usual === null) return 'unknown'
  if (duration > usual * t.slowerThan && duration - usual >= t.floorSeconds) return 'slower'
  if (duration < usual / t.slowerThan && usual - duration >= t.floorSeconds) return 'faster'
  return 'usual'
}

function ascending(a: number, b: number): number {
  return a - b
}
