import { describe, expect, it } from '@jest/globals'
import { excerptBody } from '../../src/render/excerpt.js'
import { record } from '../support/logs.js'

describe('excerpt.ts', () => {
  describe('excerptBody', () => {
    const job = record(1, 'e2e | smoke: `chrome`')
    const step = job.steps[0] ?? null

    it('fences the lines so that nothing in them closes the fence', () => {
      const lines = ['```', 'has ```` four', '</details> <b>x</b> @octocat', 'Error: boom']
      expect(excerptBody({ lines, step })).toBe(
        '`````text\n```\nhas ```` four\n</details> <b>x</b> @octocat\nError: boom\n`````\n\n'
      )
    })

    it('cuts very long lines', () => {
      const md = excerptBody({ lines: ['z'.repeat(5000)], step: null }) ?? ''
      expect(md).toContain(`${'z'.repeat(1000)}…\n`)
      expect(md).not.toContain('z'.repeat(1001))
    })

    it('notes a missing log or one without lines', () => {
      expect(excerptBody({ missing: 'log expired (410)', step })).toBe('_Log expired (410)._\n\n')
      expect(excerptBody({ lines: [], step: null })).toBe('_No log lines found._\n\n')
    })

    it('keeps the last lines that fit in maxBytes, with a note, and null when none fits', () => {
      const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`)
      const whole = excerptBody({ lines, step }) ?? ''
      expect(excerptBody({ lines, step }, Buffer.byteLength(whole))).toBe(whole)
      const cut = excerptBody({ lines, step }, 200) ?? ''
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200)
      expect(cut).toMatch(
        /^_The first (\d+) of these log lines are not shown, to keep the summary under 1 MiB\._\n\n```text\n/
      )
      const shown = Number(/first (\d+)/.exec(cut)?.[1])
      expect(cut).toContain(`line ${shown}\n`)
      expect(cut).not.toContain(`line ${shown - 1}\n`)
      expect(cut).toContain('line 99\n```')
      // One more line would not have fitted.
      expect(Buffer.byteLength(cut) + `line ${shown - 1}\n`.length).toBeGreaterThan(200 - 1)
      expect(excerptBody({ lines, step }, 20)).toBeNull()
    })
  })
})
