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
import { CliError, EXIT, parseCommandLine } from './args.js'
import { HELP, VERSION } from './help.js'
import { inertMarkdown, Progress, showPages, useColor } from './terminal.js'
import { findToken } from './token.js'

/** The flags as messages name them. */
const NAMES = { jobs: '--jobs', jobId: '--job-id', wait: '--wait', failOn: '--fail-on', jobKey: '' }

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const tty = process.stderr.isTTY === true
  const progress = new Progress(tty)
  let where: RunRef = { owner: '', repo: '', id: 0, attempt: 'latest' }
  let tokenSource = 'GITHUB_TOKEN'
  // A wait stops at the first Ctrl-C (or SIGTERM) and prints what it knows;
  // a second one quits at once. A single read keeps Ctrl-C's usual meaning.
  const cancel = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (cancel.signal.aborted) process.exit(exitOnSignal(name))
    progress.line(
      `${name === 'SIGINT' ? 'Ctrl-C' : name}: stopped waiting; the report shows what was known.`
    )
    cancel.abort(name)
  }
  /** One line saying what went wrong and what to do; never a stack, never the token. */
  const failed = (error: unknown): number => {
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

    const now = (): number => Date.now()
    const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
      delay(ms, undefined, signal ? { signal } : {}).catch(() => undefined)
    const octokit = createClient({
      token: token.value,
      baseUrl: cmd.apiUrl,
      warn: (m) => progress.line(`warning: ${m}`),
      info: (m) => progress.line(m),
      // No retry or rate-limit wait starts that would end past --timeout.
      deadlineMs: now() + cmd.timeoutMs,
      now,
      sleep
    })
    showPages(octokit, progress, run.id)
    progress.update(`Reading the jobs of run ${run.id}…`)
    if (cmd.wait) {
      process.on('SIGINT', onSignal)
      process.on('SIGTERM', onSignal)
    }
    const info = waitProgress(progress, cmd.wait !== null && !tty)
    const result = await reportRun(
      {
        run,
        jobs: cmd.jobs,
        failOn: cmd.failOn,
        allowFailure: cmd.allowFailure,
        wait: cmd.wait,
        // The JSON report has no log lines, so it reads none.
        logLines: format === 'json' ? 0 : cmd.logLines,
        history: cmd.history > 0 ? { count: cmd.history, slowerThan: cmd.slowerThan } : null,
        current: { jobId: null, runnerName: '', ownRun: false }
      },
      {
        octokit,
        urls: { apiUrl: cmd.apiUrl, serverUrl: cmd.serverUrl },
        now,
        sleep,
        signal: cancel.signal,
        notes: { info, group: info, warning: (w) => progress.line(`warning: ${w}`) },
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

    // A poll that failed while waiting: what was known is printed above.
    if (result.error !== undefined) return failed(result.error)
    const verdict = gateMessage(result.gate, NAMES)
    if (verdict) process.stderr.write(`runlens: ${verdict}\n`)
    if (cancel.signal.aborted) return exitOnSignal(cancel.signal.reason as NodeJS.Signals)
    return verdict ? EXIT.failed : EXIT.ok
  } catch (error) {
    progress.clear()
    if (error instanceof CliError) {
      process.stderr.write(`runlens: ${error.message}\n`)
      return error.exitCode
    }
    return failed(error)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The shell's status for a command a signal stopped. ex. SIGINT -> 130 */
function exitOnSignal(name: NodeJS.Signals): number {
  return name === 'SIGTERM' ? 143 : 130
}

/**
 * Where the pipeline's progress goes: a terminal redraws one line; a pipe or
 * a CI log waiting on a run gets each new line once (a poll that changed
 * nothing prints nothing).
 */
function waitProgress(progress: Progress, asLines: boolean): (line: string) => void {
  if (!asLines) return (line) => progress.update(line)
  let last = ''
  return (line) => {
    if (line !== last) progress.line(line)
    last = line
  }
}
