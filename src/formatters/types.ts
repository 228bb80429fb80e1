import type { LintResult, RuleMeta } from '../types.ts'

export interface FormatterContext {
  cwd: string
  color: boolean
  /** Metadata of every known rule, keyed by id (ESLint's `rulesMeta`). */
  rulesMeta: Record<string, RuleMeta>
}

/** ESLint's formatter shape: results in, text out. A formatter never lints. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>

/** Problem counts over a whole run, for a streaming formatter's closing text. */
export interface Totals {
  files: number
  errors: number
  warnings: number
  fixable: number
}

/**
 * A formatter that can write each file's part as soon as that file is linted, so a run over
 * 100,000 drafts never holds every result at once. `whole` (the ESLint-shaped function) is derived
 * from the parts, so both paths print the same text.
 */
export interface StreamingFormatter {
  begin?: (context: FormatterContext) => string
  /** `index` counts the files already written (a separator may depend on it). */
  file: (result: LintResult, context: FormatterContext, index: number) => string
  end: (totals: Totals, context: FormatterContext) => string
}

export function totalsOf(results: LintResult[]): Totals {
  const t: Totals = { files: 0, errors: 0, warnings: 0, fixable: 0 }
  for (const r of results) addTotals(t, r)
  return t
}

export function addTotals(t: Totals, r: LintResult): void {
  t.files++
  t.errors += r.errorCount
  t.warnings += r.warningCount
  t.fixable += r.fixableErrorCount + r.fixableWarningCount
}

/** The whole-results formatter a streaming one amounts to. */
export function wholeFrom(s: StreamingFormatter): Formatter {
  return (results, context) => {
    let out = s.begin?.(context) ?? ''
    results.forEach((r, i) => (out += s.file(r, context, i)))
    return out + s.end(totalsOf(results), context)
  }
}
