// The OTLP export: planned spans (plain data with their ids and times already
// chosen) become the SDK's ReadableSpan objects and are sent by the
// OpenTelemetry OTLP exporter, in batches, with the exporter's own retries.
// This module pulls in the whole SDK, so the edges load it with a dynamic
// import only when an endpoint is set: a report without export never reads it
// (it is a separate chunk of the bundle).
import { SpanKind, SpanStatusCode, TraceFlags, type HrTime } from '@opentelemetry/api'
import { ExportResultCode } from '@opentelemetry/core'
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto'
import { resourceFromAttributes } from '@opentelemetry/resources'
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base'
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions'
import { tracesUrlOf } from '../model/otlp-options.js'

/** A span as the trace plan gives it: ids in hex, times in nanoseconds since the epoch. */
export interface PlannedSpanLike {
  traceId: string
  spanId: string
  parentSpanId: string | null
  name: string
  kind: 'server' | 'internal' | 'client' | 'producer' | 'consumer'
  startNs: string
  endNs: string
  status: 'ok' | 'error' | 'unset'
  statusMessage?: string
  attributes: Record<string, string | number | boolean | string[]>
  links?: { traceId: string; spanId: string }[]
}

export interface ExportOptions {
  /** The base endpoint (`https://otel.example.com:4318`), to which `/v1/traces` is added. */
  endpoint: string
  /** The full traces URL (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), used as is; wins over `endpoint`. */
  tracesEndpoint?: string
  headers: Record<string, string>
  protocol: 'http/protobuf' | 'http/json'
  serviceName: string
  /** The whole export's time, retries included: no request starts or waits past it. */
  timeoutMs: number
  /** Spans per request; 1000 keeps a request near 0.5 MB and memory bounded. */
  batchSize?: number
}

export interface ExportOutcome {
  /** Spans the receiver accepted. */
  exported: number
  /** Why the rest were not, or `null` when all were. */
  error: string | null
}

const KINDS = {
  internal: SpanKind.INTERNAL,
  server: SpanKind.SERVER,
  client: SpanKind.CLIENT,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER
} as const satisfies Record<PlannedSpanLike['kind'], SpanKind>

const STATUS = {
  ok: SpanStatusCode.OK,
  error: SpanStatusCode.ERROR,
  unset: SpanStatusCode.UNSET
} as const satisfies Record<PlannedSpanLike['status'], SpanStatusCode>

const TRACE_ID = /^[0-9a-f]{32}$/
const SPAN_ID = /^[0-9a-f]{16}$/
const NS = /^\d{1,20}$/

/**
 * The traces URL from a base endpoint, as the OTLP exporter specification
 * says: `v1/traces` added to the base's path.
 * ex. `https://otel.example.com:4318` → `https://otel.example.com:4318/v1/traces`;
 * `https://host/otlp/` → `https://host/otlp/v1/traces`.
 */
export const tracesUrl = tracesUrlOf

/**
 * Nanoseconds since the epoch (a decimal string) as the SDK's [seconds, nanos].
 * ex. `"1700000000123456789"` → `[1700000000, 123456789]`.
 */
export function hrTime(ns: string): HrTime {
  const value = BigInt(ns)
  return [Number(value / 1_000_000_000n), Number(value % 1_000_000_000n)]
}

/** Why a planned span cannot be sent, or `null`. */
function invalid(span: PlannedSpanLike): string | null {
  if (!TRACE_ID.test(span.traceId)) return `trace id ${span.traceId}`
  if (!SPAN_ID.test(span.spanId)) return `span id ${span.spanId}`
  if (span.parentSpanId !== null && !SPAN_ID.test(span.parentSpanId)) {
    return `parent span id ${span.parentSpanId}`
  }
  if (!NS.test(span.startNs) || !NS.test(span.endNs)) return `times ${span.startNs}–${span.endNs}`
  return null
}

/** The SDK's finished span for a planned one: the exporter reads nothing else. */
function readable(
  span: PlannedSpanLike,
  resource: ReadableSpan['resource'],
  scope: ReadableSpan['instrumentationScope']
): ReadableSpan {
  const startTime = hrTime(span.startNs)
  const endTime = hrTime(span.endNs)
  const durationNs = BigInt(span.endNs) - BigInt(span.startNs)
  const context = { traceId: span.traceId, spanId: span.spanId, traceFlags: TraceFlags.SAMPLED }
  return {
    name: span.name,
    kind: KINDS[span.kind],
    spanContext: () => context,
    ...(span.parentSpanId === null
      ? {}
      : {
          parentSpanContext: {
            traceId: span.traceId,
            spanId: span.parentSpanId,
            traceFlags: TraceFlags.SAMPLED
          }
        }),
    startTime,
    endTime,
    duration: hrTime(String(durationNs < 0n ? 0n : durationNs)),
    status: {
      code: STATUS[span.status],
      ...(span.statusMessage === undefined ? {} : { message: span.statusMessage })
    },
    attributes: span.attributes,
    links: (span.links ?? []).map((link) => ({
      context: { traceId: link.traceId, spanId: link.spanId, traceFlags: TraceFlags.SAMPLED }
    })),
    events: [],
    ended: true,
    resource,
    instrumentationScope: scope,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0
  }
}

/**
 * Sends the spans to the endpoint, `batchSize` per request, one request at a
 * time, taking them from the iterable as it goes: only one batch of spans
 * exists at once (with a plan made as it is read). Each request gets
 * the exporter's retries (429, 502, 503, 504, honouring `Retry-After`) within
 * what is left of `timeoutMs`; the first batch that fails ends the export.
 * Never throws: the outcome says how many spans were accepted and why not all.
 */
export async function exportSpans(
  spans: Iterable<PlannedSpanLike>,
  opts: ExportOptions
): Promise<ExportOutcome> {
  let exported = 0
  try {
    const url = opts.tracesEndpoint || tracesUrl(opts.endpoint)
    const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: opts.serviceName })
    const scope = { name: 'runlens' }
    const size = Math.max(1, opts.batchSize ?? 1000)
    const deadline = Date.now() + opts.timeoutMs
    // One batch at a time from the iterable: a plan made as it is sent holds
    // no more than `size` spans, whatever the run's size.
    let batch: PlannedSpanLike[] = []
    const flush = async (): Promise<string | null> => {
      const bad = batch.map(invalid).find((why) => why !== null)
      if (bad) return `Not exported: a span has an invalid ${bad}.`
      const left = deadline - Date.now()
      if (left <= 0) return `Timed out after ${opts.timeoutMs} ms.`
      const sdk = batch.map((s) => readable(s, resource, scope))
      const error = await send(sdk, { url, headers: opts.headers, protocol: opts.protocol, left })
      if (error !== null) return error
      exported += batch.length
      batch = []
      return null
    }
    for (const span of spans) {
      batch.push(span)
      if (batch.length < size) continue
      const error = await flush()
      if (error !== null) return { exported, error }
    }
    if (batch.length > 0) {
      const error = await flush()
      if (error !== null) return { exported, error }
    }
    return { exported, error: null }
  } catch (error) {
    return { exported, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * One request and its retries, with an exporter made for it: its timeout is
 * the time left, and the exporter applies it to the retries too.
 */
async function send(
  batch: ReadableSpan[],
  to: {
    url: string
    headers: Record<string, string>
    protocol: ExportOptions['protocol']
    left: number
  }
): Promise<string | null> {
  const config = { url: to.url, headers: to.headers, timeoutMillis: Math.ceil(to.left) }
  const exporter =
    to.protocol === 'http/json' ? new JsonExporter(config) : new ProtoExporter(config)
  try {
    const result = await new Promise<{ code: ExportResultCode; error?: Error }>((done) =>
      exporter.export(batch, done)
    )
    if (result.code === ExportResultCode.SUCCESS) return null
    return result.error?.message || 'The export failed.'
  } finally {
    await exporter.shutdown()
  }
}
