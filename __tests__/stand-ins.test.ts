// The bundle's stand-ins for two of the toolkit's imports (the mapping lives
// in tsconfig.json, for ncc; jest's resolver ignores it, so other tests run
// the real packages): what the toolkit calls at load time works, what
// runlens never calls says so or is absent, and both bundles really hold the
// stand-ins rather than undici and octokit's table of REST methods.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { legacyRestEndpointMethods, restEndpointMethods } from '../src/rest-endpoints-stand-in.js'
import { fetch, ProxyAgent } from '../src/undici-stand-in.js'

/** The files a bundle was built from, as its source map names them. */
function bundledSources(entry: string): string[] {
  const map = JSON.parse(readFileSync(join(ROOT, entry), 'utf8')) as { sources: string[] }
  return map.sources
}

describe('undici-stand-in.ts', () => {
  it('records the options the toolkit makes a proxy agent with', () => {
    const agent = new ProxyAgent({ uri: 'http://proxy.example:3128', pipelining: 1 })
    expect(agent.options).toEqual({ uri: 'http://proxy.example:3128', pipelining: 1 })
  })

  it('rejects a call of the toolkit fetch, naming the transport to use', async () => {
    await expect(fetch()).rejects.toThrow(/no undici.*src\/transport\.ts/)
  })
})

describe('rest-endpoints-stand-in.ts', () => {
  it('adds an empty rest, with no method for any scope', () => {
    for (const plugin of [restEndpointMethods, legacyRestEndpointMethods]) {
      const added = plugin()
      expect(Object.keys(added)).toEqual(['rest'])
      expect(added.rest).toEqual({})
      expect(added.rest.actions).toBeUndefined()
    }
  })
})

describe.each(['dist/index.js.map', 'dist/cli/index.js.map'])('the bundle %s', (entry) => {
  const sources = bundledSources(entry)

  it('holds the transport and both stand-ins', () => {
    for (const file of [
      'src/github/transport.ts',
      'src/undici-stand-in.ts',
      'src/rest-endpoints-stand-in.ts'
    ]) {
      expect([file, sources.some((s) => s.endsWith(file))]).toEqual([file, true])
    }
    expect(sources.some((s) => s.includes('@actions/github/'))).toBe(true)
  })

  it('holds no file of undici or of the REST methods plugin', () => {
    expect(
      sources.filter(
        (s) => s.includes('node_modules/undici/') || s.includes('plugin-rest-endpoint-methods')
      )
    ).toEqual([])
  })

  it('holds one copy of @actions/http-client', () => {
    const copies = new Set(
      sources
        .filter((s) => s.includes('@actions/http-client/'))
        .map((s) => s.slice(0, s.indexOf('@actions/http-client/')))
    )
    expect(copies.size).toBe(1)
  })
})
