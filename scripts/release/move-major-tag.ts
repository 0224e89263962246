// `tsx scripts/release/move-major-tag.ts TAG`: in the release workflow,
// after the release of TAG, points its major tag (`v1`) at TAG's commit on
// `origin`, with the clone's credentials (see major-tag.ts for when it
// stays where it is).
import { oneArgument, runCommand } from './cli.js'
import { moveMajorTag } from './major-tag.js'

runCommand('move-major-tag', () => {
  const tag = oneArgument(process.argv.slice(2), 'move-major-tag.ts TAG (e.g. v1.2.3)')
  moveMajorTag({
    tag,
    remote: 'origin',
    cwd: process.cwd(),
    log: (line) => process.stdout.write(`${line}\n`)
  })
})
