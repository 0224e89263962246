// Preloaded with `node --import` by the demo (RUNLENS_FIXED_NOW=epoch ms):
// the action's clock stands still at that instant, so the demo's outputs and
// summary ("4m so far", generated_at) are the same on every run and can be
// compared byte for byte across a change. Timers still run on the real clock.
const fixed = Number(process.env.RUNLENS_FIXED_NOW)
if (Number.isFinite(fixed) && fixed > 0) {
  const RealDate = Date
  class FixedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed)
      else super(...args)
    }
    static now() {
      return fixed
    }
  }
  globalThis.Date = FixedDate
}
