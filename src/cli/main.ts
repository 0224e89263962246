// `runlens OWNER/REPO RUN_ID`: the action's report of a run, in a terminal.
// The same core as the action (createClient, readRun with recordMaker,
// reportOf, renderSummary, reportFileJson, gateVerdict); this file is the
// CLI's edge: arguments, environment, token, terminal and exit code. It never imports
// @actions/core: what it prints is for people (and for pipes), and no API
// text ever reaches stdout where a runner would read it as a `::command::`.
import { spawnSync } from 'node:child_process'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { logText } from '../render/escape.js'
import { parseTime } from '../model/time.js'
import { formatDuration, plural } from '../render/format.js'
import { gateVerdict } from '../model/gate.js'
import { createClient, explainError, type Octokit } from '../github/client.js'
import { InputError, INPUT, parseInputs, type Inputs } from '../action/inputs.js'
import { readRun } from '../github/jobs.js'
import { collectExcerpts } from '../github/logs.js'
import type { Excerpt } from '../model/log-lines.js'
import { reportFileJson } from '../action/outputs.js'
import { compilePatterns } from '../model/patterns.js'
import { isFailed, outcomeOf, reportOf, recordMaker, type Report } from '../model/report.js'
import { countsText, renderSummary } from '../render/summary.js'
import type { JobRecord, RunRef, StepRecord } from '../model/types.js'
import pkg from '../../package.json' with { type: 'json' }

/** Exit statuses, as the action's step: 0 ok, 1 failed; 2 is the CLI's own. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const FORMATS = ['text', 'markdown', 'json'] as const
type Format = (typeof FORMATS)[number]

const HELP = `runlens ${pkg.version}: the jobs of a GitHub Actions run, their conclusions,
timings and failing log lines.

Usage:
  runlens OWNER/REPO RUN_ID [options]
  runlens RUN_URL [options]
      RUN_URL: https://github.com/OWNER/REPO/actions/runs/RUN_ID[/attempts/N]

Options:
  --attempt N|all|latest   the jobs of one attempt, of every attempt, or of the
                           latest (default)
  --jobs PATTERN           job names to report, with * and ? wildcards; a
                           leading ! leaves names out; repeat for more
  --format FORMAT          text: a table for the terminal (default)
                           markdown: the action's job summary
                           json: the action's report file
  --fail-on LIST           exit 1 when a reported job ended with one of these
                           conclusions, comma-separated; unsuccessful means all
                           but success, skipped and neutral
  --allow-failure PATTERN  jobs that never make --fail-on exit 1; repeat for more
  --steps failed|all|none  whose steps are listed (default: failed)
  --log-lines N            failing log lines shown per failed job (default: 30;
                           0 downloads no logs)
  --no-timeline            no mermaid timeline in the markdown
  --color auto|always|never
                           colour in the text format (default auto: on a
                           terminal, unless NO_COLOR is set)
  -h, --help               this help
  --version                runlens's version

Environment:
  GITHUB_TOKEN, GH_TOKEN   a token that may read the repository's Actions
                           (fine-grained: Actions read; classic: repo). Without
                           one, runlens asks the GitHub CLI: gh auth token
  GITHUB_API_URL           the API (default https://api.github.com; GitHub
                           Enterprise Server: https://HOST/api/v3)
  GITHUB_SERVER_URL        the web address in links (default: from the API's)
  NO_COLOR                 no colour

Exit status: 0 reported; 1 an error, or a job with a --fail-on conclusion;
2 bad usage.
`

/** A message for the user and the exit status that goes with it; never a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message)
    this.name = 'CliError'
  }
}

const usageError = (message: string): CliError =>
  new CliError(`${message}\nSee: runlens --help`, EXIT.usage)

interface CliOptions {
  inputs: Omit<Inputs, 'token'>
  format: Format
  color: 'auto' | 'always' | 'never'
  apiUrl: string
  serverUrl: string
}

/** What the command line asks for; throws a usage CliError, or returns 'help' / 'version'. */
function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): CliOptions | 'help' | 'version' {
  let parsed: ParsedOptions
  try {
    parsed = parseOptions(argv)
  } catch (error) {
    // node:util's messages explain `--` for positionals; the first sentence is enough.
    const message = error instanceof Error ? error.message : String(error)
    throw usageError(message.split(/(?<=\.) /)[0] ?? message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'

  let repository: string
  let runId: string
  let attempt = values.attempt
  let apiUrl = env.GITHUB_API_URL
  let serverUrl = env.GITHUB_SERVER_URL
  const fromUrl = positionals.length === 1 ? parseRunUrl(positionals[0] ?? '') : null
  if (fromUrl) {
    repository = fromUrl.repository
    runId = fromUrl.runId
    attempt ??= fromUrl.attempt
    // A run page of another server is read from that server's API.
    serverUrl ||= fromUrl.serverUrl
    apiUrl ||= apiUrlOf(fromUrl.serverUrl)
  } else if (positionals.length === 2) {
    repository = positionals[0] ?? ''
    runId = positionals[1] ?? ''
  } else {
    throw usageError(
      positionals.length === 0
        ? 'Missing OWNER/REPO and RUN_ID.'
        : positionals.length === 1
          ? `Missing RUN_ID after '${logText(positionals[0] ?? '')}' (or give the run's web address).`
          : `Too many arguments: ${positionals.map((p) => `'${logText(p)}'`).join(' ')}.`
    )
  }

  const format = values.format ?? 'text'
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usageError(`Invalid --format: '${logText(format)}'. Expected text, markdown or json.`)
  }
  const color = values.color ?? 'auto'
  if (color !== 'auto' && color !== 'always' && color !== 'never') {
    throw usageError(`Invalid --color: '${logText(color)}'. Expected auto, always or never.`)
  }

  // The action's own validation, so that the CLI accepts what the action
  // accepts and says the same about the rest. The token is looked up after
  // (it may take a `gh` call), so a stand-in passes its check here.
  const given: Record<string, string> = {
    [INPUT.token]: 'looked-up-later',
    [INPUT.repository]: repository,
    [INPUT.runId]: runId,
    [INPUT.attempt]: attempt ?? 'latest',
    [INPUT.jobs]: (values.jobs ?? []).join('\n'),
    [INPUT.failOn]: values['fail-on'] ?? '',
    [INPUT.allowFailure]: (values['allow-failure'] ?? []).join('\n'),
    [INPUT.steps]: values.steps ?? 'failed',
    [INPUT.logLines]: values['log-lines'] ?? '30',
    [INPUT.timeline]: values['no-timeline'] ? 'false' : 'true'
  }
  let inputs: Inputs
  try {
    inputs = parseInputs((name) => given[name] ?? '', { repository: '', runId: '' })
  } catch (error) {
    if (error instanceof InputError) throw usageError(cliWording(error))
    throw error
  }
  const api = (apiUrl || 'https://api.github.com').replace(/\/+$/, '')
  return {
    inputs: withoutToken(inputs),
    format: format as Format,
    color,
    apiUrl: api,
    serverUrl: (serverUrl || serverUrlOf(api)).replace(/\/+$/, '')
  }
}

function withoutToken({ token: _token, ...rest }: Inputs): Omit<Inputs, 'token'> {
  return rest
}

const OPTIONS = {
  attempt: { type: 'string' },
  jobs: { type: 'string', multiple: true },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'allow-failure': { type: 'string', multiple: true },
  steps: { type: 'string' },
  'log-lines': { type: 'string' },
  'no-timeline': { type: 'boolean' },
  color: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const satisfies ParseArgsConfig['options']

type ParsedOptions = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>

function parseOptions(argv: string[]): ParsedOptions {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
}

/**
 * An input error in the CLI's words.
 * ex. input 'attempt', value '0' -> "Invalid --attempt: '0'. Expected latest, all, …"
 */
function cliWording(error: InputError): string {
  const names: Record<string, string> = {
    [INPUT.repository]: 'OWNER/REPO',
    [INPUT.runId]: 'RUN_ID'
  }
  return `Invalid ${names[error.input] ?? `--${error.input}`}: '${error.value}'. Expected ${error.accepted}.`
}

/**
 * A run's web address.
 * ex. "https://github.com/o/r/actions/runs/5/attempts/2" -> { repository: 'o/r', runId: '5', attempt: '2', serverUrl: 'https://github.com' }
 */
function parseRunUrl(
  text: string
): { repository: string; runId: string; attempt?: string; serverUrl: string } | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const m = /^\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/attempts\/(\d+))?(?:\/|$)/.exec(
    url.pathname
  )
  if (!m) return null
  return {
    repository: `${m[1] ?? ''}/${m[2] ?? ''}`,
    runId: m[3] ?? '',
    ...(m[4] ? { attempt: m[4] } : {}),
    serverUrl: url.origin
  }
}

/** ex. "https://github.com" -> "https://api.github.com", "https://ghe.example" -> "https://ghe.example/api/v3" */
function apiUrlOf(serverUrl: string): string {
  return serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`
}

/** ex. "https://api.github.com" -> "https://github.com", "https://ghe.example/api/v3" -> "https://ghe.example" */
function serverUrlOf(apiUrl: string): string {
  if (apiUrl === 'https://api.github.com') return 'https://github.com'
  const ghes = /^(https?:\/\/[^/]+)\/api\/v3$/.exec(apiUrl)
  return ghes?.[1] ?? 'https://github.com'
}

/** The token and where it came from (named in error messages, never shown). */
interface Token {
  value: string
  source: string
}

/**
 * GITHUB_TOKEN, GH_TOKEN, or the GitHub CLI's token for the API's host
 * (`gh auth token --hostname github.com`).
 */
function findToken(env: NodeJS.ProcessEnv, apiUrl: string): Token {
  for (const name of ['GITHUB_TOKEN', 'GH_TOKEN']) {
    const value = env[name]?.trim()
    if (value) return { value, source: name }
  }
  const host = ghHost(apiUrl)
  const gh = spawnSync('gh', ['auth', 'token', '--hostname', host], {
    encoding: 'utf8',
    env,
    timeout: 10_000,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const value = gh.stdout?.trim() ?? ''
  if (!gh.error && gh.status === 0 && value !== '') return { value, source: '`gh auth token`' }
  const ask =
    'Set GITHUB_TOKEN to a token that may read the repository’s Actions (fine-grained: Actions read; classic: repo scope)'
  if (gh.error && 'code' in gh.error && gh.error.code === 'ENOENT') {
    throw new CliError(
      `No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and the GitHub CLI (gh) is not installed. ${ask}, or install gh and run gh auth login.`,
      EXIT.failed
    )
  }
  throw new CliError(
    `No token: neither GITHUB_TOKEN nor GH_TOKEN is set, and \`gh auth token --hostname ${host}\` gave none. ${ask}, or run gh auth login --hostname ${host}.`,
    EXIT.failed
  )
}

/** The host `gh` knows the API by. ex. "https://api.github.com" -> "github.com" */
function ghHost(apiUrl: string): string {
  try {
    const host = new URL(apiUrl).hostname
    return host === 'api.github.com' ? 'github.com' : host
  } catch {
    return 'github.com'
  }
}

// ---------------------------------------------------------------------------
// The terminal

/** Writes to stderr; on a terminal, one progress line redrawn in place. */
class Progress {
  private text = ''
  constructor(private readonly tty: boolean) {}

  /** Replaces the progress line (terminals only: a pipe or a log gets no progress). */
  update(text: string): void {
    if (!this.tty) return
    this.text = text
    process.stderr.write(`\r\x1b[K${text}`)
  }

  /** Removes the progress line for good. */
  clear(): void {
    if (this.text === '') return
    process.stderr.write('\r\x1b[K')
    this.text = ''
  }

  /** A line that stays (a warning, a retry), with the progress line drawn again below it. */
  line(text: string): void {
    const shown = this.text
    this.clear()
    process.stderr.write(`runlens: ${text}\n`)
    if (shown) this.update(shown)
  }
}

/** Reports each page of jobs as it arrives. */
function showPages(octokit: Octokit, progress: Progress, runId: number): void {
  let listed = 0
  let pages = 0
  octokit.hook.after('request', (response) => {
    const data = response.data as { total_count?: unknown; jobs?: unknown } | null
    if (typeof data?.total_count !== 'number' || !Array.isArray(data.jobs)) return
    pages++
    listed += data.jobs.length
    progress.update(
      `Reading the jobs of run ${runId}: ${plural(pages, 'page')}, ${listed} of ${data.total_count} jobs…`
    )
  })
}

/** SGR colour codes; `paint` is the identity without colour. */
const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const
type Paint = (style: keyof typeof SGR, text: string) => string

function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${SGR[style]}m${text}\x1b[0m` : (_, text) => text
}

/** `auto`: on a terminal, unless NO_COLOR is set (https://no-color.org) or TERM is dumb. */
function useColor(mode: CliOptions['color'], env: NodeJS.ProcessEnv): boolean {
  if (mode !== 'auto') return mode === 'always'
  return process.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
}

/** Columns a string takes in a terminal: wide East Asian and emoji take 2, marks 0. */
function width(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfe0f) continue
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd)
    n += wide ? 2 : 1
  }
  return n
}

/** Cuts to at most `max` columns with an ellipsis. ex. cut('integration (postgres)', 12) === 'integration…' */
function cut(s: string, max: number): string {
  if (width(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (width(out + ch) > max - 1) break
    out += ch
  }
  return `${out}…`
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)))
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s

/** One-column symbols (emoji are two columns in most terminals, one in some). */
const SYMBOL: Record<string, [string, keyof typeof SGR]> = {
  success: ['✓', 'green'],
  failure: ['✗', 'red'],
  timed_out: ['✗', 'red'],
  startup_failure: ['✗', 'red'],
  cancelled: ['⊘', 'yellow'],
  action_required: ['!', 'yellow'],
  stale: ['?', 'yellow'],
  unknown: ['?', 'yellow'],
  neutral: ['○', 'dim'],
  skipped: ['-', 'dim'],
  in_progress: ['●', 'yellow'],
  queued: ['○', 'dim']
}

function symbolOf(item: Pick<JobRecord, 'status' | 'conclusion'>, paint: Paint): string {
  const key =
    item.status === 'completed'
      ? outcomeOf(item)
      : item.status === 'in_progress'
        ? 'in_progress'
        : 'queued'
  const [symbol, style] = SYMBOL[key] ?? ['?', 'yellow']
  return paint(style, symbol)
}

/** ex. "failure", "in progress", "timed out" */
function stateText(item: Pick<JobRecord, 'status' | 'conclusion'>): string {
  const word = item.status === 'completed' ? (item.conclusion ?? 'unknown') : item.status
  return word.replace(/_/g, ' ')
}

/** ex. "1m 10s", or "4m 2s so far" for a running job */
function durationText(item: JobRecord | StepRecord, now: number): string {
  if (item.duration_seconds !== null) return formatDuration(item.duration_seconds)
  const started = item.status === 'in_progress' ? parseTime(item.started_at) : null
  if (started === null) return formatDuration(null)
  return `${formatDuration(Math.round((now - started) / 1000))} so far`
}

/** API text for one terminal line: no escape sequences, no control characters, no `::command::`. */
const term = (s: string): string => logText(s)

/** Longest job name shown in full in the table. */
const NAME_COLUMNS = 48

interface TextOptions {
  paint: Paint
  now: number
  steps: Inputs['steps']
  excerpts: Map<number, Excerpt>
}

/** The text format: heading, verdict, a table of jobs, steps, failed jobs with their log lines. */
function renderText(report: Report, opts: TextOptions): string {
  const { paint, now } = opts
  const out: string[] = []
  const run = report.run
  const which =
    run.attempt === 'all'
      ? ' (all attempts)'
      : typeof run.attempt === 'number'
        ? `, attempt ${run.attempt}`
        : ''
  const workflow = run.workflow ? `${term(run.workflow)} ` : ''
  out.push(paint('bold', `${workflow}run ${run.id}${which} · ${run.owner}/${run.repo}`))
  out.push(paint('dim', run.url), '')
  out.push(verdict(report, paint), '')
  if (report.jobs.length === 0) {
    out.push('No job of this run matched the --jobs patterns.')
    return `${out.join('\n')}\n`
  }

  // The table: every job read, in run order, earlier attempts included.
  const attempts = run.attempt === 'all'
  const names = report.jobs.map((j) => cut(term(j.name), NAME_COLUMNS))
  const nameWidth = Math.max(3, ...names.map(width))
  // The records the aggregates count: a job's latest attempt (a set, as every row asks).
  const counted = new Set(report.aggregated)
  const rows = report.jobs.map((job, i) => {
    const retried = report.passedOnRetry.has(job.name) && counted.has(job)
    return {
      job,
      cells: [
        pad(names[i] ?? '', nameWidth),
        ...(attempts ? [String(job.attempt)] : []),
        stateText(job) + (retried ? ' (passed on retry)' : ''),
        formatDuration(job.queued_seconds),
        durationText(job, now),
        job.runner_name ? term(job.runner_name) : '–'
      ]
    }
  })
  const header = ['JOB', ...(attempts ? ['ATTEMPT'] : []), 'CONCLUSION', 'QUEUED', 'DURATION']
  const widths = header.map((h, c) =>
    Math.max(width(h), ...rows.map((r) => width(r.cells[c] ?? '')))
  )
  // Numbers read best right-aligned: attempt, queued, duration.
  const right = new Set(attempts ? [1, 3, 4] : [2, 3])
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) =>
        c === cells.length - 1
          ? cell
          : right.has(c)
            ? padStart(cell, widths[c] ?? 0)
            : pad(cell, widths[c] ?? 0)
      )
      .join('  ')
      .trimEnd()
  out.push(`   ${paint('bold', line([...header, 'RUNNER']))}`)
  for (const { job, cells } of rows) {
    const superseded = !counted.has(job)
    const text = line(cells)
    out.push(` ${symbolOf(job, paint)} ${superseded ? paint('dim', text) : text}`)
  }

  // Steps, of the jobs --steps selects (`failed`: the failed jobs' failing step, below).
  if (opts.steps === 'all') {
    for (const job of report.jobs.filter((j) => j.steps.length > 0)) {
      out.push('', paint('bold', `${term(job.name)}${attempts ? ` (attempt ${job.attempt})` : ''}`))
      for (const step of job.steps) {
        out.push(
          `   ${symbolOf(step, paint)} ${padStart(String(step.number), 2)}  ${term(step.name)}  ${paint('dim', durationText(step, now))}`
        )
      }
    }
  }

  const failed = report.aggregated.filter(isFailed)
  if (failed.length > 0) out.push('', paint('bold', `Failed (${failed.length})`))
  for (const job of failed) {
    const step = job.steps.find((s) => s.conclusion === 'failure') ?? null
    const where = step && opts.steps !== 'none' ? ` · step ${step.number} ${term(step.name)}` : ''
    out.push(
      '',
      `${symbolOf(job, paint)} ${paint('bold', term(job.name))} · ${stateText(job)}${where}`,
      `  ${paint('cyan', step ? step.url : job.url)}`
    )
    const excerpt = opts.excerpts.get(job.id)
    if (!excerpt) continue
    if ('missing' in excerpt) {
      out.push(paint('dim', `  (log ${term(excerpt.missing)})`))
    } else {
      for (const l of excerpt.lines) out.push(`  ${paint('dim', '│')} ${term(l)}`.trimEnd())
    }
  }
  return `${out.join('\n')}\n`
}

/** ex. "✗ failure · 39 jobs: 37 success, 1 failure, 1 skipped · wall time 34m 18s · job time 56m 22s" */
function verdict(report: Report, paint: Paint): string {
  const [symbol, style] = SYMBOL[report.conclusion] ??
    (report.conclusion === 'pending' ? SYMBOL.in_progress : undefined) ?? ['?', 'yellow']
  return (
    `${paint(style, `${symbol} ${report.conclusion.replace(/_/g, ' ')}`)}` +
    ` · ${countsText(report)}` +
    ` · wall time ${formatDuration(report.durationSeconds)} · job time ${formatDuration(report.jobSeconds)}`
  )
}

/**
 * The summary, safe to print in a workflow's log: a log line of a failed
 * job, shown in a code block, may read `::error::…`; a zero-width space after
 * its first colon keeps the runner from acting on it, and renders as nothing.
 */
function inertMarkdown(md: string): string {
  return md.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b')
}

// ---------------------------------------------------------------------------
// The command

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const progress = new Progress(process.stderr.isTTY === true)
  let where: RunRef = { owner: '', repo: '', id: 0, attempt: 'latest' }
  let tokenSource = 'GITHUB_TOKEN'
  try {
    const cmd = parseCommandLine(argv, env)
    if (cmd === 'help') {
      process.stdout.write(HELP)
      return EXIT.ok
    }
    if (cmd === 'version') {
      process.stdout.write(`${pkg.version}\n`)
      return EXIT.ok
    }
    const { inputs, format } = cmd
    where = { owner: inputs.owner, repo: inputs.repo, id: inputs.runId, attempt: inputs.attempt }
    const token = findToken(env, cmd.apiUrl)
    tokenSource = token.source

    const octokit = createClient({
      token: token.value,
      baseUrl: cmd.apiUrl,
      warn: (m) => progress.line(`warning: ${m}`),
      info: (m) => progress.line(m)
    })
    showPages(octokit, progress, inputs.runId)
    progress.update(`Reading the jobs of run ${inputs.runId}…`)
    const run = where
    const urls = { apiUrl: cmd.apiUrl, serverUrl: cmd.serverUrl }
    // As the action does: records made as pages arrive, no raw page kept.
    const read = await readRun(
      octokit,
      run,
      { runnerName: '', ownRun: false },
      { convert: recordMaker(run, urls) }
    )
    for (const w of read.warnings) progress.line(`warning: ${w}`)
    const now = Date.now()
    const report = reportOf(read.jobs, {
      run,
      urls,
      workflow: read.workflowName,
      select: compilePatterns(inputs.jobs, true),
      currentJobId: null,
      now
    })

    // The failing log lines: the JSON report has none, so it reads none.
    const failed = report.aggregated.filter(isFailed)
    let excerpts = new Map<number, Excerpt>()
    if (format !== 'json' && inputs.logLines > 0 && failed.length > 0) {
      progress.update(`Reading the logs of ${plural(Math.min(failed.length, 10), 'failed job')}…`)
      excerpts = await collectExcerpts(octokit, inputs, failed, { lines: inputs.logLines })
    }
    progress.clear()

    if (format === 'json') {
      process.stdout.write(`${reportFileJson(report)}\n`)
    } else if (format === 'markdown') {
      const summary = renderSummary(report, {
        steps: inputs.steps,
        now,
        timeline: inputs.timeline,
        ...(excerpts.size > 0 ? { logs: { excerpts, omitted: failed.length - excerpts.size } } : {})
      })
      process.stdout.write(inertMarkdown(summary))
    } else {
      const paint = painter(useColor(cmd.color, env))
      process.stdout.write(renderText(report, { paint, now, steps: inputs.steps, excerpts }))
    }

    const gate = gateVerdict(report, {
      failOn: inputs.failOn,
      allowFailure: compilePatterns(inputs.allowFailure, false)
    })
    if (gate) {
      process.stderr.write(
        `runlens: ${gate.replace(/fail-on conclusion/, '--fail-on conclusion')}\n`
      )
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
