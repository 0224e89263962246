import { describe, expect, it } from '@jest/globals'
import { failingLines } from '../../src/model/log-lines.js'
import { DEMO_JOB_IDS } from '../../scripts/sample-run.js'
import { ESC, demoLog, demoJob, failedStep, at, iso, log } from '../support/logs.js'

describe('log-lines.ts', () => {
  describe('failingLines', () => {
    it('shows the end of the failing step of a demo log, cleaned', () => {
      const job = demoJob(DEMO_JOB_IDS.failed)
      const lines = failingLines(demoLog(job.id), failedStep(job), 30)
      expect(lines.at(-1)).toBe('Error: Process completed with exit code 1.')
      expect(lines).toContain(' FAIL  test/paths.test.ts')
      expect(lines).toContain('    Received: "src\\\\index.ts"')
      expect(lines).toContain('Ran all test suites.')
      // The step's output, not the echo of its command (`npm test`, `shell: …`),
      // nothing of the earlier steps or after the error.
      expect(lines[0]).toBe('> octo-app@1.4.0 test')
      expect(lines.some((l) => l.startsWith('shell:'))).toBe(false)
      expect(lines).not.toContain('npm ci')
      const joined = lines.join('\n')
      expect(joined).not.toContain(ESC)
      expect(joined).not.toMatch(/\uFEFF|##\[|\d{4}-\d\d-\d\dT|Post job cleanup/)
    })

    it('takes the last maxLines lines up to the error', () => {
      const job = demoJob(DEMO_JOB_IDS.failed)
      expect(failingLines(demoLog(job.id), failedStep(job), 3)).toEqual([
        'Time:        38.112 s',
        'Ran all test suites.',
        'Error: Process completed with exit code 1.'
      ])
      expect(failingLines(demoLog(job.id), failedStep(job), 0)).toEqual([])
    })

    it('leaves out the echo of the command, unless nothing else is there', () => {
      const step = { name: 'Run make', number: 3 }
      const echoed = log(
        at(1, '##[group]Run make'),
        at(1, 'make'),
        at(1, 'shell: /usr/bin/bash -e {0}'),
        at(1, '##[endgroup]'),
        at(2, 'cc: error'),
        at(3, '##[error]Process completed with exit code 2.')
      )
      expect(failingLines(echoed, step, 30)).toEqual([
        'cc: error',
        'Error: Process completed with exit code 2.'
      ])
      // A group that never closes before the error is the step's output.
      const unclosed = log(
        at(1, '##[group]Run make'),
        at(1, 'make'),
        at(3, '##[error]Process completed with exit code 2.')
      )
      expect(failingLines(unclosed, step, 30)).toEqual([
        'make',
        'Error: Process completed with exit code 2.'
      ])
    })

    it("keeps an action's own error and an echoed ::command:: as text", () => {
      const report = demoJob(DEMO_JOB_IDS.reportAttempt1)
      expect(failingLines(demoLog(report.id), failedStep(report), 30)).toEqual([
        'Error: 2 jobs failed: test (windows-latest, 22), integration (postgres)'
      ])
      const integration = demoJob(DEMO_JOB_IDS.retriedAttempt1)
      expect(failingLines(demoLog(integration.id), failedStep(integration), 7)).toEqual([
        '::error title=db::database not ready after 30s',
        '✖ migrations apply cleanly (30012.4ms)',
        '  Error: connect ECONNREFUSED 127.0.0.1:5432',
        '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
        'ℹ fail 1',
        'ℹ pass 47',
        'Error: Process completed with exit code 1.'
      ])
    })

    it('strips BOM, timestamps, ANSI codes, CRLF and progress redraws; keeps backticks', () => {
      const text =
        '\uFEFF2026-11-20T10:00:01.1234567Z ##[group]Run make\r\n' +
        '2026-11-20T10:00:01.2234567Z ##[endgroup]\r\n' +
        `2026-11-20T10:00:02.0000000Z ${ESC}[1m${ESC}[31mcc:${ESC}[0m error in \`\`\`main.c\`\`\`\r\n` +
        '2026-11-20T10:00:02.1000000Z 10%\r50%\r100% done\r\n' +
        '2026-11-20T10:00:02.2000000Z ##[warning]deprecated flag\r\n' +
        '2026-11-20T10:00:02.3000000Z ##[command]/usr/bin/make all\r\n' +
        '2026-11-20T10:00:02.4000000Z bell\u0007 and tab\there   \r\n' +
        '2026-11-20T10:00:03.0000000Z ##[error]Process completed with exit code 2.\r\n'
      expect(failingLines(text, { name: 'Run make', number: 3 }, 30)).toEqual([
        'cc: error in ```main.c```',
        '100% done',
        'Warning: deprecated flag',
        '/usr/bin/make all',
        'bell and tab\there',
        'Error: Process completed with exit code 2.'
      ])
    })

    it('works on a log without timestamps or markers', () => {
      const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n')
      expect(failingLines(text, { name: 'Run x', number: 1 }, 3)).toEqual([
        'line 48',
        'line 49',
        'line 50'
      ])
      expect(failingLines('', null, 3)).toEqual([])
    })

    it('stops at the first error of the step even when it is in the middle', () => {
      const text = log(
        at(10, '##[group]Run ./deploy.sh'),
        at(10, '##[endgroup]'),
        at(11, 'uploading'),
        at(12, '##[error]upload failed'),
        at(13, 'retrying'),
        at(14, '##[error]Process completed with exit code 1.')
      )
      expect(failingLines(text, { name: 'Run ./deploy.sh', number: 4 }, 30)).toEqual([
        'uploading',
        'Error: upload failed'
      ])
    })

    it("ignores an earlier step's error once the failing step is found by name", () => {
      const text = log(
        at(5, '##[group]Run npm run lint'),
        at(5, '##[endgroup]'),
        at(6, 'lint: 3 problems'),
        at(7, '##[error]Process completed with exit code 1.'),
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(19, 'test failed'),
        at(20, '##[error]Process completed with exit code 1.')
      )
      expect(failingLines(text, { name: 'Run npm test', number: 3 }, 30)).toEqual([
        'test failed',
        'Error: Process completed with exit code 1.'
      ])
    })

    it('matches a step name the API shortened', () => {
      const text = log(
        at(10, '##[group]Run npm run package -- --target linux-x64 --out dist/linux'),
        at(10, '##[endgroup]'),
        at(12, 'no space left on device'),
        at(12, '##[error]Process completed with exit code 1.')
      )
      for (const name of [
        'Run npm run package -- --target…',
        'Run npm run package -- --target...'
      ]) {
        expect(failingLines(text, { name, number: 4 }, 30)).toEqual([
          'no space left on device',
          'Error: Process completed with exit code 1.'
        ])
      }
    })

    it('finds a step with its own name by its time, else by the first error', () => {
      const text = log(
        at(5, '##[group]Run npx eslint .'),
        at(5, '##[endgroup]'),
        at(6, 'warning turned error'),
        at(6, '##[error]lint annotation'),
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(19, 'the real failure'),
        at(20, '##[error]Process completed with exit code 1.')
      )
      const named = { name: 'Unit tests', number: 4, started_at: iso(10), completed_at: iso(20) }
      expect(failingLines(text, named, 30)).toEqual([
        'the real failure',
        'Error: Process completed with exit code 1.'
      ])
      // Without times: the part around the first error.
      expect(failingLines(text, { name: 'Unit tests', number: 4 }, 30)).toEqual([
        'warning turned error',
        'Error: lint annotation'
      ])
      expect(failingLines(text, null, 1)).toEqual(['Error: lint annotation'])
    })

    it("follows a composite action's inner steps within the step's time", () => {
      const text = log(
        at(10, '##[group]Run ./.github/actions/setup'),
        at(10, '##[endgroup]'),
        at(11, '##[group]Run npm ci'),
        at(11, '##[endgroup]'),
        at(12, 'installed'),
        at(13, '##[group]Run npm run build'),
        at(13, '##[endgroup]'),
        at(14, 'tsc: error TS2322'),
        at(14, '##[error]Process completed with exit code 2.'),
        at(30, '##[group]Run echo later'),
        at(30, '##[endgroup]'),
        at(31, '##[error]a later step')
      )
      const step = {
        name: 'Run ./.github/actions/setup',
        number: 3,
        started_at: iso(10),
        completed_at: iso(14)
      }
      expect(failingLines(text, step, 3)).toEqual([
        'installed',
        'tsc: error TS2322',
        'Error: Process completed with exit code 2.'
      ])
    })

    it('shows the last lines of the step when it has no error line', () => {
      const text = log(
        at(10, '##[group]Run ./slow.sh'),
        at(10, '##[endgroup]'),
        at(11, 'step 1'),
        at(12, 'step 2'),
        at(13, '##[group]Run echo next'),
        at(13, '##[endgroup]'),
        at(14, '##[error]not this one')
      )
      expect(failingLines(text, { name: 'Run ./slow.sh', number: 3 }, 30)).toEqual([
        'step 1',
        'step 2'
      ])
    })

    it('picks, of two steps running the same command, the one at the step time or with an error', () => {
      const text = log(
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(11, 'first run fails'),
        at(11, '##[error]Process completed with exit code 1.'),
        at(20, '##[group]Run npm test'),
        at(20, '##[endgroup]'),
        at(21, 'second run passes')
      )
      const second = { name: 'Run npm test', number: 5, started_at: iso(20), completed_at: iso(21) }
      expect(failingLines(text, second, 30)).toEqual(['second run passes'])
      expect(failingLines(text, { name: 'Run npm test', number: 3 }, 30)).toEqual([
        'first run fails',
        'Error: Process completed with exit code 1.'
      ])
    })
  })
})
