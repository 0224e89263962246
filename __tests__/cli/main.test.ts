// The CLI's edge in-process: main() with arguments and environment against
// the loopback fake API. The end-to-end suite (__tests__/cli.test.ts) runs the
// bundle as a user does; these cover main() itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { faults, startFakeApi, type FakeApi } from '../../scripts/fake-api.js'
import { DEMO_RERUN_AFTER_MS, demoRun } from '../../scripts/sample-run.js'
import { cliInProcess as callMain } from '../support/in-process.js'

const TOKEN = 'ghp_cliInProcess0123456789abcdef'
const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
const REPO = `${demo.owner}/${demo.repo}`
const RUN = String(demo.runId)

let api: FakeApi
beforeAll(async () => {
  api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs,
    annotations: demo.annotations
  })
})
afterAll(async () => {
  await api.close()
})
const env = () => ({ GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN })

/**
 * main() with stdout and stderr seen as pipes, whatever jest's own streams
 * are: run in band on a terminal, they would be TTYs, and main() would then
 * colour its text and draw a progress line on stderr.
 */
async function cliInProcess(argv: string[], env: Record<string, string>) {
  const streams = [process.stdout, process.stderr]
  const tty = streams.map((s) => s.isTTY)
  for (const s of streams) s.isTTY = false
  try {
    return await callMain(argv, env)
  } finally {
    streams.forEach((s, i) => (s.isTTY = tty[i] as boolean))
  }
}

describe('cli/main.ts (in-process)', () => {
  it('prints the text report and exits 0 without --fail-on', async () => {
    const r = await cliInProcess([REPO, RUN], env())
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`run ${RUN} · ${REPO}`)
    expect(r.stdout).toMatch(/✗ test \(windows-latest, 22\)/)
    expect(r.stderr).toBe('')
  })

  it('prints the report file’s JSON and exits 1 on a --fail-on conclusion', async () => {
    const r = await cliInProcess([REPO, RUN, '--format', 'json', '--fail-on', 'failure'], env())
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout) as { conclusion: string; failed_jobs: string[] }
    expect(report.conclusion).toBe('failure')
    expect(r.stderr).toMatch(/^runlens: 1 job ended with a --fail-on conclusion:\n- /)
  })

  it('sends a token from the environment only to the configured API host', async () => {
    const from = api.requests.length
    // A run address on another host than GITHUB_API_URL's (api.github.com by default).
    const url = `${api.url}/${REPO}/actions/runs/${RUN}`
    const r = await cliInProcess([url], { GITHUB_TOKEN: TOKEN })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/GITHUB_TOKEN is sent only to api\.github\.com/)
    expect(r.stderr).toContain('--token')
    expect(api.requests.length).toBe(from)

    // Given on purpose, the token goes there (GHES-style API path: a 404 here).
    const given = await cliInProcess([url, '--token', 'ghp_given', '--format', 'json'], {})
    const sent = api.requests.slice(from)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.every((q) => q.authorization === 'token ghp_given')).toBe(true)
    expect(given.code).toBe(1)
  })

  it('says on stderr why failure reasons are missing when the token may not read them', async () => {
    const refusing = await startFakeApi({
      runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
      annotations: demo.annotations,
      fault: (q) => (q.path.endsWith('/annotations') ? faults.status(403) : undefined)
    })
    try {
      const r = await cliInProcess([REPO, RUN, '--log-lines', '0'], {
        GITHUB_API_URL: refusing.url,
        GITHUB_TOKEN: TOKEN
      })
      expect(r.code).toBe(0)
      expect(r.stderr).toBe(
        'runlens: note: Failure reasons not shown: reading annotations needs `permissions: checks: read` (GitHub answered 403).\n'
      )
      // The report itself is as without annotations: no reason under the failed job.
      expect(r.stdout).toMatch(/✗ test \(windows-latest, 22\)/)
      expect(r.stdout).not.toContain('test/paths.test.ts:14')
    } finally {
      await refusing.close()
    }
  })

  it('refuses plain http but on loopback, before any request', async () => {
    const r = await cliInProcess(['http://ci.example/o/r/actions/runs/1', '--token', 'x'], {})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^runlens: Refusing to send a token over plain http to ci\.example/)
  })

  it('says what is wrong with a flag, naming it as typed', async () => {
    const r = await cliInProcess([REPO, RUN, '--attempt', '0'], env())
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^runlens: Invalid --attempt: '0'\. Expected latest, all/)
  })
})
