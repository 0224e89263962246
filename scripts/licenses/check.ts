// What the licences of a bundle must satisfy, as pure functions over what was
// read: the packages the source maps name (installed copies, nested ones
// included), the folder's licenses.txt and package-lock.json.
import { posix } from 'node:path'
import type { LicenseEntry } from './txt.js'

/** One installed copy of a package whose code is in the bundle. */
export interface BundledPackage {
  /** Where it is installed, from the project's root: `node_modules/a/node_modules/@s/b`. */
  path: string
  name: string
  version: string
  /** The licence id its package.json declares; undefined when none. */
  license: string | undefined
  /** The texts of its licence files (LICENSE, LICENCE.md…), \r\n read as \n. */
  licenseTexts: string[]
  /** Whether it ships a NOTICE file (Apache-2.0 §4(d) asks that it go along). */
  hasNotice: boolean
}

/** What package-lock.json (lockfileVersion 2 or 3) says of the installed tree. */
export interface Lockfile {
  packages: Record<string, LockedPackage>
}
export interface LockedPackage {
  version?: string
  license?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

export type FindingKind =
  | 'bundle'
  | 'no-licence'
  | 'not-allowed'
  | 'missing'
  | 'mismatch'
  | 'no-text'
  | 'text-differs'
  | 'notice'
  | 'stale'
  | 'duplicate'
  | 'lockfile'

export interface Finding {
  /** The file the finding is about, from the root: `dist/licenses.txt`. */
  file: string
  kind: FindingKind
  message: string
}

/**
 * Licences a bundled package may have: permissive ones whose only condition
 * is that the notice and licence text go along, which licenses.txt does.
 * Today's bundle needs MIT, Apache-2.0 and ISC; the others are the usual
 * permissive ones. A licence added here is a decision to review (a copyleft
 * one would bind runlens itself), not a way to make the check pass.
 */
export const ALLOWED_LICENSES: ReadonlySet<string> = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0'
])

/**
 * Whether a licence id or a plain SPDX expression is allowed: `A OR B` when
 * one is, `A AND B` when both are. An expression mixing the two, or with
 * `WITH`, is not: a person reads it first.
 */
export function isAllowed(license: string): boolean {
  const ids = license.replace(/^\((.*)\)$/, '$1').split(/ (?:OR|AND) /)
  const ops = new Set(license.match(/ (?:OR|AND|WITH) /g) ?? [])
  if (ops.size > 1 || ops.has(' WITH ') || ids.some((id) => /[() ]/.test(id))) return false
  return ops.has(' OR ')
    ? ids.some((id) => ALLOWED_LICENSES.has(id))
    : ids.every((id) => ALLOWED_LICENSES.has(id))
}

/**
 * The installed package a source of a bundle's source map comes from, as a
 * path from the root, or undefined for the project's own files and webpack's.
 * ncc writes sources as `../` + the file's path from the directory it was run
 * in, the root ("../" is its sourceMapBasePrefix), in every output folder.
 * ex. `.././node_modules/a/node_modules/@s/b/lib/x.js` -> `node_modules/a/node_modules/@s/b`
 */
export function packagePathOf(source: string): string | undefined {
  const path = posix.normalize(source.replace(/^\.\.\//, ''))
  return /^(.*(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1]
}

/**
 * The paths in the lockfile that the root package depends on, directly or
 * not (dependencies of any kind: an action may declare what it bundles as
 * devDependencies), each name resolved as Node does: the nearest
 * node_modules up from the dependent package.
 */
export function reachablePaths(lock: Lockfile): Set<string> {
  const seen = new Set<string>()
  const queue = ['']
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const p = lock.packages[path]
    if (!p) continue
    const names = [
      p.dependencies,
      p.devDependencies,
      p.optionalDependencies,
      p.peerDependencies
    ].flatMap((deps) => Object.keys(deps ?? {}))
    for (const name of names) {
      const found = resolveIn(lock, path, name)
      if (found !== undefined && !seen.has(found)) {
        seen.add(found)
        queue.push(found)
      }
    }
  }
  return seen
}

function resolveIn(lock: Lockfile, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`
    if (lock.packages[candidate]) return candidate
    if (dir === '') return undefined
  }
}

/** A package as a reader names it: `undici@6.29.1 (node_modules/undici)`. */
const show = (p: BundledPackage): string => `${p.name}@${p.version} (${p.path})`

/**
 * The findings for one output folder: each bundled package needs an allowed
 * licence, an entry in licenses.txt with that licence and its text, and a
 * place in package-lock.json at its installed version; each entry of
 * licenses.txt needs a bundled package (else licenses.txt is not what the
 * bundle wrote).
 */
export function checkLicenses(
  licensesFile: string,
  bundled: readonly BundledPackage[],
  entries: readonly LicenseEntry[],
  lock: Lockfile
): Finding[] {
  const findings: Finding[] = []
  const add = (kind: FindingKind, message: string, file = licensesFile): void => {
    findings.push({ file, kind, message })
  }
  const byName = new Map<string, LicenseEntry>()
  for (const e of entries) {
    if (byName.has(e.name)) add('duplicate', `${e.name} has more than one entry`)
    byName.set(e.name, e)
  }
  const reachable = reachablePaths(lock)
  for (const p of bundled) {
    const pkgJson = `${p.path}/package.json`
    if (p.license === undefined) add('no-licence', `${show(p)} declares no licence`, pkgJson)
    else if (!isAllowed(p.license)) {
      add('not-allowed', `${show(p)} is ${p.license}, not an allowed licence`, pkgJson)
    }
    if (p.hasNotice) {
      add('notice', `${show(p)} ships a NOTICE file, which licenses.txt does not carry`, pkgJson)
    }
    const entry = byName.get(p.name)
    if (!entry) add('missing', `${show(p)} is bundled but has no entry`)
    else {
      if (p.license !== undefined && entry.license !== p.license) {
        add('mismatch', `${p.name} is listed as ${entry.license}, but ${show(p)} is ${p.license}`)
      }
      const text = entry.text.trimEnd()
      if (text.trim() === '') {
        add('no-text', `${p.name} has no licence text (${show(p)} has no LICENSE file)`)
      } else if (p.licenseTexts.length > 0 && !p.licenseTexts.some((t) => t.trimEnd() === text)) {
        add('text-differs', `${p.name}'s licence text is not that of ${show(p)}`)
      }
    }
    const locked = lock.packages[p.path]
    if (!locked) add('lockfile', `${show(p)} is bundled but not in package-lock.json`, pkgJson)
    else {
      if (locked.version !== p.version) {
        add('lockfile', `${show(p)} is locked at ${locked.version ?? '?'}: run npm ci`, pkgJson)
      }
      if (locked.license !== p.license) {
        add('lockfile', `${show(p)} is locked as ${locked.license ?? 'no licence'}`, pkgJson)
      }
      if (!reachable.has(p.path)) {
        add('lockfile', `${show(p)} is not a dependency of the project (extraneous)`, pkgJson)
      }
    }
  }
  const names = new Set(bundled.map((p) => p.name))
  for (const e of entries) {
    if (!names.has(e.name)) add('stale', `${e.name} has an entry but is not in the bundle`)
  }
  return findings
}

/**
 * The line that sums up a folder.
 * ex. `dist/: 32 packages bundled, all licences present (MIT 25, Apache-2.0 6, ISC 1)`
 */
export function summaryLine(
  folder: string,
  bundled: readonly BundledPackage[],
  findings: readonly Finding[]
): string {
  const counts = new Map<string, number>()
  for (const p of bundled) {
    const id = p.license ?? 'no licence'
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  const byLicence = [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([id, n]) => `${id} ${n}`)
    .join(', ')
  const verdict =
    findings.length === 0
      ? 'all licences present'
      : `${findings.length} finding${findings.length === 1 ? '' : 's'}`
  return `${folder}/: ${bundled.length} packages bundled, ${verdict} (${byLicence})`
}
