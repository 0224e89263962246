// `post: true` end to end: the main step as the runner runs it first, then the
// same bundle as the post step with the state the main step saved.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startFakeApi, type FakeApi } from '../scripts/fake-api.js'
import { runAction } from '../scripts/run-action.js'
import type { ApiJob, ApiStep } from '../src/model/types.js'
import { apiJob, iso, RUN } from './support/jobs.js'

const TOKEN = 'ghs_postSecretToken0123456789'
let api: FakeApi | null = null
afterEach(async () => {
  await api?.close()
  api = null
})

const step = (
  number: number,
  name: string,
  state: 'done' | 'failed' | 'running' | 'queued'
): ApiStep => ({
  number,
  name,
  status: state === 'running' ? 'in_progress' : state === 'queued' ? 'queued' : 'completed',
  conclusion: state === 'done' ? 'success' : state === 'failed' ? 'failure' : null,
  started_at: state === 'queued' ? null : iso(number * 10),
  completed_at: state === 'done' || state === 'failed' ? iso(number * 10 + 5) : null
})

/** This job as the API shows it during its post step; `lagging`: the last main step still reads in progress. */
function ownJob(base: ApiJob, lagging: boolean): ApiJob {
  return {
    ...base,
    status: 'in_progress',
    conclusion: null,
    completed_at: null,
    runner_name: 'GitHub Actions 1000000242',
    steps: [
      step(1, 'Set up job', 'done'),
      step(2, 'Run actions/checkout@v4', 'done'),
      step(3, 'Run npm test', lagging ? 'running' : 'failed'),
      step(4, 'Post Run runlens/runlens@v1', lagging ? 'queued' : 'running'),
      step(5, 'Complete job', 'queued')
    ]
  }
}

async function serve(lagFor: number) {
  const base = apiJob('test (ubuntu-latest, 20)', null)
  const sibling = apiJob('lint', 'success')
  let reads = 0
  const run = { owner: RUN.owner, repo: RUN.repo, runId: RUN.id }
  const fake = await startFakeApi({
    runs: [{ ...run, attempts: [[sibling, ownJob(base, true)]] }],
    token: TOKEN,
    fault: (req) => {
      if (req.path.endsWith(`/actions/jobs/${base.id}`)) {
        reads++
        fake.setRun({ ...run, attempts: [[sibling, ownJob(base, reads <= lagFor)]] })
      }
      return undefined
    }
  })
  api = fake
  return { fake, base, reads: () => reads }
}

const inputs = (id: number) => ({ 'github-token': TOKEN, post: 'true', 'job-id': String(id) })

describe('post: true', () => {
  it('announces the current job in main, then reports its own steps in post once the API has caught up', async () => {
    // The API catches up by the post step's first read: the re-reads of a
    // lagging API (once a second) are tested in virtual time, in-process
    // (action/main.test.ts), not here on the real clock.
    const { fake, base, reads } = await serve(1)
    const main = await runAction({ apiUrl: fake.url, inputs: inputs(base.id) })
    expect(main.code).toBe(0)
    expect(main.outputs).toEqual({
      'current-job-id': String(base.id),
      'current-job-name': 'test (ubuntu-latest, 20)',
      'current-job-url': base.html_url
    })
    expect(main.summary).toBe('')
    expect(main.state).toEqual({ isPost: 'true', post: 'true', currentJobId: String(base.id) })

    const post = await runAction({
      apiUrl: fake.url,
      inputs: inputs(base.id),
      env: { STATE_isPost: 'true', STATE_post: 'true', STATE_currentJobId: String(base.id) }
    })
    expect(post.code).toBe(0)
    // Main's read lags; the post step's first read finds its main steps completed.
    expect(reads()).toBe(2)
    const block = post.summary.slice(post.summary.indexOf('<details>'))
    expect(block).toContain('<b>test (ubuntu-latest, 20)</b>')
    expect(block).toMatch(/\| 3 \| ❌ \[Run npm test\]\([^)]*#step:3:1\) \| failure \| 5s \|/)
    expect(block).toMatch(
      /\| 4 \| ⏳ \[Post Run runlens\/runlens@\S*\]\([^)]*\) \| in progress \| [\dsmhd ]+ so far \|/
    )
    expect(block).toMatch(/\| 5 \| 🕒 \[Complete job\]\([^)]*\) \| queued \| – \|/)
    expect(post.summary).not.toContain('had not yet recorded')
    expect(post.outputs.conclusion).toBe('success')
  })

  // The API that lags past the 10 s bound is tested in virtual time, in-process
  // (__tests__/action/main.test.ts): through dist/ it took 11 s of real time.

  it('fails bad input once: the main step says it, the post step stays silent', async () => {
    const { fake, base } = await serve(0)
    const bad = { 'github-token': TOKEN, 'job-id': String(base.id), post: 'true', attempt: '0' }
    const main = await runAction({ apiUrl: fake.url, inputs: bad })
    expect(main.code).toBe(1)
    expect(main.errors).toEqual([expect.stringMatching(/^Invalid input 'attempt': '0'/)])
    expect(main.state).toEqual({ isPost: 'true' })
    const post = await runAction({
      apiUrl: fake.url,
      inputs: bad,
      env: { STATE_isPost: 'true' }
    })
    expect(post.code).toBe(0)
    expect(post.errors).toEqual([])
    expect(fake.requests).toHaveLength(0)
  })

  it('does nothing in the post step without post: true', async () => {
    const { fake, base } = await serve(0)
    const post = await runAction({
      apiUrl: fake.url,
      inputs: { 'github-token': TOKEN, 'job-id': String(base.id) },
      env: { STATE_isPost: 'true' }
    })
    expect(post.code).toBe(0)
    expect(fake.requests).toHaveLength(0)
    expect(post.outputs).toEqual({})
    expect(post.summary).toBe('')
  })
})
