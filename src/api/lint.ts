// lint() and lintFiles(): the CLI's behaviour for programs. Each call makes a Linter (configs are
// cached per file across calls); pass one `linter` to share it explicitly.
import { resolve } from 'node:path'
import { Linter, type LinterOptions } from '../lint/linter.ts'
import { lintTextWith } from '../fix/index.ts'
import { listTargets, loadIgnoreFile } from '../cli/files.ts'
import { DEFAULT_MAX_FILE_SIZE } from '../cli/read.ts'
import { lintTargets } from '../lint/lint-targets.ts'
import { createRunner } from '../workers/runner.ts'
import type { Concurrency } from '../workers/concurrency.ts'
import type { LintResult } from '../types.ts'
import ignore from 'ignore'

export interface LintOptions extends LinterOptions {
  /**
   * The file the text comes from (need not exist): picks the format by extension and the config
   * by folder. Default: plain text, config looked up from `cwd`.
   */
  filePath?: string
  /** Apply safe fixes; the fixed text is `output` on the result (nothing is written). */
  fix?: boolean
  /** Reuse a Linter (and its config cache) instead of making one from these options. */
  linter?: Linter
}

/** Lints one draft's text. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const linter = options.linter ?? new Linter(options)
  return lintTextWith(linter, text, options.filePath ?? '<text>', { fix: options.fix })
}

export interface LintFilesOptions extends LinterOptions {
  /** Apply safe fixes in memory (`output`); write them with `writeFixes(results)`. */
  fix?: boolean
  /** Use .servicelintignore, `ignorePatterns` and `ignorePattern` (default true). */
  ignore?: boolean
  /** Extra .gitignore-style patterns, as --ignore-pattern. */
  ignorePattern?: string[]
  /** Skip files larger than this many bytes (default 5 MB; 0: no limit). */
  maxFileSize?: number
  /** Called for each file skipped (too large, not text, ignored though named). */
  onWarning?: (message: string) => void
  linter?: Linter
  /** As --cache: reuse results of unchanged files (not with `fix`). */
  cache?: boolean
  /** As --cache-location (default `.servicelintcache` in `cwd`). */
  cacheLocation?: string
  /** As --concurrency: worker threads for large runs (default 'off' in the API; not with `fix`). */
  concurrency?: Concurrency
}

/** Lints files, folders and globs as the CLI does; results are in path order. */
export async function lintFiles(patterns: string | string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const linter = options.linter ?? new Linter({ ...options, cwd })
  const useIgnore = options.ignore !== false
  const warn = options.onWarning ?? (() => {})
  const list = ([] as string[]).concat(patterns)
  const ig = useIgnore ? loadIgnoreFile(cwd, options.ignorePattern ?? []) : ignore()
  const targets = await listTargets(list.length ? list : ['.'], cwd, ig)
  const results: LintResult[] = []
  // Cache and worker threads serve plain lint runs, as in the CLI; fixing lints one by one.
  const runner = options.fix || !(options.cache || (options.concurrency && options.concurrency !== 'off'))
    ? undefined
    : createRunner({ linter, files: targets.length, concurrency: options.concurrency ?? 'off', cache: !!options.cache, cacheLocation: options.cacheLocation })
  try {
    await lintTargets(targets, {
      linter,
      useIgnore,
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      mode: { fix: options.fix },
      runner,
      onWarning: warn,
      onResult: (r) => results.push(r),
    })
  } finally {
    await runner?.close()
  }
  return results
}
