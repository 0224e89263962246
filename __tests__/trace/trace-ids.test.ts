import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  jobSpanIdOf,
  jobTraceparent,
  previousAttemptOf,
  queueSpanIdOf,
  rootSpanIdOf,
  stepSpanIdOf,
  traceIdOf,
  traceparent
} from '../../src/trace/trace-ids.js'

/** SHA-256 of `s`, hex: the derivation written out again, independently of the module. */
const sha = (s: string): string => createHash('sha256').update(s).digest('hex')

describe('trace-ids.ts', () => {
  it("derives the receiver's trace and root span ids (issue 20's vector)", () => {
    expect(traceIdOf(30207029289, 1)).toBe('08162d45016312386469c2fc72c9378c')
    expect(rootSpanIdOf(30207029289, 1)).toBe('5f6ce27d4a1bf32d')
  })

  it('matches vectors computed with sha256sum in a shell', () => {
    // printf '%s' '302070292892t' | sha256sum, and so on: bytes 0–16 for the
    // trace, 8–16 (hex digits 16–32) for a span.
    expect(traceIdOf(30207029289, 2)).toBe('9a8918de46474a6180c7763d7db42455')
    expect(rootSpanIdOf(30207029289, 2)).toBe('4aebcc7a1dc36572')
    expect(traceIdOf(29679449, 1)).toBe('57ad0e5b5ab9637b07920f96b3520fe2')
    expect(rootSpanIdOf(29679449, 1)).toBe('af25f139d1b6b31b')
    // The check run id of the receiver's own tests (TestNewSpanIDFromCheckRun).
    expect(jobSpanIdOf(40685651258)).toBe('2b09b38c69b64a9c')
    expect(queueSpanIdOf(40685651258)).toBe('79ff76cc79430e14')
    expect(stepSpanIdOf(40685651258, { name: 'Set up job', number: 1 })).toBe('d592338e114eb265')
    expect(stepSpanIdOf(40685651258, { name: 'Set up job', number: 3 }, true)).toBe(
      '648c6bb69de7fd32'
    )
  })

  it.each([
    [1, 1, 'Build'],
    [2 ** 32 + 7, 3, 'Run npm test'],
    [Number.MAX_SAFE_INTEGER, 12, 'Ünïcode ✓ step']
  ])('agrees with SHA-256 computed in the test: run %d, attempt %d, step %s', (id, n, step) => {
    expect(traceIdOf(id, n)).toBe(sha(`${id}${n}t`).slice(0, 32))
    expect(rootSpanIdOf(id, n)).toBe(sha(`${id}${n}s`).slice(16, 32))
    expect(jobSpanIdOf(id)).toBe(sha(`${id}-j`).slice(16, 32))
    expect(queueSpanIdOf(id)).toBe(sha(`${id}-q`).slice(16, 32))
    expect(stepSpanIdOf(id, { name: step, number: n })).toBe(sha(`${id}-${step}-s`).slice(16, 32))
    expect(stepSpanIdOf(id, { name: step, number: n }, true)).toBe(
      sha(`${id}-${n}-r`).slice(16, 32)
    )
  })

  it('gives ids of the right length in lowercase hex', () => {
    expect(traceIdOf(1, 1)).toMatch(/^[0-9a-f]{32}$/)
    for (const id of [rootSpanIdOf(1, 1), jobSpanIdOf(1), queueSpanIdOf(1)]) {
      expect(id).toMatch(/^[0-9a-f]{16}$/)
    }
  })

  it('links an attempt after the first to the previous attempt', () => {
    expect(previousAttemptOf(30207029289, 1)).toBeNull()
    expect(previousAttemptOf(30207029289, 2)).toEqual({
      traceId: '08162d45016312386469c2fc72c9378c',
      spanId: '5f6ce27d4a1bf32d'
    })
  })

  it('writes a W3C traceparent, sampled', () => {
    expect(traceparent('08162d45016312386469c2fc72c9378c', '5f6ce27d4a1bf32d')).toBe(
      '00-08162d45016312386469c2fc72c9378c-5f6ce27d4a1bf32d-01'
    )
    expect(jobTraceparent(30207029289, 1, 40685651258)).toBe(
      '00-08162d45016312386469c2fc72c9378c-2b09b38c69b64a9c-01'
    )
  })
})
