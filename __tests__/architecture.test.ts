// The layout of src/ is the architecture, and these rules keep it so:
// - model/ and render/ are pure: no I/O (no node: module but none, no
//   @actions/*, no octokit, nothing from github/, pipeline/ or an edge);
// - trace/ derives a run's trace (its ids hash with SHA-256): model/, itself
//   and node:crypto only;
// - github/ reads the API and imports no renderer;
// - nothing imports back into an edge (action/, cli/), but the edge's own files;
// - export/ (the OTLP export, with the OpenTelemetry SDK) imports only the
//   model and packages; model/, render/ and github/ never import it, and
//   outside export/ the SDK's module is reached only through load.ts, whose
//   dynamic import keeps the SDK in a chunk of the bundle read on demand;
// - no file in src/ is over 300 lines.
// Imports are read from the source text: `import … from '…'` and `export … from '…'`.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'
import { ROOT } from '../scripts/run-action.js'

const SRC = join(ROOT, 'src')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

/**
 * Each file's imports: a folder of src/ (`model`, `render`…) for relative
 * ones, else the package. Type-only imports of packages (the API's schema
 * types) are left out: nothing of them is left once compiled.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/^(?:import|export)\b([^'"]*?)from\s+'([^']+)'/gm)]
    .filter((m) => (m[2] ?? '').startsWith('.') || !/^\s*type\b/.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
  return specs.map((spec) => {
    if (!spec.startsWith('.')) return spec
    const target = relative(SRC, resolve(dirname(file), spec))
    return target.startsWith('..')
      ? `../${target.split('/').pop() ?? ''}`
      : (target.split('/')[0] ?? '')
  })
}

const folderOf = (file: string): string => relative(SRC, file).split('/')[0] ?? ''
const all = files(SRC)

describe('the architecture of src/', () => {
  it('has its files in folders by concern', () => {
    const folders = new Set(all.map(folderOf).filter((f) => !f.endsWith('.ts')))
    expect([...folders].sort()).toEqual([
      'action',
      'cli',
      'export',
      'github',
      'model',
      'pipeline',
      'render',
      'trace'
    ])
    expect(all.filter((f) => folderOf(f).endsWith('.ts')).map(folderOf)).toEqual(['index.ts'])
  })

  it.each(['model', 'render'])(
    'keeps %s/ pure: no I/O, no client, no pipeline, no edge',
    (folder) => {
      // The model is the lowest layer: it imports no renderer either.
      const allowed = new Set(folder === 'model' ? ['model'] : ['model', 'render'])
      for (const file of all.filter((f) => folderOf(f) === folder)) {
        const bad = importsOf(file).filter((i) => !allowed.has(i))
        expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
      }
    }
  )

  it('keeps trace/ to the model and node:crypto: no I/O, no client, no edge', () => {
    const allowed = new Set(['model', 'trace', 'node:crypto'])
    for (const file of all.filter((f) => folderOf(f) === 'trace')) {
      const bad = importsOf(file).filter((i) => !allowed.has(i))
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
  })

  it('keeps github/ free of renderers and edges', () => {
    for (const file of all.filter((f) => folderOf(f) === 'github')) {
      const bad = importsOf(file).filter((i) => ['render', 'pipeline', 'action', 'cli'].includes(i))
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
  })

  it('lets nothing import an edge but the edge itself and the entry point', () => {
    for (const file of all) {
      const own = folderOf(file)
      const bad = importsOf(file).filter(
        (i) => (i === 'action' || i === 'cli') && i !== own && own !== 'index.ts'
      )
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
  })

  it('keeps export/ on the model alone, and out of model/, render/ and github/', () => {
    for (const file of all.filter((f) => folderOf(f) === 'export')) {
      const bad = importsOf(file).filter(
        (i) => !['export', 'model'].includes(i) && !/^[@a-z]/.test(i)
      )
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
    for (const file of all.filter((f) => ['model', 'render', 'github'].includes(folderOf(f)))) {
      const bad = importsOf(file).filter((i) => i === 'export' || i.startsWith('@opentelemetry/'))
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
  })

  it('reaches the OpenTelemetry SDK outside export/ only through the lazy loader', () => {
    for (const file of all.filter((f) => folderOf(f) !== 'export')) {
      const text = readFileSync(file, 'utf8')
      // Any import of an export/ module but load.ts, static or dynamic, and any SDK package.
      const bad = [
        ...text.matchAll(
          /(?:from\s+|import\()\s*'([^']*export\/(?!load\.js')[^']*|@opentelemetry\/[^']*)'/g
        )
      ].map((m) => m[1])
      expect({ file: relative(ROOT, file), bad }).toEqual({ file: relative(ROOT, file), bad: [] })
    }
  })

  it('keeps every file under 300 lines', () => {
    const long = all
      .map((f) => ({
        file: relative(ROOT, f),
        lines: readFileSync(f, 'utf8').split('\n').length - 1
      }))
      .filter((f) => f.lines > 300)
    expect(long).toEqual([])
  })
})
