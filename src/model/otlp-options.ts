// The export's options (issue 20): the `otlp-*` inputs and the CLI's
// `--otlp-endpoint`, and the standard `OTEL_EXPORTER_OTLP_*` variables when
// they are empty. Checked before any request; pure: text in, a value or an
// OptionError out. Header values are secrets: no message ever holds one.
import { OptionError } from './options.js'

export type OtlpProtocol = 'http/protobuf' | 'http/json'

export interface OtlpOptions {
  /** Where spans are sent: the traces URL itself (`…/v1/traces`). */
  tracesUrl: string
  headers: Record<string, string>
  protocol: OtlpProtocol
  serviceName: string
}

/** The variables the OpenTelemetry exporter specification defines, read when the inputs are empty. */
export interface OtlpEnv {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string
  OTEL_EXPORTER_OTLP_HEADERS?: string
  OTEL_EXPORTER_OTLP_PROTOCOL?: string
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?: string
  OTEL_SERVICE_NAME?: string
}

/** An http(s) URL without credentials in it. */
function httpUrl(label: string, text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new OptionError(
      label,
      text,
      'an http:// or https:// URL such as https://otel.example.com:4318'
    )
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw new OptionError(
      label,
      url.username || url.password ? `${url.protocol}//…@${url.host}` : text,
      'an http:// or https:// URL without a user or password in it (put a key in otlp-headers)'
    )
  }
  return url
}

/**
 * The traces URL: a base endpoint gets `v1/traces` appended (the exporter
 * specification's rule for OTEL_EXPORTER_OTLP_ENDPOINT); a traces endpoint
 * is used as it is.
 *
 * @example tracesUrlOf('https://otel.example.com:4318') === 'https://otel.example.com:4318/v1/traces'
 * @example tracesUrlOf('https://x.io/otlp/') === 'https://x.io/otlp/v1/traces'
 */
export function tracesUrlOf(base: string): string {
  return `${base.replace(/\/+$/, '')}/v1/traces`
}

/**
 * `key=value` pairs, one per line or comma-separated (the variable's
 * format), values percent-decoded as the specification says. The error
 * names the pair's key, never its value.
 */
export function parseOtlpHeaders(label: string, text: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const raw of text.split(/[\n,]/)) {
    const pair = raw.trim()
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = eq > 0 ? pair.slice(0, eq).trim() : ''
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(key)) {
      throw new OptionError(
        label,
        eq > 0 ? `${key}=…` : '…',
        'key=value pairs, one per line or comma-separated, with a header name as key'
      )
    }
    let value = pair.slice(eq + 1).trim()
    try {
      value = decodeURIComponent(value)
    } catch {
      // A value with a lone % is sent as written.
    }
    headers[key.toLowerCase()] = value
  }
  return headers
}

/** `http/protobuf` (default) or `http/json`. */
export function parseOtlpProtocol(label: string, text: string): OtlpProtocol {
  if (text === '' || text === 'http/protobuf') return 'http/protobuf'
  if (text === 'http/json') return 'http/json'
  throw new OptionError(label, text, 'http/protobuf or http/json')
}

/**
 * The export's options from the inputs (or CLI flags) and, where they are
 * empty, the standard variables; null when no endpoint is set (no export).
 */
export function otlpOptions(
  given: { endpoint: string; headers: string; protocol: string },
  env: OtlpEnv,
  labels: { endpoint: string; headers: string; protocol: string }
): OtlpOptions | null {
  let tracesUrl: string | null = null
  if (given.endpoint !== '') {
    tracesUrl = tracesUrlOf(httpUrl(labels.endpoint, given.endpoint).href)
  } else if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    tracesUrl = httpUrl(
      'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
    ).href
  } else if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    tracesUrl = tracesUrlOf(
      httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', env.OTEL_EXPORTER_OTLP_ENDPOINT).href
    )
  }
  if (tracesUrl === null) return null
  const headers =
    given.headers !== ''
      ? parseOtlpHeaders(labels.headers, given.headers)
      : parseOtlpHeaders('OTEL_EXPORTER_OTLP_HEADERS', env.OTEL_EXPORTER_OTLP_HEADERS ?? '')
  const protocol =
    given.protocol !== ''
      ? parseOtlpProtocol(labels.protocol, given.protocol)
      : parseOtlpProtocol(
          'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
          env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? ''
        )
  return { tracesUrl, headers, protocol, serviceName: env.OTEL_SERVICE_NAME || 'runlens' }
}
