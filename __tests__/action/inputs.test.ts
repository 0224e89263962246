import { describe, expect, it } from '@jest/globals'
import { parseInputs } from '../../src/action/inputs.js'
import { OptionError as InputError, parseDuration, UNSUCCESSFUL } from '../../src/model/options.js'

const ctx = { repository: 'octo-org/octo-repo', runId: '29679449' }
const parse = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '', ctx)
const base = { 'github-token': 'ghs_secret' }

describe('inputs.ts', () => {
  it('defaults to this run and every default of action.yml', () => {
    const inputs = parse(base)
    expect(inputs).toMatchObject({
      owner: 'octo-org',
      repo: 'octo-repo',
      runId: 29679449,
      attempt: 'latest',
      jobId: null,
      jobs: [],
      wait: false,
      timeoutMs: 30 * 60_000,
      intervalMs: 10_000,
      failOn: [],
      failFast: true,
      summary: true,
      steps: 'failed',
      timeline: true,
      logLines: 30,
      post: false,
      history: 0,
      slowerThan: 1.5
    })
  })

  it('reads the export: inputs first, then the standard variables; a bad one fails before any request', () => {
    const read = (values: Record<string, string>, otel: Record<string, string> = {}) =>
      parseInputs((name) => values[name] ?? '', { ...ctx, otel })
    expect(read(base).otlp).toBeNull()
    expect(
      read({ ...base, 'otlp-endpoint': 'https://otel.example.com:4318', 'otlp-headers': 'k=v' })
        .otlp
    ).toEqual({
      tracesUrl: 'https://otel.example.com:4318/v1/traces',
      headers: { k: 'v' },
      protocol: 'http/protobuf',
      serviceName: 'runlens'
    })
    expect(
      read(base, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://localhost:4318' }).otlp?.tracesUrl
    ).toBe('http://localhost:4318/v1/traces')
    expect(() =>
      read({ ...base, 'otlp-endpoint': 'https://o.example', 'otlp-protocol': 'grpc' })
    ).toThrow("Invalid input 'otlp-protocol': 'grpc'. Expected http/protobuf or http/json.")
    expect(() =>
      read({ ...base, 'otlp-endpoint': 'https://o.example', 'otlp-headers': '=secret' })
    ).toThrow(/Invalid input 'otlp-headers'/)
  })

  it('reads history and slower-than', () => {
    expect(parse({ ...base, history: '10', 'slower-than': '2' })).toMatchObject({
      history: 10,
      slowerThan: 2
    })
    expect(parse({ ...base, history: '50', 'slower-than': '1.25x' })).toMatchObject({
      history: 50,
      slowerThan: 1.25
    })
  })

  it('reads another run, an attempt number and a job id above 2^32', () => {
    const inputs = parse({
      ...base,
      repository: 'a/b',
      'run-id': '42',
      attempt: '2',
      'job-id': '30000000017'
    })
    expect(inputs).toMatchObject({
      owner: 'a',
      repo: 'b',
      runId: 42,
      attempt: 2,
      jobId: 30000000017
    })
  })

  it('keeps commas inside patterns: one pattern per line', () => {
    const inputs = parse({
      ...base,
      jobs: 'test (ubuntu-latest, 20)\n\n  !ci / *  \n',
      'allow-failure': 'lint'
    })
    expect(inputs.jobs).toEqual(['test (ubuntu-latest, 20)', '!ci / *'])
    expect(inputs.allowFailure).toEqual(['lint'])
  })

  it('expands unsuccessful and accepts commas and newlines in fail-on', () => {
    expect(parse({ ...base, 'fail-on': 'failure, cancelled\ntimed_out' }).failOn).toEqual([
      'failure',
      'cancelled',
      'timed_out'
    ])
    const all = parse({ ...base, 'fail-on': 'unsuccessful' }).failOn
    expect(all).toEqual(UNSUCCESSFUL)
    expect(all).not.toContain('success')
    expect(all).not.toContain('skipped')
    expect(all).not.toContain('neutral')
    expect(all).toContain('startup_failure')
  })

  it.each([
    ['run-id', 'abc', /Invalid input 'run-id': 'abc'. Expected a workflow run id/],
    ['run-id', '-3', /'run-id': '-3'/],
    ['attempt', '0', /Invalid input 'attempt': '0'. Expected latest, all, or an attempt number/],
    ['attempt', 'newest', /'attempt': 'newest'/],
    ['timeout', 'soon', /Invalid input 'timeout': 'soon'. Expected a duration such as 90s/],
    ['interval', '0s', /'interval': '0s'/],
    [
      'fail-on',
      'failure, broken',
      /Invalid input 'fail-on': 'broken'. Expected conclusions .*unsuccessful, success, failure/
    ],
    [
      'repository',
      'foo',
      /Invalid input 'repository': 'foo'. Expected the format \{owner\}\/\{repo\}/
    ],
    ['repository', 'a/b/c', /'repository': 'a\/b\/c'/],
    ['wait', 'yes', /Invalid input 'wait': 'yes'. Expected true or false/],
    ['summary', '1', /Invalid input 'summary': '1'/],
    ['steps', 'some', /Invalid input 'steps': 'some'. Expected one of failed, all, none/],
    ['log-lines', '-1', /Invalid input 'log-lines': '-1'/],
    ['job-id', '12x', /Invalid input 'job-id': '12x'/],
    ['jobs', 'build\n!', /Invalid input 'jobs': '!'/],
    [
      'history',
      '51',
      /Invalid input 'history': '51'. Expected a whole number from 0 \(off\) to 50/
    ],
    ['history', 'ten', /'history': 'ten'/],
    [
      'slower-than',
      '1',
      /Invalid input 'slower-than': '1'. Expected a factor above 1, such as 1.5 or 2/
    ],
    ['slower-than', '50%', /'slower-than': '50%'/],
    ['slower-than', '-2', /'slower-than': '-2'/],
    [
      'otlp-endpoint',
      'ftp://otel:21',
      /Invalid input 'otlp-endpoint': 'ftp:\/\/otel:21'\. Expected an http:\/\/ or https:\/\/ URL/
    ],
    ['otlp-endpoint', 'otel.example.com', /'otlp-endpoint': 'otel.example.com'/],
    [
      'export-traceparent',
      'yes',
      /Invalid input 'export-traceparent': 'yes'\. Expected true or false/
    ]
  ])(
    'rejects %s: %s with one message naming input, value and what is accepted',
    (name, value, message) => {
      expect(() => parse({ ...base, [name]: value })).toThrow(InputError)
      expect(() => parse({ ...base, [name]: value })).toThrow(message)
    }
  )

  it('rejects an empty token without printing anything of it', () => {
    expect(() => parse({ 'github-token': '   ' })).toThrow(/Invalid input 'github-token': ''/)
  })

  it('accepts YAML booleans in any of their spellings', () => {
    expect(parse({ ...base, wait: 'True', 'fail-fast': 'FALSE' })).toMatchObject({
      wait: true,
      failFast: false
    })
  })

  it('treats an explicit empty run-id or repository as this run', () => {
    expect(parse({ ...base, repository: '', 'run-id': ' ' })).toMatchObject({
      owner: 'octo-org',
      runId: 29679449
    })
  })

  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['45', 45_000],
    ['1.5', 1_500],
    [' 2M ', 120_000]
  ])('parses the duration %s', (text, ms) => {
    expect(parseDuration("input 'timeout'", text)).toBe(ms)
  })

  it.each(['', '0', 'm', '10 minutes', '-5s', '9999h'])('rejects the duration %j', (text) => {
    expect(() => parseDuration("input 'timeout'", text)).toThrow(/Invalid input 'timeout'/)
  })
})
