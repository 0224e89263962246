// Job-name patterns (`jobs`, `allow-failure`): one glob per line, `*` for any
// run of characters, `?` for one, a leading `!` excludes. Matrix names carry
// commas and brackets (`test (ubuntu-latest, 20)`), so every other character,
// `[` included, is literal.

/** Tests a job name against a list of pattern lines. */
export type NameMatcher = (name: string) => boolean

/**
 * Compiles pattern lines into one matcher: a name is matched when it matches
 * an including line (or there is none and `emptyMatchesAll`) and no `!` line.
 * e.g. ['test (*', '!*windows*'] matches 'test (ubuntu-latest, 20)' only.
 */
export function compilePatterns(lines: readonly string[], emptyMatchesAll: boolean): NameMatcher {
  const include: RegExp[] = []
  const exclude: RegExp[] = []
  for (const line of lines) {
    if (line.startsWith('!')) exclude.push(globToRegExp(line.slice(1).trim()))
    else include.push(globToRegExp(line))
  }
  // Without an including line, `!` lines only narrow the default: every job
  // for `jobs`, none for `allow-failure` (so `!deploy` alone allows nothing;
  // `*` and then `!deploy` allows all but deploy).
  return (name) =>
    (include.length === 0 ? emptyMatchesAll : include.some((re) => re.test(name))) &&
    !exclude.some((re) => re.test(name))
}

/** `ci / *` → /^ci \/ .*$/s: every character but `*` and `?` is literal. */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  for (const ch of glob) {
    if (ch === '*') source += '.*'
    else if (ch === '?') source += '.'
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
  }
  // `s`: a name with a newline in it is still one name.
  return new RegExp(`^${source}$`, 'su')
}
