// The trace-id and traceparent outputs, and TRACEPARENT for the steps after
// this one (issue 20): ids as the Collector's GitHub receiver derives them,
// recomputed here with node:crypto from the receiver's rules.
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { DEMO_NOW_MS } from '../../scripts/demo-run.js'
import { DEMO_JOB_IDS, DEMO_RUNNER_NAME, demoRun } from '../../scripts/sample-run.js'
import { runInProcess } from '../support/in-process.js'
import { actionSuite, RUN_ID } from '../support/suites.js'

const { serve } = actionSuite(runInProcess)
const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest()

describe('trace outputs (in-process)', () => {
  it('gives the run’s trace id and this job’s traceparent, and TRACEPARENT only when asked', async () => {
    const demo = demoRun()
    const api = await serve(demo.attempts)
    const step = (inputs: Record<string, string>) =>
      runInProcess({
        apiUrl: api.url,
        inputs: {
          'github-token': 'ghs_e2eSecretToken0123456789abcdef',
          'job-id': String(DEMO_JOB_IDS.current),
          attempt: 'all',
          ...inputs
        },
        env: { RUNNER_NAME: DEMO_RUNNER_NAME },
        now: () => DEMO_NOW_MS
      })
    const r = await step({})
    // The demo's job running the step is in attempt 2 of the run.
    const traceId = sha256(`${RUN_ID}2t`).subarray(0, 16).toString('hex')
    const spanId = sha256(`${DEMO_JOB_IDS.current}-j`).subarray(8, 16).toString('hex')
    expect(r.outputs['trace-id']).toBe(traceId)
    expect(r.outputs.traceparent).toBe(`00-${traceId}-${spanId}-01`)
    expect(r.env).toEqual({})
    const exported = await step({ 'export-traceparent': 'true' })
    expect(exported.env).toEqual({ TRACEPARENT: `00-${traceId}-${spanId}-01` })
    // No job of the run runs the step (another run's report): no traceparent, no TRACEPARENT.
    const other = await step({
      'job-id': '',
      attempt: '1',
      'export-traceparent': 'true'
    })
    expect(other.outputs['trace-id']).toBe(sha256(`${RUN_ID}1t`).subarray(0, 16).toString('hex'))
    expect(other.outputs.traceparent).toBe('')
    expect(other.env).toEqual({})
  })
})

describe('the CLI’s --otlp-endpoint (in-process)', () => {
  it('exports any past run as its trace, saying so on stderr; a refusal is a warning, exit 0', async () => {
    const { startOtlpReceiver } = await import('../../scripts/otlp-receiver.js')
    const { cliInProcess } = await import('../support/in-process.js')
    const demo = demoRun()
    const api = await serve(demo.attempts)
    const receiver = await startOtlpReceiver({ faults: [{}, { status: 400, body: 'no' }] })
    try {
      const env = { GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_e2eSecretToken0123456789abcdef' }
      const args = ['octo-org/octo-repo', String(RUN_ID), '--log-lines', '0', '--format', 'json']
      const r = await cliInProcess([...args, '--otlp-endpoint', receiver.url], env)
      expect(r.code).toBe(0)
      // The latest attempt's trace: the demo's run is in its attempt 2.
      const traceId = sha256(`${RUN_ID}2t`).subarray(0, 16).toString('hex')
      const spans = receiver.spans()
      expect(spans.length).toBeGreaterThan(40)
      expect(r.stderr).toContain(`Exported ${spans.length} spans of trace ${traceId} to 127.0.0.1:`)
      // From the variable, and a collector that refuses.
      const refused = await cliInProcess(args, {
        ...env,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url
      })
      expect(refused.code).toBe(0)
      expect(refused.stderr).toMatch(
        /warning: The trace was not exported whole to 127\.0\.0\.1:\d+ \(0 of \d+ spans\): Bad Request/
      )
      expect(JSON.parse(refused.stdout)).toHaveProperty('conclusion')
    } finally {
      await receiver.close()
    }
  })
})
