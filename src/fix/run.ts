// The fix loop, as ESLint runs it: lint, apply every safe fix, lint the result again, up to ten
// passes (a fix can reveal or remove another problem). The result reports what is left.
import type { LintMessage, LintResult } from '../types.ts'
import type { FormatName } from '../extract/index.ts'
import { applyFixes } from './apply.ts'
import { guardFor } from './guard.ts'

export const MAX_PASSES = 10

export interface FixContext {
  /** Lints a text as the file being fixed. */
  lint: (text: string) => Promise<LintResult>
  filePath: string
  format: FormatName
  /** Which messages' fixes to apply (default: all); --quiet fixes errors only, as ESLint does. */
  only?: (m: LintMessage) => boolean
}

export interface FixOutcome {
  /** Messages of the final text. `output` is set when the text changed. */
  result: LintResult
  output: string
  passes: number
}

export async function lintAndFix(source: string, ctx: FixContext): Promise<FixOutcome> {
  // Offsets are in the text without a BOM; the BOM goes back on at the end.
  const bom = source.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
  let text = bom ? source.slice(1) : source
  let result = await ctx.lint(text)
  let passes = 0
  while (passes < MAX_PASSES) {
    const fixes = result.messages.flatMap((m) => (m.fix && (!ctx.only || ctx.only(m)) ? [m.fix] : []))
    if (!fixes.length) break
    const { output, applied } = applyFixes(text, fixes, await guardFor(text, ctx.filePath, ctx.format))
    if (!applied.length || output === text) break
    passes++
    text = output
    result = await ctx.lint(text)
  }
  const output = bom + text
  if (output !== source) result = { ...result, output }
  return { result, output, passes }
}
