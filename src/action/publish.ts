// What the step leaves behind: the report file under RUNNER_TEMP, the
// outputs and the job summary. Written before the verdict, so a failed gate
// still has them.
import * as core from '@actions/core'
import { appendFileSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Report } from '../model/report.js'
import type { ReportResult } from '../pipeline/report-run.js'
import { logLines } from '../render/escape.js'
import { writeReportJson } from '../render/report-json.js'
import { renderSummary } from '../render/summary.js'
import type { Inputs } from './inputs.js'
import { buildOutputs, OUTPUT, type ReportFile } from './outputs.js'

/** Writes the report file, the outputs and (unless `summary: false`) the job summary. */
export function publish(
  result: ReportResult,
  inputs: Pick<Inputs, 'steps' | 'timeline' | 'summary' | 'exportTraceparent'>,
  env: NodeJS.ProcessEnv,
  opts: { now: number; ownSteps: boolean }
): void {
  const { report } = result
  const summary = renderSummary(report, {
    steps: inputs.steps,
    now: opts.now,
    notes: result.notes,
    ownSteps: opts.ownSteps,
    timeline: inputs.timeline,
    logs: result.logs
  })
  const outputs = buildOutputs(report, summary, writeReportFile(report, env, opts.now))
  outputs.warnings.forEach((w) => core.warning(logLines(w)))
  for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value)
  // For the steps after this one: their instrumented tools nest their spans
  // under this job's span (an OpenTelemetry SDK reads TRACEPARENT).
  const traceparent = outputs.values[OUTPUT.traceparent] ?? ''
  if (inputs.exportTraceparent && traceparent) core.exportVariable('TRACEPARENT', traceparent)
  if (inputs.summary && env.GITHUB_STEP_SUMMARY) appendSummary(env.GITHUB_STEP_SUMMARY, summary)
}

/**
 * Appends the summary to the job summary file, as core.summary.write() does,
 * but in one synchronous call: the toolkit's write goes through fs.promises,
 * whose first use starts libuv's thread pool, 7 to 13 ms of every run here.
 */
export function appendSummary(path: string, markdown: string): void {
  try {
    appendFileSync(path, markdown, 'utf8')
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Unable to write the job summary to GITHUB_STEP_SUMMARY (${path}): ${why}. Check that the file exists and is writable, or set summary: false.`,
      { cause: error }
    )
  }
}

/**
 * Writes the full report under RUNNER_TEMP; returns its path, and the JSON of
 * the jobs when it fits the `jobs` output.
 */
function writeReportFile(report: Report, env: NodeJS.ProcessEnv, now: number): ReportFile {
  const dir = env.RUNNER_TEMP || tmpdir()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `runlens-${report.run.id}-${now}-${process.pid}.json`)
  // Written piece by piece: the whole JSON can pass 25 MB.
  const fd = openSync(path, 'w')
  try {
    return { path, jobsJson: writeReportJson(report, (piece) => writeSync(fd, piece)) }
  } finally {
    closeSync(fd)
  }
}
