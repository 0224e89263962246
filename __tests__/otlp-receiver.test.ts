// The test receiver (scripts/otlp-receiver.ts) checked against the real
// OpenTelemetry SDK: spans made by a tracer and sent by the OTLP exporters,
// protobuf and JSON, arrive decoded the same and as the SDK made them; and the
// faults it injects act on the exporter as a collector's would (its retries,
// Retry-After, its timeout).
import { describe, expect, it } from '@jest/globals'
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'
import { ExportResultCode, type ExportResult } from '@opentelemetry/core'
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto'
import { resourceFromAttributes } from '@opentelemetry/resources'
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan
} from '@opentelemetry/sdk-trace-base'
import { type OtlpReceiver } from '../scripts/otlp-receiver.js'
import { receiverSuite } from './support/otlp.js'

const receiver = receiverSuite()

/** A small trace from a real tracer: a server root, two children, one failed, a link. */
function makeSpans(
  ...processors: (BatchSpanProcessor | SimpleSpanProcessor)[]
): BasicTracerProvider {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'receiver-test' }),
    spanProcessors: processors
  })
  const tracer = provider.getTracer('receiver-test-scope')
  const root = tracer.startSpan('run', {
    kind: SpanKind.SERVER,
    startTime: [1_700_000_000, 123_456_789],
    attributes: { 'cicd.pipeline.name': 'CI', count: 3, ratio: 0.5, ok: true, labels: ['a', 'b'] }
  })
  const parent = { traceId: root.spanContext().traceId, spanId: root.spanContext().spanId }
  for (const [i, name] of ['build', 'test'].entries()) {
    const child = tracer.startSpan(
      name,
      {
        startTime: [1_700_000_001 + i, 1],
        links: [{ context: { ...parent, traceFlags: 1, spanId: 'abcdef0123456789' } }]
      },
      trace.setSpan(ROOT_CONTEXT, root)
    )
    if (name === 'test') child.setStatus({ code: SpanStatusCode.ERROR, message: 'exit 1' })
    child.end([1_700_000_010 + i, 999_999_999])
  }
  root.end([1_700_000_100, 0])
  return provider
}

const exportWith = (exporter: ProtoExporter | JsonExporter, spans: ReadableSpan[]) =>
  new Promise<ExportResult>((done) => exporter.export(spans, done))

describe('otlp-receiver.ts', () => {
  it('decodes what the SDK sends, protobuf and JSON alike, as the SDK made it', async () => {
    const proto = await receiver()
    const json = await receiver()
    const memory = new InMemorySpanExporter()
    // Through the provider's batch processors, as an instrumented program sends.
    const provider = makeSpans(
      new SimpleSpanProcessor(memory),
      new BatchSpanProcessor(new ProtoExporter({ url: `${proto.url}/v1/traces` })),
      new BatchSpanProcessor(new JsonExporter({ url: `${json.url}/v1/traces` }))
    )
    await provider.forceFlush()
    // Read before shutdown: shutting the in-memory exporter down empties it.
    const made = memory.getFinishedSpans()
    await provider.shutdown()

    expect(proto.requests.map((r) => [r.encoding, r.answered, r.error])).toEqual([
      ['protobuf', 200, null]
    ])
    expect(json.requests.map((r) => [r.encoding, r.answered, r.error])).toEqual([
      ['json', 200, null]
    ])
    expect(proto.requests[0]?.headers['content-type']).toBe('application/x-protobuf')
    expect(json.requests[0]?.headers['content-type']).toBe('application/json')
    expect(json.spans()).toEqual(proto.spans())

    const root = made.find((s) => s.name === 'run')
    expect(proto.spans()).toHaveLength(3)
    const byName = Object.fromEntries(proto.spans().map((s) => [s.name, s]))
    expect(byName.run).toEqual({
      traceId: root?.spanContext().traceId,
      spanId: root?.spanContext().spanId,
      parentSpanId: null,
      name: 'run',
      kind: 'SPAN_KIND_SERVER',
      startNs: '1700000000123456789',
      endNs: '1700000100000000000',
      status: { code: 'STATUS_CODE_UNSET', message: '' },
      attributes: {
        'cicd.pipeline.name': 'CI',
        count: 3,
        ratio: 0.5,
        ok: true,
        labels: ['a', 'b']
      },
      links: [],
      resource: expect.objectContaining({ 'service.name': 'receiver-test' }),
      scope: 'receiver-test-scope'
    })
    expect(byName.test).toMatchObject({
      parentSpanId: root?.spanContext().spanId,
      kind: 'SPAN_KIND_INTERNAL',
      startNs: '1700000002000000001',
      endNs: '1700000011999999999',
      status: { code: 'STATUS_CODE_ERROR', message: 'exit 1' },
      links: [{ traceId: root?.spanContext().traceId, spanId: 'abcdef0123456789', attributes: {} }]
    })
  })

  it('answers 400 with the reason to a body that is not an export request', async () => {
    const r = await receiver()
    const res = await fetch(`${r.url}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spanz: [] }] }] })
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/spanz: no such field/)
  })

  it('lets the exporter retry a 503 and a 429 with Retry-After, and time out on a hang', async () => {
    // The same three spans, captured once for the three exports.
    const memory = new InMemorySpanExporter()
    const capture = makeSpans(new SimpleSpanProcessor(memory))
    const spans = memory.getFinishedSpans()
    await capture.shutdown()

    const down = await receiver([{ status: 503, body: 'warming up' }])
    const limited = await receiver([{ status: 429, headers: { 'retry-after': '1' } }])
    const hang = await receiver([{ hang: true }])
    const timed = async (r: OtlpReceiver, timeoutMillis: number) => {
      const start = Date.now()
      const exporter = new ProtoExporter({ url: `${r.url}/v1/traces`, timeoutMillis })
      const result = await exportWith(exporter, spans)
      await exporter.shutdown()
      return {
        code: result.code,
        ms: Date.now() - start,
        answered: r.requests.map((q) => q.answered)
      }
    }
    const [a, b, c] = await Promise.all([
      timed(down, 10_000),
      timed(limited, 10_000),
      timed(hang, 500)
    ])

    // The exporter's first backoff is 1 s ± 20 %; Retry-After: 1 is waited as given.
    expect(a).toMatchObject({ code: ExportResultCode.SUCCESS, answered: [503, 200] })
    expect(a.ms).toBeGreaterThanOrEqual(750)
    expect(down.spans()).toHaveLength(3)
    expect(b).toMatchObject({ code: ExportResultCode.SUCCESS, answered: [429, 200] })
    expect(b.ms).toBeGreaterThanOrEqual(950)
    expect(limited.spans()).toHaveLength(3)
    // A hang is given up at the exporter's timeout, not retried past it.
    expect(c).toMatchObject({ code: ExportResultCode.FAILED, answered: [0] })
    expect(c.ms).toBeGreaterThanOrEqual(450)
    expect(c.ms).toBeLessThan(2000)
    expect(hang.spans()).toHaveLength(0)
  })
})
