// The action compared with the usual (issue 13), in-process against the fake
// API serving a workflow's history: the records, the outputs, the report
// file and the summary, checked against the history's own data.
import { afterEach, describe, expect, it } from '@jest/globals'
import { faults, startFakeApi, type FakeApi, type FakeApiOptions } from '../../scripts/fake-api.js'
import type { ActionResult } from '../../scripts/run-action.js'
import { generateHistory } from '../../scripts/sample-history.js'
import type { JobRecord } from '../../src/model/types.js'
import { cliInProcess, runInProcess } from '../support/in-process.js'
import { outputOf, readable } from '../support/suites.js'

const TOKEN = 'ghs_historyStep0123456789'
// 250 jobs a run, as the check: 10 earlier runs are 2 + 30 requests.
const history = generateHistory({ earlier: 12, jobs: 250, steps: 3 })
const { owner, repo } = history.current
const NOW = Date.parse('2026-11-20T12:00:00Z')

let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

async function step(
  inputs: Record<string, string>,
  options: FakeApiOptions = {}
): Promise<ActionResult> {
  api = await startFakeApi({ workflowRuns: history.all, token: TOKEN, ...options })
  return runInProcess({
    apiUrl: api.url,
    inputs: { 'github-token': TOKEN, 'log-lines': '0', ...inputs },
    env: { GITHUB_REPOSITORY: `${owner}/${repo}`, GITHUB_RUN_ID: String(history.current.runId) },
    now: () => NOW
  })
}

/** Median as the comparison defines it: the mean of the two middle values, rounded (halves up). */
function median(values: number[]): number | null {
  const v = [...values].sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 ? (v[mid] ?? 0) : Math.floor(((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2 + 0.5)
}

/** A job's earlier successful durations, straight from the fake's data (the latest attempt of each run). */
function earlierDurations(name: string, runs: number): number[] {
  return history.earlier.slice(0, runs).flatMap((run) => {
    // Each job at its latest attempt, as `filter=latest` lists it.
    const byName = new Map<string, NonNullable<(typeof run.attempts)[number]>[number]>()
    for (const attempt of run.attempts) for (const j of attempt) byName.set(j.name, j)
    const job = byName.get(name)
    if (!job || job.conclusion !== 'success' || !job.started_at || !job.completed_at) return []
    return [Math.round((Date.parse(job.completed_at) - Date.parse(job.started_at)) / 1000)]
  })
}

describe('history (in-process)', () => {
  it('compares every job with its usual, as the earlier runs’ own data says', async () => {
    const r = await step({ history: '10' })
    expect(r.code).toBe(0)
    const jobs = outputOf<JobRecord[]>(r, 'jobs')
    expect(jobs.length).toBeGreaterThanOrEqual(250)
    for (const job of jobs) {
      const durations = earlierDurations(job.name, 10)
      expect({ name: job.name, usual: job.usual_seconds }).toEqual({
        name: job.name,
        usual: median(durations)
      })
      expect(job.usual_runs).toBeGreaterThanOrEqual(durations.length)
      expect(job.steps.every((s) => 'usual_seconds' in s && 'vs_usual' in s)).toBe(true)
    }
    const file = JSON.parse(r.reportFile) as { comparison: { runs: number; run_ids: number[] } }
    expect(file.comparison.runs).toBe(10)
    expect(file.comparison.run_ids).toEqual(history.earlier.slice(0, 10).map((run) => run.runId))
    // Slower than usual: over 1.5× the usual and 30 s more, by the source's numbers.
    const slower = jobs
      .filter((j) => {
        const u = median(earlierDurations(j.name, 10))
        const d = j.duration_seconds
        return j.conclusion !== 'skipped' && u !== null && d !== null && d > u * 1.5 && d - u >= 30
      })
      .map((j) => j.name)
      .sort()
    const said = outputOf<{ name: string }[]>(r, 'slower-jobs').map((j) => j.name)
    expect(slower.length).toBeGreaterThan(0)
    expect([...said].sort()).toEqual(slower)
    expect(outputOf<{ name: string }[]>(r, 'flaky-jobs').map((f) => f.name)).toContain(
      history.cases.flakyJob
    )
    const md = readable(r.summary)
    expect(md).toMatch(/wall time [^·]+, usual [^·]+ ·/)
    expect(md).toContain('| Duration | vs usual | Runner |')
    expect(md).toContain('🎲 flaky')
    // 2 requests, and the pages of the 10 earlier runs (250 jobs: three each).
    const history10 = api?.requests.filter(
      (q) =>
        q.path.includes('/actions/workflows/') ||
        /\/actions\/runs\/\d+$/.test(q.path) ||
        (q.path.endsWith('/jobs') &&
          q.path !== `/repos/${owner}/${repo}/actions/runs/${history.current.runId}/jobs`)
    )
    expect(history10).toHaveLength(2 + 30)
  })

  it('without history, adds nothing: no usual fields, empty slower and flaky outputs', async () => {
    const r = await step({})
    expect(outputOf<JobRecord[]>(r, 'jobs').some((j) => 'usual_seconds' in j)).toBe(false)
    expect(r.outputs['slower-jobs']).toBe('[]')
    expect(r.outputs['flaky-jobs']).toBe('[]')
    expect(r.summary).not.toMatch(/usual/)
    expect(api?.requests.some((q) => q.path.includes('/workflows/'))).toBe(false)
  })

  it('ends the comparison with a note when the rate limit cannot be waited out, never the report', async () => {
    let jobPages = 0
    const r = await step(
      { history: '10' },
      {
        fault: (q) => {
          const earlierJobs =
            q.path.endsWith('/jobs') && !q.path.includes(String(history.current.runId))
          if (earlierJobs && ++jobPages > 4) return faults.primary(Math.floor(NOW / 1000) + 3600)
          return undefined
        }
      }
    )
    expect(r.code).toBe(0)
    expect(r.summary).toMatch(/> Compared with \d+ of 10 earlier runs/)
    expect(outputOf<JobRecord[]>(r, 'jobs').length).toBeGreaterThanOrEqual(250)
    expect(r.outputs.conclusion).toBeTruthy()
  })
})

describe('history (the CLI, in-process)', () => {
  it('gives the same comparison with --history and --slower-than, in every format', async () => {
    api = await startFakeApi({ workflowRuns: history.all, token: TOKEN })
    const env = { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN }
    const args = [
      `${owner}/${repo}`,
      String(history.current.runId),
      '--history',
      '10',
      '--log-lines',
      '0'
    ]
    const json = await cliInProcess([...args, '--format', 'json'], env)
    expect(json.code).toBe(0)
    const file = JSON.parse(json.stdout) as { comparison: { runs: number; slower_than: number } }
    expect(file.comparison).toMatchObject({ runs: 10, slower_than: 1.5 })
    const text = await cliInProcess([...args, '--slower-than', '1.2'], env)
    expect(text.stdout).toMatch(/wall time [^·]+, usual /)
    expect(text.stdout).toMatch(/\nSlower than usual \(\d+\)\n/)
    const md = await cliInProcess([...args, '--format', 'markdown'], env)
    expect(md.stdout).toContain('### Slower than usual')
  })
})
