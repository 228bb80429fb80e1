import { InputError } from '../errors.ts'
import type { BranchView } from '../types.ts'

/** One piece of agent text to lint, with what rules may read around it. */
export interface Draft {
  /** The agent's words; non-agent text blanked. Same length as the source span it came from. */
  text: string
  /**
   * Maps a draft offset to a source offset. Absent: the draft lies over the source at `base`
   * (offset i of the draft is offset base + i of the source).
   */
  toSource?: (offset: number) => number
  base?: number
  /** The customer's quoted message. */
  context: string
  placeholders: Array<{ start: number; end: number; text: string }>
  branches: BranchView[]
  /** The signature under a `-- ` line or in an HTML signature block, kept out of `text` (see DraftData). */
  signature?: { start: number; end: number; text: string }
}

/** An inline `servicelint-*` comment, in source offsets (the whole comment). */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line'
  /** Rule ids it names; empty: every rule. */
  rules: string[]
  start: number
  end: number
}

export interface Extraction {
  drafts: Draft[]
  /** Inline directives found in the format's comments (none in plain text). */
  directives?: Directive[]
}

/** An input format: picks the agent's text out of a file. Parsers that read MIME are async. */
export type Extractor = (source: string, filePath: string) => Extraction | Promise<Extraction>

/**
 * Thrown by an extractor for a file it does not understand (a JSON file that is no macro export):
 * skipped quietly in a folder walk, an input error when the file was named.
 */
export class NotADraft extends InputError {
  static override readonly kind: string = 'NotADraft'
}

export class ExtractError extends Error {}
