// End to end: the bundled dist/index.js, run as the runner runs it, against
// the loopback fake of GitHub's API. What is asserted is the runner's
// interface, which only a real process shows: INPUT_* variables (hyphens
// kept), the GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files, the
// `::error::` annotations, the exit code, stderr, and the token never printed.
// What the step does is covered in-process by __tests__/action/*.test.ts.
import { describe, expect, it } from '@jest/globals'
import { runAction } from '../scripts/run-action.js'
import { generateHistory } from '../scripts/sample-history.js'
import { DEMO_JOB_IDS, demoRun } from '../scripts/sample-run.js'
import { startFakeApi } from '../scripts/fake-api.js'
import type { JobRecord } from '../src/model/types.js'
import { actionSuite, expectClean, outputOf, OWNER, REPO, TOKEN } from './support/suites.js'

const { serve, action } = actionSuite(runAction)

describe('the bundled action, run as the runner runs it', () => {
  it('compares with the usual with INPUT_HISTORY and INPUT_SLOWER-THAN', async () => {
    const history = generateHistory({ owner: OWNER, repo: REPO, earlier: 10, jobs: 250, steps: 3 })
    const fake = await startFakeApi({ workflowRuns: history.all, token: TOKEN })
    try {
      const r = await runAction({
        apiUrl: fake.url,
        inputs: { 'github-token': TOKEN, history: '10', 'slower-than': '1.2', 'log-lines': '0' },
        env: { GITHUB_RUN_ID: String(history.current.runId) }
      })
      expect(r.code).toBe(0)
      const jobs = outputOf<JobRecord[]>(r, 'jobs')
      expect(jobs.every((j) => j.usual_runs !== undefined)).toBe(true)
      expect(outputOf<unknown[]>(r, 'slower-jobs').length).toBeGreaterThan(0)
      expect(JSON.parse(r.reportFile)).toHaveProperty('comparison.slower_than', 1.2)
      expect(r.summary).toContain('### Slower than usual')
      expect(fake.requests.filter((q) => q.path.includes('/actions/workflows/'))).toHaveLength(1)
      expectClean(r)
    } finally {
      await fake.close()
    }
  })

  it('fails on a fail-on conclusion after writing outputs and summary, naming each job and URL', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const r = await action(fake, { 'fail-on': 'failure', 'allow-failure': 'lint' })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const failed = outputOf<string[]>(r, 'failed-jobs')
    expect(failed.length).toBeGreaterThan(0)
    for (const name of failed)
      expect(r.errors[0]).toContain(`- ${name}: failure https://github.com/`)
    expect(r.outputs.conclusion).toBe('failure')
    expect(r.summary).toContain('## runlens')
    // The main step leaves the post step its state (GITHUB_STATE).
    expect(r.state).toEqual({ isPost: 'true' })
    expectClean(r)
  })

  it('shows the failing log lines, clean, fetched without the token from storage; outputs annotations', async () => {
    const demo = demoRun()
    const api = await serve(demo.attempts, { logs: demo.logs, annotations: demo.annotations })
    const started = Date.now()
    const r = await action(api, { 'log-lines': '8' })
    expect(r.code).toBe(0)
    // The redirect's body, left unread, must not hold its connection open: the
    // process would then only end when the server drops the idle connection
    // (the fake's keep-alive timeout is Node's default, 5 s).
    expect(Date.now() - started).toBeLessThan(4_000)
    const logs = r.summary.slice(r.summary.indexOf('### What failed'))
    expect(logs).toMatch(
      /^### What failed\n\n❌ \*\*\[test \(windows-latest, 22\)\]\([^)]*\)\*\* · failure · 3m 3s · step 5 \[Run npm test\]\(https:\/\/github\.com\/[^)]*#step:5:1\)\n\n(?:- .*\n)*\n?```text\n/
    )
    const fenced = logs.slice(logs.indexOf('```text\n') + 8, logs.indexOf('\n```\n'))
    const lines = fenced.split('\n')
    // The last 8 lines up to the error; a blank line at the edge is dropped.
    expect(lines.length).toBeGreaterThanOrEqual(7)
    expect(lines.length).toBeLessThanOrEqual(8)
    expect(lines[lines.length - 1]).toBe('Error: Process completed with exit code 1.')
    expect(fenced).not.toContain('\u001b')
    expect(fenced).not.toContain('\uFEFF')
    expect(fenced).not.toMatch(/^\d{4}-\d{2}-\d{2}T/m)
    const blobs = api.requests.filter((q) => q.path.startsWith('/_blobs/'))
    expect(blobs).toHaveLength(1)
    expect(blobs[0]?.authorization).toBeUndefined()
    expect(r.stdout).not.toContain('_blobs')
    expect(r.stdout).not.toContain('sig=')
    // The failed job's check-run annotations, in the jobs output; no other job's read.
    const jobs = outputOf<{ id: number; annotations: { path: string }[] | null }[]>(r, 'jobs')
    const read = jobs.filter((j) => j.annotations !== null)
    expect(read.map((j) => j.id)).toEqual([DEMO_JOB_IDS.failed])
    expect(read[0]?.annotations?.map((a) => a.path)).toEqual([
      'test/paths.test.ts',
      '.github',
      '.github'
    ])
    const asked = api.requests.filter((q) => q.path.endsWith('/annotations'))
    expect(asked.map((q) => [q.path, q.status, q.authorization])).toEqual([
      [
        `/repos/${OWNER}/${REPO}/check-runs/${DEMO_JOB_IDS.failed}/annotations`,
        200,
        `token ${TOKEN}`
      ]
    ])
    expectClean(r)
  })
  it('fails with one error and no stack trace when the token is rejected, never printing it', async () => {
    const fake = await serve(demoRun().attempts)
    const r = await runAction({ apiUrl: fake.url, inputs: { 'github-token': 'ghs_wrongToken123' } })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([expect.stringMatching(/rejected the token \(401 Bad credentials\)/)])
    expect(r.stdout).toMatch(/^::add-mask::ghs_wrongToken123$/m)
    expect(r.stderr).toBe('')
    expectClean(r, 'ghs_wrongToken123')
  })
})
