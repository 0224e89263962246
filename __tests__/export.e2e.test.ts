// The OpenTelemetry export end to end (issue 20): the bundle, run as the
// runner runs it, exports a 250 × 30 run to a loopback OTLP receiver that
// decodes with the official opentelemetry-proto definitions; every job,
// queue and step arrives as a span, one for one with the API's data, its ids
// as the Collector's GitHub receiver derives them (recomputed here with
// node:crypto); and a later step that starts a span from TRACEPARENT with the
// SDK lands under the job's span.
import { afterEach, describe, expect, it } from '@jest/globals'
import { propagation, ROOT_CONTEXT } from '@opentelemetry/api'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto'
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { createHash } from 'node:crypto'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { startOtlpReceiver, type OtlpReceiver } from '../scripts/otlp-receiver.js'
import { runAction } from '../scripts/run-action.js'
import { generateRun } from '../scripts/sample-run.js'
import { OWNER, REPO, RUN_ID, TOKEN } from './support/suites.js'

const hash = (text: string): string => createHash('sha256').update(text).digest('hex')
const spanIdOf = (text: string): string => hash(text).slice(16, 32)
const ns = (iso: string): string => (BigInt(Date.parse(iso)) * 1_000_000n).toString()

let api: FakeApi | null = null
let receiver: OtlpReceiver | null = null
afterEach(async () => {
  await api?.close()
  await receiver?.close()
  api = receiver = null
})

describe('the OpenTelemetry export, through dist/', () => {
  it('exports a 250 × 30 run one span for one, under the receiver’s ids; a later step nests under the job', async () => {
    const [jobs = []] = generateRun({ jobs: 250, steps: 30, seed: 7 })
    api = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: [jobs] }],
      token: TOKEN
    })
    receiver = await startOtlpReceiver()
    const mine = jobs[0]
    if (!mine) throw new Error('no job')
    const r = await runAction({
      apiUrl: api.url,
      inputs: {
        'github-token': TOKEN,
        'job-id': String(mine.id),
        'log-lines': '0',
        'otlp-endpoint': receiver.url,
        'otlp-headers': 'x-api-key=sekret-0123456789',
        'export-traceparent': 'true'
      }
    })
    expect(r.code).toBe(0)
    // 250 × 30 passes the jobs output's 1 MB: that warning, and no other.
    expect(r.warnings.filter((w) => !w.startsWith('The jobs output would pass 1 MB'))).toEqual([])

    const traceId = hash(`${RUN_ID}1t`).slice(0, 32)
    const rootId = spanIdOf(`${RUN_ID}1s`)
    expect(r.outputs['trace-id']).toBe(traceId)
    const spans = receiver.spans()
    const byId = new Map(spans.map((s) => [s.spanId, s]))
    expect(byId.size).toBe(spans.length)
    expect(spans.every((s) => s.traceId === traceId)).toBe(true)
    expect(byId.get(rootId)?.parentSpanId).toBeNull()

    // One for one with the API's jobs and steps.
    let expected = 1
    let completed = 0
    for (const job of jobs) {
      const jobSpan = byId.get(spanIdOf(`${job.id}-j`))
      expect({ job: job.id, parent: jobSpan?.parentSpanId }).toEqual({
        job: job.id,
        parent: rootId
      })
      // Completed work: the API's times to the nanosecond (never "now").
      if (job.created_at) expect(jobSpan?.startNs).toBe(ns(job.created_at))
      if (job.status === 'completed' && job.completed_at && job.started_at) {
        expect(jobSpan?.endNs).toBe(ns(job.completed_at))
        expect(byId.get(spanIdOf(`${job.id}-q`))?.endNs).toBe(ns(job.started_at))
        completed++
      }
      expect(byId.get(spanIdOf(`${job.id}-q`))?.parentSpanId).toBe(spanIdOf(`${job.id}-j`))
      expected += 2
      const seen = new Set<string>()
      for (const step of job.steps ?? []) {
        if (!step.started_at) continue
        const id = seen.has(step.name)
          ? spanIdOf(`${job.id}-${step.number}-r`)
          : spanIdOf(`${job.id}-${step.name}-s`)
        seen.add(step.name)
        const s = byId.get(id)
        expect({
          step: `${job.id}/${step.number}`,
          parent: s?.parentSpanId,
          start: s?.startNs
        }).toEqual({
          step: `${job.id}/${step.number}`,
          parent: spanIdOf(`${job.id}-j`),
          start: ns(step.started_at)
        })
        expected++
      }
    }
    expect(spans).toHaveLength(expected)
    expect(completed).toBeGreaterThan(200)
    expect(r.stdout).toContain(`Exported ${expected} spans of trace ${traceId}`)
    expect(r.summary).toContain(
      `_Exported as trace \`${traceId}\` (${expected} spans) to 127.0.0.1:`
    )

    // The key arrived, and nothing but the runner's mask command shows it.
    expect(receiver.requests[0]?.headers['x-api-key']).toBe('sekret-0123456789')
    const shown = r.stdout.split('\n').filter((l) => l.includes('sekret-0123456789'))
    expect(shown).toEqual(['::add-mask::sekret-0123456789'])

    // A later step: TRACEPARENT from GITHUB_ENV, a span started with the SDK.
    const traceparent = r.env.TRACEPARENT ?? ''
    expect(traceparent).toBe(`00-${traceId}-${spanIdOf(`${mine.id}-j`)}-01`)
    const provider = new BasicTracerProvider({
      spanProcessors: [
        new SimpleSpanProcessor(new OTLPTraceExporter({ url: `${receiver.url}/v1/traces` }))
      ]
    })
    propagation.setGlobalPropagator(new W3CTraceContextPropagator())
    const parent = propagation.extract(ROOT_CONTEXT, { traceparent })
    provider.getTracer('later-step').startSpan('npm test', {}, parent).end()
    await provider.forceFlush()
    await provider.shutdown()
    const later = receiver.spans().find((s) => s.name === 'npm test')
    expect(later?.traceId).toBe(traceId)
    expect(later?.parentSpanId).toBe(spanIdOf(`${mine.id}-j`))
  }, 60_000)

  it('never fails the step for a collector that refuses: one warning, the summary says so', async () => {
    const [jobs = []] = generateRun({ jobs: 5, steps: 3, seed: 2 })
    api = await startFakeApi({
      runs: [{ owner: OWNER, repo: REPO, runId: RUN_ID, attempts: [jobs] }],
      token: TOKEN
    })
    receiver = await startOtlpReceiver({ faults: [{ status: 400, body: 'bad' }] })
    const r = await runAction({
      apiUrl: api.url,
      inputs: { 'github-token': TOKEN, 'log-lines': '0', 'otlp-endpoint': receiver.url }
    })
    expect(r.code).toBe(0)
    expect(r.warnings.filter((w) => !w.startsWith('Could not find the job'))).toEqual([
      expect.stringMatching(
        /^The trace was not exported whole to 127\.0\.0\.1:\d+ \(0 of \d+ spans\)/
      )
    ])
    expect(r.summary).toMatch(/_Not exported whole to 127\.0\.0\.1:\d+: 0 of \d+ spans/)
  }, 30_000)
})
