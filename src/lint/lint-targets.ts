// The file loop the CLI and the API share: for each target, its config, ignore patterns and
// format decide whether it is linted; it is read (a few files ahead), linted on this thread or
// through a runner (cache, worker threads), and its result handed on in file order.
import ignore from 'ignore'
import { isIgnored, type Target } from '../cli/files.ts'
import { readText, SkipFile } from '../cli/read.ts'
import { InputError } from '../errors.ts'
import { formatOf } from '../extract/index.ts'
import { NotADraft } from '../extract/types.ts'
import { lintTextWith, type LintTextOptions } from '../fix/index.ts'
import type { LintResult } from '../types.ts'
import { ReadAhead } from '../workers/read-ahead.ts'
import type { Linter } from './linter.ts'

/** What lints one file off this thread or from a cache (see src/workers/runner.ts). */
export interface TargetRunner {
  lint(text: string, path: string): Promise<LintResult>
  /** Resolves when another file may be submitted. */
  ready(): Promise<void>
}

export interface LintTargetsOptions {
  linter: Linter
  /** Honour each config's `ignorePatterns`. */
  useIgnore: boolean
  maxFileSize: number
  mode: LintTextOptions
  runner?: TargetRunner
  /** A file skipped (too large, not text, ignored though named). */
  onWarning: (message: string) => void
  /** Each result, in target order. */
  onResult: (result: LintResult) => void
}

export async function lintTargets(targets: Target[], o: LintTargetsOptions): Promise<void> {
  const { linter, runner } = o
  // Results are taken in file order as each settles, so none waits in memory for the whole run.
  let inOrder: Promise<void> = Promise.resolve()
  const reads = new ReadAhead(targets.map((t) => t.path), (path) => readText(path, o.maxFileSize))
  // A JSON file that is no macro export, met in a folder walk, is not a draft: skip it quietly.
  const notADraft = (target: Target) => (error: unknown) => {
    if (error instanceof NotADraft && !target.explicit) return undefined
    throw error
  }
  for (const target of targets) {
    const config = await linter.configFor(target.path)
    if (o.useIgnore && config.ignorePatterns.length && isIgnored(ignore().add(config.ignorePatterns), config.dir, target.path)) {
      if (target.explicit) o.onWarning(`${target.path}: ignored by ignorePatterns in ${config.filePath}`)
      continue
    }
    if (!target.explicit && !formatOf(target.path, config.formats)) continue
    let text: string
    try {
      text = await reads.get(target.path)
    } catch (error) {
      if (error instanceof SkipFile) {
        o.onWarning(error.message)
        continue
      }
      // In a folder walk a file that is not text is skipped; named, it is an error.
      if (error instanceof InputError && !target.explicit) {
        o.onWarning(`${error.message} (skipped)`)
        continue
      }
      throw error
    }
    if (runner) {
      const linted = runner.lint(text, target.path).catch(notADraft(target))
      // Marked handled now; the failure still surfaces where `inOrder` is awaited.
      linted.catch(() => {})
      inOrder = inOrder.then(async () => {
        const r = await linted
        if (r) o.onResult(r)
      })
      await runner.ready()
      continue
    }
    const r = await lintTextWith(linter, text, target.path, o.mode).catch(notADraft(target))
    if (r) o.onResult(r)
  }
  await inOrder
}
