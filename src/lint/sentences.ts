// A sentence as rules match it: one normalised string (lower case, straight apostrophes, single
// spaces, placeholders as `{ph}`) with a map from each of its characters back to draft offsets.
import type { Root, Sentence, Paragraph } from 'nlcst'
import type { Node, Parent } from 'unist'
import type { VFile } from 'vfile'
import { draftData } from './report.ts'

export interface SentenceView {
  node: Sentence
  /** Normalised text: lower case, ’ → ', whitespace runs → one space, placeholders → `{ph}`. */
  norm: string
  /** Same text, original case (apostrophes and spaces normalised the same way). */
  cased: string
  /** Draft offset of each character of `norm`, plus one past the end. */
  offsets: number[]
  start: number
  end: number
  /** Index of this sentence in its paragraph, and the paragraph's sentences. */
  paragraph: Paragraph | undefined
}

export const PLACEHOLDER_TOKEN = '{ph}'

const cache = new WeakMap<Root, SentenceView[]>()

export function sentencesOf(tree: Root, file: VFile): SentenceView[] {
  const hit = cache.get(tree)
  if (hit) return hit
  const { placeholders } = draftData(file)
  const out: SentenceView[] = []
  collect(tree, undefined, placeholders, out)
  cache.set(tree, out)
  return out
}

// The sentences in document order, each with its parent, as unist-util-visit's walk would find
// them (not entering a sentence); a plain recursion skips visit's per-node bookkeeping.
function collect(node: Node, parent: Node | undefined, placeholders: Array<{ start: number; end: number }>, out: SentenceView[]): void {
  if (node.type === 'SentenceNode') {
    out.push(view(node as Sentence, parent?.type === 'ParagraphNode' ? (parent as Paragraph) : undefined, placeholders))
    return
  }
  const children = (node as Parent).children
  if (children) for (const child of children) collect(child, node, placeholders, out)
}

// Quotes rules read straight; most words have none, so a test skips both replaces.
const CURLY = /[’‘`´“”]/

function view(node: Sentence, paragraph: Paragraph | undefined, placeholders: Array<{ start: number; end: number }>): SentenceView {
  // Pieces joined once and offsets pushed in a plain loop: a string grown a character at a time
  // through a closure was the costliest part of building views (every rule reads them).
  const parts: string[] = []
  const offsets: number[] = []
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  let ph = 0
  let endsWithSpace = false
  for (const child of node.children) {
    const s = child.position?.start.offset ?? 0
    const e = child.position?.end.offset ?? s
    if (child.type === 'WhiteSpaceNode') {
      if (!endsWithSpace) {
        parts.push(' ')
        offsets.push(s)
        endsWithSpace = true
      }
      continue
    }
    while (ph < placeholders.length && placeholders[ph].end <= s) ph++
    if (child.type === 'WordNode' && ph < placeholders.length && placeholders[ph].start <= s && e <= placeholders[ph].end) {
      parts.push(PLACEHOLDER_TOKEN)
      for (let i = 0; i < PLACEHOLDER_TOKEN.length; i++) offsets.push(i === 0 ? s : e - 1)
      endsWithSpace = false
      continue
    }
    let text = textOf(child)
    if (CURLY.test(text)) text = text.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"')
    if (!text) continue
    parts.push(text)
    for (let i = 0; i < text.length; i++) offsets.push(s + i)
    endsWithSpace = text.charCodeAt(text.length - 1) === 32
  }
  offsets.push(end)
  const cased = parts.join('')
  return { node, norm: cased.toLowerCase(), cased, offsets, start, end, paragraph }
}

function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value
  // A word is almost always one text node.
  if (node.children?.length === 1) return textOf(node.children[0] as { value?: string; children?: unknown[] })
  return ((node.children ?? []) as Array<{ value?: string; children?: unknown[] }>).map(textOf).join('')
}

/** Draft offsets of `norm[from, to)`. */
export function spanOf(s: SentenceView, from: number, to: number): { start: number; end: number } {
  return { start: s.offsets[from], end: to > from ? s.offsets[to - 1] + 1 : s.offsets[from] }
}

/**
 * Compile a phrase pattern. Patterns are regular expressions over the normalised sentence, bounded
 * at words: `we (can't|cannot)` matches "We can’t" but not "whatwe cannot".
 */
export function compilePattern(pattern: string, flags = 'g'): RegExp {
  return new RegExp(`(?<![\\w'])(?:${pattern})(?![\\w'])`, flags)
}

/** A literal phrase (from a team's config) as a pattern: words in order, any spacing. */
export function literalPattern(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(' ')
}
