// Every escape of text that comes from the GitHub API (job, step and runner
// names, log lines, URLs) lives here, one function per place the text lands.
// Names are chosen by whoever writes the workflow, so treat them as hostile:
// a `|` must not split a table cell, `<script>` must stay text, and a log line
// must never turn into a `::command::` for the runner.

import { stripAnsi } from '../model/log-lines.js'

/* eslint-disable no-control-regex -- matching control characters is this module's job */

/** U+200B ZERO WIDTH SPACE: invisible, but breaks a token a parser looks for. */
const ZWSP = '\u200b'

/**
 * Control characters (C0, DEL, C1) and the Unicode line/paragraph separators:
 * anything that could end a line for some reader, or that a terminal acts on.
 */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/g

/** A run of ASCII spaces and control characters that holds at least one control. */
const CONTROL_RUN = / *[\x00-\x1f\x7f-\x9f\u2028\u2029][ \x00-\x1f\x7f-\x9f\u2028\u2029]*/g

/** Replaces each run of control characters (and the spaces around it) by one space. */
function flatten(s: string): string {
  return s.replace(CONTROL_RUN, ' ')
}

// Backslash-escaping any ASCII punctuation is always allowed in CommonMark and
// renders as the bare character, so escaping more than needed costs nothing.
// `$` is here because GitHub renders `$…$` as math.
const MD_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  '#': '\\#',
  '!': '\\!',
  $: '\\$',
  // GFM splits table rows on `|` before any inline parsing, even inside code
  // spans; `\|` is the one form it leaves in the cell.
  '|': '\\|',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // GitHub finds @mentions in the rendered HTML, after entities and backslash
  // escapes are gone (so neither `\@` nor `&#64;` helps); a zero-width space
  // after the `@` is what stops the mention and the notification.
  '@': '@&#8203;'
}

/**
 * Text for a GitHub-flavoured Markdown table cell or link text `[…](…)`.
 * Renders as the original text, with line breaks and other control characters
 * shown as one space: no formatting, links, images, HTML, @mentions or
 * autolinked URLs, and a `|` never splits the cell.
 *
 * @example mdText('e2e | smoke: `chrome`') === 'e2e \\| smoke: \\`chrome\\`'
 * @example mdText('@octocat **hi**') === '@&#8203;octocat \\*\\*hi\\*\\*'
 */
export function mdText(s: string): string {
  return (
    flatten(s)
      .replace(/[\\`*_[\]~#!$|&<>@]/g, (c) => MD_ESCAPES[c] ?? c)
      // GFM autolinks `http://…`, `https://…`, `ftp://…` and `www.…` even
      // without brackets; an escaped `:` or `.` is not seen as one.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
  )
}

/**
 * A URL for the `(…)` of a Markdown link, safe inside a table cell too. Spaces,
 * parentheses, `<`, `>`, `"`, `|` and control characters are percent-encoded;
 * `\` and `&` are escaped for Markdown (not percent-encoded) so that the link
 * points at exactly the URL given.
 *
 * @example mdUrl('https://x/a b(1)') === 'https://x/a%20b%281%29'
 */
export function mdUrl(url: string): string {
  return url.replace(/[\x00-\x20\x7f-\x9f()<>"|\\&]/g, (c) => {
    if (c === '\\') return '\\\\'
    // `&copy;` in a link destination would be read as an entity.
    if (c === '&') return '&amp;'
    // encodeURIComponent leaves `(` and `)` alone; the C1 controls take two bytes.
    const code = c.charCodeAt(0)
    return code < 0x80
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c)
  })
}

// Besides the five HTML specials, Markdown punctuation is written as numeric
// entities: text inside an inline tag such as `<code>` in a table cell is still
// parsed as Markdown (`*x*` would be emphasis, `|` would split the cell), while
// an entity is always read as its plain character, by Markdown and by HTML.
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '#': '&#35;',
  '!': '&#33;',
  $: '&#36;',
  '@': '@&#8203;'
}

/**
 * Text for HTML element content or an attribute value (`<summary>`,
 * `<details>`, `<code>`, `title="…"`), on one line. Also safe where GitHub
 * parses the tag's content as Markdown, such as `<code>` inside a table cell.
 *
 * @example html('<b>"x" & y</b>') === '&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'
 */
export function html(s: string): string {
  return flatten(s)
    .replace(/[&<>"'|\\`*_[\]~#!$@]/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`)
}

// Lines of a mermaid gantt that start with one of these (case-insensitive) are
// read as statements, not tasks: a job named `excludes weekends` would change
// the chart, one named `title x` or `2024-01-01 nightly` would break it.
const MERMAID_KEYWORD =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|call|href|displaymode|\d{4}-\d\d-\d\d)/i

const MERMAID_REPLACEMENTS: Readonly<Record<string, string>> = {
  ':': '\u2236', // ∶ RATIO: `:` ends a task name
  ';': '\uff1b', // ； ends a statement
  '#': '\uff03', // ＃ starts a comment or an entity (`#35;`)
  // ％: `%%` starts a comment; so does a line whose first or second character
  // is `%` (the gantt lexer's comment rule `[^}]%+` comes before the task rule).
  '%': '\uff05',
  '<': '\u2039', // ‹
  '>': '\u203a', // ›
  '&': '\uff06', // ＆
  '"': "'",
  '`': "'"
}

/**
 * A task or section name for a mermaid gantt: one line, none of the characters
 * mermaid reads as syntax (each replaced by a look-alike), trimmed, never
 * empty, and never starting with a gantt keyword.
 *
 * @example mermaidText('e2e: chrome; #1') === 'e2e∶ chrome； ＃1'
 * @example mermaidText('  \n ') === '-'
 */
export function mermaidText(s: string): string {
  const text = flatten(s)
    .replace(/[:;#%<>&"`]/g, (c) => MERMAID_REPLACEMENTS[c] ?? c)
    .trim()
  if (text === '') return '-'
  // A zero-width space is not whitespace to the lexer, so the line no longer
  // starts with the keyword.
  return MERMAID_KEYWORD.test(text) ? ZWSP + text : text
}

/**
 * Text to print inside one line of the runner's log. ANSI sequences are
 * removed, line breaks and control characters become spaces, and the
 * workflow-command markers are broken with a zero-width space wherever they
 * occur: the runner reads `::cmd::` at the start of a line (after leading
 * spaces) and the legacy `##[cmd]` anywhere in it.
 *
 * @example logText('x\n::error::pwned') === 'x :\u200b:error:\u200b:pwned'
 * @example logText('##[set-output name=x]y') === '#\u200b#[set-output name=x]y'
 */
export function logText(s: string): string {
  return stripAnsi(s)
    .replace(/\r\n/g, ' ')
    .replace(CONTROL, ' ')
    .replace(/:(?=:)/g, `:${ZWSP}`)
    .replace(/#(?=#\[)/g, `#${ZWSP}`)
}

/**
 * A message of several lines for the runner's log: each line as logText
 * makes it, the line breaks kept.
 *
 * @example logLines('failed:\n::error::x') === 'failed:\n:\u200b:error:\u200b:x'
 */
export function logLines(s: string): string {
  return s.split(/\r?\n/).map(logText).join('\n')
}

/**
 * A fenced Markdown code block that nothing in `text` can close: its fence is
 * one backtick longer than the longest run of backticks in `text` (at least
 * three). Ends with a newline.
 *
 * @example fence('a ``` b', 'text') === '````text\na ``` b\n````\n'
 */
export function fence(text: string, info = ''): string {
  let longest = 0
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const ticks = '`'.repeat(Math.max(3, longest + 1))
  // A backtick fence's info string may not contain backticks or line breaks.
  const safeInfo = flatten(info).replace(/`/g, '').trim()
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`
  return `${ticks}${safeInfo}\n${body}${ticks}\n`
}
