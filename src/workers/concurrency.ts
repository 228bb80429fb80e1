// `--concurrency auto|off|N` → how many lint workers a run of `files` files gets (0: lint on the
// main thread only). N counts the threads that lint, the main thread among them (it lints beside
// its workers: see runner.ts), so N threads are N − 1 workers. Workers pay off only once their
// start-up (each loads the bundle and the rules) is small next to the linting: see AUTO_MIN_FILES.
import { availableParallelism, loadavg } from 'node:os'
import { UsageError } from '../errors.ts'

export type Concurrency = 'auto' | 'off' | number

/**
 * Below this many files one thread finishes first: each worker pays a start-up (bundle, rules,
 * regex compilation) of roughly a cold start (~0.1 s CPU, ~0.3 s with its first batch warmed up).
 * Measured only on 2 cores, where `auto` now uses no workers at all (see workerCount); kept from
 * the earlier 2-worker measurements (1.2–1.35× slower at 50–400 files, 0.94× at 800).
 */
export const AUTO_MIN_FILES = 800

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency: expected auto, off or a whole number ≥ 1, got "${value}"`)
  return n
}

export function workerCount(c: Concurrency, files: number): number {
  if (c === 'off') return 0
  if (typeof c === 'number') return Math.max(0, Math.min(c, files) - 1)
  if (files < AUTO_MIN_FILES) return 0
  const cores = availableParallelism()
  // Workers need cores nobody else wants. One thread linting already keeps more than one core busy
  // (V8's collector and compiler threads: 1,000 drafts took 2.37 s CPU in 1.61 s wall), so on 2
  // cores a worker only competes with it: bench/concurrency.mjs at load 1.4–1.7 measured the main
  // thread + 1 worker 1.07–1.30× slower than one thread at every size from 50 to 1,600 files (and
  // 1.1–2× slower under a load of 15). From 3 cores up, while the machine is not already busy
  // (a load of more than one above the cores; a previous lint run alone puts it near the cores).
  if (cores < 3 || loadavg()[0] >= cores + 1) return 0
  return Math.min(cores, 8) - 1
}
