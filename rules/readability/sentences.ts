// readability: the sentences as a reader meets them, for the formulas to judge. The parse tree is
// shared with every other rule, so this builds a light copy rather than editing it:
// - links and e-mail addresses are dropped (a URL is not a sentence's hard words; in plain text
//   the extractor leaves them in);
// - a sentence the parser ran on past a full stop glued to a word ("…up to November 27. You can…",
//   "…writing in. Consequently…") is split there;
// - list items and "Label:" lines are split from the line before, which has no full stop.
import type { Paragraph, ParagraphContent, Root, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { SKIP, visit } from 'unist-util-visit'

const LINK = /(?:https?:\/\/|www\.)[^\s<>()"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|uk|de|fr|eu|app|dev)(?:\/[^\s<>()"]*)?/gi
// Words the parser glues a full stop to ("27.", "in.") end a sentence when a capital follows,
// unless they are titles, initials or abbreviations that precede a name ("Mr. Smith", "J. Doe").
const TITLE = /^(?:\p{L}|mr|mrs|ms|mx|dr|prof|st|sr|jr|mt|rev|capt|sgt|hon|vs|no|nr|fig|approx|dept|inc|ltd|co|corp|etc|e\.g|i\.e|cf|a\.m|p\.m)\.$/iu
const LIST_MARKER = /^(?:[-*•–]|\d+[.)])$/

function linkSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length])
}

const startOf = (n: SentenceContent) => n.position?.start.offset ?? 0

/** Where a new sentence starts before child `i` of a sentence. */
function breaksBefore(children: SentenceContent[], i: number): boolean {
  const ws = children[i - 1]
  if (!ws || ws.type !== 'WhiteSpaceNode') return false
  const prev = children[i - 2]
  const next = children[i]
  if (!prev) return false
  const prevText = toString(prev)
  const nextText = toString(next)
  if (prev.type === 'WordNode' && prevText.endsWith('.') && !TITLE.test(prevText) && /^\p{Lu}/u.test(nextText)) return true
  if (!ws.value.includes('\n')) return false
  return LIST_MARKER.test(nextText) || prevText === ':'
}

function split(sentence: Sentence, links: Array<[number, number]>): Sentence[] {
  const kept = sentence.children.filter((c) => !links.some(([a, b]) => a <= startOf(c) && startOf(c) < b))
  const out: Sentence[] = []
  let current: SentenceContent[] = []
  const flush = () => {
    while (current.length && current[current.length - 1].type === 'WhiteSpaceNode') current.pop()
    if (current.length) {
      out.push({
        type: 'SentenceNode',
        children: current,
        position: { start: current[0].position!.start, end: current[current.length - 1].position!.end },
      })
    }
    current = []
  }
  kept.forEach((child, i) => {
    if (breaksBefore(kept, i)) flush()
    if (!current.length && child.type === 'WhiteSpaceNode') return
    current.push(child)
  })
  flush()
  return out
}

/**
 * A copy of `tree` with the sentences a reader would see, positions unchanged; only those `keep`
 * accepts.
 */
export function readerTree(tree: Root, text: string, keep: (sentence: Sentence) => boolean = () => true): Root {
  const links = linkSpans(text)
  const paragraphs: Paragraph[] = []
  visit(tree, 'ParagraphNode', (paragraph) => {
    const children = paragraph.children.flatMap((c): ParagraphContent[] => (c.type === 'SentenceNode' ? split(c, links).filter(keep) : []))
    if (children.length) paragraphs.push({ ...paragraph, children })
    return SKIP
  })
  return { type: 'RootNode', children: paragraphs }
}
