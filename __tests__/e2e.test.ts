// End to end: the bundled dist/index.js, run as the runner runs it, against
// the loopback fake of GitHub's API. What is asserted is the runner's
// interface, which only a real process shows: INPUT_* variables (hyphens
// kept), the GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files, the
// `::error::` annotations, the exit code, stderr, and the token never printed.
// What the step does is covered in-process by __tests__/action/*.test.ts.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { runAction, type ActionResult } from '../scripts/run-action.js'
import { demoRun, type ApiJob } from '../scripts/sample-run.js'

const OWNER = 'octo-org'
const REPO = 'octo-repo'
const RUN_ID = 29679449
const TOKEN = 'ghs_e2eSecretToken0123456789abcdef'

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function serve(attempts: ApiJob[][]): Promise<FakeApi> {
  api = await startFakeApi({
    runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts }],
    token: TOKEN
  })
  return api
}

async function action(
  fake: FakeApi,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
) {
  return runAction({ apiUrl: fake.url, inputs: { 'github-token': TOKEN, ...inputs }, env })
}

const parse = <T>(r: ActionResult, name: string): T => JSON.parse(r.outputs[name] ?? 'null') as T

/** Nothing the API sent may reach the runner as a workflow command, and the token nowhere. */
function expectClean(r: ActionResult, token = TOKEN): void {
  // `::add-mask::` is the one place the token may be: the runner consumes that
  // line and masks the value everywhere after it.
  const shown = r.stdout.replace(/^::add-mask::.*$/m, '')
  const everything = [shown, r.stderr, r.summary, r.reportFile, ...Object.values(r.outputs)].join(
    '\n'
  )
  expect(everything).not.toContain(token)
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('::')) continue
    expect(line).toMatch(/^::(add-mask|error|warning|notice|debug|group|endgroup)::/)
  }
  expect(r.stderr).not.toMatch(/at .*\.js:\d+|TypeError/)
}

describe('the bundled action, run as the runner runs it', () => {
  it('fails on a fail-on conclusion after writing outputs and summary, naming each job and URL', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const r = await action(fake, { 'fail-on': 'failure', 'allow-failure': 'lint' })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const failed = parse<string[]>(r, 'failed-jobs')
    expect(failed.length).toBeGreaterThan(0)
    for (const name of failed)
      expect(r.errors[0]).toContain(`- ${name}: failure https://github.com/`)
    expect(r.outputs.conclusion).toBe('failure')
    expect(r.summary).toContain('## runlens')
    // The main step leaves the post step its state (GITHUB_STATE).
    expect(r.state).toEqual({ isPost: 'true' })
    expectClean(r)
  })

  it('shows the failing log lines, clean, fetched without the token from storage', async () => {
    const demo = demoRun()
    api = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: demo.attempts }],
      logs: demo.logs,
      token: TOKEN
    })
    const started = Date.now()
    const r = await action(api, { 'log-lines': '8' })
    expect(r.code).toBe(0)
    // The redirect's body, left unread, must not hold its connection open: the
    // process would then only end when the server drops the idle connection
    // (the fake's keep-alive timeout is Node's default, 5 s).
    expect(Date.now() - started).toBeLessThan(4_000)
    const logs = r.summary.slice(r.summary.indexOf('### Failing log lines'))
    expect(logs).toMatch(
      /^### Failing log lines\n\n\*\*test \(windows-latest, 22\)\*\* · step 5 Run npm test \(\[log\]\(https:\/\/github\.com\/[^)]*#step:5:1\)\)\n\n```text\n/
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
