// readability: the sentences as a reader meets them, for the formulas to judge. The parse tree is
// shared with every other rule, so this builds a light copy rather than editing it:
// - links and e-mail addresses are dropped (a URL is not a sentence's hard words; in plain text
//   the extractor leaves them in);
// - a sentence the parser ran on past a full stop glued to a word ("…up to November 27. You can…",
//   "…writing in. Consequently…") is split there;
// - list items and "Label:" lines are split from the line before, which has no full stop.
import type { Paragraph, ParagraphContent, Root, Sentence, SentenceContent } from 'nlcst'
import { isSpaceCode } from '../../src/extract/spaces.ts'
import { wordCount } from './screen.ts'

// A link or address is one whitespace-free token; testing tokens is far cheaper than one regex
// that tries a domain at every word.
const LINK_TOKEN = /:\/\/|^www\.|^[\w.+-]+@[\w-]+\.[\w.-]+$|\.(?:com|net|org|io|co|uk|de|fr|eu|app|dev)(?:[/?#:]|$)/i
const LINK_CHAR = /[.@:]/
const TOKEN_EDGES = /^[("'“‘<[]+|[)"'”’>\].,;:!?]+$/g
// Words the parser glues a full stop to ("27.", "in.") end a sentence when a capital follows,
// unless they are titles, initials or abbreviations that precede a name ("Mr. Smith", "J. Doe").
const TITLE = /^(?:\p{L}|mr|mrs|ms|mx|dr|prof|st|sr|jr|mt|rev|capt|sgt|hon|vs|no|nr|fig|approx|dept|inc|ltd|co|corp|etc|e\.g|i\.e|cf|a\.m|p\.m)\.$/iu
const LIST_MARKER = /^(?:[-*•–]|\d+[.)])$/

function linkSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // Every form LINK_TOKEN knows holds a '.', '@' or ':'; most words have none, so look only at
  // the whitespace-delimited tokens around those characters.
  const at = new RegExp(LINK_CHAR.source, 'g')
  for (let m = at.exec(text); m; m = at.exec(text)) {
    let start = m.index
    let end = start + 1
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++
    at.lastIndex = end
    const token = text.slice(start, end).replace(TOKEN_EDGES, '')
    if (token && LINK_TOKEN.test(token)) out.push([start, end])
  }
  return out
}

const startOf = (n: SentenceContent) => n.position?.start.offset ?? 0
const endOf = (n: SentenceContent) => n.position?.end.offset ?? 0

/** Where a new sentence starts before child `i` of a sentence (text read from the draft). */
function breaksBefore(text: string, children: SentenceContent[], i: number): boolean {
  const ws = children[i - 1]
  const prev = children[i - 2]
  if (!ws || ws.type !== 'WhiteSpaceNode' || !prev) return false
  // Most gaps are neither after a full stop nor a line break: decide that before slicing text.
  const afterStop = prev.type === 'WordNode' && text[endOf(prev) - 1] === '.'
  const newline = ws.value.includes('\n')
  if (!afterStop && !newline) return false
  const next = children[i]
  const slice = (n: SentenceContent) => text.slice(startOf(n), endOf(n))
  const nextText = slice(next)
  if (afterStop && /^\p{Lu}/u.test(nextText) && !TITLE.test(slice(prev))) return true
  if (!newline) return false
  return LIST_MARKER.test(nextText) || slice(prev) === ':'
}

function split(text: string, sentence: Sentence, links: Array<[number, number]>): Sentence[] {
  const start = sentence.position?.start.offset ?? 0
  const end = sentence.position?.end.offset ?? 0
  const inside = links.filter(([a, b]) => a < end && start < b)
  const kept = inside.length ? sentence.children.filter((c) => !inside.some(([a, b]) => a <= startOf(c) && startOf(c) < b)) : sentence.children
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
    if (breaksBefore(text, kept, i)) flush()
    if (!current.length && child.type === 'WhiteSpaceNode') return
    current.push(child)
  })
  flush()
  return out
}

/**
 * The sentences a reader would see, positions unchanged, in order; only from the parser's
 * sentences of at least `minWords` words (splitting one never adds words, and shorter sentences
 * are not judged), so most of a reply is neither split nor copied.
 */
export function readerSentences(tree: Root, text: string, minWords = 0): Sentence[] {
  // Links matter only inside a sentence long enough to judge.
  let links: Array<[number, number]> | undefined
  const out: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const c of paragraph.children) {
      if (c.type !== 'SentenceNode' || wordCount(c) < minWords) continue
      out.push(...split(text, c, (links ??= linkSpans(text))))
    }
  }
  return out
}

/** `readerSentences` as a tree, for retext plugins (and the test that holds the screen to them). */
export function readerTree(tree: Root, text: string): Root {
  const paragraphs: Paragraph[] = []
  const links = linkSpans(text)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const children = paragraph.children.flatMap((c): ParagraphContent[] => (c.type === 'SentenceNode' ? split(text, c, links) : []))
    if (children.length) paragraphs.push({ ...paragraph, children })
  }
  return { type: 'RootNode', children: paragraphs }
}
