// The fake API's runs and workflow run lists, against what GitHub answers:
// the run object's fields, the list's filters, order, paging and total_count.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { DEFAULT_WORKFLOW_ID, type ApiWorkflowRun } from '../scripts/fake-workflow-runs.js'
import { generateHistory } from '../scripts/sample-history.js'
import { generateRun } from '../scripts/sample-run.js'

interface RunList {
  total_count: number
  workflow_runs: ApiWorkflowRun[]
}

const TOKEN = 'ghs_fake'
const h = generateHistory({ earlier: 6, jobs: 20, steps: 3 })
const { owner, repo, workflowId } = h.current
const list = `/repos/${owner}/${repo}/actions/workflows/${workflowId}/runs`

describe('fake-workflow-runs.ts', () => {
  let api: FakeApi
  beforeAll(async () => {
    const plain = generateRun({ owner: 'o', repo: 'r', runId: 7, jobs: 3 })
    api = await startFakeApi({
      workflowRuns: h.all,
      runs: [{ owner: 'o', repo: 'r', runId: 7, attempts: plain }],
      token: TOKEN
    })
  })
  afterAll(async () => {
    await api.close()
  })
  const get = async (
    path: string
  ): Promise<{ status: number; link: string | null; body: unknown }> => {
    const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } })
    return { status: res.status, link: res.headers.get('link'), body: await res.json() }
  }
  const ids = (body: unknown) => (body as RunList).workflow_runs.map((r) => r.id)

  it('serves a run as GitHub does, with its workflow, branch, event, number and attempt', async () => {
    const rerun = h.earlier[0]
    const { status, body } = await get(`/repos/${owner}/${repo}/actions/runs/${rerun?.runId}`)
    expect(status).toBe(200)
    const run = body as ApiWorkflowRun
    expect(run).toMatchObject({
      id: rerun?.runId,
      name: 'CI',
      workflow_id: workflowId,
      head_branch: 'main',
      head_sha: rerun?.headSha,
      event: 'push',
      status: 'completed',
      conclusion: rerun?.conclusion,
      run_number: rerun?.runNumber,
      run_attempt: 2,
      created_at: rerun?.createdAt,
      previous_attempt_url: `${api.url}/repos/${owner}/${repo}/actions/runs/${rerun?.runId}/attempts/1`,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${rerun?.runId}`,
      pull_requests: []
    })
    expect(Date.parse(run.updated_at)).toBeGreaterThan(Date.parse(run.created_at))
    expect(run.head_repository.full_name).toBe(`${owner}/${repo}`)
  })

  it('serves a run given by its jobs alone, of the default workflow', async () => {
    const { body } = await get('/repos/o/r/actions/runs/7')
    expect(body).toMatchObject({
      id: 7,
      workflow_id: DEFAULT_WORKFLOW_ID,
      event: 'push',
      run_attempt: 1
    })
    expect((await get('/repos/o/r/actions/runs/8')).status).toBe(404)
    expect((await get('/repos/o/r/actions/workflows/999/runs')).status).toBe(404)
  })

  it('lists a workflow’s runs newest first, filtered by branch, event and status', async () => {
    const all = await get(`${list}?per_page=100`)
    expect((all.body as RunList).total_count).toBe(h.all.length)
    const created = (all.body as RunList).workflow_runs.map((r) => r.created_at)
    expect(created).toEqual([...created].sort().reverse())

    const q = '?branch=main&event=push&status=completed&exclude_pull_requests=true&per_page=100'
    const pushes = await get(`${list}${q}`)
    const newer = h.others[0]?.runId
    expect(ids(pushes.body)).toEqual([newer, h.current.runId, ...h.earlier.map((w) => w.runId)])
    // `status` takes a conclusion too, as GitHub reads it.
    const failed = await get(`${list}?branch=main&event=push&status=failure&per_page=100`)
    expect((failed.body as RunList).workflow_runs.every((r) => r.conclusion === 'failure')).toBe(
      true
    )
    expect(ids(failed.body).length).toBeGreaterThan(0)
    const prs = await get(`${list}?event=pull_request&per_page=100`)
    expect(
      (prs.body as RunList).workflow_runs.map((r) => [r.head_branch, r.pull_requests?.[0]?.number])
    ).toEqual([
      ['feature/login', 42],
      ['main', 43]
    ])
  })

  it('empties pull_requests with exclude_pull_requests=true, and leaves the runs in', async () => {
    const prs = await get(`${list}?event=pull_request&exclude_pull_requests=true`)
    expect((prs.body as RunList).workflow_runs.map((r) => r.pull_requests)).toEqual([[], []])
  })

  it('pages with per_page and Link, as job lists do', async () => {
    const first = await get(`${list}?branch=main&per_page=3`)
    const body = first.body as RunList
    expect(body.workflow_runs).toHaveLength(3)
    const matching = h.all.filter((w) => w.headBranch === 'main').length
    expect(body.total_count).toBe(matching)
    const url = `${api.url}${list}?branch=main&per_page=3`
    expect(first.link).toBe(
      `<${url}&page=2>; rel="next", <${url}&page=${Math.ceil(matching / 3)}>; rel="last"`
    )
  })
})
