// What the suites of one edge share, whether they run it in-process or
// through dist/: the fake API serving a run, the token, and the checks of
// what a step or a command may print.
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../../scripts/fake-api.js'
import type { ActionResult } from '../../scripts/run-action.js'
import { DEMO_RERUN_AFTER_MS, demoRun, type ApiJob } from '../../scripts/sample-run.js'

export const OWNER = 'octo-org'
export const REPO = 'octo-repo'
export const RUN_ID = 29679449
export const TOKEN = 'ghs_e2eSecretToken0123456789abcdef'

/** How a suite runs the action: runAction (dist/) or runInProcess. */
type Runner = (r: {
  apiUrl: string
  inputs: Record<string, string>
  env: Record<string, string>
}) => Promise<ActionResult>

/**
 * A fake API for each test (closed after it) serving OWNER/REPO run RUN_ID,
 * and the step run against it with TOKEN.
 */
export function actionSuite(runner: Runner) {
  let api: FakeApi | null = null
  afterEach(async () => {
    await api?.close()
    api = null
  })
  return {
    serve: async (attempts: ApiJob[][], options: FakeApiOptions = {}): Promise<FakeApi> => {
      api = await startFakeApi({
        runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts }],
        token: TOKEN,
        ...options
      })
      return api
    },
    action: (
      fake: FakeApi,
      inputs: Record<string, string> = {},
      env: Record<string, string> = {}
    ) => runner({ apiUrl: fake.url, inputs: { 'github-token': TOKEN, ...inputs }, env })
  }
}

/** An output parsed as JSON. */
/**
 * Summary text as a reader sees it: the no-break spaces and word joiners
 * that keep table cells on one line read as plain spaces.
 */
export const readable = (md: string): string => md.replace(/\u00a0/g, ' ').replace(/\u2060/g, '')

export const outputOf = <T>(r: ActionResult, name: string): T =>
  JSON.parse(r.outputs[name] ?? 'null') as T

/** Nothing the API sent may reach the runner as a workflow command, and the token nowhere. */
export function expectClean(r: ActionResult, token = TOKEN): void {
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

export const CLI_TOKEN = 'ghp_cliSecretToken0123456789abcdef'

/**
 * The CLI's suites: one fake API serving the demo run (re-run four minutes
 * ago) for the whole suite, a PATH with nothing in it but what a test puts
 * there (no `gh`), and `runlens(args, env)` with the fake API and the token.
 */
export function cliSuite<R>(run: (args: string[], env: Record<string, string>) => Promise<R>) {
  const demo = demoRun(Date.now() - DEMO_RERUN_AFTER_MS - 240_000)
  const suite = {
    demo,
    REPO: `${demo.owner}/${demo.repo}`,
    RUN: String(demo.runId),
    api: null as unknown as FakeApi,
    bin: '',
    runlens: (args: string[], env: Record<string, string> = {}): Promise<R> =>
      run(args, {
        PATH: suite.bin,
        GITHUB_API_URL: suite.api.url,
        GITHUB_TOKEN: CLI_TOKEN,
        ...env
      })
  }
  beforeAll(async () => {
    suite.api = await startFakeApi({
      runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
      logs: demo.logs,
      annotations: demo.annotations,
      token: CLI_TOKEN
    })
    suite.bin = mkdtempSync(join(tmpdir(), 'runlens-cli-bin-'))
  })
  afterAll(async () => {
    await suite.api.close()
    rmSync(suite.bin, { recursive: true, force: true })
  })
  return suite
}
