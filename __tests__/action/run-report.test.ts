// What the step reports of a run, in-process: run() with the runner's
// variables and files against the loopback fake API. Pages of a large run,
// attempts, finding the current job, log lines, a short listing. These moved
// here from the end-to-end suite (__tests__/e2e.test.ts), which keeps what
// only the bundle run as a process shows.
import { describe, expect, it } from '@jest/globals'
import { type FakeApi } from '../../scripts/fake-api.js'
import { demoRun, generateRun } from '../../scripts/sample-run.js'
import { runInProcess } from '../support/in-process.js'
import {
  actionSuite,
  expectClean,
  outputOf,
  readable,
  OWNER,
  REPO,
  RUN_ID,
  TOKEN
} from '../support/suites.js'

const { serve, action } = actionSuite(runInProcess)

const listRequests = (fake: FakeApi) => fake.requests.filter((r) => r.path.endsWith('/jobs'))

interface JobOut {
  id: number
  name: string
  attempt: number
  conclusion: string | null
  steps: { url: string }[]
}

describe('main.ts: the report of a run (in-process)', () => {
  it('reports a 250-job run completely with 3 list requests', async () => {
    const [attempt] = generateRun({
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      jobs: 250,
      steps: 30,
      seed: 7
    })
    const fake = await serve([attempt ?? []])
    const current = attempt?.find((j) => j.status === 'in_progress') ?? attempt?.[0]
    const r = await action(fake, { 'job-id': String(current?.id) })
    expect(r.code).toBe(0)
    expectClean(r)
    expect(listRequests(fake)).toHaveLength(3)
    expect(listRequests(fake).map((q) => q.query)).toEqual([
      { filter: 'latest', per_page: '100' },
      { filter: 'latest', per_page: '100', page: '2' },
      { filter: 'latest', per_page: '100', page: '3' }
    ])
    expect(fake.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)

    // 250 jobs × 30 steps pass 1 MB: the output drops steps, the report file keeps them.
    expect(r.warnings).toContain(
      'The jobs output would pass 1 MB: its jobs are listed without steps. The report-file output has them.'
    )
    expect(Buffer.byteLength(r.outputs.jobs ?? '')).toBeLessThanOrEqual(1_000_000)
    const jobs = outputOf<JobOut[]>(r, 'jobs')
    expect(jobs).toHaveLength(250)
    expect(jobs.every((j) => j.steps.length === 0)).toBe(true)
    expect(new Set(jobs.map((j) => j.id)).size).toBe(250)
    expect(jobs.every((j) => j.id > 2 ** 32)).toBe(true)
    const counts = outputOf<Record<string, number>>(r, 'counts')
    expect(counts.total).toBe(249)
    expect(r.outputs['current-job-id']).toBe(String(current?.id))
    expect(r.outputs['current-job-name']).toBe(current?.name)

    const failed = (attempt ?? []).filter(
      (j) =>
        j.id !== current?.id &&
        j.status === 'completed' &&
        ['failure', 'cancelled', 'timed_out'].includes(j.conclusion ?? '')
    )
    expect(outputOf<string[]>(r, 'failed-jobs').sort()).toEqual(failed.map((j) => j.name).sort())
    expect(r.outputs.conclusion).toBe(failed.length > 0 ? 'failure' : 'success')

    // Every job has its row in the summary, linked to its page.
    for (const job of attempt ?? []) expect(r.summary).toContain(`/job/${job.id})`)
    expect(r.outputs.summary).toBe(r.summary)
    const file = JSON.parse(r.reportFile) as { jobs: JobOut[]; conclusion: string }
    expect(file.jobs).toHaveLength(250)
    expect(file.jobs[0]?.steps).toHaveLength(30)
    expect(file.conclusion).toBe(r.outputs.conclusion)
  })

  it('reads every attempt with attempt: all and marks jobs that passed on retry', async () => {
    const demo = demoRun()
    const api = await serve(demo.attempts)
    const r = await action(api, { attempt: 'all' })
    expect(r.code).toBe(0)
    expect(listRequests(api).every((q) => q.query.filter === 'all')).toBe(true)
    const jobs = outputOf<JobOut[]>(r, 'jobs')
    expect(new Set(jobs.map((j) => j.attempt))).toEqual(new Set([1, 2]))
    expect(
      jobs.filter((j) => j.name === 'integration (postgres)').map((j) => j.conclusion)
    ).toEqual(['failure', 'success'])
    // Passed on retry, in its matrix's row; the failed attempt dimmed among the legs.
    expect(readable(r.summary)).toMatch(
      /^\| ✅ \| \*\*integration\*\* · 3 legs \| 3 \/ 3 passed · 🔁 \[postgres\]\([^)]*\) passed on retry \|/m
    )
    expect(readable(r.summary)).toMatch(
      /^\| 🔁 \| _\[integration \(postgres\)\]\([^)]*\) · attempt 1_ \| _failure, re-run in attempt 2_ \|/m
    )
    expect(outputOf<string[]>(r, 'failed-jobs')).not.toContain('integration (postgres)')
  })

  it('agrees with itself on what failed with attempt: all: a job counts once, at its latest attempt', async () => {
    const demo = demoRun()
    const r = await action(await serve(demo.attempts), { attempt: 'all' })
    const failed = outputOf<string[]>(r, 'failed-jobs')
    expect(failed).toEqual(['test (windows-latest, 22)'])
    const verdict = /^\*\*❌ failure\*\* · \d+ jobs: .*?(\d+) failure\b/m.exec(r.summary)?.[1]
    const table = r.summary.slice(r.summary.indexOf('### Jobs'), r.summary.indexOf('<details>'))
    const failedRows = table.split('\n').filter((l) => l.startsWith('| ❌ |'))
    const part = r.summary.slice(
      r.summary.indexOf('### What failed'),
      r.summary.indexOf('### Jobs')
    )
    const blocks = part.split('\n').filter((l) => l.startsWith('❌ **['))
    expect(Number(verdict)).toBe(failed.length)
    expect(failedRows).toHaveLength(failed.length)
    expect(blocks).toHaveLength(failed.length)
    expect(blocks[0]).toContain('[test (windows-latest, 22)]')
    expect(blocks[0]).toContain('(attempt 2)')
    // The job running the step (report, attempt 2) is not a failure of its own attempt 1.
    expect(part).not.toContain('[report]')
    expect(readable(r.summary)).toMatch(
      /^\| 🔁 \| _\[report\]\([^)]*\) · attempt 1_ \| _failure, re-run in attempt 2_/m
    )
    const steps = r.summary.slice(r.summary.indexOf('### Steps'))
    expect(steps.match(/<details><summary>/g)).toHaveLength(1)
  })

  it('holds in jobs what the patterns select, the job running the step only when selected', async () => {
    const demo = demoRun()
    const api = await serve(demo.attempts)
    const r = await action(api, { jobs: 'ci / *\n!ci / publish' })
    expect(outputOf<JobOut[]>(r, 'jobs').map((j) => j.name)).toEqual(['ci / build', 'ci / test'])
    expect(r.outputs['current-job-name']).toBe('report')
    const file = JSON.parse(r.reportFile) as { jobs: JobOut[] }
    expect(file.jobs.map((j) => j.name)).toEqual(['ci / build', 'ci / test'])
    // The summary still marks it.
    expect(readable(r.summary)).toMatch(/\[report\]\([^)]*\) \*\*\(this job\)\*\*/)
    const mine = await action(api, { jobs: 'ci / *\nreport' })
    expect(outputOf<JobOut[]>(mine, 'jobs').map((j) => j.name)).toContain('report')
  })

  it('reads one attempt through the attempts endpoint', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const r = await action(fake, { attempt: '1' })
    expect(r.code).toBe(0)
    expect(listRequests(fake).map((q) => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/actions/runs/${RUN_ID}/attempts/1/jobs`
    ])
    expect(outputOf<JobOut[]>(r, 'jobs').every((j) => j.attempt === 1)).toBe(true)
    expect(r.summary).toContain(`/actions/runs/${RUN_ID}/attempts/1)`)
  })

  it('finds the current job by runner name when job-id is empty', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const r = await action(fake, { 'job-id': '' }, { RUNNER_NAME: 'GitHub-Actions-1000000242' })
    expect(r.code).toBe(0)
    expect(r.outputs['current-job-name']).toBe('report')
    expect(readable(r.summary)).toMatch(/\[report\]\([^)]*\) \*\*\(this job\)\*\*/)
    expect(outputOf<Record<string, number>>(r, 'counts').in_progress).toBe(0)
  })

  it('notes a missing log and downloads none with log-lines: 0', async () => {
    const demo = demoRun()
    const fake = await serve(demo.attempts)
    const missing = await action(fake)
    expect(missing.code).toBe(0)
    expect(missing.summary).toMatch(
      /### What failed\n\n❌ \*\*\[test \(windows-latest, 22\)\].*\n\n_No log \(404: .*\)\._\n/
    )
    const before = fake.requests.length
    const none = await action(fake, { 'log-lines': '0' })
    expect(none.code).toBe(0)
    expect(fake.requests.slice(before).filter((q) => q.path.endsWith('/logs'))).toEqual([])
    expect(none.summary).toMatch(
      /### What failed\n\n❌ \*\*\[test \(windows-latest, 22\)\].*\n\n### Jobs/
    )
  })

  it('warns when fewer jobs are listed than total_count says', async () => {
    const [attempt] = generateRun({
      owner: OWNER,
      repo: REPO,
      runId: RUN_ID,
      jobs: 120,
      steps: 0,
      seed: 1
    })
    const fake = await serve([attempt ?? []], {
      // Page 2 answers with the first page again: the ids repeat.
      fault: (q) =>
        q.query.page === '2'
          ? {
              kind: 'status',
              status: 200,
              body: { total_count: 120, jobs: (attempt ?? []).slice(0, 100) }
            }
          : undefined
    })
    const r = await action(fake)
    expect(r.code).toBe(0)
    expect(outputOf<JobOut[]>(r, 'jobs')).toHaveLength(100)
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('GitHub reported 120 jobs for run 29679449 but listed 100')
      ])
    )
  })
})
