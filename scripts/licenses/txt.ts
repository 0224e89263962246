// The licenses.txt that ncc writes (through license-webpack-plugin): for each
// bundled package, sorted by name, its name, its licence id and the text of
// its licence file, each part on its own lines, blocks separated by one blank
// line:
//
//   @actions/core
//   MIT
//   The MIT License (MIT)
//   …
//
//   before-after-hook
//   Apache-2.0
//   …
//
// Licence texts have blank lines of their own, so a blank line alone does not
// end an entry: a new one starts at a line after a blank line that is a
// package name and is followed by a licence id.

/** One package's entry in a licenses.txt. */
export interface LicenseEntry {
  name: string
  /** The licence id as written, e.g. `MIT` or `(MIT OR Apache-2.0)`. */
  license: string
  /** The licence text, trailing blank lines left out; '' when there is none. */
  text: string
}

// npm's rule for a package name (lower case, URL-safe, an optional scope).
const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/
// An SPDX id or expression ("MIT", "(MIT OR Apache-2.0)", "Apache-2.0 WITH
// LLVM-exception"), or what npm allows besides.
const ID_PART = String.raw`\(?[A-Za-z0-9][A-Za-z0-9.+-]*\)?`
const ID = new RegExp(
  String.raw`^(?:${ID_PART}(?: (?:AND|OR|WITH) ${ID_PART})*|SEE LICENSE IN \S+|UNLICENSED)$`
)

/**
 * The entries of a licenses.txt, in the file's order. An entry written
 * without a licence id is not recognised (its lines join the entry before):
 * the check then reports its package as missing.
 */
export function parseLicensesTxt(content: string): LicenseEntry[] {
  const lines = content.replace(/\r\n/g, '\n').split('\n')
  const starts: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const after = i === 0 || lines[i - 1] === ''
    if (after && NAME.test(lines[i] ?? '') && ID.test(lines[i + 1] ?? '')) starts.push(i)
  }
  return starts.map((start, k) => ({
    name: lines[start] ?? '',
    license: lines[start + 1] ?? '',
    text: lines
      .slice(start + 2, starts[k + 1] ?? lines.length)
      .join('\n')
      .trimEnd()
  }))
}

/** A licenses.txt in ncc's format: entries sorted by name, one blank line between. */
export function renderLicensesTxt(entries: readonly LicenseEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const blocks = sorted.map((e) => [e.name, e.license, e.text].filter((s) => s !== '').join('\n'))
  return blocks.join('\n\n').trim() + '\n'
}

/**
 * The union of several licenses.txt (one per chunk of a bundle). ncc's
 * plugin keeps one entry per package name, so a name met twice must carry the
 * same licence and text; anything else is an error, not a choice to make here.
 */
export function mergeLicenses(files: ReadonlyArray<readonly LicenseEntry[]>): LicenseEntry[] {
  const byName = new Map<string, LicenseEntry>()
  for (const entry of files.flat()) {
    const seen = byName.get(entry.name)
    if (seen && (seen.license !== entry.license || seen.text !== entry.text)) {
      throw new Error(
        `${entry.name} has two different licence entries (${seen.license}, ${entry.license}); ` +
          'check which versions the bundle holds (npm ls ' +
          entry.name +
          ')'
      )
    }
    byName.set(entry.name, entry)
  }
  return [...byName.values()]
}
