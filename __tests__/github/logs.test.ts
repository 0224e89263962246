import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../../scripts/fake-api.js'
import { DEMO_JOB_IDS, demoRun } from '../../scripts/sample-run.js'
import { createClient, type Octokit } from '../../src/github/client.js'
import { collectExcerpts, downloadLog, failingLines, excerptBlock } from '../../src/github/logs.js'
import { toJobRecord } from '../../src/model/report.js'
import type { JobRecord, StepRecord } from '../../src/model/types.js'

const TOKEN = 'ghs_fake'
const ESC = '\u001b'
const demo = demoRun()
const demoLog = (id: number): string => demo.logs[String(id)] ?? ''
const demoJobs: JobRecord[] = [
  ...new Map(demo.attempts.flat().map((job) => [job.id, job])).values()
].map((job) =>
  toJobRecord(
    job,
    { owner: demo.owner, repo: demo.repo, id: demo.runId, attempt: 'all' },
    { apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' }
  )
)
const demoJob = (id: number): JobRecord => {
  const job = demoJobs.find((j) => j.id === id)
  if (!job) throw new Error(`no demo job ${id}`)
  return job
}
const failedStep = (job: JobRecord): StepRecord | null =>
  job.steps.find((s) => s.conclusion === 'failure') ?? null

/** A log line stamped `s` seconds after 10:00:00 (7 fractional digits, as the runner writes). */
const at = (s: number, text: string): string =>
  `${new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + s * 1000).toISOString().slice(0, 23)}4567Z ${text}`
/** An API step time `s` seconds after 10:00:00 (whole seconds, as the API sends). */
const iso = (s: number): string =>
  new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + s * 1000).toISOString().replace('.000Z', 'Z')
const logOf = (lines: readonly string[]): string => `\uFEFF${lines.join('\n')}\n`
const log = (...lines: string[]): string => logOf(lines)

/** A failed job record with one failing step `Run npm test` (step 2) unless told. */
function record(id: number, name: string, steps?: StepRecord[]): JobRecord {
  const url = `https://github.com/o/r/actions/runs/1/job/${id}`
  return {
    id,
    name,
    status: 'completed',
    conclusion: 'failure',
    attempt: 1,
    created_at: iso(0),
    started_at: iso(1),
    completed_at: iso(60),
    queued_seconds: 1,
    duration_seconds: 59,
    url,
    log_url: `https://api.github.com/repos/o/r/actions/jobs/${id}/logs`,
    runner_name: 'GitHub Actions 2',
    labels: ['ubuntu-latest'],
    steps: steps ?? [
      {
        number: 2,
        name: 'Run npm test',
        status: 'completed',
        conclusion: 'failure',
        started_at: iso(10),
        completed_at: iso(20),
        duration_seconds: 10,
        url: `${url}#step:2:1`
      }
    ]
  }
}

/** A plain job log of one failing `npm test` step. */
const simpleLog = (id: number): string =>
  log(
    at(1, 'Current runner version: 2.330.0'),
    at(10, '##[group]Run npm test'),
    at(10, `${ESC}[36;1mnpm test${ESC}[0m`),
    at(10, '##[endgroup]'),
    at(19, `job ${id} failed here`),
    at(19, '##[error]Process completed with exit code 1.'),
    at(21, 'Cleaning up orphan processes')
  )

describe('logs.ts', () => {
  describe('failingLines', () => {
    it('shows the end of the failing step of a demo log, cleaned', () => {
      const job = demoJob(DEMO_JOB_IDS.failed)
      const lines = failingLines(demoLog(job.id), failedStep(job), 30)
      expect(lines.at(-1)).toBe('Error: Process completed with exit code 1.')
      expect(lines).toContain(' FAIL  test/paths.test.ts')
      expect(lines).toContain('    Received: "src\\\\index.ts"')
      expect(lines).toContain('Ran all test suites.')
      // The step's own header lines, but nothing of the earlier steps or after the error.
      expect(lines[0]).toBe('npm test')
      expect(lines).not.toContain('npm ci')
      const joined = lines.join('\n')
      expect(joined).not.toContain(ESC)
      expect(joined).not.toMatch(/\uFEFF|##\[|\d{4}-\d\d-\d\dT|Post job cleanup/)
    })

    it('takes the last maxLines lines up to the error', () => {
      const job = demoJob(DEMO_JOB_IDS.failed)
      expect(failingLines(demoLog(job.id), failedStep(job), 3)).toEqual([
        'Time:        38.112 s',
        'Ran all test suites.',
        'Error: Process completed with exit code 1.'
      ])
      expect(failingLines(demoLog(job.id), failedStep(job), 0)).toEqual([])
    })

    it("keeps an action's own error and an echoed ::command:: as text", () => {
      const report = demoJob(DEMO_JOB_IDS.reportAttempt1)
      expect(failingLines(demoLog(report.id), failedStep(report), 30)).toEqual([
        'Error: 2 jobs failed: test (windows-latest, 22), integration (postgres)'
      ])
      const integration = demoJob(DEMO_JOB_IDS.retriedAttempt1)
      expect(failingLines(demoLog(integration.id), failedStep(integration), 7)).toEqual([
        '::error title=db::database not ready after 30s',
        '✖ migrations apply cleanly (30012.4ms)',
        '  Error: connect ECONNREFUSED 127.0.0.1:5432',
        '      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
        'ℹ fail 1',
        'ℹ pass 47',
        'Error: Process completed with exit code 1.'
      ])
    })

    it('strips BOM, timestamps, ANSI codes, CRLF and progress redraws; keeps backticks', () => {
      const text =
        '\uFEFF2026-11-20T10:00:01.1234567Z ##[group]Run make\r\n' +
        '2026-11-20T10:00:01.2234567Z ##[endgroup]\r\n' +
        `2026-11-20T10:00:02.0000000Z ${ESC}[1m${ESC}[31mcc:${ESC}[0m error in \`\`\`main.c\`\`\`\r\n` +
        '2026-11-20T10:00:02.1000000Z 10%\r50%\r100% done\r\n' +
        '2026-11-20T10:00:02.2000000Z ##[warning]deprecated flag\r\n' +
        '2026-11-20T10:00:02.3000000Z ##[command]/usr/bin/make all\r\n' +
        '2026-11-20T10:00:02.4000000Z bell\u0007 and tab\there   \r\n' +
        '2026-11-20T10:00:03.0000000Z ##[error]Process completed with exit code 2.\r\n'
      expect(failingLines(text, { name: 'Run make', number: 3 }, 30)).toEqual([
        'cc: error in ```main.c```',
        '100% done',
        'Warning: deprecated flag',
        '/usr/bin/make all',
        'bell and tab\there',
        'Error: Process completed with exit code 2.'
      ])
    })

    it('works on a log without timestamps or markers', () => {
      const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n')
      expect(failingLines(text, { name: 'Run x', number: 1 }, 3)).toEqual([
        'line 48',
        'line 49',
        'line 50'
      ])
      expect(failingLines('', null, 3)).toEqual([])
    })

    it('stops at the first error of the step even when it is in the middle', () => {
      const text = log(
        at(10, '##[group]Run ./deploy.sh'),
        at(10, '##[endgroup]'),
        at(11, 'uploading'),
        at(12, '##[error]upload failed'),
        at(13, 'retrying'),
        at(14, '##[error]Process completed with exit code 1.')
      )
      expect(failingLines(text, { name: 'Run ./deploy.sh', number: 4 }, 30)).toEqual([
        'uploading',
        'Error: upload failed'
      ])
    })

    it("ignores an earlier step's error once the failing step is found by name", () => {
      const text = log(
        at(5, '##[group]Run npm run lint'),
        at(5, '##[endgroup]'),
        at(6, 'lint: 3 problems'),
        at(7, '##[error]Process completed with exit code 1.'),
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(19, 'test failed'),
        at(20, '##[error]Process completed with exit code 1.')
      )
      expect(failingLines(text, { name: 'Run npm test', number: 3 }, 30)).toEqual([
        'test failed',
        'Error: Process completed with exit code 1.'
      ])
    })

    it('matches a step name the API shortened', () => {
      const text = log(
        at(10, '##[group]Run npm run package -- --target linux-x64 --out dist/linux'),
        at(10, '##[endgroup]'),
        at(12, 'no space left on device'),
        at(12, '##[error]Process completed with exit code 1.')
      )
      for (const name of [
        'Run npm run package -- --target…',
        'Run npm run package -- --target...'
      ]) {
        expect(failingLines(text, { name, number: 4 }, 30)).toEqual([
          'no space left on device',
          'Error: Process completed with exit code 1.'
        ])
      }
    })

    it('finds a step with its own name by its time, else by the first error', () => {
      const text = log(
        at(5, '##[group]Run npx eslint .'),
        at(5, '##[endgroup]'),
        at(6, 'warning turned error'),
        at(6, '##[error]lint annotation'),
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(19, 'the real failure'),
        at(20, '##[error]Process completed with exit code 1.')
      )
      const named = { name: 'Unit tests', number: 4, started_at: iso(10), completed_at: iso(20) }
      expect(failingLines(text, named, 30)).toEqual([
        'the real failure',
        'Error: Process completed with exit code 1.'
      ])
      // Without times: the part around the first error.
      expect(failingLines(text, { name: 'Unit tests', number: 4 }, 30)).toEqual([
        'warning turned error',
        'Error: lint annotation'
      ])
      expect(failingLines(text, null, 1)).toEqual(['Error: lint annotation'])
    })

    it("follows a composite action's inner steps within the step's time", () => {
      const text = log(
        at(10, '##[group]Run ./.github/actions/setup'),
        at(10, '##[endgroup]'),
        at(11, '##[group]Run npm ci'),
        at(11, '##[endgroup]'),
        at(12, 'installed'),
        at(13, '##[group]Run npm run build'),
        at(13, '##[endgroup]'),
        at(14, 'tsc: error TS2322'),
        at(14, '##[error]Process completed with exit code 2.'),
        at(30, '##[group]Run echo later'),
        at(30, '##[endgroup]'),
        at(31, '##[error]a later step')
      )
      const step = {
        name: 'Run ./.github/actions/setup',
        number: 3,
        started_at: iso(10),
        completed_at: iso(14)
      }
      expect(failingLines(text, step, 3)).toEqual([
        'installed',
        'tsc: error TS2322',
        'Error: Process completed with exit code 2.'
      ])
    })

    it('shows the last lines of the step when it has no error line', () => {
      const text = log(
        at(10, '##[group]Run ./slow.sh'),
        at(10, '##[endgroup]'),
        at(11, 'step 1'),
        at(12, 'step 2'),
        at(13, '##[group]Run echo next'),
        at(13, '##[endgroup]'),
        at(14, '##[error]not this one')
      )
      expect(failingLines(text, { name: 'Run ./slow.sh', number: 3 }, 30)).toEqual([
        'step 1',
        'step 2'
      ])
    })

    it('picks, of two steps running the same command, the one at the step time or with an error', () => {
      const text = log(
        at(10, '##[group]Run npm test'),
        at(10, '##[endgroup]'),
        at(11, 'first run fails'),
        at(11, '##[error]Process completed with exit code 1.'),
        at(20, '##[group]Run npm test'),
        at(20, '##[endgroup]'),
        at(21, 'second run passes')
      )
      const second = { name: 'Run npm test', number: 5, started_at: iso(20), completed_at: iso(21) }
      expect(failingLines(text, second, 30)).toEqual(['second run passes'])
      expect(failingLines(text, { name: 'Run npm test', number: 3 }, 30)).toEqual([
        'first run fails',
        'Error: Process completed with exit code 1.'
      ])
    })
  })

  describe('downloadLog and collectExcerpts (fake API)', () => {
    let api: FakeApi | undefined
    afterEach(async () => {
      await api?.close()
      api = undefined
    })
    const start = async (options: FakeApiOptions, fetchFn?: typeof fetch): Promise<Octokit> => {
      api = await startFakeApi({ token: TOKEN, ...options })
      return createClient({
        token: TOKEN,
        baseUrl: api.url,
        warn: () => undefined,
        ...(fetchFn ? { fetch: fetchFn } : {})
      })
    }
    const q = { owner: demo.owner, repo: demo.repo }
    const requests = () => api?.requests ?? []

    it('follows the redirect and fetches the log without the token, BOM intact', async () => {
      const octokit = await start({ logs: demo.logs })
      const id = DEMO_JOB_IDS.failed
      const result = await downloadLog(octokit, { ...q, jobId: id })
      expect(result).toEqual({ text: demoLog(id) })
      expect('text' in result && result.text.startsWith('\uFEFF')).toBe(true)
      expect(requests()).toHaveLength(2)
      const [logs, blob] = requests()
      expect(logs).toMatchObject({
        path: `/repos/${demo.owner}/${demo.repo}/actions/jobs/${id}/logs`,
        status: 302,
        authorization: `token ${TOKEN}`
      })
      expect(blob).toMatchObject({ path: `/_blobs/${id}`, status: 200 })
      expect(blob?.authorization).toBeUndefined()
    })

    it('uses the fetch it is given for the storage URL, with no headers', async () => {
      const octokit = await start({ logs: demo.logs })
      const calls: [string, RequestInit | undefined][] = []
      const spy = (async (url: string, init?: RequestInit) => {
        calls.push([url, init])
        return fetch(url, init)
      }) as typeof fetch
      const result = await downloadLog(
        octokit,
        { ...q, jobId: DEMO_JOB_IDS.failed },
        { fetch: spy }
      )
      expect('text' in result).toBe(true)
      expect(calls).toHaveLength(1)
      expect(calls[0]?.[0]).toMatch(/\/_blobs\/\d+\?sig=/)
      expect(calls[0]?.[1]?.headers).toBeUndefined()
    })

    it.each([
      ['404 (no log)', {}, /^no log \(404/],
      [
        '410 (expired)',
        {
          fault: ({ path }: { path: string }) =>
            path.endsWith('/logs') ? { kind: 'status', status: 410 } : undefined
        },
        /^log expired \(410\)$/
      ],
      [
        'BlobNotFound from storage',
        {
          fault: ({ path }: { path: string }) =>
            path.startsWith('/_blobs/')
              ? {
                  kind: 'raw',
                  status: 404,
                  contentType: 'application/xml',
                  body: '<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobNotFound</Code><Message>The specified blob does not exist.</Message></Error>'
                }
              : undefined
        },
        /^log storage answered 404 BlobNotFound$/
      ],
      [
        'a reset connection to storage',
        {
          fault: ({ path }: { path: string }) =>
            path.startsWith('/_blobs/') ? { kind: 'reset' } : undefined
        },
        /^log download failed \(/
      ],
      [
        '403 on the logs endpoint',
        {
          fault: ({ path }: { path: string }) =>
            path.endsWith('/logs') ? { kind: 'status', status: 403 } : undefined
        },
        /^log not readable \(403 Resource not accessible by integration\)$/
      ]
    ] as [string, FakeApiOptions, RegExp][])(
      'turns %s into a missing note',
      async (_, options, reason) => {
        const id = DEMO_JOB_IDS.failed
        // 404: the fake has no log for the job.
        const logs = Object.keys(options).length === 0 ? {} : demo.logs
        const octokit = await start({ logs, ...options })
        const result = await downloadLog(octokit, { ...q, jobId: id })
        expect(result).toEqual({ missing: expect.stringMatching(reason) })
        // Never the signed URL.
        expect(JSON.stringify(result)).not.toMatch(/sig=|_blobs|127\.0\.0\.1/)
      }
    )

    it('gives up after timeoutMs', async () => {
      const octokit = await start({
        logs: demo.logs,
        fault: ({ path }) => (path.startsWith('/_blobs/') ? { kind: 'hang' } : undefined)
      })
      const t0 = Date.now()
      const result = await downloadLog(
        octokit,
        { ...q, jobId: DEMO_JOB_IDS.failed },
        { timeoutMs: 300 }
      )
      expect(result).toEqual({ missing: 'log download timed out after 0.3s' })
      expect(Date.now() - t0).toBeLessThan(5000)
    })

    it('takes a log the API answers directly (200) as the log', async () => {
      const octokit = await start({
        fault: ({ path }) =>
          path.endsWith('/logs')
            ? { kind: 'raw', status: 200, body: simpleLog(7), contentType: 'text/plain' }
            : undefined
      })
      expect(await downloadLog(octokit, { ...q, jobId: 7 })).toEqual({ text: simpleLog(7) })
      expect(requests()).toHaveLength(1)
    })

    it('reads a large log in bounded memory and finds the same lines', async () => {
      const noise = Array.from({ length: 120_000 }, (_, i) =>
        at(11, `test ${i} ok — é ✖ 😀 ${'x'.repeat(i % 40)}`)
      )
      const big = logOf(
        [
          at(1, 'Current runner version: 2.330.0'),
          at(10, '##[group]Run npm test'),
          at(10, '##[endgroup]')
        ].concat(
          noise,
          at(19, 'the failure'),
          at(19, '##[error]Process completed with exit code 1.'),
          noise.slice(0, 5_000),
          at(21, 'Cleaning up orphan processes')
        )
      )
      expect(Buffer.byteLength(big)).toBeGreaterThan(9_000_000)
      const octokit = await start({ logs: { '9': big } })
      const result = await downloadLog(octokit, { ...q, jobId: 9 }, { keepLines: 100 })
      if (!('text' in result)) throw new Error(result.missing)
      expect(result.text.length).toBeLessThan(50_000)
      expect(result.text.startsWith('\uFEFF')).toBe(true)
      expect(result.text).toContain('##[group]Run npm test\n… 119902 lines left out …\n')
      expect(result.text).toContain('exit code 1.\n… 4901 lines left out …\n')
      const step = { name: 'Run npm test', number: 2 }
      const lines = failingLines(result.text, step, 50)
      expect(lines).toEqual(failingLines(big, step, 50))
      expect(lines.at(-2)).toBe('the failure')
    })

    it('cuts an over-long line when reading it', async () => {
      const octokit = await start({
        logs: { '8': log(at(1, `very long ${'y'.repeat(100_000)}`), at(2, '##[error]boom')) }
      })
      const result = await downloadLog(octokit, { ...q, jobId: 8 })
      if (!('text' in result)) throw new Error(result.missing)
      const [long, error] = failingLines(result.text, null, 5)
      expect(long).toMatch(/^very long y+…$/)
      expect(long?.length).toBeLessThan(8200)
      expect(error).toBe('Error: boom')
    })

    it('collects excerpts of the failed demo jobs, in order, with their failing step', async () => {
      const octokit = await start({ logs: demo.logs })
      const excerpts = await collectExcerpts(octokit, q, demoJobs, { lines: 5 })
      const failed = [
        DEMO_JOB_IDS.failedAttempt1,
        DEMO_JOB_IDS.retriedAttempt1,
        DEMO_JOB_IDS.reportAttempt1,
        DEMO_JOB_IDS.failed
      ]
      expect([...excerpts.keys()]).toEqual(failed)
      for (const id of failed) {
        const excerpt = excerpts.get(id)
        expect(excerpt && 'lines' in excerpt && excerpt.lines.at(-1)).toMatch(/^Error: /)
        expect(excerpt?.step).toEqual(failedStep(demoJob(id)))
      }
      expect(excerpts.get(DEMO_JOB_IDS.failed)).toMatchObject({ lines: { length: 5 } })
      expect(requests().filter((r) => r.authorization !== undefined)).toHaveLength(4)
      expect(requests().filter((r) => r.path.startsWith('/_blobs/'))).toEqual(
        failed.map(() => expect.not.objectContaining({ authorization: expect.anything() }))
      )
    })

    it('downloads nothing for lines: 0', async () => {
      const octokit = await start({ logs: demo.logs })
      const excerpts = await collectExcerpts(octokit, q, demoJobs, { lines: 0 })
      expect(excerpts.size).toBe(0)
      expect(requests()).toHaveLength(0)
    })

    it('notes a failed job whose log is missing, and a job without a failed step', async () => {
      const noStep = record(21, 'setup', [])
      const octokit = await start({ logs: { '21': simpleLog(21) } })
      const excerpts = await collectExcerpts(octokit, q, [record(20, 'gone'), noStep], { lines: 5 })
      expect(excerpts.get(20)).toEqual({
        missing: expect.stringMatching(/^no log \(404/),
        step: expect.objectContaining({ number: 2 })
      })
      expect(excerpts.get(21)).toEqual({
        lines: ['npm test', 'job 21 failed here', 'Error: Process completed with exit code 1.'],
        step: null
      })
    })

    it('downloads at most 10 logs, at most 4 at once', async () => {
      let inFlight = 0
      let most = 0
      // Each request holds its slot a while, body included.
      const slow = (async (input: string | URL | Request, init?: RequestInit) => {
        inFlight++
        most = Math.max(most, inFlight)
        try {
          await new Promise((resolve) => setTimeout(resolve, 40))
          const res = await fetch(input, init)
          const body = await res.arrayBuffer()
          return new Response(body.byteLength > 0 ? body : null, {
            status: res.status,
            headers: res.headers
          })
        } finally {
          inFlight--
        }
      }) as typeof fetch
      const ids = Array.from({ length: 12 }, (_, i) => 100 + i)
      const jobs = [record(99, 'passed'), ...ids.map((id) => record(id, `shard ${id}`))].map(
        (job, i) => (i === 0 ? { ...job, conclusion: 'success' } : job)
      )
      const octokit = await start(
        { logs: Object.fromEntries(ids.map((id) => [String(id), simpleLog(id)])) },
        slow
      )
      const excerpts = await collectExcerpts(octokit, q, jobs, { lines: 2 })
      expect([...excerpts.keys()]).toEqual(ids.slice(0, 10))
      expect(excerpts.get(105)).toEqual({
        lines: ['job 105 failed here', 'Error: Process completed with exit code 1.'],
        step: expect.objectContaining({ number: 2 })
      })
      expect(requests().filter((r) => r.path.endsWith('/logs'))).toHaveLength(10)
      expect(requests().filter((r) => r.path.startsWith('/_blobs/'))).toHaveLength(10)
      expect(requests().filter((r) => r.path.startsWith('/_blobs/') && r.authorization)).toEqual([])
      expect(most).toBe(4)

      const two = await collectExcerpts(octokit, q, jobs, { lines: 2, maxJobs: 3, concurrency: 1 })
      expect(two.size).toBe(3)
    })

    it('never prints log text to stdout', async () => {
      const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
      const logSpy = jest.spyOn(console, 'log').mockImplementation(() => undefined)
      try {
        const octokit = await start({ logs: demo.logs })
        const excerpts = await collectExcerpts(octokit, q, demoJobs, { lines: 30 })
        for (const job of demoJobs) {
          const excerpt = excerpts.get(job.id)
          if (excerpt) excerptBlock(job, excerpt)
        }
        const printed = [...write.mock.calls, ...logSpy.mock.calls].flat().map(String).join('')
        expect(printed).not.toContain('::error')
        expect(printed).not.toContain('Process completed')
      } finally {
        write.mockRestore()
        logSpy.mockRestore()
      }
    })
  })

  describe('excerptBlock', () => {
    const job = record(1, 'e2e | smoke: `chrome`')
    const step = job.steps[0] ?? null

    it('names the job and step, links the step log and fences the lines', () => {
      const lines = ['```', 'has ```` four', '</details> <b>x</b> @octocat', 'Error: boom']
      expect(excerptBlock(job, { lines, step })).toBe(
        '**e2e \\| smoke: \\`chrome\\`** · step 2 Run npm test ' +
          '([log](https://github.com/o/r/actions/runs/1/job/1#step:2:1))\n\n' +
          '`````text\n```\nhas ```` four\n</details> <b>x</b> @octocat\nError: boom\n`````\n\n'
      )
    })

    it('links the job when no step failed, and cuts very long lines', () => {
      const md = excerptBlock(job, { lines: ['z'.repeat(5000)], step: null })
      expect(md).toContain('([log](https://github.com/o/r/actions/runs/1/job/1))')
      expect(md).toContain(`${'z'.repeat(1000)}…\n`)
      expect(md).not.toContain('z'.repeat(1001))
    })

    it('notes a missing log or one without lines', () => {
      expect(excerptBlock(job, { missing: 'log expired (410)', step })).toContain(
        '_Log expired (410)._'
      )
      expect(excerptBlock(job, { lines: [], step: null })).toContain('_No log lines found._')
    })
  })
})
