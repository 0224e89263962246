// Human formatting of durations and counts, for the summary, the terminal
// and the log. Time math lives in model/time.ts.

const EN_DASH = '\u2013'

/**
 * A duration in whole seconds as one or two units, the larger first; the
 * smaller unit is truncated, not rounded. Negative is `0s`, unknown is `–`.
 *
 * @example formatDuration(70) === '1m 10s'
 * @example formatDuration(3725) === '1h 2m'
 * @example formatDuration(90061) === '1d 1h'
 * @example formatDuration(null) === '–'
 */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return EN_DASH
  const total = Math.max(0, Math.round(seconds))
  if (total < 60) return `${total}s`
  const minutes = Math.floor(total / 60)
  if (total < 3600) return `${minutes}m ${total % 60}s`
  const hours = Math.floor(total / 3600)
  if (total < 86400) return `${hours}h ${minutes % 60}m`
  return `${Math.floor(total / 86400)}d ${hours % 24}h`
}

/**
 * A configured interval in milliseconds; below a second it stays in ms.
 *
 * @example formatInterval(100) === '100ms'
 * @example formatInterval(90_000) === '1m 30s'
 */
export function formatInterval(ms: number): string {
  return ms > 0 && ms < 1000 ? `${Math.round(ms)}ms` : formatDuration(ms / 1000)
}

/**
 * A count with its noun, singular only for exactly one.
 *
 * @example plural(1, 'job') === '1 job'
 * @example plural(3, 'job') === '3 jobs'
 * @example plural(2, 'attempt', 'attempts') === '2 attempts'
 */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`
}
