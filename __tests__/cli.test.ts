// The `runlens` command: the bundled dist/cli/index.js run as a user runs it,
// a child process with arguments and environment, against the loopback fake
// of GitHub's API serving the demo run. What is asserted is what only a real
// process shows: its exit statuses, stdout and stderr (a pipe, a terminal),
// no stack trace and no token. What the command does is covered in-process
// by __tests__/cli/*.test.ts.
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, testNode } from '../scripts/run-action.js'
import { DEMO_REPO, DEMO_RUN, FAILING, startDemoWait } from './support/demo-wait.js'
import { CLI_TOKEN, cliSuite } from './support/suites.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** `runlens ARGS` as a process, with only the environment given: no terminal. */
async function spawnCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(testNode(), [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr }
}

const cli = cliSuite(spawnCli)
const { REPO, RUN, runlens } = cli

// SGR sequences (colours); the progress line's cursor moves are not colour.
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/

// A real terminal: `script` gives the command a pseudo-terminal.
const hasScript = spawnSync('script', ['--version']).status === 0
/** A word for `script -c`'s shell. ex. it's -> 'it'\''s' */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

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
    expect(r.stdout + r.stderr).not.toContain(CLI_TOKEN)
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
    expect(r.stderr).not.toContain(CLI_TOKEN)
  })

  it('exits 2 on bad usage, with the message on stderr and nothing on stdout', async () => {
    const from = cli.api.requests.length
    const r = await runlens([REPO, RUN, '--frmat', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^runlens: Unknown option '--frmat'/)
    expect(r.stdout).toBe('')
    expect(cli.api.requests.length).toBe(from)
  })

  ;(hasScript ? it : it.skip)(
    'on a terminal: colour unless NO_COLOR is set, and progress on stderr',
    async () => {
      const inTerminal = async (env: Record<string, string>) => {
        const command = [testNode(), CLI, REPO, RUN, '--log-lines', '0'].map(quote).join(' ')
        // Not spawnSync: the fake API answers from this process's event loop.
        const child = spawn('script', ['-qec', command, '/dev/null'], {
          env: {
            PATH: `${cli.bin}:/usr/bin:/bin`,
            TERM: 'xterm',
            GITHUB_API_URL: cli.api.url,
            GITHUB_TOKEN: CLI_TOKEN,
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

describe('cli.ts --wait', () => {
  ;(hasScript ? it : it.skip)(
    'on a terminal: one progress line, redrawn at each poll',
    async () => {
      const token = 'ghp_cliWaitTerminal0123456789abcdef'
      const { api } = await startDemoWait({ 'integration (postgres)': 3, report: 5 }, token)
      try {
        const args = [DEMO_REPO, DEMO_RUN, '--wait', '--interval', '50ms', '--jobs', `!${FAILING}`]
        const command = [testNode(), CLI, ...args].map(quote)
        const child = spawn('script', ['-qec', command.join(' '), '/dev/null'], {
          env: {
            PATH: '/usr/bin:/bin',
            TERM: 'xterm',
            GITHUB_API_URL: api.url,
            GITHUB_TOKEN: token
          },
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let screen = ''
        child.stdout.setEncoding('utf8').on('data', (d: string) => (screen += d))
        expect(await new Promise<number | null>((done) => child.on('close', done))).toBe(0)
        expect(screen).toContain(
          '\r\x1b[K37 / 39 completed — waiting for: integration (postgres), report'
        )
        expect(screen).toContain('\r\x1b[K38 / 39 completed — waiting for: report')
        // Each poll that reads the page again counts its pages from 1.
        const counts = [...screen.matchAll(/(\d+) pages?, (\d+) of (\d+) jobs/g)]
        expect(counts.length).toBeGreaterThan(2)
        expect(counts.every(([, pages, listed, total]) => pages === '1' && listed === total)).toBe(
          true
        )
        // The progress line is gone before the report is printed.
        expect(screen).toContain('\r\x1b[K\x1b[1mCI run ')
      } finally {
        await api.close()
      }
    }
  )

  it('stops waiting at Ctrl-C, prints what it knew and exits 130', async () => {
    const token = 'ghp_cliWaitSignal0123456789abcdef'
    const { api, polls } = await startDemoWait({ report: Infinity }, token)
    try {
      const child = spawn(
        testNode(),
        [CLI, DEMO_REPO, DEMO_RUN, '--wait', '--interval', '100ms', '--jobs', `!${FAILING}`],
        { env: { GITHUB_API_URL: api.url, GITHUB_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] }
      )
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      // Interrupted while it waits, once `report` has started, as a person at the terminal would.
      const watch = setInterval(() => {
        if (polls() < 3) return
        clearInterval(watch)
        child.kill('SIGINT')
      }, 20)
      const code = await new Promise<number | null>((done) => child.on('close', done))
      clearInterval(watch)
      expect(code).toBe(130)
      expect(stderr).toContain('runlens: Ctrl-C: stopped waiting; the report shows what was known.')
      expect(stderr).toMatch(
        /Cancelled \(SIGINT\) while waiting for 1 job:\n- report: in progress\n/
      )
      expect(stdout).toMatch(/^ ● report +in progress /m)
      expect(stdout).toMatch(/^ ✓ build +success /m)
      expect(stdout + stderr).not.toContain(token)
    } finally {
      await api.close()
    }
  })
})
