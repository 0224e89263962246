// The run as an OpenTelemetry trace (issue 20), sent after the outputs and
// the summary are written: the plan (trace/) made into the SDK's spans by
// the export chunk (export/), which is loaded only here, only when an
// endpoint is set. The step never fails because of it: a collector that is
// down, slow or refusing gets the exporter's retries within EXPORT_TIMEOUT_MS,
// then one warning; the summary says whether the run was exported.
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import { loadOtlpExport, type OtlpExport } from '../export/load.js'
import type { OtlpOptions } from '../model/otlp-options.js'
import type { Report } from '../model/report.js'
import { logLines, mdText } from '../render/escape.js'
import { planTrace, type PlannedSpan } from '../trace/trace-plan.js'
import { traceOutputs } from '../trace/trace-outputs.js'

/** The export's whole time, retries included. */
export const EXPORT_TIMEOUT_MS = 30_000

/** Spans per request: about 0.5 MB, and one batch of SDK spans in memory at once. */
const BATCH = 1000

type SpanLike = Parameters<OtlpExport['exportSpans']>[0][number]

/** A planned span as the export takes it: times as decimal strings. */
function asLike(span: PlannedSpan): SpanLike {
  return { ...span, startNs: span.startNs.toString(), endNs: span.endNs.toString() }
}

/**
 * Exports the report's trace; logs how many spans were sent, warns once when
 * not all were, and appends one line saying so to the job summary file.
 */
export async function exportTrace(
  report: Report,
  otlp: OtlpOptions,
  opts: { now: number; headBranch: string | null; summaryPath?: string }
): Promise<void> {
  const spans = planTrace(report, { now: opts.now, headBranch: opts.headBranch })
  const host = new URL(otlp.tracesUrl).host
  const { exportSpans } = await loadOtlpExport()
  const outcome = await exportSpans(spans.map(asLike), {
    endpoint: otlp.tracesUrl,
    tracesEndpoint: otlp.tracesUrl,
    headers: otlp.headers,
    protocol: otlp.protocol,
    serviceName: otlp.serviceName,
    timeoutMs: EXPORT_TIMEOUT_MS,
    batchSize: BATCH
  })
  const { traceId } = traceOutputs(report)
  let line: string
  if (outcome.error === null) {
    core.info(`Exported ${spans.length} spans of trace ${traceId} to ${logLines(host)}.`)
    line = `_Exported as trace \`${traceId}\` (${spans.length} spans) to ${mdText(host)}._\n`
  } else {
    core.warning(
      logLines(
        `The trace was not exported whole to ${host} (${outcome.exported} of ${spans.length} spans): ${outcome.error}`
      )
    )
    line = `_Not exported whole to ${mdText(host)}: ${outcome.exported} of ${spans.length} spans (${mdText(outcome.error)})._\n`
  }
  if (opts.summaryPath) {
    try {
      appendFileSync(opts.summaryPath, `\n${line}`, 'utf8')
    } catch {
      // The summary was written already; a line about the export is not worth failing for.
    }
  }
}
