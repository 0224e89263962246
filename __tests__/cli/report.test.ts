// What `runlens` prints of a run, in-process: main() with arguments and
// environment against the loopback fake API serving the demo run. Formats,
// --jobs, --attempt, a run's web address, the --fail-on verdict and colour.
// These moved here from the end-to-end suite (__tests__/cli.test.ts), which
// keeps what only a real process shows: its exit status, stdout and stderr,
// and a terminal.
import { describe, expect, it } from '@jest/globals'
import { DEMO_JOB_IDS } from '../../scripts/sample-run.js'
import { cliInProcess } from '../support/in-process.js'
import { cliSuite } from '../support/suites.js'

const cli = cliSuite(cliInProcess)
const { REPO, RUN, runlens } = cli

/** The requests for job lists since `from`. */
const lists = (from: number) => cli.api.requests.slice(from).filter((r) => r.path.endsWith('/jobs'))

// SGR sequences (colours); the progress line's cursor moves are not colour.
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/

interface ReportJson {
  run: { owner: string; repo: string; id: number; attempt: string | number; head_sha: string }
  jobs: {
    name: string
    attempt: number
    conclusion: string | null
    annotations: unknown[] | null
  }[]
  counts: Record<string, number>
  conclusion: string
  generated_at: string
}

describe('cli/main.ts: the report (in-process)', () => {
  it('prints the action’s job summary (markdown)', async () => {
    const r = await runlens([REPO, RUN, '--format', 'markdown', '--attempt', 'all'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^## runlens · \[CI run \d+ \(all attempts\)\]\(https:\/\/github\.com\//
    )
    expect(r.stdout).toMatch(/```mermaid\n%%\{init: .*\}%%\ngantt\n/)
    expect(r.stdout).toContain('| :-: | --- | --- | --: | --: | --- |')
    expect(r.stdout).toContain('🔁 [postgres]')
    expect(r.stdout).toContain('<details><summary>❌ <b>test (windows-latest, 22)</b>')
    expect(r.stdout).toContain('### What failed')
    expect(r.stdout).toContain('Received: "src\\\\index.ts"')
  })

  it('prints the report file’s JSON (json), reading no log but the failed job’s annotations', async () => {
    const from = cli.api.requests.length
    const r = await runlens([REPO, RUN, '--format', 'json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as ReportJson
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['run', 'jobs', 'counts', 'conclusion', 'generated_at'])
    )
    expect(report.run).toMatchObject({
      owner: cli.demo.owner,
      repo: cli.demo.repo,
      id: cli.demo.runId,
      attempt: 'latest'
    })
    expect(report.conclusion).toBe('failure')
    expect(report.jobs).toHaveLength(40)
    expect(report.counts).toMatchObject({ total: 40, success: 37, failure: 1, skipped: 1 })
    expect(cli.api.requests.slice(from).map((q) => q.path)).toEqual([
      `/repos/${REPO}/actions/runs/${RUN}/jobs`,
      `/repos/${REPO}/check-runs/${DEMO_JOB_IDS.failed}/annotations`
    ])
    const failed = report.jobs.filter((j) => j.annotations !== null)
    expect(failed.map((j) => j.name)).toEqual(['test (windows-latest, 22)'])
    expect(failed[0]?.annotations).toHaveLength(3)
    expect(report.run.head_sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('prints each failed job’s failure reasons, file and line first, above its log lines', async () => {
    const r = await runlens([REPO, RUN, '--log-lines', '3'])
    expect(r.code).toBe(0)
    const failed = r.stdout.slice(r.stdout.indexOf('Failed (1)'))
    expect(failed).toContain(
      [
        '  ✗ test/paths.test.ts:14 · paths › normalizes separators',
        '    expect(received).toBe(expected) // Object.is equality',
        '    Expected: "src/index.ts"',
        '    Received: "src\\\\index.ts"',
        '  │ '
      ].join('\n')
    )
    // Warnings are no failure reasons.
    expect(r.stdout).not.toContain('Node.js 20')
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
    let from = cli.api.requests.length
    const one = await runlens([REPO, RUN, '--format', 'json', '--attempt', '1'])
    expect(one.code).toBe(0)
    expect(lists(from).map((q) => q.path)).toEqual([
      `/repos/${REPO}/actions/runs/${RUN}/attempts/1/jobs`
    ])
    const first = JSON.parse(one.stdout) as ReportJson
    expect(first.run.attempt).toBe(1)
    expect(new Set(first.jobs.map((j) => j.attempt))).toEqual(new Set([1]))

    from = cli.api.requests.length
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
    const from = cli.api.requests.length
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

  it('colours only when asked: --color always wins over NO_COLOR, a pipe gets none', async () => {
    const always = await runlens([REPO, RUN, '--log-lines', '0', '--color', 'always'], {
      NO_COLOR: '1'
    })
    expect(always.stdout).toMatch(SGR)
    const never = await runlens([REPO, RUN, '--log-lines', '0'])
    expect(never.stdout).not.toMatch(SGR)
  })
})
