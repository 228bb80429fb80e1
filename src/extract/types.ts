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
}

export interface Extraction {
  drafts: Draft[]
}

/** An input format: picks the agent's text out of a file. */
export type Extractor = (source: string, filePath: string) => Extraction

export class ExtractError extends Error {}
