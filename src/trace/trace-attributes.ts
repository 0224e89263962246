// What a span says about the run, a job or a step: attributes of the
// OpenTelemetry CI/CD and VCS semantic conventions, as
// @opentelemetry/semantic-conventions 1.45 names them (`ATTR_CICD_*`,
// `ATTR_VCS_*` of its `incubating` entry, `ATTR_ERROR_TYPE`), written as
// plain keys so that nothing here depends on the SDK. The runner's labels
// have no key in the conventions: `github.runner.labels`.
import { isFailed } from '../model/report.js'
import type { JobRecord, StepRecord } from '../model/types.js'

/** An attribute's value, as OTLP carries it. */
export type AttributeValue = string | number | boolean | string[]
export type Attributes = Record<string, AttributeValue>

/** The run a trace describes, as `planTrace` reads it from the report. */
export interface RunFacts {
  owner: string
  repo: string
  id: number
  /** The run's page, without `/attempts/<n>`. */
  url: string
  workflow: string | null
  headSha: string | null
  headBranch: string | null
}

/**
 * GitHub's conclusions as the conventions' results
 * (`cicd.pipeline.result`, `cicd.pipeline.task.run.result`). `neutral` ended
 * well; `startup_failure` is GitHub failing to start the run, the
 * conventions' `error`. `action_required` and `stale` have no counterpart and
 * are passed on as they are, which the conventions allow.
 */
const RESULTS: Readonly<Record<string, string>> = {
  success: 'success',
  neutral: 'success',
  failure: 'failure',
  timed_out: 'timeout',
  cancelled: 'cancellation',
  skipped: 'skip',
  startup_failure: 'error'
}

/**
 * The result of a finished job or step; null while it runs (or when a
 * completed one has no conclusion).
 *
 * @example resultOf({ status: 'completed', conclusion: 'timed_out' }) === 'timeout'
 */
export function resultOf(item: Pick<JobRecord, 'status' | 'conclusion'>): string | null {
  if (item.status !== 'completed' || item.conclusion === null) return null
  return RESULTS[item.conclusion] ?? item.conclusion
}

/**
 * The result and, for a job or step that ended badly (`isFailed`: failure,
 * timed out, cancelled…), `error.type`: GitHub's own conclusion, a short
 * list we document (`failure`, `timed_out`, `cancelled`, `startup_failure`,
 * `action_required`, `stale`). The conventions require `error.type` when the
 * result is `failure` or `error`; a span with error status gets one too.
 */
function outcome(item: Pick<JobRecord, 'status' | 'conclusion'>, key: string): Attributes {
  const result = resultOf(item)
  if (result === null) return {}
  const out: Attributes = { [key]: result }
  if (isFailed(item)) out['error.type'] = item.conclusion ?? 'unknown'
  return out
}

/** The repository's page: the run's page up to `/actions/runs/`. */
function repositoryUrl(run: RunFacts): string {
  const at = run.url.indexOf('/actions/runs/')
  return at < 0 ? run.url : run.url.slice(0, at)
}

/**
 * What every span of the run shares, for the resource (the conventions'
 * `cicd.pipeline`, `cicd.pipeline.run` and `vcs` entities): pipeline name,
 * run id and page, repository, branch and commit.
 */
export function runAttributes(run: RunFacts): Attributes {
  const out: Attributes = {}
  if (run.workflow !== null) out['cicd.pipeline.name'] = run.workflow
  out['cicd.pipeline.run.id'] = String(run.id)
  out['cicd.pipeline.run.url.full'] = run.url
  out['vcs.provider.name'] = 'github'
  out['vcs.owner.name'] = run.owner
  out['vcs.repository.name'] = run.repo
  out['vcs.repository.url.full'] = repositoryUrl(run)
  if (run.headBranch) out['vcs.ref.head.name'] = run.headBranch
  if (run.headSha) out['vcs.ref.head.revision'] = run.headSha
  return out
}

/**
 * The run span of one attempt (`cicd.pipeline.run.server`): the run's
 * attributes with the attempt's page, the action `RUN`, and the result of
 * its jobs when they have all finished (`conclusion` null: not yet).
 */
export function attemptAttributes(
  run: RunFacts,
  attempt: number,
  conclusion: string | null
): Attributes {
  return {
    ...runAttributes(run),
    'cicd.pipeline.run.url.full': `${run.url}/attempts/${attempt}`,
    'cicd.pipeline.action.name': 'RUN',
    ...(conclusion === null
      ? {}
      : outcome({ status: 'completed', conclusion }, 'cicd.pipeline.result'))
  }
}

/** A job (`cicd.pipeline.task.internal`): name, id, page, result, runner. */
export function jobAttributes(job: JobRecord): Attributes {
  const out: Attributes = {
    'cicd.pipeline.task.name': job.name,
    'cicd.pipeline.task.run.id': String(job.id),
    'cicd.pipeline.task.run.url.full': job.url,
    ...outcome(job, 'cicd.pipeline.task.run.result')
  }
  if (job.runner_name) out['cicd.worker.name'] = job.runner_name
  if (job.labels.length > 0) out['github.runner.labels'] = [...job.labels]
  return out
}

/**
 * A job's wait for a runner: the job's name and id, in the state the
 * conventions call `pending` (`cicd.pipeline.run.state`).
 */
export function queueAttributes(job: JobRecord): Attributes {
  return {
    'cicd.pipeline.task.name': job.name,
    'cicd.pipeline.task.run.id': String(job.id),
    'cicd.pipeline.run.state': 'pending'
  }
}

/**
 * A step (`cicd.pipeline.task.internal` too: the conventions' tasks include
 * steps). Its run id, unique in the run as they require, is
 * `<job id>.<step number>`; its page, the job's page at the step's log.
 */
export function stepAttributes(job: JobRecord, step: StepRecord): Attributes {
  return {
    'cicd.pipeline.task.name': step.name,
    'cicd.pipeline.task.run.id': `${job.id}.${step.number}`,
    'cicd.pipeline.task.run.url.full': step.url,
    ...outcome(step, 'cicd.pipeline.task.run.result')
  }
}
