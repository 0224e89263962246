// The command line: positionals and flags read and checked with the rules
// the action's inputs follow (model/options.ts), named as the user typed
// them. Pure but for the package version: argv and the environment in,
// options or a usage error out.
import { otlpOptions, type OtlpOptions } from '../model/otlp-options.js'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import {
  OptionError,
  parseAttempt,
  parseConclusions,
  parseDuration,
  parseHistory,
  parseLogLines,
  parsePatterns,
  parseRepository,
  parseRunId,
  parseSlowerThan,
  parseSteps,
  type StepsMode
} from '../model/options.js'
import type { RunRef } from '../model/types.js'
import { logText } from '../render/escape.js'

/** Exit statuses, as the action's step: 0 ok, 1 failed; 2 is the CLI's own. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

const FORMATS = ['text', 'markdown', 'json'] as const
export type Format = (typeof FORMATS)[number]

/** A message for the user and the exit status that goes with it; never a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message)
    this.name = 'CliError'
  }
}

export const usageError = (message: string): CliError =>
  new CliError(`${message}\nSee: runlens --help`, EXIT.usage)

export interface CliOptions {
  run: RunRef
  jobs: string[]
  failOn: string[]
  allowFailure: string[]
  /** `--wait`: poll until the selected jobs have completed; null: read once. */
  wait: { timeoutMs: number; intervalMs: number; failFast: boolean } | null
  /** `--timeout`: no retry or rate-limit wait goes on past it. */
  timeoutMs: number
  steps: StepsMode
  logLines: number
  timeline: boolean
  /** Earlier runs to compare with; 0: none. */
  history: number
  slowerThan: number
  /** Where to export the run as a trace; null: no export. */
  otlp: OtlpOptions | null
  format: Format
  color: 'auto' | 'always' | 'never'
  /** The API the run is read from, and the web address of its links. */
  apiUrl: string
  serverUrl: string
  /** `--token`: sent to apiUrl, whatever host that is. */
  token?: string
}

const OPTIONS = {
  attempt: { type: 'string' },
  jobs: { type: 'string', multiple: true },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  'allow-failure': { type: 'string', multiple: true },
  wait: { type: 'boolean' },
  timeout: { type: 'string' },
  interval: { type: 'string' },
  'no-fail-fast': { type: 'boolean' },
  steps: { type: 'string' },
  'log-lines': { type: 'string' },
  'no-timeline': { type: 'boolean' },
  history: { type: 'string' },
  'slower-than': { type: 'string' },
  'otlp-endpoint': { type: 'string' },
  color: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const satisfies ParseArgsConfig['options']

/** What the command line asks for; throws a usage CliError, or returns 'help' / 'version'. */
export function parseCommandLine(
  argv: string[],
  env: NodeJS.ProcessEnv
): CliOptions | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    // node:util's messages explain `--` for positionals; the first sentence is enough.
    const message = error instanceof Error ? error.message : String(error)
    throw usageError(message.split(/(?<=\.) /)[0] ?? message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  if (values.version) return 'version'
  try {
    return options(values, positionals, env)
  } catch (error) {
    if (error instanceof OptionError) throw usageError(error.message)
    throw error
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']

function options(values: Values, positionals: string[], env: NodeJS.ProcessEnv): CliOptions {
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
  const api = (apiUrl || 'https://api.github.com').replace(/\/+$/, '')
  const wait = values.wait === true
  for (const flag of ['interval', 'no-fail-fast'] as const) {
    if (values[flag] !== undefined && !wait) throw usageError(`--${flag} needs --wait.`)
  }
  const timeoutMs = parseDuration('--timeout', values.timeout ?? '30m')
  const { owner, repo } = parseRepository('OWNER/REPO', repository)
  return {
    run: {
      owner,
      repo,
      id: parseRunId('RUN_ID', runId),
      attempt: parseAttempt('--attempt', attempt ?? 'latest')
    },
    jobs: parsePatterns('--jobs', (values.jobs ?? []).join('\n')),
    // A script blocked on a run goes on only when it passed: --wait fails on
    // any unsuccessful conclusion unless --fail-on says otherwise.
    failOn: parseConclusions('--fail-on', values['fail-on'] ?? (wait ? 'unsuccessful' : '')),
    allowFailure: parsePatterns('--allow-failure', (values['allow-failure'] ?? []).join('\n')),
    wait: wait
      ? {
          timeoutMs,
          intervalMs: parseDuration('--interval', values.interval ?? '10s'),
          failFast: !values['no-fail-fast']
        }
      : null,
    timeoutMs,
    steps: parseSteps('--steps', values.steps ?? 'failed'),
    logLines: parseLogLines('--log-lines', values['log-lines'] ?? '30'),
    timeline: !values['no-timeline'],
    history: parseHistory('--history', values.history ?? '0'),
    slowerThan: parseSlowerThan('--slower-than', values['slower-than'] ?? '1.5'),
    otlp: otlpOptions({ endpoint: values['otlp-endpoint'] ?? '', headers: '', protocol: '' }, env, {
      endpoint: '--otlp-endpoint',
      headers: 'OTEL_EXPORTER_OTLP_HEADERS',
      protocol: 'OTEL_EXPORTER_OTLP_PROTOCOL'
    }),
    format: format as Format,
    color,
    apiUrl: api,
    serverUrl: (serverUrl || serverUrlOf(api)).replace(/\/+$/, ''),
    ...(values.token !== undefined ? { token: values.token } : {})
  }
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
