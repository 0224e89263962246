// The workflow security rules on workflows made to break them: in
// __tests__/fixtures/workflows, `RULE.bad*.yml` breaks RULE on each line
// marked `# expect: RULE` (once per finding on that line) and nowhere else,
// and `RULE.good*.yml`, written as the rule asks, has no finding at all. The
// checkout and setup-node SHAs there are those of v5.1.0 and v5.0.0; 0123…567
// stands for any other action's SHA. Then this repository's own workflows.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { checkWorkflowSecurity, RULES } from '../scripts/workflow-security.js'

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'workflows')
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.yml'))
const read = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8')

/** `line rule` for each `# expect:` marker, in line order. */
function marked(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const rules = /# expect: ([\w -]+)$/.exec(line)?.[1]?.trim().split(/\s+/) ?? []
    return rules.map((rule) => `${i + 1} ${rule}`)
  })
}
const found = (text: string): string[] =>
  checkWorkflowSecurity(text).map((f) => `${f.line} ${f.rule}`)

describe('workflow-security.ts', () => {
  it.each(RULES.map((rule) => [rule]))(
    '%s: fires where marked, and not when done right',
    (rule) => {
      const bad = fixtures.filter((f) => f.startsWith(`${rule}.`) && f.includes('.bad'))
      const good = fixtures.filter((f) => f.startsWith(`${rule}.`) && f.includes('.good'))
      expect(bad.length).toBeGreaterThan(0)
      expect(good.length).toBeGreaterThan(0)
      for (const file of bad) {
        const text = read(file)
        expect(marked(text).some((m) => m.endsWith(` ${rule}`))).toBe(true)
        expect({ file, findings: found(text) }).toEqual({ file, findings: marked(text) })
      }
      for (const file of good)
        expect({ file, findings: found(read(file)) }).toEqual({ file, findings: [] })
    }
  )

  it('every fixture belongs to a rule', () => {
    for (const file of fixtures) expect(RULES).toContain(file.split('.')[0])
  })

  it('says where and what to do', () => {
    const [unpinned, persisted] = checkWorkflowSecurity(
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    steps:',
        '      - uses: actions/checkout@v5'
      ].join('\n')
    )
    expect(unpinned).toEqual({
      line: 6,
      column: 15,
      rule: 'unpinned-uses',
      message:
        'actions/checkout@v5 is not pinned to a commit: ' +
        'write actions/checkout@<40-hex SHA of the release> # vX.Y.Z'
    })
    expect(persisted?.message).toBe(
      'actions/checkout leaves the token in .git/config for every later step: ' +
        'set `persist-credentials: false` (or `true`, with a comment, where the job pushes)'
    )
    const [injection] = checkWorkflowSecurity(
      'permissions: {}\njobs:\n  a:\n    steps:\n      - run: |\n          echo hi\n          echo "${{ github.event.issue.title }}"\n'
    )
    expect(injection).toMatchObject({ line: 7, column: 17, rule: 'template-injection' })
    expect(injection?.message).toBe(
      '${{ github.event.issue.title }} in a run script: anyone can write that text, ' +
        'and it becomes code; pass it through `env:` and use "$VAR"'
    )
  })

  it('leaves what is not a workflow mapping, or not YAML, to actionlint', () => {
    expect(checkWorkflowSecurity('')).toEqual([])
    expect(checkWorkflowSecurity('- a list')).toEqual([])
    expect(checkWorkflowSecurity('jobs: {a: [}')).toEqual([])
  })

  it("finds nothing in this repository's workflows", () => {
    const dir = join(ROOT, '.github', 'workflows')
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'release.yml']))
    for (const file of files) {
      const findings = checkWorkflowSecurity(readFileSync(join(dir, file), 'utf8'))
      expect({ file, findings }).toEqual({ file, findings: [] })
    }
  })
})
