// `npx tsx scripts/screenshot.ts`: the demo's job summary as a person sees it
// on the run page, written to docs/summary.png. The bundled action is run on
// the demo run (as `npm run demo` does), its Markdown is turned into HTML by
// cmark-gfm (GitHub's own fork of cmark, with GitHub's extensions), the
// mermaid block is drawn by mermaid in the page, and headless chromium takes
// the picture, 1000 px wide. The test (__tests__/screenshot.test.ts) reads
// the same page: the jobs table, the chart, the collapsed steps.
//
// Needs: `apt-get install -y chromium cmark-gfm`, and for the icons as
// GitHub shows them, fonts-noto-color-emoji.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
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

/** Where the picture goes, and how wide it is (GitHub's run page at a common size). */
export const SCREENSHOT = join(ROOT, 'docs', 'summary.png')
export const WIDTH = 1000
/** Past this, the picture is too large to commit as is: say so. */
const MAX_BYTES = 400_000

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
    height: document.documentElement.scrollHeight
  }
}

async function main(): Promise<number> {
  const started = performance.now()
  const markdown = await demoSummary()
  const actionMs = Math.round(performance.now() - started)
  const page = await renderSummaryPage(markdown, { png: SCREENSHOT })
  const total = Math.round(performance.now() - started)
  const bytes = statSync(SCREENSHOT).size
  const kib = Math.round(bytes / 1024)
  if (bytes > MAX_BYTES) {
    process.stderr.write(
      `Warning: ${SCREENSHOT} is ${kib} KiB, above ${MAX_BYTES / 1000} kB: too large to commit as it is.\n`
    )
  }
  process.stdout.write(
    `${SCREENSHOT}: ${WIDTH} × ${page.height} px, ${kib} KiB\n` +
      `jobs table: ${page.jobRows} rows · mermaid: ${page.mermaid.svgs} of ${page.mermaid.blocks} drawn, ${page.mermaid.bars} bars, ${page.mermaid.errors} errors · ${page.details.length} details blocks\n` +
      `${total} ms: the action ${actionMs} ms, cmark-gfm ${page.ms.html} ms, chromium ${page.ms.browser} ms\n`
  )
  return page.mermaid.svgs > 0 && page.mermaid.errors === 0 ? 0 : 1
}

// Run as a script, not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main()
}
