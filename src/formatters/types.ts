import type { LintResult, RuleMeta } from '../types.ts'

export interface FormatterContext {
  cwd: string
  color: boolean
  /** Metadata of every known rule, keyed by id (ESLint's `rulesMeta`). */
  rulesMeta: Record<string, RuleMeta>
}

/** ESLint's formatter shape: results in, text out. A formatter never lints. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>
