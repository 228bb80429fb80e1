import type { Severity, SeverityName } from '../types.ts'

export type SeverityInput = SeverityName | Severity
export type RuleSetting = SeverityInput | [SeverityInput, ...unknown[]]

export interface CustomPhraseRule {
  severity?: SeverityInput
  /** Literal words, matched in order at word boundaries. */
  match?: string[]
  /** Regular expressions over the normalised sentence; rejected at load when unsafe. */
  pattern?: string[]
  message?: string
  suggest?: string | string[]
  fix?: boolean
}

/** A config file as a user writes it. */
export interface ConfigFile {
  $schema?: string
  extends?: string | string[]
  plugins?: string[]
  rules?: Record<string, RuleSetting>
  phrases?: Record<string, CustomPhraseRule>
  overrides?: Array<{ files: string | string[]; excludedFiles?: string | string[]; rules?: Record<string, RuleSetting> }>
  ignorePatterns?: string[]
  formats?: Record<string, string>
}

/** A rule's resolved setting: severity and options. */
export type RuleEntry = [Severity, Record<string, unknown>]
