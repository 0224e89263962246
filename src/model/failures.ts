// The failed jobs runlens reads more of (their logs and their check run's
// annotations), and the failure reasons those annotations give. Pure: the
// addresses come in as arguments.
import { CONCLUSION_RANK, isFailed, outcomeOf, type Report } from './report.js'
import type { Annotation, JobRecord } from './types.js'

/** Failed jobs whose logs and annotations are read, at most (the summary's "at most 10"). */
export const MAX_FAILURES_READ = 10
/** Failure reasons shown for one job, at most. */
export const MAX_REASONS = 5

/** The path the runner gives its own annotations ("Process completed with exit code 1."). */
export const RUNNER_PATH = '.github'

/**
 * The failed jobs to read logs and annotations for: the aggregated jobs that
 * ended badly (isFailed), worst conclusion first (CONCLUSION_RANK), then in
 * run order, at most `max`. Logs and annotations are read for the same jobs,
 * so a job shown with its log lines has its reasons too.
 *
 * @example failuresToRead(report) // [test (failure), lint (failure), e2e (cancelled)]
 */
export function failuresToRead(
  report: Pick<Report, 'aggregated'>,
  max = MAX_FAILURES_READ
): JobRecord[] {
  const rank = (job: JobRecord): number =>
    (CONCLUSION_RANK as readonly string[]).indexOf(outcomeOf(job))
  return report.aggregated
    .filter(isFailed)
    .map((job, order) => ({ job, order, rank: rank(job) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, Math.max(0, max))
    .map(({ job }) => job)
}

/** Whether an annotation points at a file of the repository (not the runner's `.github`). */
function inRepository(a: Pick<Annotation, 'path'>): boolean {
  return !!a.path && a.path !== RUNNER_PATH
}

/**
 * Why a job failed, as its check run's failure-level annotations say: each
 * message once (by message, path and line), the ones about a file of the
 * repository first (a problem matcher's `test/paths.test.ts:14`), those
 * without a path next, the runner's own (`.github`) last; its "Process
 * completed with exit code N." only when there is no other; at most `max`.
 * None when the annotations were not read.
 */
export function failureReasons(
  job: Pick<JobRecord, 'annotations'>,
  max = MAX_REASONS
): Annotation[] {
  const seen = new Set<string>()
  const reasons: Annotation[] = []
  for (const a of job.annotations ?? []) {
    if (a.level !== 'failure') continue
    const key = JSON.stringify([a.message, a.path, a.start_line])
    if (seen.has(key)) continue
    seen.add(key)
    reasons.push(a)
  }
  const order = (a: Annotation): number => (inRepository(a) ? 0 : a.path === RUNNER_PATH ? 2 : 1)
  // "Process completed with exit code 1." says nothing a more precise reason
  // does not: it is a reason only when there is no other.
  const exitCode = (a: Annotation): boolean =>
    a.path === RUNNER_PATH && /^Process completed with exit code \d+\.?$/.test(a.message.trim())
  const precise = reasons.some((a) => !exitCode(a))
  return reasons
    .filter((a) => !precise || !exitCode(a))
    .map((a, i) => ({ a, i }))
    .sort((x, y) => order(x.a) - order(y.a) || x.i - y.i)
    .slice(0, Math.max(0, max))
    .map(({ a }) => a)
}

/**
 * The file and lines an annotation is about, on the web at the run's commit;
 * null for the runner's `.github` annotations, one without a path, or when
 * the commit is unknown. Each segment of the path is encoded.
 *
 * @example annotationUrl('https://github.com', 'o', 'r', 'f83a356', { path: 'test/a.ts', start_line: 14, end_line: 16 })
 *   // 'https://github.com/o/r/blob/f83a356/test/a.ts#L14-L16'
 */
export function annotationUrl(
  serverUrl: string,
  owner: string,
  repo: string,
  headSha: string | null,
  a: Pick<Annotation, 'path' | 'start_line' | 'end_line'>
): string | null {
  if (!headSha || !a.path || !inRepository(a)) return null
  const path = a.path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/')
  const start = a.start_line
  const end = a.end_line
  const lines =
    start === null ? '' : end !== null && end > start ? `#L${start}-L${end}` : `#L${start}`
  return `${serverUrl}/${owner}/${repo}/blob/${headSha}/${path}${lines}`
}
