// The `runlens` command: the bundled dist/cli/index.js run as a user runs it,
// a child process with arguments and environment, against the loopback fake
// of GitHub's API serving the demo run. What is asserted is what a user sees:
// stdout, stderr and the exit status.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { ROOT, testNode } from '../scripts/run-action.js'
import { DEMO_RERUN_AFTER_MS, demoRun } from '../scripts/sample-run.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const TOKEN = 'ghp_cliSecretToken0123456789abcdef'
const demo = demoRun(Date.now() - DEMO_RERUN_AFTER_MS - 240_000)
const REPO = `${demo.owner}/${demo.repo}`
const RUN = String(demo.runId)

let api: FakeApi
/** A PATH with nothing in it but what a test puts there (no `gh`). */
let bin: string
beforeAll(async () => {
  api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs,
    token: TOKEN
  })
  bin = mkdtempSync(join(tmpdir(), 'runlens-cli-bin-'))
})
afterAll(async () => {
  await api.close()
  rmSync(bin, { recursive: true, force: true })
})

interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `runlens ARGS` with a clean environment: the fake API, the token, no terminal. */
async function runlens(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = spawn(testNode(), [CLI, ...args], {
    env: { PATH: bin, GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr }
}

/** The requests for job lists since `from`. */
const lists = (from: number) => api.requests.slice(from).filter((r) => r.path.endsWith('/jobs'))

// SGR sequences (colours); the progress line's cursor moves are not colour.
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/

interface ReportJson {
  run: { owner: string; repo: string; id: number; attempt: string | number }
  jobs: { name: string; attempt: number; conclusion: string | null }[]
  counts: Record<string, number>
  conclusion: string
  generated_at: string
}

describe('cli.ts', () => {
  it('prints a table of the jobs, the verdict and the failing log lines (text)', async () => {
    const r = await runlens([REPO, RUN])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe(`CI run ${RUN} · ${REPO}`)
    expect(r.stdout).toContain(`https://github.com/${REPO}/actions/runs/${RUN}`)
    expect(r.stdout).toMatch(/✗ failure · 40 jobs: 37 success, 1 failure, 1 skipped, 1 in progress/)
    expect(r.stdout).toMatch(/^ {3}JOB +CONCLUSION +QUEUED +DURATION +RUNNER$/m)
    expect(r.stdout).toMatch(/^ ✓ build +success +\d+s +1m \d+s +GitHub Actions 1000000771$/m)
    expect(r.stdout).toMatch(/^ ✗ test \(windows-latest, 22\) +failure /m)
    expect(r.stdout).toMatch(/^ ● report +in progress .* so far /m)
    // A name with `|` and `:` is shown as it is.
    expect(r.stdout).toContain(' ✓ e2e | smoke: chrome ')
    expect(r.stdout).toContain('✗ test (windows-latest, 22) · failure · step 5 Run npm test')
    expect(r.stdout).toContain('  │     Received: "src\\\\index.ts"')
    expect(r.stdout).not.toMatch(SGR)
    expect(r.stdout + r.stderr).not.toContain(TOKEN)
  })

  it('prints the action’s job summary (markdown)', async () => {
    const r = await runlens([REPO, RUN, '--format', 'markdown', '--attempt', 'all'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^## runlens · \[CI run \d+ \(all attempts\)\]\(https:\/\/github\.com\//
    )
    expect(r.stdout).toContain('```mermaid\ngantt\n')
    expect(r.stdout).toContain('| :-: | --- | :-: | --- | --: | --: | --- |')
    expect(r.stdout).toContain('(passed on retry 🔁)')
    expect(r.stdout).toContain('<details><summary>❌ <b>test (windows-latest, 22)</b>')
    expect(r.stdout).toContain('### Failing log lines')
    expect(r.stdout).toContain('Received: "src\\\\index.ts"')
  })

  it('prints the report file’s JSON (json), reading no log', async () => {
    const from = api.requests.length
    const r = await runlens([REPO, RUN, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as ReportJson
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['run', 'jobs', 'counts', 'conclusion', 'generated_at'])
    )
    expect(report.run).toMatchObject({
      owner: demo.owner,
      repo: demo.repo,
      id: demo.runId,
      attempt: 'latest'
    })
    expect(report.conclusion).toBe('failure')
    expect(report.jobs).toHaveLength(40)
    expect(report.counts).toMatchObject({ total: 40, success: 37, failure: 1, skipped: 1 })
    expect(api.requests.slice(from).map((q) => q.path)).toEqual([
      `/repos/${REPO}/actions/runs/${RUN}/jobs`
    ])
  })

  it('reports only the jobs that --jobs selects', async () => {
    const r = await runlens([
      REPO,
      RUN,
      '--format',
      'json',
      '--jobs',
      'test (*',
      '--jobs',
      '!*windows*'
    ])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as ReportJson
    expect(report.jobs.map((j) => j.name)).toEqual([
      'test (ubuntu-latest, 20)',
      'test (ubuntu-latest, 22)',
      'test (ubuntu-latest, 24)',
      'test (macos-latest, 20)',
      'test (macos-latest, 22)',
      'test (macos-latest, 24)'
    ])
    expect(report.conclusion).toBe('success')
  })

  it('reads one attempt, or every attempt, as --attempt says', async () => {
    let from = api.requests.length
    const one = await runlens([REPO, RUN, '--format', 'json', '--attempt', '1'])
    expect(one.code).toBe(0)
    expect(lists(from).map((q) => q.path)).toEqual([
      `/repos/${REPO}/actions/runs/${RUN}/attempts/1/jobs`
    ])
    const first = JSON.parse(one.stdout) as ReportJson
    expect(first.run.attempt).toBe(1)
    expect(new Set(first.jobs.map((j) => j.attempt))).toEqual(new Set([1]))

    from = api.requests.length
    const all = await runlens([REPO, RUN, '--attempt', 'all'])
    expect(all.code).toBe(0)
    expect(lists(from).map((q) => q.query.filter)).toEqual(['all'])
    expect(all.stdout).toMatch(/^ {3}JOB +ATTEMPT +CONCLUSION /m)
    expect(all.stdout).toMatch(/^ ✓ integration \(postgres\) +2 +success \(passed on retry\) /m)
    // The attempt that failed is not the one that passed on retry.
    expect(all.stdout).toMatch(/^ ✗ integration \(postgres\) +1 +failure +\d/m)

    // In colour, a record a later attempt supersedes is dim; the latest is not.
    const colour = await runlens([
      REPO,
      RUN,
      '--attempt',
      'all',
      '--log-lines',
      '0',
      '--color',
      'always'
    ])
    const row = (attempt: number) =>
      colour.stdout
        .split('\n')
        .find((l) => new RegExp(`integration \\(postgres\\) +${attempt} `).test(l))
    expect(row(1)).toContain('\x1b[2mintegration (postgres)')
    expect(row(2)).toContain('(passed on retry)')
    expect(row(2)).not.toContain('\x1b[2m')
  })

  it('takes the run’s web address, attempt included', async () => {
    const from = api.requests.length
    const r = await runlens([
      `https://github.com/${REPO}/actions/runs/${RUN}/attempts/2`,
      '--format',
      'json'
    ])
    expect(r.code).toBe(0)
    expect(lists(from).map((q) => q.path)).toEqual([
      `/repos/${REPO}/actions/runs/${RUN}/attempts/2/jobs`
    ])
  })

  it('exits 1 with the jobs that have a --fail-on conclusion', async () => {
    const r = await runlens([REPO, RUN, '--fail-on', 'unsuccessful', '--log-lines', '0'])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('JOB')
    expect(r.stderr).toMatch(
      /^runlens: 1 job ended with a --fail-on conclusion:\n- test \(windows-latest, 22\): failure https:/
    )
    const allowed = await runlens([
      REPO,
      RUN,
      '--fail-on',
      'failure',
      '--allow-failure',
      'test (windows-*',
      '--log-lines',
      '0'
    ])
    expect(allowed.code).toBe(0)
  })

  it('says how to give a token when there is none, before any request', async () => {
    const from = api.requests.length
    const r = await runlens([REPO, RUN], { GITHUB_TOKEN: '' })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(
      /^runlens: No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and the GitHub CLI \(gh\) is not installed\./
    )
    expect(r.stderr).toContain('gh auth login')
    expect(api.requests.length).toBe(from)
  })

  it('takes the token from `gh auth token` when GITHUB_TOKEN is not set', async () => {
    const gh = join(bin, 'gh')
    const args = join(bin, 'gh-args')
    writeFileSync(gh, `#!/bin/sh\necho "$@" > '${args}'\necho ${TOKEN}\n`)
    chmodSync(gh, 0o755)
    try {
      const r = await runlens([REPO, RUN, '--format', 'json'], { GITHUB_TOKEN: '' })
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(readFileSync(args, 'utf8').trim()).toBe('auth token --hostname 127.0.0.1')

      // gh installed, but not logged in to that host.
      writeFileSync(gh, '#!/bin/sh\necho "no oauth token found" >&2\nexit 1\n')
      const out = await runlens([REPO, RUN], { GITHUB_TOKEN: '' })
      expect(out.code).toBe(1)
      expect(out.stderr).toMatch(
        /^runlens: No token: .*`gh auth token --hostname 127\.0\.0\.1` gave none\./
      )
      expect(out.stderr).toContain('gh auth login --hostname 127.0.0.1')
    } finally {
      rmSync(gh, { force: true })
    }
  })

  it('exits 2 on bad usage, saying what is wrong, before any request', async () => {
    const from = api.requests.length
    const cases: [string[], RegExp][] = [
      [[], /^runlens: Missing OWNER\/REPO and RUN_ID\.\nSee: runlens --help\n$/],
      [[REPO], /Missing RUN_ID after 'octo-org\/octo-app'/],
      [
        ['octo-org', RUN],
        /Invalid OWNER\/REPO: 'octo-org'\. Expected the format \{owner\}\/\{repo\}\./
      ],
      [[REPO, 'latest'], /Invalid RUN_ID: 'latest'/],
      [
        [REPO, RUN, '--attempt', '0'],
        /Invalid --attempt: '0'\. Expected latest, all, or an attempt number/
      ],
      [
        [REPO, RUN, '--format', 'xml'],
        /Invalid --format: 'xml'\. Expected text, markdown or json\./
      ],
      [[REPO, RUN, '--fail-on', 'red'], /Invalid --fail-on: 'red'/],
      [[REPO, RUN, '--frmat', 'json'], /Unknown option '--frmat'/],
      [[REPO, RUN, 'extra'], /Too many arguments/]
    ]
    for (const [args, message] of cases) {
      const r = await runlens(args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stdout).toBe('')
    }
    expect(api.requests.length).toBe(from)
  })

  it('prints its help on --help, and exits 0', async () => {
    const r = await runlens(['--help'], { GITHUB_TOKEN: '' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage:\n  runlens OWNER/REPO RUN_ID [options]')
    expect(r.stdout).toContain('--format FORMAT')
    expect(r.stdout).toContain('GITHUB_API_URL')
  })

  it('explains a 404 on one line, naming the run, without a stack trace', async () => {
    const r = await runlens([REPO, '404404'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^runlens: Not found: run 404404 of octo-org\/octo-app \(404 Not Found\)\./
    )
    expect(lines[0]).toContain('OWNER/REPO and RUN_ID')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stderr).not.toContain(TOKEN)
  })

  it('explains a rejected token, naming where it came from', async () => {
    const r = await runlens([REPO, RUN], { GITHUB_TOKEN: 'ghp_wrong' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^runlens: GitHub rejected the token \(401 Bad credentials\)\. .*from GITHUB_TOKEN/
    )
    expect(r.stderr).not.toContain('ghp_wrong')
  })

  it('colours only when asked: --color always wins over NO_COLOR, a pipe gets none', async () => {
    const always = await runlens([REPO, RUN, '--log-lines', '0', '--color', 'always'], {
      NO_COLOR: '1'
    })
    expect(always.stdout).toMatch(SGR)
    const never = await runlens([REPO, RUN, '--log-lines', '0'])
    expect(never.stdout).not.toMatch(SGR)
  })

  // A real terminal: `script` gives the command a pseudo-terminal.
  const hasScript = spawnSync('script', ['--version']).status === 0
  ;(hasScript ? it : it.skip)(
    'on a terminal: colour unless NO_COLOR is set, and progress on stderr',
    async () => {
      const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
      const inTerminal = async (env: Record<string, string>) => {
        const command = [testNode(), CLI, REPO, RUN, '--log-lines', '0'].map(quote).join(' ')
        // Not spawnSync: the fake API answers from this process's event loop.
        const child = spawn('script', ['-qec', command, '/dev/null'], {
          env: {
            PATH: `${bin}:/usr/bin:/bin`,
            TERM: 'xterm',
            GITHUB_API_URL: api.url,
            GITHUB_TOKEN: TOKEN,
            ...env
          },
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let stdout = ''
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
        const status = await new Promise<number | null>((done) => child.on('close', done))
        return { status, stdout }
      }
      const coloured = await inTerminal({})
      expect(coloured.status).toBe(0)
      expect(coloured.stdout).toMatch(SGR)
      expect(coloured.stdout).toContain(`Reading the jobs of run ${RUN}: 1 page, 40 of 40 jobs…`)
      const plain = await inTerminal({ NO_COLOR: '1' })
      expect(plain.status).toBe(0)
      expect(plain.stdout).toContain('JOB')
      expect(plain.stdout).not.toMatch(SGR)
    }
  )
})
