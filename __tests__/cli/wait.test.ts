// `runlens --wait`: the gate from a terminal, in-process, against the demo
// run with jobs that complete as the polls come in. What is asserted is what
// a script blocked on a run depends on: when it returns, its exit status,
// the report it prints, and progress on stderr only.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { FakeApi } from '../../scripts/fake-api.js'
import { DEMO_REPO, DEMO_RUN, FAILING, startDemoWait } from '../support/demo-wait.js'
import { cliInProcess } from '../support/in-process.js'

const TOKEN = 'ghp_cliWait0123456789abcdefghij'
let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function waitOn(
  finishAt: Record<string, number>,
  args: string[],
  fault?: Parameters<typeof startDemoWait>[2]
) {
  const scenario = await startDemoWait(finishAt, TOKEN, fault)
  api = scenario.api
  const r = await cliInProcess([DEMO_REPO, DEMO_RUN, '--wait', '--interval', '50ms', ...args], {
    GITHUB_API_URL: scenario.api.url,
    GITHUB_TOKEN: TOKEN
  })
  const lists = scenario.api.requests.filter((q) => q.path.endsWith(`/runs/${DEMO_RUN}/jobs`))
  return { ...r, polls: scenario.polls(), lists }
}

describe('runlens --wait', () => {
  it('waits until every job has completed, then reports them and exits 0', async () => {
    const r = await waitOn({ 'integration (postgres)': 2, report: 4 }, ['--jobs', `!${FAILING}`])
    expect(r.code).toBe(0)
    // Completed at poll 4, confirmed by one more poll that found no new job.
    expect(r.polls).toBe(5)
    expect(r.stdout).toMatch(/^ ✓ report +success /m)
    expect(r.stdout).not.toMatch(/in progress/)
    // Progress on stderr, each new line once (a pipe gets no redrawn line).
    expect(r.stderr).toContain('completed — waiting for: integration (postgres), report')
    expect(r.stderr).toMatch(/completed — waiting for: report\n/)
    expect(r.stderr.match(/waiting for: report\n/g)).toHaveLength(1)
    expect(r.stderr).toMatch(/Waited 5 polls: 5 requests, \d of them 304 Not Modified/)
    // Conditional polls: every poll after the first sends the ETag it has.
    expect(r.lists.slice(1).every((q) => q.ifNoneMatch !== undefined)).toBe(true)
    expect(r.lists.some((q) => q.status === 304)).toBe(true)
  })

  it('exits 1 naming the job that failed, once the others are done, with --no-fail-fast', async () => {
    const r = await waitOn({ [FAILING]: 2, report: 4 }, ['--no-fail-fast'])
    expect(r.code).toBe(1)
    expect(r.polls).toBe(5)
    expect(r.stderr).toMatch(
      new RegExp(
        `runlens: 1 job ended with a --fail-on conclusion:\\n- test \\(windows-latest, 22\\): failure https://`
      )
    )
    expect(r.stdout).toMatch(/^ ✗ test \(windows-latest, 22\) +failure /m)
  })

  it('stops at the first failure (fail-fast), naming what was still running', async () => {
    const r = await waitOn({ [FAILING]: 3, report: Infinity }, [])
    expect(r.code).toBe(1)
    expect(r.polls).toBe(3)
    expect(r.stderr).toContain('Stopped waiting (fail-fast) with 1 job still running or queued.')
    expect(r.stdout).toMatch(/^ ● report +in progress /m)
  })

  it('gives up at --timeout, still printing the report, and names the unfinished jobs', async () => {
    const r = await waitOn({ report: Infinity }, [
      '--timeout',
      '0.4',
      '--fail-on',
      'failure',
      '--jobs',
      `!${FAILING}`
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^ ● report +in progress /m)
    expect(r.stderr).toMatch(
      /Timed out after 400ms while waiting for 1 job:\n- report: in progress\n/
    )
    expect(r.polls).toBeGreaterThan(1)
  })

  it('prints what it knew when a poll fails, then the error on one line', async () => {
    // A 404 is not retried: the run was deleted while it was waited on.
    const r = await waitOn({ report: Infinity }, ['--jobs', `!${FAILING}`], (poll) =>
      poll === 3 ? { kind: 'status', status: 404 } : undefined
    )
    expect(r.code).toBe(1)
    expect(r.polls).toBe(3)
    expect(r.stdout).toMatch(/^ ● report +in progress /m)
    expect(r.stdout).toMatch(/^ ✓ build +success /m)
    const errors = r.stderr.split('\n').filter((l) => /not found|404/i.test(l))
    expect(errors).toHaveLength(1)
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(errors[0])
  })

  it('refuses --interval and --no-fail-fast without --wait, and a bad duration', async () => {
    for (const args of [['--interval', '5s'], ['--no-fail-fast']]) {
      const r = await cliInProcess([DEMO_REPO, DEMO_RUN, ...args], {})
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(new RegExp(`^runlens: ${args[0]} needs --wait\\.`))
    }
    const bad = await cliInProcess([DEMO_REPO, DEMO_RUN, '--wait', '--timeout', 'soon'], {})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Invalid --timeout: 'soon'/)
  })
})
