import { describe, expect, it } from '@jest/globals'
import { buildOutputs, OUTPUT, type ReportFile } from '../../src/action/outputs.js'
import { reportFileJson, writeReportJson } from '../../src/render/report-json.js'
import { type Report } from '../../src/model/report.js'
import type { ApiJob } from '../../src/model/types.js'
import { apiJob, apiStep, reportOfJobs } from '../support/jobs.js'

/** `n` jobs of `steps` steps each, the last one failed. */
function jobs(n: number, steps: number): ApiJob[] {
  return Array.from({ length: n }, (_, i) =>
    apiJob(`job ${i}`, i === n - 1 ? 'failure' : 'success', {
      steps: Array.from({ length: steps }, (_, s) => apiStep(s + 1, 'success', `step ${s + 1}`))
    })
  )
}
const report = reportOfJobs
/** The report file of `r` as main.ts writes it (here to nowhere), at `path`. */
const file = (r: Report, path = ''): ReportFile => ({
  path,
  jobsJson: writeReportJson(r, () => {})
})

describe('outputs.ts', () => {
  it('sets every output of action.yml', () => {
    const list = jobs(3, 2)
    const r = report(list, list[0]?.id ?? null)
    const { values, warnings } = buildOutputs(r, '# md', file(r, '/tmp/report.json'))
    expect(Object.keys(values).sort()).toEqual(Object.values(OUTPUT).sort())
    expect(values).toMatchObject({
      conclusion: 'failure',
      'failed-jobs': '["job 2"]',
      'duration-seconds': '60',
      'current-job-id': String(list[0]?.id),
      'current-job-name': 'job 0',
      'current-job-url': `https://github.com/octo-org/octo-repo/actions/runs/29679449/job/${list[0]?.id}`,
      summary: '# md',
      'report-file': '/tmp/report.json'
    })
    expect(JSON.parse(values.counts ?? '')).toEqual({
      total: 2,
      completed: 2,
      in_progress: 0,
      queued: 0,
      success: 1,
      failure: 1
    })
    expect((JSON.parse(values.jobs ?? '') as unknown[]).length).toBe(3)
    expect(warnings).toEqual([])
  })

  it('drops steps first, then passing jobs, to keep an output under the limit', () => {
    const r = report(jobs(50, 10))
    const full = buildOutputs(r, '', file(r)).values.jobs ?? ''
    const noSteps = JSON.stringify(r.jobs.map((j) => ({ ...j, steps: [] })))
    const first = buildOutputs(r, '', file(r), noSteps.length + 10)
    expect(Buffer.byteLength(full)).toBeGreaterThan(noSteps.length + 10)
    expect(first.values.jobs).toBe(noSteps)
    expect(first.warnings[0]).toMatch(/without steps/)

    const limit = 5_000
    const second = buildOutputs(r, '', file(r), limit)
    const kept = JSON.parse(second.values.jobs ?? '') as { name: string; steps: unknown[] }[]
    expect(Buffer.byteLength(second.values.jobs ?? '')).toBeLessThanOrEqual(limit)
    expect(kept.length).toBeGreaterThan(5)
    expect(kept.length).toBeLessThan(50)
    expect(kept.map((j) => j.name)).toContain('job 49')
    expect(second.warnings[0]).toMatch(new RegExp(`holds ${kept.length} of 50 jobs`))
  })

  it('writes the whole report to the report file, steps and all', () => {
    const r = report(jobs(3, 2))
    const file = JSON.parse(reportFileJson(r)) as Record<string, unknown>
    expect(Object.keys(file)).toEqual(
      expect.arrayContaining(['run', 'jobs', 'counts', 'conclusion', 'generated_at'])
    )
    expect(file.generated_at).toBe('2026-11-20T10:30:00.000Z')
    expect((file.jobs as { steps: unknown[] }[])[0]?.steps).toHaveLength(2)
  })
})

describe('outputs.ts report file', () => {
  it('is the JSON of the report, field for field, and the jobs output is its jobs', () => {
    const r = report(jobs(4, 3), null)
    const text = reportFileJson(r)
    expect(JSON.parse(text)).toEqual({
      run: r.run,
      jobs: JSON.parse(JSON.stringify(r.jobs)) as unknown,
      counts: r.counts,
      conclusion: r.conclusion,
      failed_jobs: r.failedJobs,
      duration_seconds: r.durationSeconds,
      current_job_id: null,
      generated_at: r.generatedAt
    })
    expect(JSON.parse(buildOutputs(r, '', file(r)).values.jobs ?? '')).toEqual(
      (JSON.parse(text) as { jobs: unknown }).jobs
    )
  })

  it('comes in pieces of about 64 K characters that join into the same JSON', () => {
    const r = report(jobs(300, 10), null)
    const pieces: string[] = []
    const small = writeReportJson(r, (p) => pieces.push(p), 100_000)
    const jobPieces = pieces.slice(1, -1).filter((p) => p !== ',')
    const sizes = jobPieces.map((p) => p.length)
    expect(jobPieces.length).toBeGreaterThan(2)
    // Pieces after the first two are sized from the ones before: near 64 K.
    for (const n of sizes.slice(2, -1)) {
      expect(n).toBeGreaterThan((1 << 16) * 0.8)
      expect(n).toBeLessThan((1 << 16) * 1.2)
    }
    const whole = JSON.parse(pieces.join('')) as { jobs: { id: number }[] }
    expect(whole.jobs.map((j) => j.id)).toEqual(r.jobs.map((j) => j.id))
    expect(pieces.join('')).toBe(reportFileJson(r))
    // Over the output limit: no jobs JSON comes back for the jobs output.
    expect(small).toBeNull()
  })

  it('hands back the jobs JSON for the jobs output when it fits the limit', () => {
    const r = report(jobs(40, 3), null)
    const small = writeReportJson(r, () => {})
    expect(small).toBe(JSON.stringify(r.jobs))
    expect(buildOutputs(r, '', { path: '', jobsJson: small }).values.jobs).toBe(small)
    expect(writeReportJson(r, () => {}, Buffer.byteLength(small ?? '') - 1)).toBeNull()
  })
})
