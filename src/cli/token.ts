// The token the CLI sends, and where it may go. A token from the
// environment (GITHUB_TOKEN, GH_TOKEN) is meant for the configured API
// (GITHUB_API_URL, else api.github.com): a run address that names another
// host must not receive it, or `runlens https://evil.example/o/r/actions/runs/1`
// would hand it to that host. There, only `--token` given on purpose is sent.
// The GitHub CLI keeps a token per host, and is asked for the host read.
import { spawnSync } from 'node:child_process'
import { CliError, EXIT, usageError } from './args.js'

/** The token and where it came from (named in error messages, never shown). */
export interface Token {
  value: string
  /** ex. "GITHUB_TOKEN", "--token", "`gh auth token`" */
  source: string
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The token for `apiUrl`: `--token`, else GITHUB_TOKEN or GH_TOKEN when
 * apiUrl is the configured API, else the GitHub CLI's token for its host.
 * Plain http is refused but on loopback: the token would cross the network
 * in clear.
 */
export function findToken(env: NodeJS.ProcessEnv, apiUrl: string, given?: string): Token {
  const target = new URL(apiUrl)
  if (target.protocol === 'http:' && !LOOPBACK.has(target.hostname)) {
    throw usageError(
      `Refusing to send a token over plain http to ${target.host}: use https (plain http is accepted on loopback only).`
    )
  }
  if (given !== undefined) {
    if (given.trim() === '') throw usageError('Invalid --token: it is empty.')
    return { value: given.trim(), source: '--token' }
  }
  const configured = new URL(env.GITHUB_API_URL || 'https://api.github.com')
  const envToken = ['GITHUB_TOKEN', 'GH_TOKEN'].find((name) => env[name]?.trim())
  if (envToken) {
    if (target.origin === configured.origin) {
      return { value: env[envToken]?.trim() ?? '', source: envToken }
    }
    throw usageError(
      `The run is on ${target.host}, but ${envToken} is sent only to ${configured.host} (GITHUB_API_URL). ` +
        `Pass --token for ${target.host}, or set GITHUB_API_URL to its API.`
    )
  }
  return ghToken(env, apiUrl)
}

/** The GitHub CLI's token for the API's host (`gh auth token --hostname github.com`). */
function ghToken(env: NodeJS.ProcessEnv, apiUrl: string): Token {
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
  const host = new URL(apiUrl).hostname
  return host === 'api.github.com' ? 'github.com' : host
}
