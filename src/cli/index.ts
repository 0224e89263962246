#!/usr/bin/env node
// The `runlens` command's entry point: nothing but the call to main.
import { main } from './main.js'

// `runlens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.exitCode = await main()
