import { describe, expect, it } from '@jest/globals'
import { excerptBlock } from '../../src/render/excerpt.js'
import { record } from '../support/logs.js'

describe('excerpt.ts', () => {
  describe('excerptBlock', () => {
    const job = record(1, 'e2e | smoke: `chrome`')
    const step = job.steps[0] ?? null

    it('names the job and step, links the step log and fences the lines', () => {
      const lines = ['```', 'has ```` four', '</details> <b>x</b> @octocat', 'Error: boom']
      expect(excerptBlock(job, { lines, step })).toBe(
        '**e2e \\| smoke: \\`chrome\\`** · step 2 Run npm test ' +
          '([log](https://github.com/o/r/actions/runs/1/job/1#step:2:1))\n\n' +
          '`````text\n```\nhas ```` four\n</details> <b>x</b> @octocat\nError: boom\n`````\n\n'
      )
    })

    it('links the job when no step failed, and cuts very long lines', () => {
      const md = excerptBlock(job, { lines: ['z'.repeat(5000)], step: null })
      expect(md).toContain('([log](https://github.com/o/r/actions/runs/1/job/1))')
      expect(md).toContain(`${'z'.repeat(1000)}…\n`)
      expect(md).not.toContain('z'.repeat(1001))
    })

    it('notes a missing log or one without lines', () => {
      expect(excerptBlock(job, { missing: 'log expired (410)', step })).toContain(
        '_Log expired (410)._'
      )
      expect(excerptBlock(job, { lines: [], step: null })).toContain('_No log lines found._')
    })
  })
})
