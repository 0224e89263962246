// CHANGELOG.md's sections: one `### ` heading per release, newest first,
// `### Unreleased` (or `### Unreleased (1.2.0)`, naming the one planned) on
// top while changes gather, `### 1.2.0 (2025-06-30)` once released. Pure:
// `npm version` renames the Unreleased heading (changelog-release.ts) and
// the release workflow takes a released section as the release notes
// (changelog-section.ts).

const HEADING = /^#{1,3} /
const UNRELEASED = /^### Unreleased\b.*$/m

/** The lines of a section's body: from after its heading to the next heading of level 1 to 3. */
function bodyAfter(lines: string[], heading: number): string {
  let end = heading + 1
  while (end < lines.length && !HEADING.test(lines[end] ?? '')) end++
  return lines
    .slice(heading + 1, end)
    .join('\n')
    .trim()
}

/** The index of the `### VERSION` or `### VERSION (date)` heading line, or -1. */
function headingOf(lines: string[], version: string): number {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const heading = new RegExp(`^### v?${escaped}(?: \\(.*\\))?\\s*$`)
  return lines.findIndex((line) => heading.test(line))
}

/**
 * The notes of `version` (with or without its `v`): the body of its section,
 * trimmed. Throws when there is no such section or it is empty.
 * ex. changelogSection('### 1.2.0 (2025-06-30)\n\n- Fix\n', '1.2.0') -> '- Fix'
 */
export function changelogSection(changelog: string, version: string): string {
  const bare = version.replace(/^v/, '')
  const lines = changelog.split(/\r?\n/)
  const at = headingOf(lines, bare)
  if (at < 0) {
    throw new Error(
      `CHANGELOG.md has no section for ${bare}: expected a heading '### ${bare} (YYYY-MM-DD)', ` +
        `which 'npm version ${bare}' writes from the Unreleased section.`
    )
  }
  const body = bodyAfter(lines, at)
  if (body === '') {
    throw new Error(`CHANGELOG.md's section for ${bare} is empty: it must say what changed.`)
  }
  return body
}

/**
 * CHANGELOG.md with its Unreleased section released as `version` on `date`
 * (`YYYY-MM-DD`), and a new empty Unreleased section above it. Throws when
 * there is no Unreleased section, it is empty, or `version` is already there.
 * ex. '### Unreleased (1.2.0)\n\n- Fix' -> '### Unreleased\n\n### 1.2.0 (2025-06-30)\n\n- Fix'
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Bad date '${date}': expected YYYY-MM-DD.`)
  const lines = changelog.split(/\r?\n/)
  if (headingOf(lines, version) >= 0) {
    throw new Error(`CHANGELOG.md already has a section for ${version}.`)
  }
  const at = lines.findIndex((line) => UNRELEASED.test(line))
  if (at < 0) {
    throw new Error(
      `CHANGELOG.md has no '### Unreleased' section to release as ${version}: ` +
        `add one above the last release with a bullet per change.`
    )
  }
  if (bodyAfter(lines, at) === '') {
    throw new Error(`CHANGELOG.md's Unreleased section is empty: nothing to release as ${version}.`)
  }
  const released = ['### Unreleased', '', `### ${version} (${date})`]
  return [...lines.slice(0, at), ...released, ...lines.slice(at + 1)].join('\n')
}
