#!/usr/bin/env node
// Where do worker threads start to pay? Lints the first N drafts of the corpus on the main thread
// (--concurrency off) and on as many threads as cores, at least 2 (the main thread and cores − 1
// workers, as `auto` would), interleaved, for growing N. The smallest N where workers win sets
// AUTO_MIN_FILES in src/workers/concurrency.ts. Note the load average it ran at: above twice the
// cores `auto` uses no workers, whatever this finds.
//
// 2026-11-23, 2 cores, 5 rounds, load 5–6, the main thread + 1 worker against off: 1.53× at 50
// files, 1.26× at 100, 1.39× at 200, 1.44× at 400, 1.42× at 800, 1.27× at 1,600 (a saturated
// machine: every extra thread only adds contention). Earlier, 2 workers beside an idle main
// thread at a lower load: 1.2–1.35× at 50–400, 0.94× at 800, 0.78× at 1,600.
//
//   node bench/concurrency.mjs [--rounds=5]
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
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

console.log(`${availableParallelism()} cores, ${rounds} rounds, load average ${loadavg()[0].toFixed(1)} at the start; median ms`)
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
console.log(`load average ${loadavg()[0].toFixed(1)} at the end`)
