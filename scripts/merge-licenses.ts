// Part of `npm run bundle`: one licenses.txt per output folder, of all its
// chunks. ncc's licence plugin writes a file per chunk; given one name
// (`--license licenses.txt`) each chunk's file replaces the one before, and
// licenses.txt held only the last chunk's packages (the OpenTelemetry
// chunk's), none of the main bundle's. So ncc writes `[name].licenses.txt`
// (main.licenses.txt, 573.licenses.txt…) and this joins them, in ncc's
// format, into licenses.txt, and removes them.
// Usage: tsx scripts/merge-licenses.ts dist dist/cli
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mergeLicenses, parseLicensesTxt, renderLicensesTxt } from './licenses/txt.js'

for (const folder of process.argv.slice(2)) {
  const chunks = readdirSync(folder)
    .filter((f) => f.endsWith('.licenses.txt'))
    .sort()
  if (chunks.length === 0) {
    throw new Error(
      `${folder} has no *.licenses.txt: build it with ncc --license '[name].licenses.txt'`
    )
  }
  const entries = mergeLicenses(
    chunks.map((f) => parseLicensesTxt(readFileSync(join(folder, f), 'utf8')))
  )
  writeFileSync(join(folder, 'licenses.txt'), renderLicensesTxt(entries))
  for (const f of chunks) rmSync(join(folder, f))
}
