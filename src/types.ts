// Shared shapes: rule metadata, the config a rule runs under, and the ESLint-shaped results.
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'

export type Severity = 0 | 1 | 2
export type SeverityName = 'off' | 'warn' | 'error'
export type RuleKind = 'phrase' | 'document'
export type PresetName = 'recommended' | 'strict' | 'all'

/** A JSON Schema fragment for a rule's options object (checked by ajv at config load). */
export type OptionSchema = Record<string, unknown>

export interface RuleMeta {
  id: string
  kind: RuleKind
  description: string
  /** Severity in `servicelint:recommended`; `off` means only strict/all turn it on. */
  recommended: SeverityName
  /** Only in the strict preset ("(strict)" in the catalogue). */
  strictOnly?: boolean
  url: string
  schema?: OptionSchema
  defaultOptions?: Record<string, unknown>
  hasSuggestions?: boolean
  fixable?: boolean
}

/** What a rule's transformer reads besides the tree: the draft's context from extraction. */
export interface DraftData {
  /** The customer's quoted message, when the draft quotes one ('' otherwise). */
  context: string
  /** Placeholder spans, in draft-text offsets. */
  placeholders: Array<{ start: number; end: number; text: string }>
  /** Offsets of the agent's body (first and last non-blank character), in draft-text offsets. */
  body: { start: number; end: number }
  /** Template branches: each alternative text a document rule must hold in (empty: the whole draft). */
  branches: BranchView[]
  /**
   * The signature under a `-- ` line (or an HTML `.gmail_signature`/`.moz-signature` block), in
   * draft-text offsets. It is not linted (it is blank in the draft), but `require-signoff` reads
   * it: "Best,\n-- \nAna Lee" is signed.
   */
  signature?: { start: number; end: number; text: string }
}

export interface BranchView {
  /** Draft-text ranges that make up one reading of the template. */
  ranges: Array<[number, number]>
}

export type Transformer = (tree: Root, file: VFile) => void
export type RuleOptions = Record<string, unknown>

export interface Rule {
  meta: RuleMeta
  /** A unified attacher: called with the options, returns the transformer. */
  plugin: (options: RuleOptions) => Transformer
}

export interface SuggestionFix {
  range: [number, number]
  text: string
}

export interface Suggestion {
  desc: string
  fix: SuggestionFix
}

export interface LintMessage {
  ruleId: string | null
  messageId?: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  range?: [number, number]
  fatal?: boolean
  actual?: string
  expected?: string[]
  note?: string
  url?: string
  fix?: SuggestionFix
  suggestions?: Suggestion[]
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  fatalErrorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  source?: string
  output?: string
}
