// The programmatic API: lint text or files as the CLI does, and the types to build rules with.
export { Linter, type LinterOptions } from './lint/linter.ts'
export { main } from './cli/main.ts'
export { loadFormatter } from './formatters/index.ts'
export { phraseRule, type PhraseEntry } from './lint/phrase-rule.ts'
export { report } from './lint/report.ts'
export type { LintMessage, LintResult, Rule, RuleMeta, Suggestion } from './types.ts'
