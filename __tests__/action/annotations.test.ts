// Failure reasons in what the step publishes, in-process: run() against the
// loopback fake API serving the demo run, its clock fixed at the demo's
// instant so that two runs can be compared output for output.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { faults, startFakeApi, type FakeApi, type FakeApiOptions } from '../../scripts/fake-api.js'
import type { ActionResult } from '../../scripts/run-action.js'
import {
  DEMO_JOB_IDS,
  DEMO_RERUN_AFTER_MS,
  DEMO_RUNNER_NAME,
  demoRun
} from '../../scripts/sample-run.js'
import type { JobRecord } from '../../src/model/types.js'
import { runInProcess } from '../support/in-process.js'
import { DEMO_FAILURE_ANNOTATIONS } from '../support/logs.js'
import { outputOf } from '../support/suites.js'

const TOKEN = 'ghs_annotationsStep0123456789'
const demo = demoRun(DEMO_NOW_MS - DEMO_RERUN_AFTER_MS - 240_000)
const headSha = demo.attempts[0]?.[0]?.head_sha

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

/** The step as the demo runs it (attempt: all, in the `report` job), against a fake API. */
async function step(options: FakeApiOptions = {}): Promise<ActionResult> {
  await api?.close()
  api = await startFakeApi({
    runs: [{ owner: demo.owner, repo: demo.repo, runId: demo.runId, attempts: demo.attempts }],
    logs: demo.logs,
    token: TOKEN,
    ...options
  })
  return runInProcess({
    apiUrl: api.url,
    inputs: { 'github-token': TOKEN, 'job-id': String(DEMO_JOB_IDS.current), attempt: 'all' },
    env: {
      GITHUB_REPOSITORY: `${demo.owner}/${demo.repo}`,
      GITHUB_RUN_ID: String(demo.runId),
      RUNNER_NAME: DEMO_RUNNER_NAME
    },
    now: () => DEMO_NOW_MS
  })
}

/**
 * Every output but the report file's path (a fresh folder each run), the
 * summary and the report file, the fake API's port left out.
 */
function published(r: ActionResult) {
  const port = (s: string) => s.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:PORT')
  const outputs = Object.entries(r.outputs).filter(([name]) => name !== 'report-file')
  return {
    code: r.code,
    outputs: Object.fromEntries(outputs.map(([name, value]) => [name, port(value)])),
    summary: port(r.summary),
    reportFile: port(r.reportFile),
    errors: r.errors,
    warnings: r.warnings
  }
}

describe('main.ts: failure reasons (in-process)', () => {
  it('puts the failed jobs’ annotations in the jobs output and the report file, with the commit', async () => {
    const r = await step({ annotations: demo.annotations })
    expect(r.code).toBe(0)
    const jobs = outputOf<JobRecord[]>(r, 'jobs')
    const read = jobs.filter((j) => j.annotations !== null)
    // Only the failed job that counts (attempt 2's) is read; earlier attempts are not.
    expect(read.map((j) => j.id)).toEqual([DEMO_JOB_IDS.failed])
    expect(read[0]?.annotations).toEqual([
      ...DEMO_FAILURE_ANNOTATIONS,
      expect.objectContaining({ level: 'warning' })
    ])
    const file = JSON.parse(r.reportFile) as { run: { head_sha: string }; jobs: JobRecord[] }
    expect(file.run.head_sha).toBe(headSha)
    expect(file.jobs).toEqual(jobs)
    expect(r.stdout).toContain('Read the annotations of 1 failed job.')
  })

  it.each([403, 404])(
    'on a %i for annotations: one note in the summary, every other output as with none',
    async (status) => {
      const readable = published(await step({ annotations: {} }))
      const r = await step({
        annotations: demo.annotations,
        fault: (q) => (q.path.endsWith('/annotations') ? faults.status(status) : undefined)
      })
      const denied = published(r)
      const note = `> Failure reasons not shown: reading annotations needs \`permissions: checks: read\` (GitHub answered ${status}).\n\n`
      expect(r.summary.split(note)).toHaveLength(2)
      expect(readable.summary).not.toContain('Failure reasons')
      // Readable but empty, the failed job's annotations are []; denied, they stay null.
      const unread = (json: string) => json.replace(/"annotations":\[\]/g, '"annotations":null')
      expect(readable.reportFile).toContain('"annotations":[]')
      const withoutNote = (s: string) => s.replace(note, '')
      expect({
        ...denied,
        summary: withoutNote(denied.summary),
        outputs: { ...denied.outputs, summary: withoutNote(denied.outputs.summary ?? '') }
      }).toEqual({
        ...readable,
        outputs: { ...readable.outputs, jobs: unread(readable.outputs.jobs ?? '') },
        reportFile: unread(readable.reportFile)
      })
      expect(r.stdout).toContain(
        `Annotations not read (GitHub answered ${status}): add checks: read to the workflow's permissions to show failure reasons.`
      )
    }
  )
})
