// Fixing a draft for fix_draft and the editor's "fix all": the same loop and guard as `--fix`
// (src/fix/), so placeholders and quoted text are never touched here either.
import { resolve } from 'node:path'
import { formatOf } from '../extract/index.ts'
import { lintAndFix, type FixOutcome } from '../fix/run.ts'
import type { Linter } from '../lint/linter.ts'

/** `name` as for Linter.lintText: a file name (need not exist) or '<text>' for plain text. */
export async function fixText(linter: Linter, text: string, name: string): Promise<FixOutcome> {
  const real = name !== '<text>' && name !== '<stdin>'
  const abs = resolve(linter.cwd, real ? name : 'stdin.txt')
  const config = await linter.configFor(abs)
  const format = formatOf(abs, config.formats) ?? 'text'
  return lintAndFix(text, { lint: (t) => linter.lintText(t, name), filePath: abs, format })
}
