#!/usr/bin/env node
// The `runlens` command's entry point: the process's heap setting (see
// src/index.ts: the young generation kept from growing, which cuts the peak
// memory of a large run by a third), then the call to main.
import { setFlagsFromString } from 'node:v8'
import { main } from './main.js'

setFlagsFromString('--semi-space-growth-factor=1')

// `runlens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})
process.exitCode = await main()
