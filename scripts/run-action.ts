// Runs the bundled action the way the GitHub runner does: a child `node`
// process, inputs as INPUT_<NAME> variables (upper-cased, spaces to `_`,
// hyphens kept), GITHUB_* variables, and the GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY files, read back when it exits. Shared by the end-to-end
// tests, the demo and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface ActionRun {
  /** Inputs by their action.yml names; absent ones take action.yml's defaults. */
  inputs?: Record<string, string>
  /** GITHUB_API_URL of the fake API. */
  apiUrl: string
  /** Extra or overriding environment variables. */
  env?: Record<string, string>
  /** The script to run; dist/index.js by default. */
  entry?: string
  /**
   * The node binary: RUNLENS_TEST_NODE when set (CI runs the end-to-end
   * tests once more on Node 24, as GitHub runs `node24` actions), else this
   * process's.
   */
  node?: string
  /** Sends this signal after `signalAfterMs`. */
  signal?: { name: NodeJS.Signals; afterMs: number }
  /** Kill the child after this long (a test's safety net). */
  killAfterMs?: number
  /** Handed the process once started (to signal it when a test decides). */
  onStart?: (child: ChildProcess) => void
}

export interface ActionResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  /** Variables the step set for the steps after it (GITHUB_ENV). */
  env: Record<string, string>
  summary: string
  /** Lines the runner would read as `::error::` commands, unescaped. */
  errors: string[]
  warnings: string[]
  /** The content of the report file the action wrote, '' when none. */
  reportFile: string
}

/** The defaults action.yml gives inputs that the runner fills from the context. */
export function defaultInputs(env: Record<string, string>): Record<string, string> {
  const fromYaml = readActionDefaults()
  return {
    ...fromYaml,
    'github-token': 'ghs_faketoken0123456789',
    repository: env.GITHUB_REPOSITORY ?? '',
    'run-id': env.GITHUB_RUN_ID ?? '',
    'job-id': ''
  }
}

/** Literal defaults of action.yml (expressions are left to defaultInputs). */
function readActionDefaults(): Record<string, string> {
  const yaml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const out: Record<string, string> = {}
  const section = yaml.split(/^outputs:/m)[0] ?? ''
  let name: string | null = null
  for (const line of section.split('\n')) {
    const input = /^ {2}([a-z-]+):\s*$/.exec(line)
    if (input) name = input[1] ?? null
    const def = /^ {4}default:\s*(.*)$/.exec(line)
    if (def && name) {
      const value = (def[1] ?? '').replace(/^'(.*)'$/, '$1')
      if (!value.includes('${{')) out[name] = value
    }
  }
  return out
}

/** The INPUT_ variable of an input, as the runner names it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses the runner's `name<<DELIMITER` file format (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

/** Undoes the toolkit's escaping of workflow command data (%25, %0D, %0A). */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** The node that runs the bundle in tests: RUNLENS_TEST_NODE, else this process's. */
export function testNode(): string {
  return process.env.RUNLENS_TEST_NODE || process.execPath
}

/** The runner's files for one step, and the variables that point at them. */
export interface Step {
  dir: string
  files: {
    GITHUB_OUTPUT: string
    GITHUB_STATE: string
    GITHUB_STEP_SUMMARY: string
    GITHUB_ENV: string
  }
  /** GITHUB_*, RUNNER_* and INPUT_* variables, as the runner sets them. */
  env: Record<string, string>
}

/** A step's folder, files and environment (inputs as INPUT_* variables). */
export function prepareStep(run: Pick<ActionRun, 'apiUrl' | 'inputs' | 'env'>): Step {
  const dir = mkdtempSync(join(tmpdir(), 'runlens-e2e-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const base: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: run.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '29679449',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'report',
    GITHUB_WORKFLOW: 'CI',
    RUNNER_NAME: 'GitHub Actions 1000000242',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    RUNNER_OS: 'Linux',
    ...files,
    ...run.env
  }
  const inputs = { ...defaultInputs(base), ...run.inputs }
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...base }
  if (process.env.TZ !== undefined && run.env?.TZ === undefined) env.TZ = process.env.TZ
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  return { dir, files, env }
}

/** What the step left: outputs, state, summary, annotations, report file; its folder removed. */
export function collectStep(
  step: Step,
  run: { code: number | null; stdout: string; stderr: string }
): ActionResult {
  const commands = (kind: string): string[] =>
    run.stdout
      .split('\n')
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) => unescapeData(l.slice(l.indexOf('::', 2) + 2)))
  const result: ActionResult = {
    ...run,
    outputs: parseCommandFile(readFileSync(step.files.GITHUB_OUTPUT, 'utf8')),
    state: parseCommandFile(readFileSync(step.files.GITHUB_STATE, 'utf8')),
    env: parseCommandFile(readFileSync(step.files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(step.files.GITHUB_STEP_SUMMARY, 'utf8'),
    errors: commands('error'),
    warnings: commands('warning'),
    reportFile: ''
  }
  const reportPath = result.outputs['report-file']
  if (reportPath) result.reportFile = readFileSync(reportPath, 'utf8')
  rmSync(step.dir, { recursive: true, force: true })
  return result
}

/** Runs the action once; resolves when the process exits. */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const step = prepareStep(run)
  const child = spawn(run.node ?? testNode(), [run.entry ?? join(ROOT, 'dist', 'index.js')], {
    env: step.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  run.onStart?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timers: NodeJS.Timeout[] = []
  if (run.signal) {
    const { name, afterMs } = run.signal
    timers.push(setTimeout(() => child.kill(name), afterMs))
  }
  timers.push(setTimeout(() => child.kill('SIGKILL'), run.killAfterMs ?? 60_000))
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
  timers.forEach(clearTimeout)
  return collectStep(step, { code, stdout, stderr })
}
