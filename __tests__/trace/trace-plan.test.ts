import { describe, expect, it } from '@jest/globals'
import { generateRun } from '../../scripts/sample-run.js'
import {
  apiJob,
  apiStep,
  buildReport,
  iso,
  NOW,
  reportOfJobs,
  RUN,
  T0,
  URLS
} from '../support/jobs.js'
import {
  jobSpanIdOf,
  queueSpanIdOf,
  rootSpanIdOf,
  stepSpanIdOf,
  traceIdOf
} from '../../src/trace/trace-ids.js'
import { planTrace, spanCount, toHrTime, type PlannedSpan } from '../../src/trace/trace-plan.js'

/** Epoch ns of `s` seconds after T0, as the plan carries times. */
const ns = (s: number): bigint => BigInt(T0 + s * 1000) * 1_000_000n
const OPTS = { now: NOW, headBranch: 'main' }
const RUN_URL = `https://github.com/${RUN.owner}/${RUN.repo}/actions/runs/${RUN.id}`

function byId(spans: PlannedSpan[], id: string): PlannedSpan {
  const span = spans.find((s) => s.spanId === id)
  if (!span) throw new Error(`no span ${id}`)
  return span
}

describe('trace-plan.ts', () => {
  const build = apiJob('build', 'success')
  const test = apiJob('test (ubuntu-latest, 20)', 'failure')
  const running = apiJob('deploy', null)
  const report = reportOfJobs([build, test, running])
  const spans = planTrace(report, OPTS)
  const traceId = traceIdOf(RUN.id, 1)
  const rootId = rootSpanIdOf(RUN.id, 1)

  it('plans one span for the run, per job its span and its queue, and per started step', () => {
    // 3 jobs with 2 steps each; the running job's step 2 has not started.
    expect(spans).toHaveLength(1 + 3 + 3 + 5)
    expect(spanCount(report)).toBe(spans.length)
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(spans.length)
    expect(spans.every((s) => s.traceId === traceId)).toBe(true)
  })

  it('makes the run span the root, a SERVER span named as the conventions say', () => {
    const root = spans[0]
    expect(root).toMatchObject({
      spanId: rootId,
      parentSpanId: null,
      name: 'RUN CI',
      kind: 'server',
      startNs: ns(0),
      // A job still runs: the run's span ends now, and it has no result yet.
      endNs: BigInt(NOW) * 1_000_000n,
      status: 'unset'
    })
    expect(root?.links).toBeUndefined()
    expect(root?.attributes).toEqual({
      'cicd.pipeline.name': 'CI',
      'cicd.pipeline.action.name': 'RUN',
      'cicd.pipeline.run.id': String(RUN.id),
      'cicd.pipeline.run.url.full': `${RUN_URL}/attempts/1`,
      'vcs.provider.name': 'github',
      'vcs.owner.name': RUN.owner,
      'vcs.repository.name': RUN.repo,
      'vcs.repository.url.full': `https://github.com/${RUN.owner}/${RUN.repo}`,
      'vcs.ref.head.name': 'main',
      'vcs.ref.head.revision': build.head_sha
    })
  })

  it('plans a job from its creation to its end, under the run, with its queue under it', () => {
    expect(byId(spans, jobSpanIdOf(build.id))).toEqual({
      traceId,
      spanId: jobSpanIdOf(build.id),
      parentSpanId: rootId,
      name: 'build',
      kind: 'internal',
      startNs: ns(0),
      endNs: ns(65),
      status: 'unset',
      attributes: {
        'cicd.pipeline.task.name': 'build',
        'cicd.pipeline.task.run.id': String(build.id),
        'cicd.pipeline.task.run.url.full': build.html_url,
        'cicd.pipeline.task.run.result': 'success',
        'cicd.worker.name': 'GitHub Actions 3',
        'github.runner.labels': ['ubuntu-latest']
      }
    })
    expect(byId(spans, queueSpanIdOf(build.id))).toEqual({
      traceId,
      spanId: queueSpanIdOf(build.id),
      parentSpanId: jobSpanIdOf(build.id),
      name: 'queue-build',
      kind: 'internal',
      startNs: ns(0),
      endNs: ns(5),
      status: 'unset',
      attributes: {
        'cicd.pipeline.task.name': 'build',
        'cicd.pipeline.task.run.id': String(build.id),
        'cicd.pipeline.run.state': 'pending'
      }
    })
  })

  it("plans each step under its job, with the API's times in nanoseconds", () => {
    const step = byId(spans, stepSpanIdOf(build.id, { name: 'Run npm test', number: 2 }))
    expect(step).toEqual({
      traceId,
      spanId: stepSpanIdOf(build.id, { name: 'Run npm test', number: 2 }),
      parentSpanId: jobSpanIdOf(build.id),
      name: 'Run npm test',
      kind: 'internal',
      startNs: ns(20),
      endNs: ns(27),
      status: 'unset',
      attributes: {
        'cicd.pipeline.task.name': 'Run npm test',
        'cicd.pipeline.task.run.id': `${build.id}.2`,
        'cicd.pipeline.task.run.url.full': `${build.html_url}#step:2:1`,
        'cicd.pipeline.task.run.result': 'success'
      }
    })
    expect(BigInt(Date.parse(iso(20))) * 1_000_000n).toBe(step.startNs)
  })

  it('gives a failed job and its failed step error status, a result and error.type', () => {
    const job = byId(spans, jobSpanIdOf(test.id))
    expect(job).toMatchObject({ status: 'error', statusMessage: 'failure' })
    expect(job.attributes).toMatchObject({
      'cicd.pipeline.task.run.result': 'failure',
      'error.type': 'failure'
    })
    const failed = byId(spans, stepSpanIdOf(test.id, { name: 'Run npm test', number: 2 }))
    expect(failed).toMatchObject({ status: 'error', statusMessage: 'failure' })
    expect(failed.attributes['error.type']).toBe('failure')
    const fine = byId(spans, stepSpanIdOf(test.id, { name: 'Set up job', number: 1 }))
    expect(fine.status).toBe('unset')
    expect(fine.attributes['error.type']).toBeUndefined()
  })

  it('ends a job in progress now, without a result, and leaves out its steps not started', () => {
    const job = byId(spans, jobSpanIdOf(running.id))
    expect(job).toMatchObject({ startNs: ns(0), endNs: BigInt(NOW) * 1_000_000n, status: 'unset' })
    expect(job.attributes['cicd.pipeline.task.run.result']).toBeUndefined()
    expect(spans.filter((s) => s.parentSpanId === job.spanId).map((s) => s.name)).toEqual([
      'queue-deploy',
      'Set up job'
    ])
  })

  it('gives a finished run its result: the worst job, the current job left out', () => {
    const jobs = [apiJob('build', 'success'), apiJob('test', 'timed_out'), apiJob('report', null)]
    const current = jobs[2]?.id ?? null
    const root = planTrace(reportOfJobs(jobs, current), OPTS)[0]
    expect(root).toMatchObject({ status: 'error', statusMessage: 'timed_out' })
    expect(root?.attributes).toMatchObject({
      'cicd.pipeline.result': 'timeout',
      'error.type': 'timed_out'
    })
    const ok = planTrace(
      reportOfJobs([apiJob('build', 'success'), apiJob('skip', 'skipped')]),
      OPTS
    )
    expect(ok[0]?.status).toBe('unset')
    expect(ok[0]?.attributes['cicd.pipeline.result']).toBe('success')
    expect(ok[0]?.attributes['error.type']).toBeUndefined()
  })

  it.each([
    ['success', 'success', false],
    ['neutral', 'success', false],
    ['skipped', 'skip', false],
    ['failure', 'failure', true],
    ['timed_out', 'timeout', true],
    ['cancelled', 'cancellation', true],
    ['startup_failure', 'error', true],
    ['action_required', 'action_required', true]
  ])('maps conclusion %s to the result %s', (conclusion, result, error) => {
    const job = apiJob('one', conclusion)
    const span = byId(planTrace(reportOfJobs([job]), OPTS), jobSpanIdOf(job.id))
    expect(span.attributes['cicd.pipeline.task.run.result']).toBe(result)
    expect(span.status).toBe(error ? 'error' : 'unset')
    expect(span.attributes['error.type']).toBe(error ? conclusion : undefined)
  })

  it('never ends a span before it starts (GitHub does report such times)', () => {
    const job = apiJob('odd', 'skipped', { started_at: iso(30), completed_at: iso(20), steps: [] })
    const [, own, queue] = planTrace(reportOfJobs([job]), OPTS)
    expect(own).toMatchObject({ startNs: ns(0), endNs: ns(20) })
    expect(queue).toMatchObject({ startNs: ns(0), endNs: ns(20) })
    const inverted = apiJob('inv', 'success', {
      created_at: iso(50),
      started_at: iso(50),
      completed_at: iso(40),
      steps: []
    })
    const [, j] = planTrace(reportOfJobs([inverted]), OPTS)
    expect(j).toMatchObject({ startNs: ns(50), endNs: ns(50) })
  })

  it('ends a queued job and its wait now', () => {
    const queued = apiJob('waits', null, { status: 'queued', started_at: iso(0), steps: [] })
    const [, job, queue] = planTrace(reportOfJobs([queued]), OPTS)
    const now = BigInt(NOW) * 1_000_000n
    expect(job).toMatchObject({ startNs: ns(0), endNs: now })
    expect(queue).toMatchObject({ startNs: ns(0), endNs: now })
  })

  it('gives steps of one name distinct ids, the first one the receiver’s', () => {
    const job = apiJob('dup', 'success', {
      steps: [apiStep(1, 'success', 'Build'), apiStep(2, 'success', 'Build')]
    })
    const steps = planTrace(reportOfJobs([job]), OPTS).slice(3)
    expect(steps.map((s) => s.spanId)).toEqual([
      stepSpanIdOf(job.id, { name: 'Build', number: 1 }),
      stepSpanIdOf(job.id, { name: 'Build', number: 2 }, true)
    ])
    expect(steps[0]?.spanId).not.toBe(steps[1]?.spanId)
  })

  it('plans the same ids and times for the same report (an export repeated)', () => {
    expect(planTrace(report, OPTS)).toEqual(spans)
    const again = reportOfJobs([{ ...build }, { ...test }, { ...running }])
    expect(planTrace(again, OPTS)).toEqual(spans)
  })

  it("links attempt 2 to attempt 1's trace", () => {
    const run = { ...RUN, attempt: 2 }
    const job = apiJob('build', 'success', { run_attempt: 2 })
    const r = buildReport([job], {
      run,
      urls: URLS,
      select: () => true,
      currentJobId: null,
      now: NOW
    })
    const [root, own] = planTrace(r, OPTS)
    expect(root).toMatchObject({
      traceId: traceIdOf(RUN.id, 2),
      spanId: rootSpanIdOf(RUN.id, 2),
      links: [{ traceId: traceIdOf(RUN.id, 1), spanId: rootSpanIdOf(RUN.id, 1) }]
    })
    expect(root?.attributes['cicd.pipeline.run.url.full']).toBe(`${RUN_URL}/attempts/2`)
    expect(own).toMatchObject({
      traceId: traceIdOf(RUN.id, 2),
      parentSpanId: rootSpanIdOf(RUN.id, 2)
    })
  })

  it('keeps re-run jobs in their own attempt’s trace with `attempt: all`', () => {
    const [first = [], second = []] = generateRun({
      runId: RUN.id,
      jobs: 6,
      steps: 2,
      attempts: 2,
      failures: 2
    })
    const all = [...new Map([...first, ...second].map((j) => [j.id, j])).values()]
    const run = { ...RUN, attempt: 'all' as const }
    const r = buildReport(all, {
      run,
      urls: URLS,
      select: () => true,
      currentJobId: null,
      now: NOW
    })
    const plan = planTrace(r, OPTS)
    expect(plan).toHaveLength(spanCount(r))
    const roots = plan.filter((s) => s.parentSpanId === null)
    expect(roots.map((s) => s.traceId)).toEqual([traceIdOf(RUN.id, 1), traceIdOf(RUN.id, 2)])
    expect(roots[0]?.attributes['cicd.pipeline.result']).toBe('failure')
    expect(roots[1]?.links).toEqual([{ traceId: roots[0]?.traceId, spanId: roots[0]?.spanId }])
    for (const job of r.superseded) {
      expect(byId(plan, jobSpanIdOf(job.id)).traceId).toBe(traceIdOf(RUN.id, 1))
    }
    expect(plan.filter((s) => s.traceId === traceIdOf(RUN.id, 1)).length).toBe(
      1 + r.superseded.size * 4
    )
  })

  it('puts the jobs a re-run kept (listed under attempt 1) in the latest attempt’s trace', () => {
    const kept = apiJob('lint', 'success', { run_attempt: 1 })
    const rerun = apiJob('test', 'success', { run_attempt: 2 })
    const plan = planTrace(reportOfJobs([kept, rerun]), OPTS)
    expect(plan.filter((s) => s.parentSpanId === null)).toHaveLength(1)
    expect(new Set(plan.map((s) => s.traceId))).toEqual(new Set([traceIdOf(RUN.id, 2)]))
    expect(byId(plan, jobSpanIdOf(kept.id)).parentSpanId).toBe(rootSpanIdOf(RUN.id, 2))
  })

  it('plans a run of 250 jobs × 30 steps, every span counted', () => {
    const [jobs = []] = generateRun({ runId: RUN.id, jobs: 250, steps: 30 })
    const big = reportOfJobs(jobs)
    const plan = planTrace(big, OPTS)
    const started = jobs.reduce(
      (n, j) => n + (j.steps ?? []).filter((s) => s.started_at !== null).length,
      0
    )
    expect(plan).toHaveLength(1 + 250 + 250 + started)
    expect(spanCount(big)).toBe(plan.length)
    expect(new Set(plan.map((s) => s.spanId)).size).toBe(plan.length)
    const ids = new Set(plan.map((s) => s.spanId))
    expect(plan.every((s) => s.parentSpanId === null || ids.has(s.parentSpanId))).toBe(true)
  })

  it('turns nanoseconds into the SDK’s HrTime', () => {
    expect(toHrTime(1_700_000_000_123_000_000n)).toEqual([1_700_000_000, 123_000_000])
  })
})
