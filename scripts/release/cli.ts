// What the release scripts share as commands: files read from the working
// directory (npm runs lifecycle scripts in the package's folder; the
// workflow, in the checkout), and one line on stderr with exit status 1 for
// anything wrong, so that a workflow log shows what to fix and nothing else.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** package.json's `version` in the working directory. */
export function packageVersion(cwd = process.cwd()): string {
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { version?: unknown }
  if (typeof pkg.version !== 'string') throw new Error('package.json has no version.')
  return pkg.version
}

/** Runs `main`, turning a thrown error into `<name>: <message>` on stderr and exit status 1. */
export function runCommand(name: string, main: () => void): void {
  try {
    main()
  } catch (e) {
    process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 1
  }
}

/** The single positional argument, or a usage error. */
export function oneArgument(args: string[], usage: string): string {
  if (args.length !== 1 || args[0] === undefined || args[0].startsWith('-')) {
    throw new Error(`usage: ${usage}`)
  }
  return args[0]
}
