// What a workflow security linter (zizmor, poutine) would say of our
// workflows, for the mistakes that matter to an action's repository. None of
// those linters can be installed here (neither npm nor Debian has one), so
// `npm run check:workflows` runs these rules beside actionlint:
//
// - unpinned-uses: a non-local action or reusable workflow not pinned to a
//   full 40-hex commit SHA (a tag can be moved to other code; a SHA cannot);
//   a docker:// image not pinned to a sha256 digest.
// - unversioned-pin: a SHA pin without the version in a comment
//   (`@<sha> # v5.1.0`): readers and Dependabot read the version there.
// - missing-permissions: no top-level `permissions:`, so every job gets the
//   repository's default token, which may be read-write.
// - broad-permissions: `write-all`, or a `write` scope at the top level,
//   where it reaches every job; grant write in the one job that needs it.
// - untrusted-checkout: a `pull_request_target` or `workflow_run` workflow
//   (base repository's token and secrets) checking out the pull request's
//   head, so the attacker's code runs with them.
// - template-injection: `${{ }}` of text anyone can write (titles, bodies,
//   branch names, commit messages…) in a `run:` script or github-script's
//   `script:`: the expression is pasted into the code before it runs. Pass
//   it through `env:` and use "$VAR". (`inputs.*` are left alone: only
//   people with write access can set them.)
// - persisted-credentials: `actions/checkout` without `persist-credentials`:
//   it then leaves the token in .git/config for every later step and any
//   upload of the workspace. `false` unless the job pushes; a job that
//   pushes says `true` (an explicit value, deliberate, passes).
//
// Every finding is an error. A YAML syntax error is actionlint's to report.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'

export const RULES = [
  'unpinned-uses',
  'unversioned-pin',
  'missing-permissions',
  'broad-permissions',
  'untrusted-checkout',
  'template-injection',
  'persisted-credentials'
] as const

export interface SecurityFinding {
  line: number
  column: number
  message: string
  rule: (typeof RULES)[number]
}

// Contexts that whoever opens an issue, a pull request or a comment, or
// pushes a branch, can fill with any text (GitHub Security Lab's list).
const UNTRUSTED: RegExp[] = [
  /\bgithub\.head_ref\b/,
  /\bgithub\.event\.(issue|pull_request|discussion)\.(title|body)\b/,
  /\bgithub\.event\.(comment|review|review_comment)\.body\b/,
  /\bgithub\.event\.pages\b\S*\.page_name\b/,
  /\bgithub\.event\.(head_commit|commits\b\S*)\.(message|(author|committer)\.(name|email))\b/,
  /\bgithub\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b/,
  /\bgithub\.event\.workflow_run\.(head_branch|display_title|head_commit\.\S+|pull_requests\b\S*\.head\.ref)\b/,
  // The whole event, e.g. toJSON(github.event).
  /\bgithub\.event(?![.\w[])/
]
// A ref or repository that names the pull request's code rather than the base's.
const PR_HEAD =
  /github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\//
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run']
const SHA = /^[0-9a-f]{40}$/
const VERSION_COMMENT = /^\s*#\s*v?\d+(\.\d+)*\b/

/** The findings of the workflow file `text`, by line. */
export function checkWorkflowSecurity(text: string): SecurityFinding[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const root = doc.contents
  if (doc.errors.length > 0 || !isMap(root)) return []
  const findings: SecurityFinding[] = []
  const report: Report = (offset, rule, message) => {
    const { line, col } = lines.linePos(offset)
    findings.push({ line, column: col, message, rule })
  }
  const at = (node: Node | null | undefined): number => node?.range?.[0] ?? 0

  checkTopPermissions(root, at, report)
  const triggers = triggersOf(root.get('on', true))
  const jobs = root.get('jobs', true)
  for (const job of isMap(jobs) ? jobs.items : []) {
    if (!isMap(job.value)) continue
    const permissions = job.value.get('permissions', true)
    if (isScalar(permissions) && permissions.value === 'write-all') {
      report(
        at(permissions),
        'broad-permissions',
        'write-all: grant only the scopes this job needs'
      )
    }
    checkUses(job.value.get('uses', true), text, report)
    const steps = job.value.get('steps', true)
    for (const step of isSeq(steps) ? steps.items : []) {
      if (isMap(step)) checkStep(step, triggers, text, report)
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column)
}

type Report = (offset: number, rule: SecurityFinding['rule'], message: string) => void

function checkTopPermissions(root: YAMLMap, at: (n: Node) => number, report: Report): void {
  const permissions = root.get('permissions', true)
  if (permissions === undefined) {
    report(
      0,
      'missing-permissions',
      'no top-level `permissions:`: every job gets the default token, which may be read-write; ' +
        'set `permissions: {}` or `contents: read` and grant more in the jobs that need it'
    )
  } else if (isScalar(permissions) && permissions.value === 'write-all') {
    report(at(permissions), 'broad-permissions', 'write-all for every job: grant scopes per job')
  } else if (isMap(permissions)) {
    for (const scope of permissions.items) {
      if (isScalar(scope.value) && scope.value.value === 'write' && isScalar(scope.key)) {
        report(
          at(scope.key),
          'broad-permissions',
          `\`${String(scope.key.value)}: write\` for every job: grant it in the job that needs it`
        )
      }
    }
  }
}

/** The events of `on:`, written as a name, a list or a map. */
function triggersOf(on: unknown): string[] {
  if (isScalar(on)) return [String(on.value)]
  if (isSeq(on)) return on.items.map((i) => (isScalar(i) ? String(i.value) : ''))
  if (isMap(on)) return on.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''))
  return []
}

function checkUses(uses: unknown, text: string, report: Report): void {
  if (!isScalar(uses) || typeof uses.value !== 'string' || !uses.range) return
  const value = uses.value
  if (value.startsWith('./')) return
  if (value.startsWith('docker://')) {
    if (!value.includes('@sha256:')) {
      report(
        uses.range[0],
        'unpinned-uses',
        `${value} is not pinned to an image digest (@sha256:…)`
      )
    }
    return
  }
  const at = value.lastIndexOf('@')
  const name = at < 0 ? value : value.slice(0, at)
  if (at < 0 || !SHA.test(value.slice(at + 1))) {
    report(
      uses.range[0],
      'unpinned-uses',
      `${value} is not pinned to a commit: write ${name}@<40-hex SHA of the release> # vX.Y.Z`
    )
    return
  }
  const end = text.indexOf('\n', uses.range[1])
  if (!VERSION_COMMENT.test(text.slice(uses.range[1], end < 0 ? undefined : end))) {
    report(
      uses.range[0],
      'unversioned-pin',
      `${name} is pinned to a SHA without its version in a comment: add # vX.Y.Z after it`
    )
  }
}

function checkStep(step: YAMLMap, triggers: string[], text: string, report: Report): void {
  const uses = step.get('uses', true)
  checkUses(uses, text, report)
  const action = isScalar(uses) ? String(uses.value).split('@')[0]?.toLowerCase() : undefined
  const withs = step.get('with', true)
  const input = (name: string): Node | undefined => {
    const node: unknown = isMap(withs) ? withs.get(name, true) : undefined
    return isScalar(node) ? node : undefined
  }
  checkInjection(step.get('run', true), 'a run script', text, report)
  if (action === 'actions/github-script') {
    checkInjection(input('script'), "github-script's script", text, report)
  }
  if (action !== 'actions/checkout' || !isScalar(uses) || !uses.range) return
  if (input('persist-credentials') === undefined) {
    report(
      uses.range[0],
      'persisted-credentials',
      'actions/checkout leaves the token in .git/config for every later step: ' +
        'set `persist-credentials: false` (or `true`, with a comment, where the job pushes)'
    )
  }
  const privileged = triggers.filter((t) => PRIVILEGED_TRIGGERS.includes(t))
  for (const name of ['ref', 'repository']) {
    const node = input(name)
    if (privileged.length > 0 && isScalar(node) && PR_HEAD.test(String(node.value))) {
      report(
        node.range?.[0] ?? 0,
        'untrusted-checkout',
        `checks out the pull request's code in a ${privileged.join('/')} workflow, which has ` +
          `the base repository's token and secrets: that code runs with them`
      )
    }
  }
}

/** Untrusted `${{ }}` expressions in a script, each where it is written. */
function checkInjection(node: unknown, where: string, text: string, report: Report): void {
  if (!isScalar(node) || !node.range) return
  const [start, end] = node.range
  for (const m of text.slice(start, end).matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = m[1] ?? ''
    if (!UNTRUSTED.some((pattern) => pattern.test(expression))) continue
    report(
      start + (m.index ?? 0),
      'template-injection',
      `\${{${expression}}} in ${where}: anyone can write that text, and it becomes code; ` +
        'pass it through `env:` and use "$VAR"'
    )
  }
}
