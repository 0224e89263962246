// The two edges called in-process, as jest can cover them: the action's
// run() with the runner's variables and command files, and the CLI's main()
// with its arguments. What they print is captured, not shown; the clock and
// sleep can be virtual. The end-to-end suites run the same through dist/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  defaultInputs,
  inputVariable,
  parseCommandFile,
  type ActionResult
} from '../../scripts/run-action.js'

/** A clock that moves only when something sleeps; `onSleep` sees each nap. */
export function virtualClock(startMs: number, onSleep?: (ms: number, napCount: number) => void) {
  let now = startMs
  let naps = 0
  return {
    now: (): number => now,
    sleep: (ms: number): Promise<void> => {
      now += ms
      naps++
      onSleep?.(ms, naps)
      return Promise.resolve()
    },
    naps: (): number => naps
  }
}

/** Captures what `fn` writes to stdout and stderr. */
async function capture<T>(
  fn: () => Promise<T>
): Promise<{ value: T; stdout: string; stderr: string }> {
  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  let stdout = ''
  let stderr = ''
  process.stdout.write = (chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }
  process.stderr.write = (chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  }
  try {
    return { value: await fn(), stdout, stderr }
  } finally {
    process.stdout.write = out
    process.stderr.write = err
  }
}

export interface InProcessRun {
  apiUrl: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  now?: () => number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** The action's run(), with the variables and files the runner gives a step. */
export async function runInProcess(r: InProcessRun): Promise<ActionResult> {
  const { run } = await import('../../src/action/main.js')
  const dir = mkdtempSync(join(tmpdir(), 'runlens-inproc-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const base: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: r.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '29679449',
    GITHUB_JOB: 'report',
    RUNNER_NAME: 'GitHub Actions 1000000242',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    ...files,
    ...r.env
  }
  const saved = process.env
  const env: Record<string, string> = { PATH: saved.PATH ?? '', ...base }
  for (const [name, value] of Object.entries({ ...defaultInputs(base), ...r.inputs })) {
    env[inputVariable(name)] = value
  }
  process.env = env
  process.exitCode = undefined
  try {
    const { stdout, stderr } = await capture(() =>
      run({ env, ...(r.now ? { now: r.now } : {}), ...(r.sleep ? { sleep: r.sleep } : {}) })
    )
    const commands = (kind: string): string[] =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith(`::${kind}`))
        .map((l) =>
          l
            .slice(l.indexOf('::', 2) + 2)
            .replace(/%0D/g, '\r')
            .replace(/%0A/g, '\n')
            .replace(/%25/g, '%')
        )
    const outputs = parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
    const reportPath = outputs['report-file']
    return {
      code: process.exitCode === 1 ? 1 : 0,
      stdout,
      stderr,
      outputs,
      state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      errors: commands('error'),
      warnings: commands('warning'),
      reportFile: reportPath ? readFileSync(reportPath, 'utf8') : ''
    }
  } finally {
    process.env = saved
    process.exitCode = undefined
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The CLI's main(), with its arguments and environment. */
export async function cliInProcess(
  argv: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/main.js')
  const { value, stdout, stderr } = await capture(() => main(argv, { PATH: '', ...env }))
  return { code: value, stdout, stderr }
}
