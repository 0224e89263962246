// The failed jobs' logs and annotations, read by the report pipeline as the
// edges call it: a client against the loopback fake API, a virtual clock,
// notes collected, and the requests the fake API saw counted by path.
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults, startFakeApi, type Fault, type FakeApi } from '../../scripts/fake-api.js'
import { createClient } from '../../src/github/client.js'
import type { ApiAnnotation, ApiJob } from '../../src/model/types.js'
import { reportRun, type Dependencies, type ReportRequest } from '../../src/pipeline/report-run.js'
import { deniedNote } from '../../src/pipeline/read-failures.js'
import { virtualClock } from '../support/in-process.js'
import { apiJob, NOW, reportRequest, RUN } from '../support/jobs.js'
import { simpleLog } from '../support/logs.js'

const TOKEN = 'ghs_readFailures0123456789'
const base = `/repos/${RUN.owner}/${RUN.repo}`

/** Three failed jobs among five; each failed one has a log and two annotations. */
const JOBS: ApiJob[] = [
  apiJob('build', 'success'),
  apiJob('test (a)', 'failure'),
  apiJob('lint', 'timed_out'),
  apiJob('docs', 'success'),
  apiJob('test (b)', 'failure')
]
const FAILED = JOBS.filter((j) => j.conclusion !== 'success')

function annotationsOf(job: ApiJob): ApiAnnotation[] {
  const blob = `https://github.com/${RUN.owner}/${RUN.repo}/blob/${job.head_sha}`
  return [
    {
      path: 'test/a.test.ts',
      blob_href: `${blob}/test/a.test.ts`,
      start_line: 7,
      start_column: 3,
      end_line: 7,
      end_column: 3,
      annotation_level: 'failure',
      title: `${job.name} › works`,
      message: 'expected true, got false',
      raw_details: ''
    },
    {
      path: '.github',
      blob_href: `${blob}/.github`,
      start_line: 1,
      start_column: null,
      end_line: 1,
      end_column: null,
      annotation_level: 'failure',
      title: '',
      message: 'Process completed with exit code 1.',
      raw_details: ''
    }
  ]
}

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function setup(
  opts: {
    fault?: (path: string) => Fault | undefined
    annotations?: Record<string, ApiAnnotation[]>
    onInfo?: (line: string) => void
  } = {}
) {
  const fake = await startFakeApi({
    runs: [{ owner: RUN.owner, repo: RUN.repo, runId: RUN.id, attempts: [JOBS] }],
    logs: Object.fromEntries(FAILED.map((j) => [String(j.id), simpleLog(j.id)])),
    annotations:
      opts.annotations ?? Object.fromEntries(FAILED.map((j) => [String(j.id), annotationsOf(j)])),
    token: TOKEN,
    ...(opts.fault ? { fault: (r: { path: string }) => opts.fault?.(r.path) } : {})
  })
  api = fake
  const clock = virtualClock(NOW)
  const cancel = new AbortController()
  const info: string[] = []
  const deps: Dependencies = {
    octokit: createClient({ token: TOKEN, baseUrl: fake.url, warn: () => {}, ...clock }),
    urls: { apiUrl: fake.url, serverUrl: 'https://github.com' },
    now: clock.now,
    sleep: clock.sleep,
    signal: cancel.signal,
    notes: {
      info: (l) => {
        info.push(l)
        opts.onInfo?.(l)
      },
      warning: () => {}
    },
    names: { jobs: 'jobs', jobId: 'job-id', wait: 'wait', failOn: 'fail-on', jobKey: 'report' }
  }
  /** Requests by kind: the jobs list, annotations, logs, log storage. */
  const counts = () => {
    const out: Record<string, number> = {}
    for (const r of fake.requests) {
      const kind = r.path.startsWith('/_blobs/') ? 'storage' : (r.path.split('/').pop() ?? '')
      out[kind] = (out[kind] ?? 0) + 1
    }
    return out
  }
  return { api: fake, deps, info, cancel, counts }
}

const request = (over: Partial<ReportRequest> = {}): ReportRequest =>
  reportRequest({ logLines: 5, ...over })

/** The annotations of each record, by name. */
const annotationsByName = (r: Awaited<ReturnType<typeof reportRun>>) =>
  Object.fromEntries(r.report.jobs.map((j) => [j.name, j.annotations]))

describe('read-failures.ts', () => {
  it('reads the logs and the annotations of the same failed jobs: one request each', async () => {
    const s = await setup()
    const r = await reportRun(request(), s.deps)
    // 1 page of jobs; per failed job: its annotations, its log's address, the log.
    expect(s.counts()).toEqual({ jobs: 1, annotations: 3, logs: 3, storage: 3 })
    expect(
      s.api.requests.filter((q) => q.path.endsWith('/annotations')).map((q) => q.path)
    ).toEqual(expect.arrayContaining(FAILED.map((j) => `${base}/check-runs/${j.id}/annotations`)))
    expect(annotationsByName(r)).toEqual({
      build: null,
      'test (a)': [
        expect.objectContaining({
          path: 'test/a.test.ts',
          start_line: 7,
          title: 'test (a) › works'
        }),
        expect.objectContaining({ path: '.github', message: 'Process completed with exit code 1.' })
      ],
      lint: [expect.objectContaining({ title: 'lint › works' }), expect.anything()],
      docs: null,
      'test (b)': [expect.objectContaining({ title: 'test (b) › works' }), expect.anything()]
    })
    expect([...(r.logs?.excerpts.keys() ?? [])].sort()).toEqual(FAILED.map((j) => j.id).sort())
    expect(r.report.run.head_sha).toBe(JOBS[0]?.head_sha)
    expect(r.notes).toEqual([])
    expect(s.info.slice(-2)).toEqual([
      'Read the logs of 3 failed jobs.',
      'Read the annotations of 3 failed jobs.'
    ])
  })

  it('reads the annotations with log-lines 0, which downloads no log', async () => {
    const s = await setup()
    const r = await reportRun(request({ logLines: 0 }), s.deps)
    expect(s.counts()).toEqual({ jobs: 1, annotations: 3 })
    expect(r.logs).toBeUndefined()
    expect(r.report.jobs.filter((j) => j.annotations !== null).map((j) => j.name)).toEqual([
      'test (a)',
      'lint',
      'test (b)'
    ])
  })

  it.each([403, 404])(
    'on a %i for annotations: one note and a log line, nothing else changes',
    async (status) => {
      const s = await setup({
        fault: (p) => (p.endsWith('/annotations') ? faults.status(status) : undefined)
      })
      const r = await reportRun(request(), s.deps)
      expect(r.notes).toEqual([deniedNote(status)])
      expect(deniedNote(403)).toBe(
        'Failure reasons not shown: reading annotations needs `permissions: checks: read` (GitHub answered 403).'
      )
      expect(s.info).toContain(
        `Annotations not read (GitHub answered ${status}): add checks: read to the workflow's permissions to show failure reasons.`
      )
      expect(r.report.jobs.every((j) => j.annotations === null)).toBe(true)
      // The logs are read all the same.
      expect(r.logs?.excerpts.size).toBe(3)
      expect(r.report.conclusion).toBe('failure')
    }
  )

  it('reads the other jobs’ annotations when one job’s keep failing', async () => {
    const broken = `${base}/check-runs/${FAILED[1]?.id}/annotations`
    const s = await setup({ fault: (p) => (p === broken ? faults.status(500) : undefined) })
    const r = await reportRun(request({ logLines: 0 }), s.deps)
    expect(annotationsByName(r)).toMatchObject({
      'test (a)': [{}, {}],
      lint: null,
      'test (b)': [{}, {}]
    })
    expect(r.notes).toEqual([])
    expect(s.info.at(-1)).toBe('Read the annotations of 2 failed jobs (1 could not be read).')
  })

  it('reads neither logs nor annotations once cancelled', async () => {
    let s: Awaited<ReturnType<typeof setup>> | null = null
    // Cancelled as soon as the jobs are read, before the failed jobs' details.
    s = await setup({ onInfo: (l) => l.startsWith('Read ') && s?.cancel.abort('SIGTERM') })
    const r = await reportRun(request(), s.deps)
    expect(s.counts()).toEqual({ jobs: 1 })
    expect(r.logs).toBeUndefined()
    expect(r.report.jobs.every((j) => j.annotations === null)).toBe(true)
  })
})
