// Renders mermaid charts for real: mermaid from node_modules, served over a
// loopback HTTP server, drawn by Debian's chromium through playwright-core.
// `mermaid.parse` alone misses what only drawing finds (a `:` in a task
// name, a date mermaid cannot read); this is the check that a chart a user
// will see on the run page draws without mermaid's error diagram.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Debian's chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The single-file (UMD) build: it sets `window.mermaid` and loads nothing else. */
export const MERMAID_JS = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')

/**
 * Flags for a quiet, offline, throw-away browser: no sandbox (containers run
 * as root), no GPU, and none of the background calls home.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface RenderResult {
  /** Drawn, and not as mermaid's error diagram. */
  ok: boolean
  /** Why not: the error mermaid threw or drew. */
  error?: string
  /** `rect.task` elements in the SVG: gantt bars (milestones included). */
  taskBars: number
  /** Bars whose x or width is not a finite number (a date mermaid could not read). */
  badBars: number
  /** Each bar's label as drawn, by task id (the chart's `j1` in `…:crit,j1,…`). */
  labels: Record<string, string>
  /** Section titles as drawn, in order. */
  sections: string[]
  /** Mermaid's warnings while drawing this chart (such as "…is neither a valid date…"). */
  warnings: string[]
  /** Characters of SVG markup. */
  svgChars: number
  /** Milliseconds to draw this chart. */
  ms: number
}

/** Whether the browser renderMermaid needs is installed. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH)
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>render</title></head>
<body style="width:1200px"><div id="out"></div>
<script src="/mermaid.min.js"></script>
<script>
  // GitHub draws with the default security level ('strict').
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'warn' })
</script></body></html>`

/** Serves the page and mermaid on 127.0.0.1, on a free port. */
async function serve(): Promise<{ server: Server; url: string }> {
  const mermaidJs = await readFile(MERMAID_JS)
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    } else if (req.url === '/mermaid.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(mermaidJs)
    } else {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', ok)
  })
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

/** What the page reports for one chart; timing is added outside. */
type PageResult = Omit<RenderResult, 'warnings' | 'ms'>

/**
 * Draws each chart in turn in one browser and one page, and reports for each
 * whether mermaid drew it without error (an error shows as
 * `svg[aria-roledescription="error"]`, or as a thrown error).
 *
 * @example (await renderMermaid(['gantt\n  dateFormat x\n  a :a1,0,1000']))[0].ok === true
 */
export async function renderMermaid(charts: string[]): Promise<RenderResult[]> {
  if (!chromiumAvailable()) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium'` +
        ' (or set CHROMIUM_PATH).'
    )
  }
  const { server, url } = await serve()
  const profile = await mkdtemp(join(tmpdir(), 'runlens-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      let warnings: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text())
      })
      page.on('pageerror', (e) => warnings.push(`page error: ${e.message}`))
      await page.goto(url)
      await page.waitForFunction(() => 'mermaid' in window)
      const results: RenderResult[] = []
      for (const chart of charts) {
        warnings = []
        const started = performance.now()
        const result = await page.evaluate(drawInPage, chart)
        results.push({ ...result, warnings, ms: Math.round(performance.now() - started) })
      }
      return results
    } finally {
      await context.close()
    }
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()))
    await rm(profile, { recursive: true, force: true })
  }
}

/** Runs in the page: draws one chart in place of the last one. */
async function drawInPage(chart: string): Promise<PageResult> {
  interface Mermaid {
    run(options: { nodes: HTMLElement[] }): Promise<void>
  }
  const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid
  const out = document.getElementById('out')
  if (out === null) throw new Error('no #out element')
  out.replaceChildren()
  const pre = document.createElement('pre')
  pre.className = 'mermaid'
  pre.textContent = chart
  out.append(pre)
  let thrown: string | undefined
  try {
    await mermaid.run({ nodes: [pre] })
  } catch (e) {
    // mermaid.run throws plain objects too (`{ message, hash, … }`).
    const message: unknown = typeof e === 'object' && e !== null && 'message' in e ? e.message : e
    thrown = String(message)
  }
  const svg = out.querySelector('svg')
  const bars = Array.from(out.querySelectorAll('rect.task'))
  const badBars = bars.filter((rect) =>
    ['x', 'width'].some((name) => !Number.isFinite(Number(rect.getAttribute(name))))
  ).length
  // Bars are `<rect id="{svg id}-{task id}">`, their labels `<text id="{svg id}-{task id}-text">`.
  const prefix = `${svg?.id ?? ''}-`
  const labels: Record<string, string> = {}
  for (const text of Array.from(out.querySelectorAll('text[id$="-text"]'))) {
    const id = text.id.slice(prefix.length, -'-text'.length)
    labels[id] = (text.textContent ?? '').trim()
  }
  const sections = Array.from(out.querySelectorAll('text.sectionTitle'), (t) =>
    (t.textContent ?? '').trim()
  )
  const drawnError =
    svg?.getAttribute('aria-roledescription') === 'error'
      ? (svg.textContent ?? '').replace(/\s+/g, ' ').trim() || 'error diagram'
      : undefined
  const error = thrown ?? drawnError ?? (svg ? undefined : 'no SVG drawn')
  return {
    ok: error === undefined,
    ...(error === undefined ? {} : { error }),
    taskBars: bars.length,
    badBars,
    labels,
    sections,
    svgChars: svg?.outerHTML.length ?? 0
  }
}
