// The demo, byte for byte: the bundled action run on the sample run with its
// clock fixed (scripts/fixed-clock.mjs) must print exactly the outputs,
// summary and report file kept in __tests__/golden/demo. A change of the
// report's content shows here as a diff to review; to accept one on purpose,
// `npx tsx scripts/demo-snapshot.ts __tests__/golden/demo` and commit it.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { ROOT } from '../scripts/run-action.js'

const GOLDEN = join(ROOT, '__tests__', 'golden', 'demo')

describe('the demo (golden files)', () => {
  it('prints the same outputs, summary and report file as the golden copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runlens-demo-'))
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/demo-snapshot.ts', dir], {
        cwd: ROOT,
        stdio: 'pipe'
      })
      const files = readdirSync(GOLDEN).sort()
      expect(files).toContain('summary.md')
      for (const file of files) {
        expect({ file, text: readFileSync(join(dir, file), 'utf8') }).toEqual({
          file,
          text: readFileSync(join(GOLDEN, file), 'utf8')
        })
      }
      // Every output the action set is in the golden copy (the report-file path aside).
      const made = readdirSync(dir).filter((f) => f.startsWith('output.'))
      expect(made.sort()).toEqual(files.filter((f) => f.startsWith('output.')))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
