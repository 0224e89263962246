// The npm package: what `npm pack` puts in the tarball (scripts/check-package.ts),
// and the tarball itself installed by `npx` with the network off, run as a
// user runs it: `runlens --version`, and `runlens --wait` gating the demo run
// against the loopback fake API.
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  dryRunPack,
  MAX_PACKED_BYTES,
  packageFindings,
  type Manifest,
  type Packed
} from '../scripts/check-package.js'
import { ROOT } from '../scripts/run-action.js'
import { DEMO_REPO, DEMO_RUN, FAILING, startDemoWait } from './support/demo-wait.js'

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest & {
  version: string
}
const cliFiles = readdirSync(join(ROOT, 'dist', 'cli'))

/** A tarball as it should be: the CLI's files, README, LICENSE and package.json. */
function goodPack(): Packed {
  const files = [
    ...cliFiles.filter((f) => !f.endsWith('.map')).map((f) => `dist/cli/${f}`),
    'README.md',
    'LICENSE',
    'package.json'
  ].map((path) => ({ path, size: 1000 }))
  return {
    name: 'runlens',
    version: '1.0.0',
    filename: 'runlens-1.0.0.tgz',
    size: 600_000,
    unpackedSize: 2_700_000,
    files
  }
}
const good: Manifest = { bin: { runlens: 'dist/cli/index.js' }, engines: { node: '>=20' } }

describe('scripts/check-package.ts', () => {
  it('finds nothing wrong with the repository’s own package', () => {
    const pack = dryRunPack()
    expect(packageFindings(pack, manifest, cliFiles)).toEqual([])
    expect(pack.files.map((f) => f.path)).toContain('dist/cli/index.js')
    expect(pack.files.some((f) => /^(src|__tests__|scripts)\//.test(f.path))).toBe(false)
    expect(pack.files.some((f) => f.path.endsWith('.map'))).toBe(false)
  })

  it('names each way a package can be wrong', () => {
    expect(packageFindings(goodPack(), good, cliFiles)).toEqual([])
    const withSources = goodPack()
    withSources.files.push(
      { path: 'src/index.ts', size: 10 },
      { path: 'dist/cli/index.js.map', size: 10 }
    )
    expect(packageFindings(withSources, good, cliFiles)).toEqual([
      'src/index.ts: not something the CLI needs',
      'dist/cli/index.js.map: not something the CLI needs'
    ])
    const noChunk = goodPack()
    noChunk.files = noChunk.files.filter((f) => !/^dist\/cli\/\d+\.index\.js$/.test(f.path))
    expect(
      packageFindings(noChunk, good, cliFiles).every((f) =>
        f.endsWith('built, but not in the tarball')
      )
    ).toBe(true)
    expect(packageFindings(noChunk, good, cliFiles).length).toBe(
      cliFiles.filter((f) => /^\d+\.index\.js$/.test(f)).length
    )
    expect(packageFindings(goodPack(), { ...good, private: true, engines: {} }, cliFiles)).toEqual([
      'package.json: "private": true keeps it from the registry',
      'package.json: no "engines.node" saying which Node runs the CLI'
    ])
    expect(
      packageFindings(
        goodPack(),
        { ...good, dependencies: { '@actions/core': '3.0.1' } },
        cliFiles
      )[0]
    ).toMatch(/"dependencies" \(@actions\/core\) would be installed with the CLI/)
    expect(
      packageFindings(goodPack(), { ...good, bin: { runlens: 'dist/cli/main.js' } }, cliFiles)
    ).toEqual(['bin.runlens: dist/cli/main.js is not in the tarball'])
    expect(packageFindings({ ...goodPack(), size: MAX_PACKED_BYTES + 1 }, good, cliFiles)).toEqual([
      `the tarball is ${MAX_PACKED_BYTES + 1} bytes, over ${MAX_PACKED_BYTES}`
    ])
  })
})

describe('the packed package, run with npx', () => {
  it('prints its version and gates the demo run with --wait, offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runlens-pack-'))
    const token = 'ghp_packedCli0123456789abcdefghij'
    // npx from a cache of its own, with the registry out of reach: the
    // tarball must install with nothing beside it.
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      npm_config_cache: join(dir, 'cache'),
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false'
    }
    const { api, polls } = await startDemoWait({ [FAILING]: 3, report: 4 }, token)
    try {
      const out = execFileSync(
        'npm',
        ['pack', ROOT, '--pack-destination', dir, '--ignore-scripts', '--silent'],
        {
          cwd: dir,
          encoding: 'utf8',
          env
        }
      )
      const tarball = join(dir, out.trim().split('\n').pop() ?? '')
      const npx = (args: string[]) => ['npx', '--yes', `--package=${tarball}`, 'runlens', ...args]
      const [cmd, ...version] = npx(['--version'])
      expect(execFileSync(cmd ?? 'npx', version, { cwd: dir, encoding: 'utf8', env }).trim()).toBe(
        manifest.version
      )

      const [npxCmd, ...waitArgs] = npx([
        DEMO_REPO,
        DEMO_RUN,
        '--wait',
        '--interval',
        '100ms',
        '--no-fail-fast'
      ])
      const child = spawn(npxCmd ?? 'npx', waitArgs, {
        cwd: dir,
        env: { ...env, GITHUB_API_URL: api.url, GITHUB_TOKEN: token },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      const code = await new Promise<number | null>((done) => child.on('close', done))
      // It waited for `report` (done at poll 4, confirmed at 5), then failed on the demo's failed job.
      expect(polls()).toBe(5)
      expect(code).toBe(1)
      expect(stderr).toContain('completed — waiting for: ')
      expect(stderr).toMatch(
        /runlens: 1 job ended with a --fail-on conclusion:\n- test \(windows-latest, 22\): failure /
      )
      expect(stdout).toMatch(/^ ✓ report +success /m)
      expect(stdout + stderr).not.toContain(token)
    } finally {
      await api.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
