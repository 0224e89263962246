// A loopback OTLP receiver for a suite: each test's receivers closed after it.
import { afterEach } from '@jest/globals'
import { startOtlpReceiver, type Fault, type OtlpReceiver } from '../../scripts/otlp-receiver.js'

/** `receiver(faults)`: a receiver answering with `faults` first; closed after each test. */
export function receiverSuite(): (faults?: Fault[]) => Promise<OtlpReceiver> {
  const open: OtlpReceiver[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()))
  })
  return async (faults = []) => {
    const r = await startOtlpReceiver({ faults })
    open.push(r)
    return r
  }
}
