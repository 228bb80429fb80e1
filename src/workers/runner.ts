// Lints the files of one run: a cached result when the file and its settings are unchanged, else
// the lint itself. Large runs lint on worker threads and on this thread together: a draft goes to
// a worker while the workers have room, else this thread lints it (so on 2 cores one worker and
// this thread share the drafts). Results keep the order of submission whatever finishes first.
import { cacheLocation, LintCache } from '../cache/store.ts'
import { cacheKey } from '../cache/key.ts'
import type { Linter, LinterOptions } from '../lint/linter.ts'
import type { LintResult } from '../types.ts'
import { workerCount, type Concurrency } from './concurrency.ts'
import type { LintPool } from './pool.ts'
import { noProgress, progressLine, wantsProgress, type Progress } from './progress.ts'

export interface RunnerOptions {
  linter: Linter
  /** What each worker builds its own Linter from. */
  linterOptions: LinterOptions
  /** Worker threads besides this one. */
  workers: number
  /** Files in the run, if known: near its end this thread keeps the drafts (see lintFresh). */
  files?: number
  cache?: LintCache
  progress?: Progress
  /** Awaited once before the first draft this thread lints itself (not served from the cache). */
  beforeFreshLint?: () => Promise<void>
}

// This thread lints ahead of the oldest draft still on a worker by this many files at most, so
// finished results waiting for it (to keep file order) stay few on large runs.
const MAX_AHEAD = 256

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export class LintRunner {
  private readonly o: RunnerOptions
  /** Started with the runner, so the workers load while the first files are read and linted. */
  private readonly pool: Promise<LintPool> | undefined
  private readonly progress: Progress
  /** Settles once the last file submitted is linted here or handed to a worker. */
  private handed: Promise<void> = Promise.resolve()
  private lintedHere = false
  private submitted = 0
  /** Drafts on the workers by submission number, oldest first. */
  private readonly onWorkers = new Map<number, Promise<unknown>>()

  constructor(options: RunnerOptions) {
    this.o = options
    this.progress = options.progress ?? noProgress
    if (options.workers > 0) {
      // Loaded only for a run that lints on workers.
      this.pool = import('./pool.ts').then(({ LintPool }) => new LintPool(options.workers, options.linterOptions))
      this.pool.catch(() => {})
    }
  }

  /** The result of one file. Call `ready()` before submitting the next. */
  lint(text: string, path: string): Promise<LintResult> {
    let handOff!: () => void
    this.handed = new Promise((resolve) => (handOff = resolve))
    const p = this.lintOne(text, path, this.submitted++, handOff).finally(() => {
      handOff()
      this.progress.tick()
    })
    // Rejections surface where the caller awaits all results; don't let them count as unhandled.
    p.catch(() => {})
    return p
  }

  /** Resolves when another file may be submitted. */
  async ready(): Promise<void> {
    await this.handed
    if (!this.pool) return
    // Replies from the workers wait while this thread lints; let them in, so workers get more.
    if (this.lintedHere) {
      this.lintedHere = false
      await nextTurn()
    }
    for (;;) {
      const oldest = this.onWorkers.entries().next().value as [number, Promise<unknown>] | undefined
      if (!oldest || this.submitted - oldest[0] <= MAX_AHEAD) return
      await oldest[1]
    }
  }

  async close(): Promise<void> {
    this.progress.end()
    await (await this.pool?.catch(() => undefined))?.close()
    this.o.cache?.save()
  }

  private async lintOne(text: string, path: string, n: number, handOff: () => void): Promise<LintResult> {
    const { cache, linter } = this.o
    let key: string | undefined
    if (cache) {
      key = cacheKey(text, await linter.configFor(path), await linter.settingsFor(path))
      const hit = cache.get(path, key)
      if (hit) return hit
    }
    const result = await this.lintFresh(text, path, n, handOff)
    if (cache && key) cache.set(path, key, result)
    return result
  }

  private async lintFresh(text: string, path: string, n: number, handOff: () => void): Promise<LintResult> {
    const pool = await this.pool
    if (pool?.broken) throw pool.broken
    // Once no more drafts are left than the workers still hold, this thread takes the rest: a
    // draft sent now would finish after this thread has run out of work.
    const left = (this.o.files ?? Infinity) - n
    if (pool?.takes(text) && left > pool.outstanding) {
      const result = pool.lint(text, path)
      const settled = () => void this.onWorkers.delete(n)
      this.onWorkers.set(n, result.then(settled, settled))
      handOff()
      return result
    }
    if (pool) this.lintedHere = true
    await this.o.beforeFreshLint?.()
    return this.o.linter.lintText(text, path)
  }
}

export interface RunSetup {
  linter: Linter
  files: number
  concurrency: Concurrency
  cache: boolean
  cacheLocation?: string
  /** Where the progress line goes, when stderr is a terminal; undefined: no progress line. */
  progressTo?: (s: string) => void
  beforeFreshLint?: () => Promise<void>
}

/** The runner for a CLI run over `files` files. */
export function createRunner(s: RunSetup): LintRunner {
  return new LintRunner({
    linter: s.linter,
    linterOptions: s.linter.options,
    workers: workerCount(s.concurrency, s.files),
    files: s.files,
    cache: s.cache ? LintCache.open(cacheLocation(s.linter.cwd, s.cacheLocation)) : undefined,
    progress: s.progressTo && wantsProgress(true) ? progressLine(s.files, s.progressTo) : undefined,
    beforeFreshLint: s.beforeFreshLint,
  })
}
