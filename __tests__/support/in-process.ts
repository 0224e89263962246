// The two edges called in-process, as jest can cover them: the action's
// run() with the runner's variables and command files, and the CLI's main()
// with its arguments. What they print is captured, not shown; the clock and
// sleep can be virtual. The end-to-end suites run the same through dist/.
import { collectStep, prepareStep, type ActionResult } from '../../scripts/run-action.js'

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
  const step = prepareStep({
    apiUrl: r.apiUrl,
    ...(r.inputs ? { inputs: r.inputs } : {}),
    ...(r.env ? { env: r.env } : {})
  })
  const saved = process.env
  process.env = step.env
  process.exitCode = undefined
  try {
    const { stdout, stderr } = await capture(() =>
      run({
        env: step.env,
        ...(r.now ? { now: r.now } : {}),
        ...(r.sleep ? { sleep: r.sleep } : {})
      })
    )
    return collectStep(step, { code: process.exitCode === 1 ? 1 : 0, stdout, stderr })
  } finally {
    process.env = saved
    process.exitCode = undefined
  }
}

/**
 * The CLI's main(), with its arguments and environment, and stdout and
 * stderr seen as pipes (not terminals) whatever jest's own streams are: no
 * progress line, and colour only when asked.
 */
export async function cliInProcess(
  argv: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli/main.js')
  const streams = [process.stdout, process.stderr]
  const tty = streams.map((s) => s.isTTY)
  for (const s of streams) s.isTTY = false
  try {
    const { value, stdout, stderr } = await capture(() => main(argv, { PATH: '', ...env }))
    return { code: value, stdout, stderr }
  } finally {
    streams.forEach((s, i) => (s.isTTY = tty[i] as boolean))
  }
}
