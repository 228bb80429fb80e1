// A sentence as rules match it: one normalised string (lower case, straight apostrophes, single
// spaces, placeholders as `{ph}`) with a map from each of its characters back to draft offsets.
import type { Root, Sentence, Paragraph } from 'nlcst'
import { visit } from 'unist-util-visit'
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
  visit(tree, 'SentenceNode', (node, _index, parent) => {
    out.push(view(node, parent?.type === 'ParagraphNode' ? parent : undefined, placeholders))
    return 'skip'
  })
  cache.set(tree, out)
  return out
}

function view(node: Sentence, paragraph: Paragraph | undefined, placeholders: Array<{ start: number; end: number }>): SentenceView {
  let cased = ''
  const offsets: number[] = []
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  let ph = 0
  const push = (s: string, at: number) => {
    for (let i = 0; i < s.length; i++) {
      cased += s[i]
      offsets.push(at + i)
    }
  }
  for (const child of node.children) {
    const s = child.position?.start.offset ?? 0
    const e = child.position?.end.offset ?? s
    if (child.type === 'WhiteSpaceNode') {
      if (!cased.endsWith(' ')) push(' ', s)
      continue
    }
    while (ph < placeholders.length && placeholders[ph].end <= s) ph++
    if (child.type === 'WordNode' && ph < placeholders.length && placeholders[ph].start <= s && e <= placeholders[ph].end) {
      cased += PLACEHOLDER_TOKEN
      for (let i = 0; i < PLACEHOLDER_TOKEN.length; i++) offsets.push(i === 0 ? s : e - 1)
      continue
    }
    push(textOf(child).replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"'), s)
  }
  offsets.push(end)
  return { node, norm: cased.toLowerCase(), cased, offsets, start, end, paragraph }
}

function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value
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
export function compilePattern(pattern: string): RegExp {
  return new RegExp(`(?<![\\w'])(?:${pattern})(?![\\w'])`, 'g')
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
