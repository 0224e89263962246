import { describe, expect, it } from '@jest/globals'
import { compilePatterns } from '../../src/model/patterns.js'
import type { ApiJob } from '../../src/model/types.js'
import {
  LOW_BUDGET,
  pollInterval,
  progressLine,
  waitForJobs,
  type Poll,
  type WaitOptions
} from '../../src/pipeline/wait.js'
import { apiJob, buildReport, NOW, RUN, URLS } from '../support/jobs.js'

const current = apiJob('report', null)
const poll = (jobs: ApiJob[], rateLimit: Poll['rateLimit'] = null): Poll => ({
  report: buildReport([...jobs, current], {
    run: RUN,
    urls: URLS,
    select: compilePatterns([], true),
    currentJobId: current.id,
    now: NOW
  }),
  requests: 1,
  notModified: 0,
  rateLimit
})
const queued = (name: string): ApiJob => apiJob(name, null, { status: 'queued', started_at: null })

/** Options with a virtual clock: sleeping moves it forward and records how long. */
function options(polls: Poll[], over: Partial<WaitOptions> = {}) {
  let clock = 0
  const slept: number[] = []
  const log: string[] = []
  const script = [...polls]
  const first = script.shift() as Poll
  const opts: WaitOptions = {
    first,
    poll: () => Promise.resolve(script.shift() ?? polls[polls.length - 1] ?? first),
    intervalMs: 10_000,
    deadline: 60_000,
    failing: () => [],
    now: () => clock,
    sleep: (ms) => {
      slept.push(ms)
      clock += ms
      return Promise.resolve()
    },
    signal: new AbortController().signal,
    log: (line) => log.push(line),
    ...over
  }
  return { opts, slept, log }
}

describe('wait.ts', () => {
  it('leaves no abort listener behind on the step signal, however many polls', async () => {
    // Counted through the signal's own add/remove: 20 polls used to leave 20
    // listeners, and Node warned MaxListenersExceededWarning after 11.
    const controller = new AbortController()
    let listening = 0
    const signal = controller.signal
    const add = signal.addEventListener.bind(signal)
    const remove = signal.removeEventListener.bind(signal)
    signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
      listening++
      add(...args)
    }
    signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
      listening--
      remove(...args)
    }
    const running = Array.from({ length: 20 }, () => poll([apiJob('build', null)]))
    const { opts } = options([...running, poll([apiJob('build', 'success')])], {
      signal,
      deadline: 10_000_000
    })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('completed')
    expect(result.polls).toBeGreaterThan(20)
    expect(listening).toBe(0)
  })

  it('polls until every selected job but this one has completed', async () => {
    const { opts, slept, log } = options([
      poll([apiJob('build', null), queued('test')]),
      poll([apiJob('build', 'success'), apiJob('test', null)]),
      poll([apiJob('build', 'success'), apiJob('test', 'success')])
    ])
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('completed')
    // The last poll confirms that all done stays all done.
    expect(result.polls).toBe(4)
    expect(slept).toEqual([10_000, 10_000, 10_000])
    expect(log).toEqual([
      '0 / 2 completed — waiting for: build, test',
      '1 / 2 completed — waiting for: test',
      '2 / 2 completed — one more poll to see that no new job was created.'
    ])
    // `test` started at the second poll: it does not count as never started.
    expect([...result.neverStarted]).toEqual([])
  })

  it('keeps waiting when the confirming poll finds a new job, and not at all when nothing ran', async () => {
    const done = poll([apiJob('setup', 'success')])
    const { opts, log } = options([
      poll([apiJob('setup', null)]),
      done,
      poll([apiJob('setup', 'success'), apiJob('test (1)', null)]),
      poll([apiJob('setup', 'success'), apiJob('test (1)', 'success')])
    ])
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('completed')
    expect(result.polls).toBe(5)
    expect(log).toContain('1 / 2 completed — waiting for: test (1)')

    const idle = options([done])
    expect(await waitForJobs(idle.opts)).toMatchObject({ outcome: 'completed', polls: 1 })
  })

  it('stops at the first failing job when asked to', async () => {
    const failingPoll = poll([apiJob('lint', 'failure'), apiJob('build', null)])
    const { opts } = options([poll([apiJob('lint', null), apiJob('build', null)]), failingPoll], {
      failing: (r) => r.aggregated.filter((j) => j.conclusion === 'failure')
    })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('failed-fast')
    expect(result.last).toBe(failingPoll)
  })

  it('times out at the deadline, never sleeping past it, and remembers jobs that never started', async () => {
    const stuck = poll([queued('deploy'), apiJob('build', null)])
    const { opts, slept } = options([stuck], { deadline: 25_000 })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('timeout')
    expect(slept).toEqual([10_000, 10_000, 5_000])
    expect(result.polls).toBe(4)
    expect(
      [...result.neverStarted].map((id) => result.last.report.jobs.find((j) => j.id === id)?.name)
    ).toEqual(['deploy'])
  })

  it('ends as cancelled when the signal aborts, keeping the last report', async () => {
    const controller = new AbortController()
    const first = poll([apiJob('build', null)])
    const { opts } = options([first], {
      signal: controller.signal,
      sleep: () => Promise.resolve(controller.abort())
    })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('cancelled')
    expect(result.last).toBe(first)
  })

  it('abandons a poll in flight when cancelled', async () => {
    const controller = new AbortController()
    const { opts } = options([poll([apiJob('build', null)])], {
      signal: controller.signal,
      poll: () => {
        setTimeout(() => controller.abort(), 5)
        return new Promise<Poll>((_, reject) => setTimeout(() => reject(new Error('late')), 20))
      }
    })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('cancelled')
    await new Promise((r) => setTimeout(r, 30)) // the late rejection must not escape
  })

  it('keeps what it knew when a poll fails', async () => {
    const first = poll([apiJob('build', null)])
    const { opts } = options([first], { poll: () => Promise.reject(new Error('502')) })
    const result = await waitForJobs(opts)
    expect(result.outcome).toBe('error')
    expect(result.last).toBe(first)
    expect(result.error).toEqual(new Error('502'))
  })

  it('stretches the interval only when the rate-limit budget runs low, and says so once', async () => {
    expect(pollInterval(10_000, { remaining: 4000, resetMs: 3_600_000 }, 1, 0)).toBe(10_000)
    expect(pollInterval(10_000, { remaining: LOW_BUDGET - 1, resetMs: 3_600_000 }, 1, 0)).toBe(
      Math.ceil(3_600_000 / (LOW_BUDGET - 1 - 50))
    )
    expect(pollInterval(10_000, { remaining: 110, resetMs: 600_000 }, 2, 0)).toBe(20_000)
    expect(pollInterval(10_000, { remaining: 20, resetMs: 600_000 }, 1, 0)).toBe(600_000)
    expect(pollInterval(10_000, null, 1, 0)).toBe(10_000)

    const low = { remaining: 80, resetMs: 600_000 }
    const { opts, slept, log } = options(
      [
        poll([apiJob('b', null)], low),
        poll([apiJob('b', null)], low),
        poll([apiJob('b', 'success')], low)
      ],
      {
        deadline: 1_000_000
      }
    )
    await waitForJobs(opts)
    expect(slept).toEqual([20_000, 19_334, 18_689])
    expect(log.filter((l) => l.startsWith("GitHub's rate limit is low"))).toEqual([
      "GitHub's rate limit is low (80 requests left until 1970-01-01T00:10:00.000Z): polling every 20s instead of every 10s."
    ])
  })

  it('writes progress lines that no job name can turn into a command', () => {
    const line = progressLine(poll([apiJob('x\n::error::pwned', null)]).report)
    expect(line).not.toContain('\n')
    expect(line).not.toContain('::error::')
    expect(line.startsWith('0 / 1 completed')).toBe(true)
  })
})
