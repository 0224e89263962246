// exportSpans against the loopback receiver, which decodes with the official
// OTLP schema: planned spans arrive one for one with the ids, times, kinds,
// statuses, attributes and links they were given, by protobuf and by JSON; a
// large run goes in batches and arrives whole; faults cost retries or one
// error, never a throw. RUNLENS_BIG_EXPORT=1 also sends 3000 jobs × 30 steps
// (93,001 spans; a few seconds), which the default run leaves to the bench.
import { describe, expect, it } from '@jest/globals'
import { type OtlpReceiver } from '../../scripts/otlp-receiver.js'
import { receiverSuite } from '../support/otlp.js'
import { exportSpans, hrTime, tracesUrl, type PlannedSpanLike } from '../../src/export/otlp.js'

const receiver = receiverSuite()

const TRACE = '08162d45016312386469c2fc72c9378c'
const ROOT = '5f6ce27d4a1bf32d'
const T0 = 1_700_000_000_000_000_000n
const hex16 = (n: number): string => n.toString(16).padStart(16, '0')

/** A run's shape: a root, a job per `jobs`, `steps` steps each; times in ns, one second apart. */
function plannedRun(jobs: number, steps: number): PlannedSpanLike[] {
  const spans: PlannedSpanLike[] = [
    {
      traceId: TRACE,
      spanId: ROOT,
      parentSpanId: null,
      name: 'CI',
      kind: 'server',
      startNs: String(T0),
      endNs: String(T0 + 3_600_000_000_123n),
      status: 'error',
      statusMessage: 'failure',
      attributes: { 'cicd.pipeline.name': 'CI', 'cicd.pipeline.run.id': 30207029289 },
      links: [{ traceId: 'aa'.repeat(16), spanId: 'bb'.repeat(8) }]
    }
  ]
  for (let j = 1; j <= jobs; j++) {
    const job = hex16(j * 1000)
    spans.push({
      traceId: TRACE,
      spanId: job,
      parentSpanId: ROOT,
      name: `job ${j}`,
      kind: 'internal',
      startNs: String(T0 + BigInt(j) * 1_000_000_000n),
      endNs: String(T0 + BigInt(j + steps) * 1_000_000_000n + 7n),
      status: j % 7 === 0 ? 'error' : 'ok',
      attributes: {
        'cicd.pipeline.task.name': `job ${j}`,
        'cicd.pipeline.task.run.id': 40000000000 + j,
        'runner.labels': ['ubuntu-latest', 'x64'],
        flaky: j % 5 === 0
      }
    })
    for (let s = 1; s <= steps; s++) {
      spans.push({
        traceId: TRACE,
        spanId: hex16(j * 1000 + s),
        parentSpanId: job,
        name: `step ${s}`,
        kind: 'internal',
        startNs: String(T0 + BigInt(j + s - 1) * 1_000_000_000n),
        endNs: String(T0 + BigInt(j + s) * 1_000_000_000n - 1n),
        status: 'unset',
        attributes: { 'cicd.pipeline.task.run.step': s }
      })
    }
  }
  return spans
}

const options = (r: OtlpReceiver, protocol: 'http/protobuf' | 'http/json' = 'http/protobuf') => ({
  endpoint: r.url,
  headers: { 'x-honeycomb-team': 'secret-key' },
  protocol,
  serviceName: 'runlens-test',
  timeoutMs: 10_000
})

/** A received span in the planned span's terms, to compare one for one. */
const KIND = { SPAN_KIND_SERVER: 'server', SPAN_KIND_INTERNAL: 'internal' } as Record<
  string,
  string
>
const STATUS = {
  STATUS_CODE_OK: 'ok',
  STATUS_CODE_ERROR: 'error',
  STATUS_CODE_UNSET: 'unset'
} as Record<string, string>
function asPlanned(r: OtlpReceiver): PlannedSpanLike[] {
  return r.spans().map((s) => ({
    traceId: s.traceId,
    spanId: s.spanId,
    parentSpanId: s.parentSpanId,
    name: s.name,
    kind: KIND[s.kind] as PlannedSpanLike['kind'],
    startNs: s.startNs,
    endNs: s.endNs,
    status: STATUS[s.status.code] as PlannedSpanLike['status'],
    ...(s.status.message ? { statusMessage: s.status.message } : {}),
    attributes: s.attributes as PlannedSpanLike['attributes'],
    ...(s.links.length > 0
      ? { links: s.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId })) }
      : {})
  }))
}

describe('export/otlp.ts', () => {
  it('adds /v1/traces to the base endpoint, and reads nanoseconds exactly', () => {
    expect(tracesUrl('https://otel.example.com:4318')).toBe(
      'https://otel.example.com:4318/v1/traces'
    )
    expect(tracesUrl('https://host/otlp/')).toBe('https://host/otlp/v1/traces')
    expect(hrTime('1700000000123456789')).toEqual([1_700_000_000, 123_456_789])
  })

  it.each(['http/protobuf', 'http/json'] as const)(
    'sends planned spans that arrive one for one as given (%s)',
    async (protocol) => {
      const r = await receiver()
      const planned = plannedRun(3, 4)
      const outcome = await exportSpans(planned, options(r, protocol))
      expect(outcome).toEqual({ exported: planned.length, error: null })
      expect(r.requests).toHaveLength(1)
      expect(r.requests[0]).toMatchObject({ path: '/v1/traces', answered: 200 })
      expect(r.requests[0]?.headers['x-honeycomb-team']).toBe('secret-key')
      expect(asPlanned(r)).toEqual(planned)
      expect(r.spans()[0]?.resource['service.name']).toBe('runlens-test')
    }
  )

  it('uses a traces endpoint as given, without adding a path', async () => {
    const r = await receiver()
    const outcome = await exportSpans(plannedRun(1, 1), {
      ...options(r),
      endpoint: 'http://127.0.0.1:9',
      tracesEndpoint: `${r.url}/v1/traces`
    })
    expect(outcome).toEqual({ exported: 3, error: null })
  })

  it('sends a run in batches, whole (250 × 30 goes through dist/ in export.e2e.test.ts)', async () => {
    const r = await receiver()
    const planned = plannedRun(80, 30)
    const outcome = await exportSpans(planned, options(r))
    expect(outcome).toEqual({ exported: 2481, error: null })
    expect(r.requests.map((q) => q.spans.length)).toEqual([1000, 1000, 481])
    expect(new Set(r.spans().map((s) => s.spanId)).size).toBe(2481)
    expect(asPlanned(r)).toEqual(planned)
  })

  it('loses no span to a 503 or a 429, and stops at the first refusal without throwing', async () => {
    const r = await receiver([
      { status: 503 },
      {},
      { status: 429, headers: { 'retry-after': '0' } }
    ])
    const planned = plannedRun(5, 30)
    expect(await exportSpans(planned, { ...options(r), batchSize: 50 })).toEqual({
      exported: 156,
      error: null
    })
    expect(r.requests.map((q) => q.answered)).toEqual([503, 200, 429, 200, 200, 200])
    expect(asPlanned(r)).toEqual(planned)

    const refused = await receiver([{}, { status: 400, body: 'bad' }])
    expect(await exportSpans(planned, { ...options(refused), batchSize: 50 })).toEqual({
      exported: 50,
      error: 'Bad Request'
    })
  })

  it('gives up on a collector that hangs within its time, and on one that is not there', async () => {
    const r = await receiver([{ hang: true }])
    const start = Date.now()
    const outcome = await exportSpans(plannedRun(1, 1), { ...options(r), timeoutMs: 300 })
    expect(outcome).toEqual({ exported: 0, error: 'Request timed out' })
    expect(Date.now() - start).toBeLessThan(1500)
    // A refused connection is retried too, until the time is up.
    const before = Date.now()
    const none = await exportSpans(plannedRun(1, 1), {
      ...options(r),
      endpoint: 'http://127.0.0.1:9',
      timeoutMs: 1000
    })
    expect(Date.now() - before).toBeLessThan(2000)
    expect(none.exported).toBe(0)
    expect(none.error).toMatch(/ECONNREFUSED/)
  })

  it('sends nothing when a span has an invalid id', async () => {
    const r = await receiver()
    const planned = plannedRun(1, 1)
    planned[1] = { ...planned[1]!, spanId: 'not-hex' }
    expect(await exportSpans(planned, options(r))).toEqual({
      exported: 0,
      error: 'Not exported: a span has an invalid span id not-hex.'
    })
    expect(r.requests).toHaveLength(0)
  })

  const big = process.env.RUNLENS_BIG_EXPORT === '1' ? it : it.skip
  big('sends 3000 jobs × 30 steps (93,001 spans) whole', async () => {
    const r = await receiver()
    const planned = plannedRun(3000, 30)
    const start = Date.now()
    const outcome = await exportSpans(planned, { ...options(r), timeoutMs: 120_000 })
    console.log(`93,001 spans in ${Date.now() - start} ms, ${r.requests.length} requests`)
    expect(outcome).toEqual({ exported: 93_001, error: null })
    expect(new Set(r.spans().map((s) => s.spanId)).size).toBe(93_001)
  })
})
