// The parts of the timeline that are words and numbers, not bars: names cut
// to fit, the group a name belongs to, the queue time worth a word, the axis
// labels' format, and the notes on jobs folded or left out. Pure.

/** Longest job or section name drawn, in code points; longer ones end with `…`. */
export const MAX_NAME_LENGTH = 60

/**
 * Shortest queue time a bar's label mentions (`build · queued 1m 35s`).
 * GitHub-hosted runners usually take a job within 2–10 s, and larger or
 * macOS runners within about 20 s: saying so on every bar would only
 * clutter the chart. Half a minute is a wait someone would notice: no runner
 * free (self-hosted, arm64, a busy concurrency group). The jobs table gives
 * every queue time.
 */
export const NOTICEABLE_QUEUE_SECONDS = 30

/**
 * Cuts a name to `max` code points, the last one an ellipsis. Code points, not
 * UTF-16 units, so that an emoji is never cut in half. Done before escaping,
 * which may add a zero-width space and must see the whole cut name.
 *
 * @example shortenName('integration (postgres)', 12) === 'integration…'
 * @example shortenName('lint', 12) === 'lint'
 */
export function shortenName(name: string, max = MAX_NAME_LENGTH): string {
  const points = Array.from(name)
  if (points.length <= max) return name
  return (
    points
      .slice(0, Math.max(0, max - 1))
      .join('')
      .trimEnd() + '\u2026'
  )
}

/**
 * The group a job name belongs to: the matrix base name without its
 * `(…)` values, then the calling job of a reusable workflow (the text before
 * the first ` / `). Jobs group into a section only when two names share it.
 *
 * @example groupOf('ci / test (ubuntu-latest, 20)') === 'ci'
 * @example groupOf('test (ubuntu-latest, 20)') === 'test'
 * @example groupOf('test (a / b)') === 'test'
 * @example groupOf('e2e | smoke: chrome') === 'e2e | smoke: chrome'
 */
export function groupOf(name: string): string {
  const trimmed = name.trim()
  const matrix = /^(.*?\S)\s*\(.*\)$/s.exec(trimmed)
  const base = matrix?.[1] ?? trimmed
  const slash = base.indexOf(' / ')
  return (slash > 0 ? base.slice(0, slash) : base).trim()
}

/**
 * The mermaid `axisFormat` for a chart spanning `spanMs`: seconds for short
 * runs (minute ticks would repeat the same label), the date for runs over a
 * day. The data stays in epoch ms; only the tick labels use local time.
 *
 * @example axisFormatFor(3 * 60_000) === '%H:%M:%S'
 * @example axisFormatFor(40 * 60_000) === '%H:%M'
 * @example axisFormatFor(3 * 86_400_000) === '%b %d %H:%M'
 */
export function axisFormatFor(spanMs: number): string {
  if (spanMs < 5 * 60_000) return '%H:%M:%S'
  if (spanMs > 36 * 3_600_000) return '%b %d %H:%M'
  return '%H:%M'
}

/**
 * A count with thousands separators, the same in every locale.
 *
 * @example groupDigits(2700) === '2,700'
 */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/**
 * The italic line that says how many jobs the chart leaves out and which it
 * keeps. `failedLeft` are failed jobs among those left out.
 *
 * @example leftOutNote(2700, 300, 12, 0) ===
 *   '_Timeline: 2,700 more jobs not shown (it shows every failed job and the 288 slowest others)._'
 */
export function leftOutNote(
  left: number,
  shown: number,
  failedShown: number,
  failedLeft: number
): string {
  const more = `${groupDigits(left)} more ${left === 1 ? 'job' : 'jobs'} not shown`
  if (shown === 0) return `_Timeline: ${more} (the chart would pass mermaid's size limit)._`
  if (failedLeft > 0) {
    return (
      `_Timeline: ${more}, ${groupDigits(failedLeft)} of them failed` +
      ` (it shows the ${groupDigits(shown)} slowest failed jobs)._`
    )
  }
  if (failedShown > 0) {
    const others = shown - failedShown
    const rest = others > 0 ? ` and the ${groupDigits(others)} slowest others` : ''
    return `_Timeline: ${more} (it shows every failed job${rest})._`
  }
  return `_Timeline: ${more} (it shows the ${groupDigits(shown)} slowest)._`
}

/**
 * The chart's title when it folded groups of jobs into one bar
 * each, and left skipped jobs out; null when it did neither.
 *
 * @example foldNote(4, 0, 0) ===
 *   'Matrices folded into one bar each (legs in the table)'
 * @example foldNote(5, 1, 1) ===
 *   'Matrices and reusable workflows folded into one bar each, skipped jobs left out (all in the table)'
 */
export function foldNote(matrices: number, workflows: number, skipped: number): string | null {
  const folded =
    matrices > 0 && workflows > 0
      ? 'matrices and reusable workflows'
      : matrices > 0
        ? 'matrices'
        : workflows > 0
          ? 'reusable workflows'
          : ''
  const parts: string[] = []
  if (folded) parts.push(`${folded} folded into one bar each`)
  if (skipped > 0) parts.push('skipped jobs left out')
  if (parts.length === 0) return null
  const where = skipped === 0 && workflows === 0 ? 'legs in the table' : 'all in the table'
  const said = `${parts.join(', ')} (${where})`
  return said.charAt(0).toUpperCase() + said.slice(1)
}
