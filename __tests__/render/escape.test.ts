import { describe, it, expect } from '@jest/globals'
import { fence, html, logText, mdText, mdUrl, mermaidText } from '../../src/render/escape.js'
import { stripAnsi } from '../../src/model/log-lines.js'

const ZWSP = '\u200b'

/** Names a workflow author could give a job or step, hostile or just unusual. */
const HOSTILE = [
  'e2e | smoke: chrome',
  'a`b|c',
  '<script>alert(1)</script>',
  'x\n::error::pwned',
  '##[set-output name=x]y',
  '[link](http://evil)',
  '![img](http://evil/x.png)',
  '**bold** _it_ ~~del~~',
  '@octocat',
  '50% done %%',
  '# heading',
  'back\\slash \\| \\\\',
  'price $5 and $6',
  'a &amp; b &lt;',
  'build (ubuntu-latest, 20.x) 🚀 ünïcödé 日本語',
  'http://evil.com www.evil.com',
  '  lead\ttab\r\nline  '
]

/**
 * Splits a GFM table row the way GitHub does: on every `|` except `\|`,
 * before any inline parsing, dropping the leading and trailing pipe.
 */
function splitRow(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < row.length; i++) {
    const c = row[i]
    if (c === '\\' && row[i + 1] === '|') {
      cell += '\\|'
      i++
    } else if (c === '|') {
      cells.push(cell)
      cell = ''
    } else {
      cell += c
    }
  }
  cells.push(cell)
  return cells.slice(1, -1).map((x) => x.trim())
}

/**
 * The text a cell renders to when it holds no formatting: `\|` unescaped by
 * the table, then CommonMark backslash escapes and character references.
 * Returns null if the cell holds anything that is not plain text.
 */
function renderPlain(cell: string): string | null {
  // The table has already turned `\|` into a plain `|`.
  const s = cell.replace(/\\\|/g, '|')
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? ''
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(s[i + 1] ?? '')) {
      out += s[i + 1]
      i++
    } else if (c === '&') {
      const m = /^&(?:amp|lt|gt|#(\d+));/.exec(s.slice(i))
      if (m === null) return null
      out += { '&amp;': '&', '&lt;': '<', '&gt;': '>' }[m[0]] ?? String.fromCodePoint(Number(m[1]))
      i += m[0].length - 1
    } else if ('`*_[]~#!$<>'.includes(c)) {
      // Any of these, unescaped, could start formatting, a link or HTML.
      return null
    } else if (c === '@' && !s.startsWith('&#8203;', i + 1)) {
      return null // a mention
    } else if (c === ':' && s.startsWith('//', i + 1)) {
      return null // an autolink
    } else {
      out += c
    }
  }
  return out
}

/** What a name should look like once rendered: one line, spaces collapsed. */
function oneLine(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').trim()
}

describe('escape.ts', () => {
  describe('mdText', () => {
    it.each(HOSTILE)('keeps %j in one table cell, rendered as plain text', (name) => {
      const cells = splitRow(`| ${mdText(name)} | x |`)
      expect(cells).toHaveLength(2)
      expect(cells[1]).toBe('x')
      const rendered = renderPlain(cells[0] ?? '')
      // The zero-width space after `@` is the only addition.
      expect(rendered?.replaceAll(ZWSP, '')).toBe(oneLine(name))
    })

    it('escapes pipes, even between backticks', () => {
      expect(mdText('e2e | smoke: chrome')).toBe('e2e \\| smoke: chrome')
      expect(mdText('a`b|c')).toBe('a\\`b\\|c')
    })

    it('keeps links, images, emphasis and headings literal', () => {
      expect(mdText('[link](http://evil)')).toBe('\\[link\\](http\\://evil)')
      expect(mdText('![x](y)')).toBe('\\!\\[x\\](y)')
      expect(mdText('**bold**')).toBe('\\*\\*bold\\*\\*')
      expect(mdText('# h')).toBe('\\# h')
      expect(mdText('~~x~~ _y_')).toBe('\\~\\~x\\~\\~ \\_y\\_')
    })

    it('turns HTML into text', () => {
      expect(mdText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(mdText('a &amp; b')).toBe('a &amp;amp; b')
    })

    it('stops @mentions with a zero-width space', () => {
      expect(mdText('@octocat')).toBe('@&#8203;octocat')
    })

    it('stops bare URLs from being autolinked', () => {
      expect(mdText('see https://evil.com or WWW.evil.com')).toBe(
        'see https\\://evil.com or WWW\\.evil.com'
      )
    })

    it('collapses line breaks and control characters to one space', () => {
      expect(mdText('a\r\n\r\nb\tc\x00d\u2028e')).toBe('a b c d e')
      expect(mdText('a \n b')).toBe('a b')
    })

    it('leaves colons, emoji and non-ASCII text alone', () => {
      expect(mdText('build: ünïcödé 日本語 🚀')).toBe('build: ünïcödé 日本語 🚀')
    })
  })

  describe('mdUrl', () => {
    it('percent-encodes what would end the link or split a cell', () => {
      expect(mdUrl('https://x/a b(1)<2>"3"|4')).toBe('https://x/a%20b%281%29%3C2%3E%223%22%7C4')
      expect(mdUrl('https://x/\n\t\x7f')).toBe('https://x/%0A%09%7F')
    })

    it('keeps ordinary job URLs unchanged', () => {
      const url = 'https://github.com/o/r/actions/runs/1/job/2#step:3:1'
      expect(mdUrl(url)).toBe(url)
    })

    it('escapes backslashes and ampersands for Markdown, not for the URL', () => {
      expect(mdUrl('https://x/a\\_b?c=1&copy;')).toBe('https://x/a\\\\_b?c=1&amp;copy;')
    })

    it('stays in one table cell', () => {
      const cells = splitRow(`| [x](${mdUrl('https://x/?a=|b|')}) | y |`)
      expect(cells).toEqual(['[x](https://x/?a=%7Cb%7C)', 'y'])
    })
  })

  describe('html', () => {
    it('escapes the HTML specials for content and attributes', () => {
      expect(html(`<b title="x">'a' & b</b>`)).toBe(
        '&lt;b title=&quot;x&quot;&gt;&#39;a&#39; &amp; b&lt;/b&gt;'
      )
    })

    it('puts everything on one line', () => {
      expect(html('a\n\nb\r\nc')).toBe('a b c')
    })

    it('is also safe where GitHub parses the tag content as Markdown', () => {
      const out = html('a*b*|c `d` [e](f) @octocat http://evil')
      expect(out).not.toMatch(/[*|`[\]]/)
      expect(out).toContain('@&#8203;octocat')
      expect(out).toContain('http&#58;//evil')
      const cells = splitRow(`| <code>${html('x | y')}</code> | z |`)
      expect(cells).toHaveLength(2)
    })

    it('keeps non-ASCII text', () => {
      expect(html('ünïcödé 🚀')).toBe('ünïcödé 🚀')
    })
  })

  describe('mermaidText', () => {
    it.each(HOSTILE)('leaves no mermaid syntax in %j', (name) => {
      const out = mermaidText(name)
      expect(out).not.toMatch(/[:;#%<>&"`\n\r]/)
      expect(out).toBe(out.trim())
      expect(out).not.toBe('')
    })

    it('replaces syntax with look-alikes', () => {
      expect(mermaidText('e2e | smoke: chrome')).toBe('e2e | smoke\u2236 chrome')
      expect(mermaidText('a;b #1')).toBe('a\uff1bb \uff031')
      expect(mermaidText('50% done %%')).toBe('50\uff05 done \uff05\uff05')
      expect(mermaidText('<b>&"x"`')).toBe("\u2039b\u203a\uff06'x''")
    })

    it('puts everything on one trimmed line, never empty', () => {
      expect(mermaidText('  a\n\tb  ')).toBe('a b')
      expect(mermaidText('')).toBe('-')
      expect(mermaidText(' \n ')).toBe('-')
    })

    it('never starts with a gantt keyword', () => {
      for (const name of [
        'excludes weekends',
        'Title x',
        'section 2',
        'click me',
        '2024-01-01 nightly',
        'gantt'
      ]) {
        expect(mermaidText(name)).toBe(ZWSP + name)
      }
      expect(mermaidText('build')).toBe('build')
    })

    it('keeps emoji and non-ASCII text', () => {
      expect(mermaidText('build 🚀 日本語')).toBe('build 🚀 日本語')
    })
  })

  describe('logText', () => {
    /** The runner's v2 command: `::name ...::` at the start of a trimmed line. */
    const isCommandLine = (line: string): boolean => /^::[A-Za-z-]+.*?::/.test(line.trimStart())
    /** The runner's legacy command: `##[name ...]` anywhere in a line. */
    const hasLegacyCommand = (line: string): boolean => line.includes('##[')

    it.each(HOSTILE)('never yields a workflow command from %j', (name) => {
      const out = logText(name)
      expect(out).not.toMatch(/[\r\n]/)
      for (const prefix of ['', '  ', 'job: ']) {
        expect(isCommandLine(prefix + out)).toBe(false)
        expect(hasLegacyCommand(prefix + out)).toBe(false)
      }
      expect(out).not.toContain('::')
    })

    it('breaks command markers with a zero-width space', () => {
      expect(logText('x\n::error::pwned')).toBe(`x :${ZWSP}:error:${ZWSP}:pwned`)
      expect(logText('##[set-output name=x]y')).toBe(`#${ZWSP}#[set-output name=x]y`)
      expect(logText(':::')).toBe(`:${ZWSP}:${ZWSP}:`)
      expect(logText('###[x]')).toBe(`##${ZWSP}#[x]`)
    })

    it('removes ANSI sequences first, so they cannot hide a marker', () => {
      expect(logText(':\x1b[0m:error::x')).toBe(`:${ZWSP}:error:${ZWSP}:x`)
      expect(logText('\x1b[31mred\x1b[0m')).toBe('red')
    })

    it('keeps ordinary text, colons and spacing', () => {
      expect(logText('  at foo (file.ts:10:5) ünï 🚀')).toBe('  at foo (file.ts:10:5) ünï 🚀')
    })
  })

  describe('stripAnsi', () => {
    it('removes colours, cursor moves and hyperlinks', () => {
      expect(stripAnsi('\x1b[1;31mError\x1b[0m: boom')).toBe('Error: boom')
      expect(stripAnsi('\x1b[2K\x1b[1Gdone')).toBe('done')
      expect(stripAnsi('\x1b]8;;https://x\x07link\x1b]8;;\x07')).toBe('link')
      expect(stripAnsi('\x1b]0;title\x1b\\text')).toBe('text')
      expect(stripAnsi('\x1b(Bplain')).toBe('plain')
    })

    it('keeps text without escapes unchanged', () => {
      expect(stripAnsi('a [31m b ] c')).toBe('a [31m b ] c')
    })
  })

  describe('fence', () => {
    it('uses three backticks for plain text', () => {
      expect(fence('hello', 'text')).toBe('```text\nhello\n```\n')
    })

    it('is longer than any backtick run inside', () => {
      const text = 'a\n```\nb ```` c'
      const out = fence(text)
      expect(out).toBe(`\`\`\`\`\`\n${text}\n\`\`\`\`\`\n`)
      // No line inside can close it.
      const lines = out.split('\n').slice(1, -2)
      expect(lines.every((l) => !/^ {0,3}`{5,}\s*$/.test(l))).toBe(true)
    })

    it('does not add a blank line when the text ends with a newline', () => {
      expect(fence('a\n')).toBe('```\na\n```\n')
      expect(fence('')).toBe('```\n```\n')
    })

    it('keeps backticks and line breaks out of the info string', () => {
      expect(fence('x', 'a`b\nc')).toBe('```ab c\nx\n```\n')
    })
  })
})
