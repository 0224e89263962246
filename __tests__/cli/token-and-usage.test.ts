// `runlens` in-process when it cannot report: no token, a token from the
// GitHub CLI, bad usage, --help, a rejected token. main() with arguments and
// environment against the loopback fake API serving the demo run. These moved
// here from the end-to-end suite (__tests__/cli.test.ts), which keeps what
// only a real process shows: its exit status, stdout and stderr.
import { describe, expect, it } from '@jest/globals'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliInProcess } from '../support/in-process.js'
import { CLI_TOKEN, cliSuite } from '../support/suites.js'

const cli = cliSuite(cliInProcess)
const { REPO, RUN, runlens } = cli

describe('cli/main.ts: token and usage (in-process)', () => {
  it('says how to give a token when there is none, before any request', async () => {
    const from = cli.api.requests.length
    const r = await runlens([REPO, RUN], { GITHUB_TOKEN: '' })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(
      /^runlens: No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and the GitHub CLI \(gh\) is not installed\./
    )
    expect(r.stderr).toContain('gh auth login')
    expect(cli.api.requests.length).toBe(from)
  })

  it('takes the token from `gh auth token` when GITHUB_TOKEN is not set', async () => {
    const gh = join(cli.bin, 'gh')
    const args = join(cli.bin, 'gh-args')
    writeFileSync(gh, `#!/bin/sh\necho "$@" > '${args}'\necho ${CLI_TOKEN}\n`)
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
    const from = cli.api.requests.length
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
      [[REPO, RUN, '--history', '99'], /Invalid --history: '99'\. Expected a whole number from 0/],
      [
        [REPO, RUN, '--slower-than', '0.5'],
        /Invalid --slower-than: '0\.5'\. Expected a factor above 1/
      ],
      [[REPO, RUN, '--frmat', 'json'], /Unknown option '--frmat'/],
      [[REPO, RUN, 'extra'], /Too many arguments/]
    ]
    for (const [args, message] of cases) {
      const r = await runlens(args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stdout).toBe('')
    }
    expect(cli.api.requests.length).toBe(from)
  })

  it('prints its help on --help, and exits 0', async () => {
    const r = await runlens(['--help'], { GITHUB_TOKEN: '' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Usage:\n  runlens OWNER/REPO RUN_ID [options]')
    expect(r.stdout).toContain('--format FORMAT')
    expect(r.stdout).toContain('GITHUB_API_URL')
  })

  it('explains a rejected token, naming where it came from', async () => {
    const r = await runlens([REPO, RUN], { GITHUB_TOKEN: 'ghp_wrong' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      /^runlens: GitHub rejected the token \(401 Bad credentials\)\. .*from GITHUB_TOKEN/
    )
    expect(r.stderr).not.toContain('ghp_wrong')
  })
})
