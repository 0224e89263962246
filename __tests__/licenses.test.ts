// The licence check of the bundle (`npm run check:licenses`): the pure parts
// (licenses.txt, source-map paths, licence expressions, the lockfile's tree),
// each finding on a small project written to a temporary folder, and the
// real dist/.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  isAllowed,
  packagePathOf,
  reachablePaths,
  summaryLine,
  type Lockfile
} from '../scripts/licenses/check.js'
import { bundleFolders, checkFolder } from '../scripts/licenses/read.js'
import {
  mergeLicenses,
  parseLicensesTxt,
  renderLicensesTxt,
  type LicenseEntry
} from '../scripts/licenses/txt.js'
import { ROOT } from '../scripts/run-action.js'

const APACHE = [
  '                                 Apache License',
  '                           Version 2.0, January 2004',
  '',
  '   1. Definitions.',
  '',
  'notice',
  'this line after a lone word is text, and so is the word.',
  '',
  '   END OF TERMS AND CONDITIONS'
].join('\n')

describe('licenses/txt.ts', () => {
  it('reads ncc’s entries, whose texts have blank lines of their own', () => {
    const text = `@scope/pkg\nApache-2.0\n${APACHE}\n\nplain\n(MIT OR ISC)\nMIT text\n\n\nlast\nISC\n`
    expect(parseLicensesTxt(text)).toEqual([
      { name: '@scope/pkg', license: 'Apache-2.0', text: APACHE },
      { name: 'plain', license: '(MIT OR ISC)', text: 'MIT text' },
      { name: 'last', license: 'ISC', text: '' }
    ])
  })

  it('writes entries as ncc does, sorted by name, and reads them back', () => {
    const entries: LicenseEntry[] = [
      { name: 'zed', license: 'MIT', text: 'Z' },
      { name: '@a/b', license: 'Apache-2.0', text: APACHE }
    ]
    const text = renderLicensesTxt(entries)
    expect(text).toBe(`@a/b\nApache-2.0\n${APACHE}\n\nzed\nMIT\nZ\n`)
    expect(parseLicensesTxt(text)).toEqual([entries[1], entries[0]])
  })

  it('merges the files of the chunks into one entry a package, and refuses two different ones', () => {
    const a = { name: 'a', license: 'MIT', text: 'A' }
    const b = { name: 'b', license: 'ISC', text: 'B' }
    expect(mergeLicenses([[a, b], [a]])).toEqual([a, b])
    expect(() => mergeLicenses([[a], [{ ...a, license: 'ISC' }]])).toThrow(/a has two different/)
  })
})

describe('licenses/check.ts', () => {
  it.each([
    ['.././node_modules/undici/lib/api/index.js', 'node_modules/undici'],
    ['.././node_modules/@octokit/core/dist-src/index.js', 'node_modules/@octokit/core'],
    ['.././node_modules/a/node_modules/b/index.js', 'node_modules/a/node_modules/b'],
    ['.././node_modules/@s/a/node_modules/@t/b/x.js', 'node_modules/@s/a/node_modules/@t/b'],
    ['.././src/github/client.ts', undefined],
    ['../external node-commonjs "node:timers/promises"', undefined]
  ])('reads the installed package of the source %s', (source, path) => {
    expect(packagePathOf(source)).toBe(path)
  })

  it.each([
    ['MIT', true],
    ['Apache-2.0', true],
    ['(MIT OR GPL-3.0-only)', true],
    ['GPL-3.0-only', false],
    ['LGPL-2.1-or-later', false],
    ['MIT AND GPL-3.0-only', false],
    ['(MIT OR ISC) AND GPL-3.0-only', false],
    ['Apache-2.0 WITH LLVM-exception', false],
    ['SEE LICENSE IN LICENSE.md', false],
    ['UNLICENSED', false]
  ])('allows %s: %s', (license, allowed) => {
    expect(isAllowed(license)).toBe(allowed)
  })

  it('follows the lockfile’s tree as Node resolves names, nested copies first', () => {
    const lock: Lockfile = {
      packages: {
        '': { dependencies: { a: '1' }, devDependencies: { d: '1' } },
        'node_modules/a': { dependencies: { b: '2' } },
        'node_modules/a/node_modules/b': { dependencies: { c: '1' } },
        'node_modules/b': {},
        'node_modules/c': {},
        'node_modules/d': {},
        'node_modules/extraneous': {}
      }
    }
    expect([...reachablePaths(lock)].sort()).toEqual([
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/c',
      'node_modules/d'
    ])
  })
})

interface Pkg {
  path: string
  name: string
  version: string
  license: string
  /** The LICENSE file's text; none when null. */
  text: string | null
  notice?: boolean
}

/** A small project: installed packages, a bundle in dist/ of two chunks, its licenses.txt, its lockfile. */
interface Project {
  pkgs: Pkg[]
  /** The sources of dist/index.js.map and dist/1.index.js.map (the chunk); none when null. */
  maps: Record<'index.js' | '1.index.js', string[] | null>
  entries: LicenseEntry[]
  lock: Lockfile
}

function project(): Project {
  const pkgs: Pkg[] = [
    { path: 'node_modules/plain', name: 'plain', version: '1.0.0', license: 'MIT', text: 'M' },
    {
      path: 'node_modules/@scope/pkg',
      name: '@scope/pkg',
      version: '2.0.0',
      license: 'Apache-2.0',
      text: APACHE
    },
    { path: 'node_modules/host', name: 'host', version: '1.0.0', license: 'ISC', text: 'I' },
    {
      path: 'node_modules/host/node_modules/plain',
      name: 'plain',
      version: '0.9.0',
      license: 'MIT',
      text: 'M'
    },
    {
      path: 'node_modules/@scope/pkg/node_modules/@other/dep',
      name: '@other/dep',
      version: '1.0.0',
      license: 'BSD-3-Clause',
      text: 'B'
    }
  ]
  const lock: Lockfile = {
    packages: {
      '': { dependencies: { plain: '1.0.0', '@scope/pkg': '2.0.0', host: '1.0.0' } },
      'node_modules/@scope/pkg': { dependencies: { '@other/dep': '^1' } },
      'node_modules/host': { dependencies: { plain: '0.9.0' } }
    }
  }
  for (const p of pkgs) {
    lock.packages[p.path] = { ...lock.packages[p.path], version: p.version, license: p.license }
  }
  const entries = mergeLicenses([
    pkgs.map((p) => ({ name: p.name, license: p.license, text: p.text ?? '' }))
  ])
  const sources = (paths: string[]) => [
    '.././src/index.ts',
    ...paths.map((p) => `.././${p}/index.js`)
  ]
  const paths = pkgs.map((p) => p.path)
  return {
    pkgs,
    lock,
    entries,
    maps: { 'index.js': sources(paths.slice(0, 4)), '1.index.js': sources(paths.slice(4)) }
  }
}

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** The project written to a temporary folder, changed first by `change`, and checked. */
function check(change: (p: Project) => void = () => {}) {
  const p = project()
  change(p)
  const root = mkdtempSync(join(tmpdir(), 'runlens-licenses-'))
  dirs.push(root)
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  for (const pkg of p.pkgs) {
    write(
      `${pkg.path}/package.json`,
      JSON.stringify({ name: pkg.name, version: pkg.version, license: pkg.license })
    )
    if (pkg.text !== null) write(`${pkg.path}/LICENSE`, `${pkg.text}\n`)
    if (pkg.notice) write(`${pkg.path}/NOTICE`, 'Copyright\n')
  }
  for (const [js, sources] of Object.entries(p.maps)) {
    write(`dist/${js}`, '')
    if (sources) write(`dist/${js}.map`, JSON.stringify({ version: 3, sources, mappings: '' }))
  }
  write('dist/licenses.txt', renderLicensesTxt(p.entries))
  write('package-lock.json', JSON.stringify(p.lock))
  const result = checkFolder(root, 'dist')
  return {
    ...result,
    kinds: result.findings.map((f) => f.kind),
    messages: result.findings.map((f) => f.message)
  }
}

describe('licenses/read.ts: each finding, on a small project', () => {
  it('finds nothing when every bundled copy, scoped and nested, has its licence', () => {
    const r = check()
    expect(r.findings).toEqual([])
    expect(r.bundled.map((p) => `${p.name}@${p.version}`).sort()).toEqual([
      '@other/dep@1.0.0',
      '@scope/pkg@2.0.0',
      'host@1.0.0',
      'plain@0.9.0',
      'plain@1.0.0'
    ])
    expect(summaryLine(r.folder, r.bundled, r.findings)).toBe(
      'dist/: 5 packages bundled, all licences present (MIT 2, Apache-2.0 1, BSD-3-Clause 1, ISC 1)'
    )
  })

  it('finds a bundled package missing from licenses.txt', () => {
    const r = check((p) => (p.entries = p.entries.filter((e) => e.name !== 'host')))
    expect(r.kinds).toEqual(['missing'])
    expect(r.messages[0]).toBe('host@1.0.0 (node_modules/host) is bundled but has no entry')
    expect(summaryLine(r.folder, r.bundled, r.findings)).toMatch(
      /^dist\/: 5 packages bundled, 1 finding \(/
    )
  })

  it('finds a package without a licence text (no LICENSE file installed)', () => {
    const r = check((p) => {
      p.pkgs[2]!.text = null
      p.entries = p.entries.map((e) => (e.name === 'host' ? { ...e, text: '' } : e))
    })
    expect(r.kinds).toEqual(['no-text'])
    expect(r.messages[0]).toMatch(/^host has no licence text/)
  })

  it('finds a nested copy under GPL, and a NOTICE file licenses.txt does not carry', () => {
    const r = check((p) => {
      p.pkgs[4]!.license = 'GPL-3.0-only'
      p.pkgs[1]!.notice = true
      p.lock.packages[p.pkgs[4]!.path]!.license = 'GPL-3.0-only'
      p.entries = p.entries.map((e) =>
        e.name === '@other/dep' ? { ...e, license: 'GPL-3.0-only' } : e
      )
    })
    expect(r.kinds.sort()).toEqual(['not-allowed', 'notice'])
    expect(r.findings.find((f) => f.kind === 'not-allowed')).toEqual({
      file: 'node_modules/@scope/pkg/node_modules/@other/dep/package.json',
      kind: 'not-allowed',
      message:
        '@other/dep@1.0.0 (node_modules/@scope/pkg/node_modules/@other/dep) is GPL-3.0-only, not an allowed licence'
    })
  })

  it('finds a stale entry, a wrong licence id and a licence text not the installed one', () => {
    const r = check((p) => {
      p.entries.push({ name: 'left-over', license: 'MIT', text: 'L' })
      p.entries = p.entries.map((e) =>
        e.name === 'host'
          ? { ...e, license: 'MIT' }
          : e.name === 'plain'
            ? { ...e, text: 'other' }
            : e
      )
    })
    // Both copies of plain share one entry, and its text is neither's.
    expect(r.kinds.sort()).toEqual(['mismatch', 'stale', 'text-differs', 'text-differs'])
    expect(r.messages).toContain('left-over has an entry but is not in the bundle')
    expect(r.messages).toContain('host is listed as MIT, but host@1.0.0 (node_modules/host) is ISC')
  })

  it('finds copies the lockfile does not hold, at another version, or outside the tree', () => {
    const r = check((p) => {
      delete p.lock.packages['node_modules/host/node_modules/plain']
      p.lock.packages['node_modules/plain']!.version = '1.0.1'
      delete p.lock.packages['']!.dependencies!['@scope/pkg']
    })
    expect(r.kinds).toEqual(['lockfile', 'lockfile', 'lockfile', 'lockfile'])
    expect(r.messages.sort()).toEqual([
      '@other/dep@1.0.0 (node_modules/@scope/pkg/node_modules/@other/dep) is not a dependency of the project (extraneous)',
      '@scope/pkg@2.0.0 (node_modules/@scope/pkg) is not a dependency of the project (extraneous)',
      'plain@0.9.0 (node_modules/host/node_modules/plain) is bundled but not in package-lock.json',
      'plain@1.0.0 (node_modules/plain) is locked at 1.0.1: run npm ci'
    ])
  })

  it('reads the chunks’ source maps too, and finds a .js without one', () => {
    const r = check((p) => (p.maps['1.index.js'] = null))
    expect(r.findings.map((f) => `${f.file}: ${f.kind}`)).toEqual([
      'dist/1.index.js: bundle',
      'dist/licenses.txt: stale'
    ])
  })
})

/** The packages src/ imports values from (`import type` leaves nothing in the bundle). */
function importedBySrc(dir = join(ROOT, 'src')): string[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [
      ...readFileSync(join(dir, f), 'utf8').matchAll(/^import (?!type\b)[^']*from '([^'.][^']*)'/gm)
    ])
    .map((m) => m[1] ?? '')
    .filter((spec) => !spec.startsWith('node:'))
    .map((spec) =>
      spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/')
    )
  return [...new Set(names)].sort()
}

describe('check-licenses.ts on the real dist/', () => {
  it('finds every licence of every bundle present, and every package src/ imports bundled', () => {
    const folders = bundleFolders(ROOT)
    expect(folders).toEqual(expect.arrayContaining(['dist', 'dist/cli']))
    const bundled = new Set<string>()
    for (const folder of folders) {
      const r = checkFolder(ROOT, folder)
      expect({ folder, findings: r.findings }).toEqual({ folder, findings: [] })
      // One entry a package name: the copies of one name share it.
      const entries = parseLicensesTxt(readFileSync(join(ROOT, folder, 'licenses.txt'), 'utf8'))
      expect(entries).toHaveLength(new Set(r.bundled.map((p) => p.name)).size)
      r.bundled.forEach((p) => bundled.add(p.name))
    }
    const imported = importedBySrc()
    expect(imported.length).toBeGreaterThan(5)
    expect(imported.filter((name) => !bundled.has(name))).toEqual([])
    // What they import comes along: more packages than src/ names.
    expect(bundled.size).toBeGreaterThan(imported.length)
  })
})
