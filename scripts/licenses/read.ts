// Reads what the licence check compares: the bundle's source maps, the
// installed packages they name, licenses.txt and package-lock.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  checkLicenses,
  packagePathOf,
  type BundledPackage,
  type Finding,
  type Lockfile
} from './check.js'
import { parseLicensesTxt } from './txt.js'

/** The result for one output folder (`dist`, `dist/cli`). */
export interface FolderResult {
  /** The folder from the root, e.g. `dist/cli`. */
  folder: string
  bundled: BundledPackage[]
  findings: Finding[]
}

/** The folders of dist/ that hold a bundle: dist/ itself and each with a .js, from the root. */
export function bundleFolders(root: string, dist = 'dist'): string[] {
  const entries = readdirSync(join(root, dist), { withFileTypes: true })
  const own = entries.some((e) => e.isFile() && e.name.endsWith('.js')) ? [dist] : []
  const below = entries
    .filter((e) => e.isDirectory())
    .flatMap((e) => bundleFolders(root, `${dist}/${e.name}`))
  return [...own, ...below]
}

interface PackageJson {
  name?: string
  version?: string
  license?: string | { type?: string }
  licenses?: Array<{ type?: string }>
}

/**
 * The licence id as ncc's plugin reads it: `license` (a string, or the old
 * `{ type }`), else the old `licenses` array (several: an OR expression).
 */
export function licenseIdOf(pkg: PackageJson): string | undefined {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  const types = (pkg.licenses ?? []).flatMap((l) => (l.type ? [l.type] : []))
  return types.length > 1 ? `(${types.join(' OR ')})` : types[0]
}

/** The installed copy at `path` (from the root), as the check needs it. */
function readPackage(root: string, path: string): BundledPackage {
  const dir = join(root, path)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile())
  return {
    path,
    name: pkg.name ?? path,
    version: pkg.version ?? '?',
    license: licenseIdOf(pkg),
    // The files ncc's plugin takes a licence text from (it takes the first).
    licenseTexts: files
      .filter((f) => /^licen[cs]e/i.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n')),
    hasNotice: files.some((f) => /^notice/i.test(f))
  }
}

/**
 * The installed packages a folder's bundle holds: every package named by a
 * source of the source map of each of its .js files (the entry and every
 * chunk, such as the one loaded on demand).
 */
export function bundledPackages(
  root: string,
  folder: string
): { bundled: BundledPackage[]; findings: Finding[] } {
  const findings: Finding[] = []
  const paths = new Set<string>()
  const scripts = readdirSync(join(root, folder)).filter((f) => f.endsWith('.js'))
  for (const script of scripts.sort()) {
    const map = join(root, folder, `${script}.map`)
    if (!existsSync(map)) {
      const message = `${script} has no source map: what it bundles cannot be known`
      findings.push({ file: `${folder}/${script}`, kind: 'bundle', message })
      continue
    }
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] }
    for (const source of sources ?? []) {
      const path = packagePathOf(source)
      if (path !== undefined) paths.add(path)
    }
  }
  const bundled: BundledPackage[] = []
  for (const path of [...paths].sort()) {
    if (existsSync(join(root, path, 'package.json'))) bundled.push(readPackage(root, path))
    else {
      const message = `the bundle has code from ${path}, which is not installed: run npm ci`
      findings.push({ file: folder, kind: 'bundle', message })
    }
  }
  return { bundled, findings }
}

/** The findings for one folder of the bundle, against the root's package-lock.json. */
export function checkFolder(root: string, folder: string): FolderResult {
  const { bundled, findings } = bundledPackages(root, folder)
  const licensesFile = `${folder}/licenses.txt`
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile
  let entries: ReturnType<typeof parseLicensesTxt> = []
  if (existsSync(join(root, licensesFile))) {
    entries = parseLicensesTxt(readFileSync(join(root, licensesFile), 'utf8'))
  } else {
    findings.push({ file: licensesFile, kind: 'bundle', message: 'is missing' })
  }
  if (bundled.length === 0 && findings.length === 0) {
    const message = 'the source maps name no installed package: built without --source-map?'
    findings.push({ file: folder, kind: 'bundle', message })
  }
  findings.push(...checkLicenses(licensesFile, bundled, entries, lock))
  return { folder: relative(root, join(root, folder)), bundled, findings }
}
