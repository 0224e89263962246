// `npx tsx scripts/screenshot.ts SUMMARY.md OUT.png`: a job summary as a
// person sees it on the run page. The Markdown is turned into HTML by
// cmark-gfm (GitHub's own fork of cmark, with GitHub's extensions), the
// mermaid blocks are drawn by mermaid in the page, and headless chromium
// takes the full-page picture, 1000 px wide, `<details>` closed as a reader
// first sees them. `--demo` renders the demo's summary (the bundled action
// run on the demo run, as `npm run demo` does) instead of a file:
// `npx tsx scripts/screenshot.ts --demo docs/summary.png` regenerates the
// README's picture; nothing is written anywhere else unless asked. The
// test (__tests__/screenshot.test.ts) reads the same page.
//
// Needs: `apt-get install -y chromium cmark-gfm fonts-noto-color-emoji`
// (without the emoji font every ✅/❌ is an empty box: it warns).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { runDemo } from './demo-run.js'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, chromiumAvailable, MERMAID_JS } from './render-mermaid.js'
import { ROOT } from './run-action.js'

/** Debian's cmark-gfm (`apt-get install -y cmark-gfm`); CMARK_GFM_PATH overrides it. */
export const CMARK_GFM = process.env.CMARK_GFM_PATH || 'cmark-gfm'

/** The README's picture of the demo's summary. */
export const DOCS_SCREENSHOT = join(ROOT, 'docs', 'summary.png')
/** How wide the page is: GitHub's run page at a common size. */
export const WIDTH = 1012
/** Past this, the picture is too large to commit as is: say so. */
const MAX_BYTES = 400_000

/** Whether a colour emoji font is installed (fontconfig knows one). */
export function emojiFontAvailable(): boolean {
  const list = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' })
  return list.status === 0 && /emoji/i.test(list.stdout)
}

/** Whether cmark-gfm runs here. */
export function cmarkAvailable(): boolean {
  return spawnSync(CMARK_GFM, ['--version']).status === 0
}

/**
 * The demo's summary, as the bundled action writes it: the demo run served
 * by the fake API, the action run as the runner runs it (dist/ must be built).
 */
export async function demoSummary(): Promise<string> {
  const { result } = await runDemo()
  if (result.summary === '') {
    throw new Error(`The action wrote no summary (exit ${result.code}):\n${result.stdout}`)
  }
  return result.summary
}

/**
 * GitHub-flavoured Markdown to HTML with GitHub's extensions, `<pre lang>`
 * code blocks, and raw HTML kept (GitHub keeps `<details>`, `<summary>`,
 * `<b>` after sanitizing; nothing else here is raw HTML).
 */
export function markdownToHtml(markdown: string): string {
  return execFileSync(
    CMARK_GFM,
    [
      '--unsafe',
      '--github-pre-lang',
      ...['table', 'strikethrough', 'autolink', 'tagfilter'].flatMap((e) => ['-e', e])
    ],
    { input: markdown, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
  )
}

// A small part of GitHub's Markdown style, enough to look like a job summary.
const CSS = `
  body { margin: 0; background: #fff; color: #1f2328;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial,
      sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
  .frame { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .frame > header { padding: 12px 16px; border-bottom: 1px solid #d1d9e0; font-weight: 600;
    background: #f6f8fa; border-radius: 6px 6px 0 0; }
  .markdown-body { padding: 16px 24px; overflow-wrap: break-word; }
  .markdown-body > :first-child { margin-top: 0; }
  h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3;
    margin: 24px 0 16px; }
  h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
  p, table, pre, details, blockquote { margin: 0 0 16px; }
  a { color: #0969da; text-decoration: none; }
  table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
    max-width: 100%; overflow: auto; font-variant: tabular-nums; }
  th, td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  th { font-weight: 600; }
  tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
  tr:nth-child(2n) { background: #f6f8fa; }
  code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, monospace; }
  pre { padding: 16px; background: #f6f8fa; border-radius: 6px; overflow: auto; }
  pre.mermaid { background: none; padding: 0; }
  blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  summary { cursor: pointer; }
`

/** What a reader finds on the page, as the test checks it. */
export interface SummaryPage {
  /** Rows (without the header) of the jobs table, the first table with Job and Conclusion columns. */
  jobRows: number
  tables: number
  /** Mermaid blocks, charts drawn, error diagrams drawn, gantt bars, each chart's pixel height. */
  mermaid: {
    blocks: number
    svgs: number
    errors: number
    bars: number
    heights: number[]
    error?: string
  }
  /** `<details>` blocks and the text of their `<summary>`. */
  details: string[]
  /** Section headings (h2, h3). */
  headings: string[]
  /** Markdown or HTML syntax shown as text: what GitHub would show if rendering went wrong. */
  leftovers: string[]
  /** Pixel height of the page. */
  height: number
  /**
   * Where the first failed job's block starts to show, in px from the top
   * of the page: its first reason (list item) and its first log line (code
   * block) under "What failed"; null when there is none.
   */
  firstFailure: { reason: number | null; logLine: number | null }
  /** Milliseconds: Markdown to HTML, and the browser (start, draw, picture). */
  ms: { html: number; browser: number }
}

/**
 * Renders the summary in headless chromium, draws its mermaid blocks, reads
 * the page, and writes a full-page PNG to `png` when given.
 */
export async function renderSummaryPage(
  markdown: string,
  opts: { png?: string } = {}
): Promise<SummaryPage> {
  if (!chromiumAvailable()) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).`
    )
  }
  let started = performance.now()
  const body = markdownToHtml(markdown)
  const htmlMs = Math.round(performance.now() - started)
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>runlens summary</title>
<style>${CSS}</style></head><body><div class="frame"><header>report summary</header>
<article class="markdown-body">${body}</article></div></body></html>`

  started = performance.now()
  const profile = await mkdtemp(join(tmpdir(), 'runlens-screenshot-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: WIDTH, height: 800 },
      deviceScaleFactor: 1
    })
    try {
      const tab = context.pages()[0] ?? (await context.newPage())
      await tab.setContent(page)
      await tab.addScriptTag({ path: MERMAID_JS })
      const facts = await tab.evaluate(drawAndRead)
      if (opts.png) {
        mkdirSync(dirname(opts.png), { recursive: true })
        await tab.screenshot({ path: opts.png, fullPage: true })
      }
      return { ...facts, ms: { html: htmlMs, browser: Math.round(performance.now() - started) } }
    } finally {
      await context.close()
    }
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

/** Runs in the page: draws the mermaid blocks as GitHub does, then reads the page. */
async function drawAndRead(): Promise<Omit<SummaryPage, 'ms'>> {
  interface Mermaid {
    initialize(config: object): void
    run(options: { nodes: HTMLElement[] }): Promise<void>
  }
  const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid
  // cmark-gfm writes ```mermaid as <pre lang="mermaid"><code>…</code></pre>.
  const blocks = Array.from(document.querySelectorAll('pre[lang="mermaid"]'), (pre) => {
    const chart = document.createElement('pre')
    chart.className = 'mermaid'
    chart.textContent = pre.textContent
    pre.replaceWith(chart)
    return chart
  })
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
  let error: string | undefined
  try {
    await mermaid.run({ nodes: blocks })
  } catch (e) {
    const message: unknown = typeof e === 'object' && e !== null && 'message' in e ? e.message : e
    error = String(message)
  }
  await document.fonts.ready

  // No named helper functions in here: tsx would wrap them in a `__name`
  // call that the page does not have.
  const tables = Array.from(document.querySelectorAll('table'))
  const jobs = tables.find((t) => {
    const header = Array.from(t.querySelectorAll('thead th'), (th) => (th.textContent ?? '').trim())
    return header.includes('Job') && header.includes('Conclusion')
  })
  const svgs = blocks.map((b) => b.querySelector('svg')).filter((s) => s !== null)
  return {
    jobRows: jobs ? jobs.querySelectorAll('tbody tr').length : 0,
    tables: tables.length,
    mermaid: {
      blocks: blocks.length,
      svgs: svgs.length,
      errors: svgs.filter((s) => s.getAttribute('aria-roledescription') === 'error').length,
      bars: document.querySelectorAll('pre.mermaid rect.task').length,
      heights: svgs.map((s) => Math.round(s.getBoundingClientRect().height)),
      ...(error === undefined ? {} : { error })
    },
    details: Array.from(document.querySelectorAll('details > summary'), (s) =>
      (s.textContent ?? '').trim()
    ),
    headings: Array.from(document.querySelectorAll('h2, h3'), (h) => (h.textContent ?? '').trim()),
    leftovers: ['```', '| --- |', '|---', '**', '<details', '</summary', '](http'].filter(
      (syntax) =>
        // Code blocks show log lines as they are: look outside them.
        Array.from(document.querySelectorAll('.markdown-body > :not(pre)')).some((el) =>
          (el.textContent ?? '').includes(syntax)
        )
    ),
    height: document.documentElement.scrollHeight,
    // Elements of the "What failed" part: after its heading, up to the next one.
    firstFailure: ((): { reason: number | null; logLine: number | null } => {
      const part: Element[] = []
      let el = Array.from(document.querySelectorAll('h3')).find(
        (h) => (h.textContent ?? '').trim() === 'What failed'
      )?.nextElementSibling
      for (; el && el.tagName !== 'H3'; el = el.nextElementSibling) part.push(el)
      const reason = part
        .map((e) => e.querySelector('li') ?? (e.matches('li') ? e : null))
        .find((e) => e)
      const log = part.find((e) => e.tagName === 'PRE')
      return {
        reason: reason ? Math.round(reason.getBoundingClientRect().top + window.scrollY) : null,
        logLine: log ? Math.round(log.getBoundingClientRect().top + window.scrollY) : null
      }
    })()
  }
}

const USAGE = 'usage: npx tsx scripts/screenshot.ts (SUMMARY.md | --demo) OUT.png\n'

async function main(args: string[]): Promise<number> {
  const [source, png] = args
  if (!source || !png || args.length > 2) {
    process.stderr.write(USAGE)
    return 2
  }
  if (!emojiFontAvailable()) {
    process.stderr.write(
      'Warning: no colour emoji font: every ✅/❌ will be an empty box. Install fonts-noto-color-emoji.\n'
    )
  }
  const started = performance.now()
  const markdown = source === '--demo' ? await demoSummary() : readFileSync(source, 'utf8')
  const page = await renderSummaryPage(markdown, { png })
  const total = Math.round(performance.now() - started)
  const bytes = statSync(png).size
  const kib = Math.round(bytes / 1024)
  if (bytes > MAX_BYTES) {
    process.stderr.write(
      `Warning: ${png} is ${kib} KiB, above ${MAX_BYTES / 1000} kB: too large to commit as it is.\n`
    )
  }
  const { reason, logLine } = page.firstFailure
  process.stdout.write(
    `${png}: ${WIDTH} × ${page.height} px, ${kib} KiB\n` +
      `jobs table: ${page.jobRows} rows · mermaid: ${page.mermaid.svgs} of ${page.mermaid.blocks} drawn, ${page.mermaid.bars} bars, ${page.mermaid.errors} errors · ${page.details.length} details blocks\n` +
      `first failed job: reason at ${reason ?? '–'} px, first log line at ${logLine ?? '–'} px\n` +
      `${total} ms (cmark-gfm ${page.ms.html} ms, chromium ${page.ms.browser} ms)\n`
  )
  return page.mermaid.errors === 0 ? 0 : 1
}

// Run as a script, not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
