// How the step fails, and when it does not, in-process: run() with the
// runner's variables and files against the loopback fake API. Jobs allowed to
// fail, a summary file that cannot be written, bad input, a missing run, a
// rejected token, hostile job names. These moved here from the end-to-end
// suite (__tests__/e2e.test.ts), which keeps what only the bundle run as a
// process shows: its exit code, annotations and stderr.
import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoRun, generateRun } from '../../scripts/sample-run.js'
import { runInProcess } from '../support/in-process.js'
import { actionSuite, expectClean, outputOf, OWNER, REPO, RUN_ID } from '../support/suites.js'

const { serve, action } = actionSuite(runInProcess)

describe('main.ts: failing the step (in-process)', () => {
  it('does not fail for jobs allowed to fail', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const r = await action(fake, { 'fail-on': 'unsuccessful', 'allow-failure': '*' })
    expect(r.code).toBe(0)
    expect(r.outputs.conclusion).toBe('failure')
  })

  it('sets its outputs, then fails with one clear error, when the summary file cannot be written', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const missing = join(tmpdir(), 'runlens-no-such-dir', 'step_summary')
    const r = await action(fake, {}, { GITHUB_STEP_SUMMARY: missing })
    expect(r.code).toBe(1)
    expect(r.outputs.conclusion).toBe('failure')
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^Unable to write the job summary to GITHUB_STEP_SUMMARY \(.*step_summary\): .*ENOENT.*summary: false\.$/
      )
    ])
    expectClean(r)
  })

  it('rejects bad input before any request, with one error naming the input', async () => {
    const fake = await serve(demoRun().attempts)
    for (const [name, value] of [
      ['run-id', 'abc'],
      ['attempt', '0'],
      ['timeout', 'soon'],
      ['fail-on', 'failure,oops'],
      ['repository', 'foo'],
      ['wait', 'yes'],
      ['github-token', '']
    ] as const) {
      const r = await action(fake, { [name]: value })
      expect(r.code).toBe(1)
      expect(r.errors).toEqual([expect.stringContaining(`Invalid input '${name}'`)])
      expectClean(r)
    }
    expect(fake.requests).toHaveLength(0)
  })

  it('explains a missing run and a rejected token, without the token or a stack trace', async () => {
    const fake = await serve(demoRun().attempts)
    const missing = await action(fake, { 'run-id': '123' })
    expect(missing.code).toBe(1)
    expect(missing.errors).toEqual([
      expect.stringMatching(/Not found: run 123 of octo-org\/octo-repo.*GITHUB_TOKEN reads only/s)
    ])
    expectClean(missing)

    const r = await runInProcess({
      apiUrl: fake.url,
      inputs: { 'github-token': 'ghs_wrongToken123' }
    })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([expect.stringMatching(/rejected the token \(401 Bad credentials\)/)])
    expectClean(r, 'ghs_wrongToken123')
  })

  it('keeps hostile names out of workflow commands and table structure', async () => {
    const [attempt] = generateRun({
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      jobs: 6,
      steps: 3,
      seed: 3
    })
    const hostile = [
      'x\n::error::pwned',
      '::add-mask::ghs',
      'a | b `c|d`',
      '<img src=x onerror=alert(1)>',
      '##[set-output name=conclusion]success',
      '50% %0A done'
    ]
    const jobs = (attempt ?? []).map((j, i) => ({
      ...j,
      name: hostile[i] ?? j.name,
      status: 'completed',
      conclusion: 'failure'
    }))
    const fake = await serve([jobs])
    const r = await action(fake, { 'fail-on': 'failure', steps: 'all' })
    expect(r.code).toBe(1)
    expectClean(r)
    expect(r.stdout).not.toMatch(/^::error::pwned/m)
    expect(r.summary).not.toContain('<img')
    const rows = r.summary.split('\n').filter((l) => l.startsWith('| ❌'))
    expect(rows).toHaveLength(6)
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8)
    expect(outputOf<string[]>(r, 'failed-jobs')).toEqual(hostile)
  })
})
