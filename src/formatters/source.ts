// The text a result's offsets refer to, for formatters that show or re-measure it (html, rdjson).
// Formatters never lint; they read: the fixed output, the `source` the CLI attached, or the file.
import { readFileSync } from 'node:fs'
import type { LintResult } from '../types.ts'
import { LineIndex } from '../lint/lines.ts'
import { isPseudoPath } from './paths.ts'

const stripBom = (t: string) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t)

export function sourceOf(r: LintResult): string | undefined {
  if (typeof r.output === 'string') return r.output
  if (typeof r.source === 'string') return stripBom(r.source)
  if (isPseudoPath(r.filePath)) return undefined
  try {
    return stripBom(readFileSync(r.filePath, 'utf8'))
  } catch {
    return undefined
  }
}

/** Offsets to 1-based line and column, the column counted in UTF-8 bytes (reviewdog's unit). */
export class ByteColumns {
  private readonly lines: LineIndex
  constructor(private readonly text: string) {
    this.lines = new LineIndex(text)
  }

  point(offset: number): { line: number; column: number } {
    const p = this.lines.point(offset)
    const lineStart = this.lines.starts[p.line - 1]
    const before = this.text.slice(lineStart, lineStart + p.column - 1)
    return { line: p.line, column: Buffer.byteLength(before, 'utf8') + 1 }
  }
}
