// The bundle's stand-in for undici: what the toolkit calls at load time works,
// the fetch it never should call says so, and the bundle really holds the
// stand-in rather than undici (the mapping lives in tsconfig.json, for ncc).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/run-action.js'
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

  it.each(['dist/index.js.map', 'dist/cli/index.js.map'])(
    '%s holds the stand-in and the transport, and no file of undici',
    (entry) => {
      const sources = bundledSources(entry)
      expect(sources.some((s) => s.endsWith('src/undici-stand-in.ts'))).toBe(true)
      expect(sources.some((s) => s.endsWith('src/transport.ts'))).toBe(true)
      expect(sources.filter((s) => s.includes('node_modules/undici/'))).toEqual([])
    }
  )
})
