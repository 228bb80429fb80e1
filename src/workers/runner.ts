// Lints the files of one run: a cached result when the file and its settings are unchanged, else
// the lint itself, on worker threads for large runs or on this thread. Results keep the order of
// submission whatever finishes first.
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
  workers: number
  cache?: LintCache
  progress?: Progress
}

// Read ahead of the workers by this many files at most, so memory stays flat on large runs.
const MAX_BACKLOG = 64

export class LintRunner {
  private readonly o: RunnerOptions
  private pool: LintPool | undefined
  private readonly progress: Progress
  private last: Promise<unknown> = Promise.resolve()

  constructor(options: RunnerOptions) {
    this.o = options
    this.progress = options.progress ?? noProgress
  }

  /** The result of one file. Call `ready()` before submitting the next. */
  lint(text: string, path: string): Promise<LintResult> {
    const p = this.lintOne(text, path).finally(() => this.progress.tick())
    // Rejections surface where the caller awaits all results; don't let them count as unhandled.
    p.catch(() => {})
    this.last = p
    return p
  }

  /** Resolves when another file may be submitted: at once while workers have room, else later. */
  async ready(): Promise<void> {
    if (!this.pool) {
      await this.last.catch(() => {})
      return
    }
    await this.pool.whenBelow(MAX_BACKLOG)
  }

  async close(): Promise<void> {
    this.progress.end()
    await this.pool?.close()
    this.o.cache?.save()
  }

  private async lintOne(text: string, path: string): Promise<LintResult> {
    const { cache, linter } = this.o
    let key: string | undefined
    if (cache) {
      key = cacheKey(text, await linter.configFor(path), await linter.settingsFor(path))
      const hit = cache.get(path, key)
      if (hit) return hit
    }
    const result = await this.lintFresh(text, path)
    if (cache && key) cache.set(path, key, result)
    return result
  }

  private async lintFresh(text: string, path: string): Promise<LintResult> {
    if (this.o.workers < 1) return this.o.linter.lintText(text, path)
    if (!this.pool) {
      // Loaded only for a run that lints on workers.
      const { LintPool } = await import('./pool.ts')
      this.pool ??= new LintPool(this.o.workers, this.o.linterOptions)
    }
    return this.pool.lint(text, path)
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
}

/** The runner for a CLI run over `files` files. */
export function createRunner(s: RunSetup): LintRunner {
  return new LintRunner({
    linter: s.linter,
    linterOptions: s.linter.options,
    workers: workerCount(s.concurrency, s.files),
    cache: s.cache ? LintCache.open(cacheLocation(s.linter.cwd, s.cacheLocation)) : undefined,
    progress: s.progressTo && wantsProgress(true) ? progressLine(s.files, s.progressTo) : undefined,
  })
}
