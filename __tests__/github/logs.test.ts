import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../../scripts/fake-api.js'
import { DEMO_JOB_IDS } from '../../scripts/sample-run.js'
import { createClient, type Octokit } from '../../src/github/client.js'
import { collectExcerpts, downloadLog } from '../../src/github/logs.js'
import { failingLines } from '../../src/model/log-lines.js'
import { excerptBody } from '../../src/render/excerpt.js'
import {
  TOKEN,
  demo,
  demoLog,
  demoJobs,
  demoJob,
  failedStep,
  at,
  logOf,
  log,
  record,
  simpleLog
} from '../support/logs.js'

describe('logs.ts', () => {
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

    it('stops a download at once when its signal fires', async () => {
      // Defect: a cancel never reached the log downloads.
      const octokit = await start({
        logs: demo.logs,
        fault: ({ path }) => (path.startsWith('/_blobs/') ? { kind: 'hang' } : undefined)
      })
      const cancel = new AbortController()
      setTimeout(() => cancel.abort(), 50)
      const t0 = Date.now()
      const excerpts = await collectExcerpts(octokit, q, [demoJob(DEMO_JOB_IDS.failed)], {
        lines: 5,
        timeoutMs: 30_000,
        signal: cancel.signal
      })
      expect(Date.now() - t0).toBeLessThan(3_000)
      expect(excerpts.get(DEMO_JOB_IDS.failed)).toMatchObject({
        missing: 'log download cancelled'
      })
    })

    it('downloads nothing once cancelled', async () => {
      const octokit = await start({ logs: demo.logs })
      const cancel = new AbortController()
      cancel.abort()
      const result = await downloadLog(
        octokit,
        { ...q, jobId: DEMO_JOB_IDS.failed },
        { signal: cancel.signal }
      )
      expect(result).toEqual({ missing: 'log download cancelled' })
      expect(requests()).toHaveLength(0)
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
        lines: ['job 21 failed here', 'Error: Process completed with exit code 1.'],
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
          if (excerpt) excerptBody(excerpt)
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
})
