// A log of any size kept in bounded memory while it streams in: what
// failingLines (log-lines.ts) can need of it, and no more. Pure: text in,
// text out; github/logs.ts feeds it the download.
import { isStepStart, parseLine } from './log-lines.js'

/** Lines kept before each marker line and at the end of a downloaded log. */
export const KEEP_LINES = 1000
/** Longest line kept from a downloaded log, in characters. */
const MAX_READ_LINE = 8192
/** Stop reading a log once this many characters are kept (about 32 MiB). */
const MAX_KEPT_CHARS = 32 * 1024 * 1024

/**
 * Keeps what `failingLines` can need of a log of any size while it streams
 * in: every step header, the first `##[error]` line after each, the last
 * `keepLines` lines before each of those and before the end; a run of lines
 * left out is replaced by one `… N lines left out …` line. For `maxLines` up
 * to `keepLines`, `failingLines` finds in the result what it finds in the
 * whole log (unless `##[group]` lines of the step's own output crowd the
 * window).
 *
 * @example const w = new LogWindow(1); w.push('a\nb\nc\n'); w.end() === '… 2 lines left out …\nc\n'
 */
export class LogWindow {
  private readonly kept: string[] = []
  private keptChars = 0
  /** A ring of the last `keepLines` ordinary lines. */
  private readonly ring: string[] = []
  private ringStart = 0
  private leftOut = 0
  private partial = ''
  private partialCut = false
  private errorSeen = false
  /** Set once the kept text reached MAX_KEPT_CHARS: read no more. */
  full = false

  constructor(private readonly keepLines: number) {}

  /** Adds decoded text; false once no more is wanted. */
  push(text: string): boolean {
    let from = 0
    while (!this.full) {
      const nl = text.indexOf('\n', from)
      const piece = text.slice(from, nl < 0 ? text.length : nl)
      this.addToPartial(piece)
      if (nl < 0) break
      this.line(this.partial)
      this.partial = ''
      this.partialCut = false
      from = nl + 1
    }
    return !this.full
  }

  /** The kept text, each line ending with `\n`. */
  end(): string {
    if (!this.full && (this.partial !== '' || this.partialCut)) this.line(this.partial)
    this.flush()
    if (this.full) {
      this.kept.push(
        `… the rest of the log was not read (over ${MAX_KEPT_CHARS / 2 ** 20} MiB kept) …`
      )
    }
    return this.kept.length > 0 ? `${this.kept.join('\n')}\n` : ''
  }

  private addToPartial(piece: string): void {
    if (this.partialCut) return
    if (this.partial.length + piece.length <= MAX_READ_LINE) {
      this.partial += piece
      return
    }
    this.partial = `${(this.partial + piece).slice(0, MAX_READ_LINE)}…`
    this.partialCut = true
  }

  private line(raw: string): void {
    const text = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw).text
    const stepStart = isStepStart(text)
    if (stepStart) this.errorSeen = false
    const firstErrorOfStep = !this.errorSeen && text.startsWith('##[error]')
    if (firstErrorOfStep) this.errorSeen = true
    if (stepStart || firstErrorOfStep) {
      this.flush()
      this.keep(raw)
      return
    }
    if (this.ring.length < this.keepLines) {
      this.ring.push(raw)
    } else if (this.keepLines > 0) {
      this.ring[this.ringStart] = raw
      this.ringStart = (this.ringStart + 1) % this.keepLines
      this.leftOut++
    } else {
      this.leftOut++
    }
  }

  private flush(): void {
    if (this.leftOut > 0) {
      this.keep(`… ${this.leftOut} line${this.leftOut === 1 ? '' : 's'} left out …`)
    }
    for (let i = 0; i < this.ring.length; i++) {
      this.keep(this.ring[(this.ringStart + i) % this.ring.length] ?? '')
    }
    this.ring.length = 0
    this.ringStart = 0
    this.leftOut = 0
  }

  private keep(line: string): void {
    if (this.full) return
    this.kept.push(line)
    this.keptChars += line.length + 1
    if (this.keptChars >= MAX_KEPT_CHARS) this.full = true
  }
}
