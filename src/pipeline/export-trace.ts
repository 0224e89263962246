// The run as an OpenTelemetry trace (issue 20), for the action (after its
// outputs and summary are written) and the CLI alike: the plan (trace/) made
// into the SDK's spans by the export chunk (export/), which is loaded only
// here, only when an endpoint is set. It never fails the step or the
// command: a collector that is down, slow or refusing gets the exporter's
// retries within EXPORT_TIMEOUT_MS, then one warning.
import { loadOtlpExport, type OtlpExport } from '../export/load.js'

/** A span as the export takes it. */
type PlannedSpanLike =
  Parameters<OtlpExport['exportSpans']>[0] extends Iterable<infer T> ? T : never
import type { OtlpOptions } from '../model/otlp-options.js'
import type { Report } from '../model/report.js'
import { mdText } from '../render/escape.js'
import { planSpans, spanCount, type PlannedSpan } from '../trace/trace-plan.js'
import { traceOutputs } from '../trace/trace-outputs.js'

/** The export's whole time, retries included. */
export const EXPORT_TIMEOUT_MS = 30_000

/** Spans per request: about 0.5 MB, and one batch of SDK spans in memory at once. */
const BATCH = 1000

type SpanLike = PlannedSpanLike

/** A planned span as the export takes it: times as decimal strings. */
function asLike(span: PlannedSpan): SpanLike {
  return { ...span, startNs: span.startNs.toString(), endNs: span.endNs.toString() }
}

/**
 * Exports the report's trace: says how many spans were sent (`info`), or
 * warns once when not all were; returns the Markdown line that says so, for
 * the end of the job summary.
 */
export async function exportTrace(
  report: Report,
  otlp: OtlpOptions,
  opts: {
    now: number
    headBranch: string | null
    info: (line: string) => void
    warning: (line: string) => void
  }
): Promise<string> {
  // Made as they are sent, a batch at a time: 3000 × 30 is 94,000 spans.
  function* spans(): Generator<SpanLike> {
    for (const span of planSpans(report, { now: opts.now, headBranch: opts.headBranch }))
      yield asLike(span)
  }
  const host = new URL(otlp.tracesUrl).host
  const { exportSpans } = await loadOtlpExport()
  const outcome = await exportSpans(spans(), {
    endpoint: otlp.tracesUrl,
    tracesEndpoint: otlp.tracesUrl,
    headers: otlp.headers,
    protocol: otlp.protocol,
    serviceName: otlp.serviceName,
    timeoutMs: EXPORT_TIMEOUT_MS,
    batchSize: BATCH
  })
  const { traceId } = traceOutputs(report)
  if (outcome.error === null) {
    opts.info(`Exported ${outcome.exported} spans of trace ${traceId} to ${host}.`)
    return `_Exported as trace \`${traceId}\` (${outcome.exported} spans) to ${mdText(host)}._\n`
  }
  // The spans not made yet when the export stopped count too.
  const total = spanCount(report)
  opts.warning(
    `The trace was not exported whole to ${host} (${outcome.exported} of ${total} spans): ${outcome.error}`
  )
  return `_Not exported whole to ${mdText(host)}: ${outcome.exported} of ${total} spans (${mdText(outcome.error)})._\n`
}
