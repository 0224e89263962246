// The bundle's stand-in for @octokit/plugin-rest-endpoint-methods: a client
// made by getOctokit in the bundle has an empty `rest` and still sends every
// request runlens makes, and the bundle holds the stand-in rather than the
// plugin's table of routes (the mapping lives in tsconfig.json, for ncc).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { legacyRestEndpointMethods, restEndpointMethods } from '../src/rest-endpoints-stand-in.js'

/** The files a bundle was built from, as its source map names them. */
function bundledSources(entry: string): string[] {
  const map = JSON.parse(readFileSync(join(ROOT, entry), 'utf8')) as { sources: string[] }
  return map.sources
}

describe('rest-endpoints-stand-in.ts', () => {
  it('adds an empty rest, with no method for any scope', () => {
    for (const plugin of [restEndpointMethods, legacyRestEndpointMethods]) {
      const added = plugin()
      expect(Object.keys(added)).toEqual(['rest'])
      expect(added.rest).toEqual({})
      expect(added.rest.actions).toBeUndefined()
    }
  })

  it.each(['dist/index.js.map', 'dist/cli/index.js.map'])(
    '%s holds the stand-in, and no file of the plugin',
    (entry) => {
      const sources = bundledSources(entry)
      expect(sources.some((s) => s.endsWith('src/rest-endpoints-stand-in.ts'))).toBe(true)
      expect(sources.some((s) => s.includes('@actions/github/'))).toBe(true)
      expect(sources.filter((s) => s.includes('plugin-rest-endpoint-methods'))).toEqual([])
    }
  )
})
