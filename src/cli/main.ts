// `runlens OWNER/REPO RUN_ID`: the action's report of a run, in a terminal.
// The CLI's edge around the same report pipeline as the action: arguments,
// environment, token and terminal in; text, Markdown or JSON out, and an
// exit status. It never imports @actions/core: what it prints is for people
// (and for pipes), and no API text ever reaches stdout where a runner would
// read it as a `::command::`.
import { setTimeout as delay } from 'node:timers/promises'
import { createClient, explainError } from '../github/client.js'
import type { RunRef } from '../model/types.js'
import { exportTrace } from '../pipeline/export-trace.js'
import { reportRun } from '../pipeline/report-run.js'
import { gateMessage } from '../render/gate.js'
import { reportFileJson } from '../render/report-json.js'
import { renderSummary } from '../render/summary.js'
import { painter, renderText } from '../render/text.js'
import { CliError, EXIT, HELP, parseCommandLine, VERSION } from './args.js'
import { inertMarkdown, Progress, showPages, useColor } from './terminal.js'
import { findToken } from './token.js'

/** The flags as messages name them. */
const NAMES = { jobs: '--jobs', jobId: '--job-id', wait: '--wait', failOn: '--fail-on', jobKey: '' }

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const progress = new Progress(process.stderr.isTTY === true)
  let where: RunRef = { owner: '', repo: '', id: 0, attempt: 'latest' }
  let tokenSource = 'GITHUB_TOKEN'
  // Ctrl-C ends the process as usual; nothing waits long enough to report on a cancel yet.
  const cancel = new AbortController()
  try {
    const cmd = parseCommandLine(argv, env)
    if (cmd === 'help') {
      process.stdout.write(HELP)
      return EXIT.ok
    }
    if (cmd === 'version') {
      process.stdout.write(`${VERSION}\n`)
      return EXIT.ok
    }
    const { run, format } = cmd
    where = run
    const token = findToken(env, cmd.apiUrl, cmd.token)
    tokenSource = token.source

    const octokit = createClient({
      token: token.value,
      baseUrl: cmd.apiUrl,
      warn: (m) => progress.line(`warning: ${m}`),
      info: (m) => progress.line(m)
    })
    showPages(octokit, progress, run.id)
    progress.update(`Reading the jobs of run ${run.id}…`)
    const now = (): number => Date.now()
    const result = await reportRun(
      {
        run,
        jobs: cmd.jobs,
        failOn: cmd.failOn,
        allowFailure: cmd.allowFailure,
        wait: null,
        // The JSON report has no log lines, so it reads none.
        logLines: format === 'json' ? 0 : cmd.logLines,
        history: cmd.history > 0 ? { count: cmd.history, slowerThan: cmd.slowerThan } : null,
        current: { jobId: null, runnerName: '', ownRun: false }
      },
      {
        octokit,
        urls: { apiUrl: cmd.apiUrl, serverUrl: cmd.serverUrl },
        now,
        sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
        signal: cancel.signal,
        notes: {
          info: (line) => progress.update(line),
          warning: (w) => progress.line(`warning: ${w}`)
        },
        names: NAMES
      }
    )
    progress.clear()
    // What could not be read (annotations the token may not read), as the summary says it.
    for (const note of result.notes) progress.line(`note: ${note}`)

    const { report, logs } = result
    if (format === 'json') {
      process.stdout.write(`${reportFileJson(report)}\n`)
    } else if (format === 'markdown') {
      const summary = renderSummary(report, {
        steps: cmd.steps,
        now: now(),
        timeline: cmd.timeline,
        ...(logs && logs.excerpts.size > 0 ? { logs } : {})
      })
      process.stdout.write(inertMarkdown(summary))
    } else {
      const paint = painter(useColor(cmd.color, env))
      const excerpts = logs?.excerpts ?? new Map<number, never>()
      process.stdout.write(renderText(report, { paint, now: now(), steps: cmd.steps, excerpts }))
    }
    // Backfill: any past run, exported as its trace (stderr says how it went).
    if (cmd.otlp) {
      await exportTrace(report, cmd.otlp, {
        now: now(),
        headBranch: null,
        info: (line) => progress.line(line),
        warning: (w) => progress.line(`warning: ${w}`)
      })
    }

    const verdict = gateMessage(result.gate, NAMES)
    if (verdict) {
      process.stderr.write(`runlens: ${verdict}\n`)
      return EXIT.failed
    }
    return EXIT.ok
  } catch (error) {
    progress.clear()
    if (error instanceof CliError) {
      process.stderr.write(`runlens: ${error.message}\n`)
      return error.exitCode
    }
    const message = explainError(error, where, {
      token: `the token (from ${tokenSource})`,
      run: 'OWNER/REPO and RUN_ID',
      timeout: '--timeout',
      attempt: '--attempt'
    })
      // One line on the terminal: the permissions YAML of a 403 too.
      .replace(/\s*\n\s*/g, ' ')
    process.stderr.write(`runlens: ${message}\n`)
    return EXIT.failed
  }
}
