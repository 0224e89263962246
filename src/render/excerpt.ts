// The failing log lines of one failed job, fenced, for the "What failed"
// part of the job summary; cut to their last lines when the summary's
// budget is short, never dropped whole.
import type { Excerpt } from '../model/log-lines.js'
import { fence, mdText } from './escape.js'

/** Longest log line shown in the summary, in characters. */
const MAX_SHOWN_LINE = 1000

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/**
 * Cuts a line to `max` characters, not inside a surrogate pair.
 *
 * @example cutLine('abcdef', 3) === 'abc…'
 */
function cutLine(line: string, max: number): string {
  if (line.length <= max) return line
  const code = line.charCodeAt(max - 1)
  const at = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return `${line.slice(0, at)}…`
}

/** The lines in a code fence that nothing in them can close, and a note on lines cut. */
function fenced(lines: readonly string[], cut: number): string {
  const note =
    cut > 0
      ? `_The first ${cut} of these log lines are not shown, to keep the summary under 1 MiB._\n\n`
      : ''
  return `${note}${fence(lines.join('\n'), 'text')}\n`
}

/**
 * The failing lines of a job as the summary shows them: fenced, or a short
 * note when the log is missing or has no such lines. With `maxBytes`, only
 * the last lines that fit are kept (with a note), at least the last one;
 * null when not even that fits.
 *
 * @example excerptBody({ lines: ['Error: x'], step }) === '```text\nError: x\n```\n\n'
 */
export function excerptBody(excerpt: Excerpt, maxBytes = Infinity): string | null {
  let text: string
  if ('missing' in excerpt) {
    // The reason reads as a sentence: "Log expired (410)."
    const note = excerpt.missing.charAt(0).toUpperCase() + excerpt.missing.slice(1)
    text = `_${mdText(note)}._\n\n`
  } else if (excerpt.lines.length === 0) {
    text = '_No log lines found._\n\n'
  } else {
    const lines = excerpt.lines.map((line) => cutLine(line, MAX_SHOWN_LINE))
    text = fenced(lines, 0)
    if (bytes(text) > maxBytes) {
      // The most lines, from the end, that fit: a binary search over how many.
      let lo = 0
      let hi = lines.length - 1
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2)
        const cut = lines.length - mid
        if (bytes(fenced(lines.slice(cut), cut)) <= maxBytes) lo = mid
        else hi = mid - 1
      }
      if (lo === 0) return null
      text = fenced(lines.slice(lines.length - lo), lines.length - lo)
    }
  }
  return bytes(text) <= maxBytes ? text : null
}
