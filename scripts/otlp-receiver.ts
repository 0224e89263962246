// A loopback OTLP/HTTP trace receiver for tests: what an exporter sends is
// decoded with the official OTLP schema (the opentelemetry-proto files in
// scripts/otlp-proto, through protobufjs), never with a decoder of our own, and
// every request is recorded. Faults are queued per request: a status with a
// body and headers (`Retry-After`), a delay, or a hang that never answers.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import protobuf from 'protobufjs'

const PROTO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'otlp-proto')
const SERVICE_PROTO = 'opentelemetry/proto/collector/trace/v1/trace_service.proto'

/** One span as it arrived: ids in lowercase hex, times in nanoseconds as decimal strings. */
export interface ReceivedSpan {
  traceId: string
  spanId: string
  /** `null` for a root span (the field absent or empty). */
  parentSpanId: string | null
  name: string
  /** The schema's enum name: `SPAN_KIND_SERVER`, `SPAN_KIND_INTERNAL`… */
  kind: string
  startNs: string
  endNs: string
  /** The schema's enum name (`STATUS_CODE_OK`, `STATUS_CODE_ERROR`, `STATUS_CODE_UNSET`) and message. */
  status: { code: string; message: string }
  attributes: Record<string, AttributeValue>
  links: { traceId: string; spanId: string; attributes: Record<string, AttributeValue> }[]
  /** The attributes of the resource the span was sent under (`service.name`…). */
  resource: Record<string, AttributeValue>
  /** The instrumentation scope's name. */
  scope: string
}

/** An OTLP AnyValue as a plain value: int64 as a number when it is a safe integer. */
export type AttributeValue =
  string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue }

export interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** Which encoding the body was decoded from, or `null` when it was neither. */
  encoding: 'protobuf' | 'json' | null
  /** The status this receiver answered with (0 for a hang). */
  answered: number
  spans: ReceivedSpan[]
  /** Why the body could not be decoded (then the answer is 400). */
  error: string | null
}

/** What to do with one request instead of (or before) accepting it. */
export interface Fault {
  /** Answer with this status (and `body`, `headers`) instead of accepting. */
  status?: number
  body?: string
  headers?: Record<string, string>
  /** Wait this long before answering. */
  delayMs?: number
  /** Never answer: the connection stays open until the client gives up or the receiver closes. */
  hang?: boolean
}

export interface OtlpReceiver {
  /** The base endpoint, e.g. `http://127.0.0.1:43123` (an exporter adds `/v1/traces`). */
  url: string
  /** Every request, faulted or not, in the order they arrived. */
  requests: ReceivedRequest[]
  /** Faults for the next requests, one each, in order; once empty, requests are accepted. */
  faults: Fault[]
  /** The spans of the requests that were accepted (answered 2xx). */
  spans: () => ReceivedSpan[]
  close: () => Promise<void>
}

let schema: Promise<protobuf.Type> | null = null

/** The `ExportTraceServiceRequest` message type, loaded once from the official files. */
export function requestType(): Promise<protobuf.Type> {
  schema ??= (async () => {
    const root = new protobuf.Root()
    // The files import each other by their path from the schema's root folder.
    root.resolvePath = (_origin, target) => join(PROTO_DIR, target)
    await root.load(SERVICE_PROTO, { keepCase: false })
    return root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest')
  })()
  return schema
}

export async function startOtlpReceiver(options: { faults?: Fault[] } = {}): Promise<OtlpReceiver> {
  const type = await requestType()
  const requests: ReceivedRequest[] = []
  const faults: Fault[] = [...(options.faults ?? [])]
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const fault = faults.shift()
      const record: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        encoding: null,
        answered: 0,
        spans: [],
        error: null
      }
      requests.push(record)
      const answer = (): void => {
        if (fault?.hang) return
        if (fault?.status !== undefined) {
          record.answered = fault.status
          res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers })
          res.end(fault.body ?? '')
          return
        }
        accept(type, record, Buffer.concat(chunks), res)
      }
      if (fault?.delayMs) setTimeout(answer, fault.delayMs)
      else answer()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    spans: () =>
      requests.filter((r) => r.answered >= 200 && r.answered < 300).flatMap((r) => r.spans),
    close: () =>
      new Promise<void>((done) => {
        // A hanging request holds its connection open: end them all.
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

/** Decodes a request as an OTLP collector would, and answers 200 or 400. */
function accept(
  type: protobuf.Type,
  record: ReceivedRequest,
  raw: Buffer,
  res: ServerResponse
): void {
  const contentType = (record.headers['content-type'] ?? '').split(';')[0]?.trim() ?? ''
  const json = contentType === 'application/json'
  try {
    if (record.method !== 'POST' || record.path !== '/v1/traces') {
      throw new Error(`expected POST /v1/traces, got ${record.method} ${record.path}`)
    }
    if (!json && contentType !== 'application/x-protobuf') {
      throw new Error(`unsupported content-type ${contentType}`)
    }
    const body = record.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw
    record.encoding = json ? 'json' : 'protobuf'
    const message = json ? fromJson(type, body.toString('utf8')) : type.decode(body)
    record.spans = flatten(type.toObject(message, { longs: String, enums: String, defaults: true }))
  } catch (error) {
    record.error = error instanceof Error ? error.message : String(error)
    record.answered = 400
    res.writeHead(400, { 'content-type': 'text/plain' })
    res.end(record.error)
    return
  }
  record.answered = 200
  // An empty ExportTraceServiceResponse: full success.
  res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' })
  res.end(json ? '{}' : Buffer.alloc(0))
}

/**
 * OTLP/JSON is the protobuf JSON mapping with one exception the specification
 * makes: trace and span ids are hex strings, not base64. The body is walked
 * with the schema: ids become bytes, and a field the schema does not know is
 * an error (stricter than a collector, which ignores it: here it means we sent
 * a name wrong). Then the schema's own fromObject reads it.
 */
function fromJson(type: protobuf.Type, text: string): protobuf.Message {
  return type.fromObject(walk(type, JSON.parse(text), type.name) as Record<string, unknown>)
}

const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId'])

function walk(type: protobuf.Type, value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${path}: expected an object`)
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const field = type.fields[key] ?? type.fields[protobuf.util.camelCase(key)]
      if (!field) throw new Error(`${path}.${key}: no such field in ${type.fullName}`)
      field.resolve()
      const one = (item: unknown, at: string): unknown => {
        if (field.resolvedType instanceof protobuf.Type) return walk(field.resolvedType, item, at)
        if (field.type === 'bytes' && ID_FIELDS.has(field.name) && typeof item === 'string') {
          if (!/^([0-9a-f]{2})*$/i.test(item)) throw new Error(`${at}: not hex: ${item}`)
          return Buffer.from(item, 'hex')
        }
        return item
      }
      const at = `${path}.${key}`
      return [
        key,
        field.repeated && Array.isArray(v)
          ? v.map((item, i) => one(item, `${at}[${i}]`))
          : one(v, at)
      ]
    })
  )
}

// The decoded message as protobufjs's toObject gives it (camelCase fields).
interface KeyValue {
  key: string
  value?: AnyValue
}
interface AnyValue {
  stringValue?: string
  boolValue?: boolean
  intValue?: string
  doubleValue?: number
  arrayValue?: { values: AnyValue[] }
  kvlistValue?: { values: KeyValue[] }
  bytesValue?: Uint8Array
}
interface DecodedSpan {
  traceId: Uint8Array
  spanId: Uint8Array
  parentSpanId: Uint8Array
  name: string
  kind: string
  startTimeUnixNano: string
  endTimeUnixNano: string
  attributes: KeyValue[]
  links: { traceId: Uint8Array; spanId: Uint8Array; attributes: KeyValue[] }[]
  status?: { code: string; message: string }
}
interface DecodedRequest {
  resourceSpans: {
    resource?: { attributes: KeyValue[] }
    scopeSpans: { scope?: { name: string }; spans: DecodedSpan[] }[]
  }[]
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

function plain(value: AnyValue | undefined): AttributeValue {
  if (!value) return null
  if (value.stringValue !== undefined) return value.stringValue
  if (value.boolValue !== undefined) return value.boolValue
  if (value.intValue !== undefined) {
    const n = Number(value.intValue)
    return Number.isSafeInteger(n) ? n : value.intValue
  }
  if (value.doubleValue !== undefined) return value.doubleValue
  if (value.arrayValue) return value.arrayValue.values.map(plain)
  if (value.kvlistValue) return attributes(value.kvlistValue.values)
  if (value.bytesValue) return hex(value.bytesValue)
  return null
}

const attributes = (list: KeyValue[]): Record<string, AttributeValue> =>
  Object.fromEntries(list.map((kv) => [kv.key, plain(kv.value)]))

function flatten(object: Record<string, unknown>): ReceivedSpan[] {
  const request = object as unknown as DecodedRequest
  return request.resourceSpans.flatMap((rs) =>
    rs.scopeSpans.flatMap((ss) =>
      ss.spans.map((s): ReceivedSpan => ({
        traceId: hex(s.traceId),
        spanId: hex(s.spanId),
        parentSpanId: s.parentSpanId.length > 0 ? hex(s.parentSpanId) : null,
        name: s.name,
        kind: s.kind,
        startNs: s.startTimeUnixNano,
        endNs: s.endTimeUnixNano,
        status: { code: s.status?.code ?? 'STATUS_CODE_UNSET', message: s.status?.message ?? '' },
        attributes: attributes(s.attributes),
        links: s.links.map((l) => ({
          traceId: hex(l.traceId),
          spanId: hex(l.spanId),
          attributes: attributes(l.attributes)
        })),
        resource: attributes(rs.resource?.attributes ?? []),
        scope: ss.scope?.name ?? ''
      }))
    )
  )
}
