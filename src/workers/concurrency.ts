// `--concurrency auto|off|N` → how many lint workers a run of `files` files gets (0: lint on the
// main thread only). N counts the threads that lint, the main thread among them (it lints beside
// its workers: see runner.ts), so N threads are N − 1 workers. Workers pay off only once their
// start-up (each loads the bundle and the rules) is small next to the linting: see AUTO_MIN_FILES.
import { availableParallelism, loadavg } from 'node:os'
import { UsageError } from '../errors.ts'

export type Concurrency = 'auto' | 'off' | number

/**
 * Below this many files one thread finishes first: each worker pays a start-up (bundle, rules,
 * regex compilation) of roughly a cold start. bench/concurrency.mjs on 2 cores, 2 workers and an
 * idle main thread: 1.2–1.35× slower at 50–400 files, 0.94× at 800, 0.78× at 1,600. With the main
 * thread linting beside one worker, at load 5–6 (where `auto` stays on one thread anyway): 1.26–1.53×
 * slower at every size; no run at a low load yet, so the threshold stays where it was.
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
  // Workers need a core nobody else wants. On a busy machine extra threads only add overhead:
  // bench/concurrency.mjs measured workers 1.1–2× slower at every size under a load of 15 on 2
  // cores; 1,000 drafts on the main thread + 1 worker, 2 cores: 0.97–1.14× the time of one thread
  // at load 2.5–3.6 (once 1.43×), 1.07–1.38× at 2.7–4.8, 1.19–1.26× at 5–8.6. (Up to one above the cores: a
  // previous lint run alone puts the load near the cores.)
  if (cores < 2 || loadavg()[0] >= cores + 1) return 0
  return Math.min(cores, 8) - 1
}
