import { describe, expect, it } from '@jest/globals'
import { OptionError } from '../../src/model/options.js'
import {
  otlpOptions,
  parseOtlpHeaders,
  parseOtlpProtocol,
  tracesUrlOf
} from '../../src/model/otlp-options.js'

const labels = {
  endpoint: "input 'otlp-endpoint'",
  headers: "input 'otlp-headers'",
  protocol: "input 'otlp-protocol'"
}
const none = { endpoint: '', headers: '', protocol: '' }

describe('otlp-options.ts', () => {
  it('adds v1/traces to a base endpoint, as the exporter specification says', () => {
    expect(tracesUrlOf('https://otel.example.com:4318')).toBe(
      'https://otel.example.com:4318/v1/traces'
    )
    expect(tracesUrlOf('https://x.io/otlp/')).toBe('https://x.io/otlp/v1/traces')
  })

  it('reads key=value headers, one per line or comma-separated, percent-decoded', () => {
    expect(
      parseOtlpHeaders('h', 'x-honeycomb-team=abc123\nAuthorization=Basic%20dXNlcg==, a = b ')
    ).toEqual({
      'x-honeycomb-team': 'abc123',
      authorization: 'Basic dXNlcg==',
      a: 'b'
    })
    expect(parseOtlpHeaders('h', '')).toEqual({})
  })

  it('rejects a header without a key, naming the key and never the value', () => {
    for (const text of ['=secret123', 'no-equals-secret123', 'bad key=secret123']) {
      let error: unknown
      try {
        parseOtlpHeaders(labels.headers, text)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(OptionError)
      expect(String(error)).toMatch(
        /^OptionError: Invalid input 'otlp-headers': '.*'\. Expected key=value pairs/
      )
      expect(String(error)).not.toContain('secret123')
    }
  })

  it('takes http/protobuf by default, or http/json', () => {
    expect(parseOtlpProtocol('p', '')).toBe('http/protobuf')
    expect(parseOtlpProtocol('p', 'http/json')).toBe('http/json')
    expect(() => parseOtlpProtocol(labels.protocol, 'grpc')).toThrow(
      "Invalid input 'otlp-protocol': 'grpc'. Expected http/protobuf or http/json."
    )
  })

  it('is off without an endpoint; the inputs first, then the standard variables', () => {
    expect(otlpOptions(none, {}, labels)).toBeNull()
    expect(
      otlpOptions(
        { endpoint: 'https://in.example', headers: 'k=v', protocol: 'http/json' },
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: 'https://env.example',
          OTEL_EXPORTER_OTLP_HEADERS: 'e=f',
          OTEL_SERVICE_NAME: 'ci'
        },
        labels
      )
    ).toEqual({
      tracesUrl: 'https://in.example/v1/traces',
      headers: { k: 'v' },
      protocol: 'http/json',
      serviceName: 'ci'
    })
    expect(
      otlpOptions(
        none,
        { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318', OTEL_EXPORTER_OTLP_HEADERS: 'e=f' },
        labels
      )
    ).toEqual({
      tracesUrl: 'http://localhost:4318/v1/traces',
      headers: { e: 'f' },
      protocol: 'http/protobuf',
      serviceName: 'runlens'
    })
    // The traces endpoint is used as it is, and wins over the base one.
    expect(
      otlpOptions(
        none,
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/custom/traces'
        },
        labels
      )?.tracesUrl
    ).toBe('http://b:4318/custom/traces')
  })

  it('rejects an endpoint that is not http(s), or holds credentials, without echoing them', () => {
    expect(() => otlpOptions({ ...none, endpoint: 'otel:4318' }, {}, labels)).toThrow(
      /Invalid input 'otlp-endpoint': 'otel:4318'\. Expected an http:\/\/ or https:\/\/ URL/
    )
    expect(() => otlpOptions({ ...none, endpoint: 'not a url' }, {}, labels)).toThrow(OptionError)
    let said = ''
    try {
      otlpOptions({ ...none, endpoint: 'https://user:hunter2@otel.example' }, {}, labels)
    } catch (e) {
      said = String(e)
    }
    expect(said).toContain('without a user or password')
    expect(said).not.toContain('hunter2')
  })
})
