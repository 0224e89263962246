// The action's entry point: nothing but the call to run.
import { run } from './action/main.js'

await run()
