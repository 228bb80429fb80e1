// Helpers for document rules (Vale's "occurrence" checks): where to place the one message, and
// the readings of a template a rule must hold in.
import type { VFile } from 'vfile'
import { draftData } from './report.ts'
import { lineIndexFor } from './lines.ts'

/** Offsets of the body's first line (where `require-acknowledgement` and `require-greeting` point). */
export function firstLineSpan(file: VFile): { start: number; end: number } {
  return lineSpanAt(file, draftData(file).body.start)
}

/** Offsets of the body's last line (where `require-next-steps`/`require-checkback` point). */
export function lastLineSpan(file: VFile): { start: number; end: number } {
  const { body } = draftData(file)
  return lineSpanAt(file, Math.max(body.start, body.end - 1))
}

function lineSpanAt(file: VFile, offset: number): { start: number; end: number } {
  const text = String(file.value)
  const index = lineIndexFor(file, text)
  const { line } = index.point(offset)
  let start = index.starts[line - 1]
  let end = start + index.lineLength(line - 1)
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return { start, end }
}

/**
 * The texts a document rule must hold in: one per reading of a template's conditionals (text
 * outside the chosen branches blanked), or the whole draft when it has none.
 */
export function readings(file: VFile): string[] {
  const text = String(file.value)
  const { branches } = draftData(file)
  if (!branches.length) return [text]
  return branches.map(({ ranges }) => {
    const keep = new Uint8Array(text.length)
    for (const [a, b] of ranges) keep.fill(1, a, b)
    let out = ''
    for (let i = 0; i < text.length; i++) out += keep[i] || text[i] === '\n' ? text[i] : ' '
    return out
  })
}

/** The body's text (agent words only), with blanked runs collapsed, for sentence-level checks. */
export function bodyText(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim()
}
