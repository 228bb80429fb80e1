// What identifies the rule code a cached result came from. The build writes a hash of every file
// it emitted to dist/build-id.txt, so any change to a rule, the engine or a dependency gives a new
// id; run from source (tests), there is no such file and the version alone stands in.
import { readFileSync } from 'node:fs'
import { VERSION } from '../version.ts'

let id: string | undefined

export function buildId(): string {
  if (id === undefined) {
    let build = 'source'
    try {
      build = readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim()
    } catch {
      // Not bundled: keep 'source'.
    }
    id = `${VERSION}+${build}`
  }
  return id
}
