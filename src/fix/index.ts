// What the CLI and the API call: lint a text, fixing it first when asked, and write fixed files.
import { resolve } from 'node:path'
import type { Linter } from '../lint/linter.ts'
import type { LintResult } from '../types.ts'
import { formatOf } from '../extract/index.ts'
import { InputError } from '../errors.ts'
import { lintAndFix } from './run.ts'
import { writeFixed } from './write.ts'
import { interrupted, trackWrite } from '../cli/signals.ts'

export { applyFixes, type Applied, type FixGuard } from './apply.ts'
export { lintAndFix, MAX_PASSES, type FixOutcome } from './run.ts'

export interface LintTextOptions {
  /** Apply fixes and report what is left; the fixed text is in `output` (nothing is written). */
  fix?: boolean
  /** Keep the text on the result as `source` (the html formatter shows it). */
  keepSource?: boolean
  /** Fix errors only, leaving warnings' fixes (ESLint's --quiet --fix). */
  errorsOnly?: boolean
}

const isPseudo = (p: string) => p === '<stdin>' || p === '<text>'

export async function lintTextWith(linter: Linter, text: string, filePath: string, options: LintTextOptions = {}): Promise<LintResult> {
  let result: LintResult
  if (options.fix) {
    const abs = isPseudo(filePath) ? resolve(linter.cwd, 'stdin.txt') : resolve(linter.cwd, filePath)
    const config = await linter.configFor(abs)
    const format = formatOf(abs, config.formats) ?? 'text'
    ;({ result } = await lintAndFix(text, { lint: (t) => linter.lintText(t, filePath), filePath, format, only: options.errorsOnly ? (m) => m.severity === 2 : undefined }))
  } else {
    result = await linter.lintText(text, filePath)
  }
  if (options.keepSource) result.source = text
  return result
}

/** Writes every result that has `output` back to its file, atomically. */
export async function writeFixes(results: LintResult[]): Promise<number> {
  let written = 0
  for (const r of results) {
    // After Ctrl-C the write under way finishes and no other starts: the signal handler exits once
    // the tracked writes settle, and a write begun after that would leave its temporary file.
    if (interrupted()) break
    if (typeof r.output !== 'string' || isPseudo(r.filePath)) continue
    // No fix removes a whole draft; if the fixes would, a rule is wrong and the file stays as it is.
    if (!r.output.trim()) throw new InputError(`${r.filePath}: the fixes would leave the file empty; it is unchanged (please report the rule)`)
    try {
      // On Ctrl-C the CLI lets a write under way finish before it exits.
      await trackWrite(writeFixed(r.filePath, r.output))
    } catch (error) {
      throw new InputError(`${r.filePath}: cannot write the fixed draft (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the file is unchanged`)
    }
    written++
  }
  return written
}
