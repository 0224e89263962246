// Preloaded with `node --import` by faults.test.ts (RUNLENS_TIME_SCALE=k):
// the bundled action's clock runs k times faster than the wall clock, its
// timers k times sooner, so a 30 s request timeout or a 4.5 s backoff costs
// the test a k-th of that while the action measures, logs and decides on
// its own (dilated) time as it would on a runner. The in-process suites
// inject `now` and `sleep` instead; a child process can only be preloaded.
const k = Number(process.env.RUNLENS_TIME_SCALE)
if (Number.isFinite(k) && k > 1) {
  const RealDate = Date
  const realNow = RealDate.now.bind(RealDate)
  const start = realNow()
  const now = () => start + (realNow() - start) * k
  class DilatedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now())
      else super(...args)
    }
    static now() {
      return now()
    }
  }
  globalThis.Date = DilatedDate
  const realSetTimeout = globalThis.setTimeout
  const realSetInterval = globalThis.setInterval
  globalThis.setTimeout = (fn, ms, ...args) => realSetTimeout(fn, (Number(ms) || 0) / k, ...args)
  globalThis.setInterval = (fn, ms, ...args) => realSetInterval(fn, (Number(ms) || 0) / k, ...args)
}
