// `npm run check:package`: what `npm publish` would put on the registry, checked
// before it does. The tarball `npm pack --dry-run` lists must hold the CLI
// (dist/cli/: its entry, every chunk it may load, its licences) and the
// package's README and LICENSE, and nothing else: no sources, tests, source
// maps or the action's own bundle. The package must install with nothing
// beside it (the bundle holds its dependencies), be public, and say which
// Node it needs. Prints the file list and sizes; exits 1 on any finding.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT } from './run-action.js'

/** One entry of `npm pack --dry-run --json`. */
export interface Packed {
  name: string
  version: string
  filename: string
  /** Bytes of the .tgz, and of the files unpacked. */
  size: number
  unpackedSize: number
  files: { path: string; size: number }[]
}

export interface Manifest {
  private?: boolean
  bin?: Record<string, string> | string
  engines?: { node?: string }
  dependencies?: Record<string, string>
  files?: string[]
}

/** Files the package may hold beside the CLI. */
const TOP = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])
/** The CLI bundle: its entry, its chunks, its licences and the `type: module` marker. */
const CLI_FILE = /^dist\/cli\/(?:[\w.-]+\.js|licenses\.txt|package\.json)$/
/** Above this the tarball has taken something it should not (it is about 0.6 MB). */
export const MAX_PACKED_BYTES = 1_500_000

/**
 * What is wrong with the package: each finding one line.
 * `cliFiles` are the files of the built dist/cli/ (the bundle's chunks).
 */
export function packageFindings(pack: Packed, manifest: Manifest, cliFiles: string[]): string[] {
  const findings: string[] = []
  const paths = new Set(pack.files.map((f) => f.path))
  if (manifest.private) findings.push('package.json: "private": true keeps it from the registry')
  if (!manifest.engines?.node)
    findings.push('package.json: no "engines.node" saying which Node runs the CLI')
  const deps = Object.keys(manifest.dependencies ?? {})
  if (deps.length > 0) {
    findings.push(
      `package.json: "dependencies" (${deps.join(', ')}) would be installed with the CLI, whose bundle already holds them: make them devDependencies`
    )
  }
  const bins = typeof manifest.bin === 'string' ? { runlens: manifest.bin } : (manifest.bin ?? {})
  if (!bins.runlens) findings.push('package.json: no "bin.runlens"')
  for (const [name, target] of Object.entries(bins)) {
    const path = target.replace(/^\.\//, '')
    if (!paths.has(path)) findings.push(`bin.${name}: ${path} is not in the tarball`)
  }
  for (const file of pack.files) {
    if (!TOP.has(file.path) && !CLI_FILE.test(file.path)) {
      findings.push(`${file.path}: not something the CLI needs`)
    }
  }
  for (const file of cliFiles) {
    const path = `dist/cli/${file}`
    if (CLI_FILE.test(path) && !paths.has(path))
      findings.push(`${path}: built, but not in the tarball`)
  }
  for (const needed of ['README.md', 'LICENSE', 'dist/cli/licenses.txt']) {
    if (!paths.has(needed)) findings.push(`${needed}: missing from the tarball`)
  }
  if (pack.size > MAX_PACKED_BYTES) {
    findings.push(`the tarball is ${pack.size} bytes, over ${MAX_PACKED_BYTES}`)
  }
  return findings
}

/** The file list as a table: path and size, and the totals. */
export function packageTable(pack: Packed): string {
  const kb = (n: number): string => `${(n / 1000).toFixed(1)} kB`
  const rows = [...pack.files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((f) => `${kb(f.size).padStart(10)}  ${f.path}`)
  return [
    `${pack.filename}: ${pack.files.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked`,
    ...rows
  ].join('\n')
}

/** `npm pack --dry-run --json` of the repository, without its lifecycle scripts. */
export function dryRunPack(dir = ROOT): Packed {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' }
  })
  const [pack] = JSON.parse(out) as Packed[]
  if (!pack) throw new Error('npm pack --dry-run --json printed no package')
  return pack
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const pack = dryRunPack()
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest
  const findings = packageFindings(pack, manifest, readdirSync(join(ROOT, 'dist', 'cli')))
  console.log(packageTable(pack))
  for (const f of findings) console.log(`check-package: ${f}`)
  process.exitCode = findings.length > 0 ? 1 : 0
}
