#!/usr/bin/env node
// Where do worker threads start to pay? Lints the first N drafts of the corpus on the main thread
// (--concurrency off) and on workers (--concurrency 2), interleaved, for growing N. The smallest N
// where workers win sets AUTO_MIN_FILES in src/workers/concurrency.ts.
//
//   node bench/concurrency.mjs [--rounds=5]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5)
const work = join(tmpdir(), 'servicelint-bench')
const corpus = join(work, 'corpus-1600-150')
if (!existsSync(corpus) || readdirSync(corpus).length !== 1600) {
  rmSync(corpus, { recursive: true, force: true })
  spawnSync(process.execPath, [resolve(root, '../shared/bench/gen-corpus.mjs'), corpus, '1600', '--seed=42', '--words=150'], { stdio: 'inherit' })
}
const files = readdirSync(corpus).sort()
const sizes = [50, 100, 200, 400, 800, 1600]
const time = (args) => {
  const t0 = performance.now()
  spawnSync(process.execPath, [join(root, 'bin/servicelint.js'), ...args, '--format', 'json'], { stdio: 'ignore' })
  return performance.now() - t0
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

console.log(`${availableParallelism()} cores, ${rounds} rounds; median ms`)
console.log('files   off   workers   workers/off')
for (const n of sizes) {
  // The first N drafts, named on the command line (the same files in every round).
  const dir = files.slice(0, n).map((f) => join(corpus, f))
  const off = []
  const on = []
  for (let r = 0; r < rounds; r++) {
    off.push(time([...dir, '--concurrency', 'off']))
    on.push(time([...dir, '--concurrency', String(Math.max(2, availableParallelism()))]))
  }
  console.log(`${String(n).padStart(5)} ${median(off).toFixed(0).padStart(6)} ${median(on).toFixed(0).padStart(8)}   ${(median(on) / median(off)).toFixed(2)}`)
}
