// Most Markdown macros are paragraphs of plain sentences, with at most an inline link or a code
// span: no list, heading, quote, code block, emphasis or HTML. For those, remark-parse's tree is
// known without running it, and micromark was ~1 ms of a 150-word draft on a first pass, more than
// linting the draft. This recognises that shape conservatively — a document with anything that could
// start another construct goes to remark-parse — and test/markdown-plain.test.ts holds the spans
// here to remark-parse's on the fixtures, generated drafts, each edge of the shape and random
// documents.

// Characters that can open a construct not handled here: emphasis, autolinks and HTML, escapes and
// hard breaks; tabs and CR (columns and line endings); control characters, which micromark
// replaces; a leading BOM, which it skips.
const NOT_PLAIN = /[*<\\\t\r\0-\x08\x0b-\x1f\ufeff]/
// `_` emphasis needs a run of underscores that is not between two letters or digits.
const LOOSE_UNDERSCORE = /(?:^|[^A-Za-z0-9_])_|_(?:[^A-Za-z0-9_]|$)/
// A line that may start a block: a list item, heading, quote, fence, thematic break or setext
// underline, or an indented code line (kept out even where it would only continue a paragraph).
const BLOCK_START = /^(?: {0,3}(?:[-+#>=_~]|\d{1,9}[.)])| {4})/
// The inline constructs taken here, on one line each: a code span of single backticks, and a link
// whose text and destination hold nothing that could nest, escape, title or entity-decode.
const INLINE = /`[^`\n]+`|!?\[[^[\]`&\n]+\]\([^\s()<>`[\]&]*\)/g

/** A source range no text node covers: a code span, a link's `[` or `](…)`, a hard break. */
type Hole = [start: number, end: number]

/**
 * The source spans of the text nodes remark-parse makes of `source`, in order, when `source` is
 * only paragraphs of text, code spans and links; `undefined` when it may hold anything else.
 */
export function plainParagraphSpans(source: string): Array<[number, number]> | undefined {
  if (NOT_PLAIN.test(source) || (source.includes('_') && LOOSE_UNDERSCORE.test(source))) return undefined
  const inline = inlineHoles(source)
  if (!inline) return undefined
  const spans: Array<[number, number]> = []
  let next = 0 // the first inline hole not yet placed in a paragraph
  // The paragraph being read: where its text starts, where its last line's text ends, its hard breaks.
  let start = -1
  let end = 0
  let breaks: Hole[] = []
  const close = () => {
    if (start < 0) return
    const holes = [...breaks]
    while (next < inline.length && inline[next][0] < end) holes.push(inline[next++])
    holes.sort((a, b) => a[0] - b[0])
    let at = start
    for (const [s, e] of holes) {
      textIn(source, at, s, spans)
      at = e
    }
    textIn(source, at, end, spans)
    start = -1
    breaks = []
  }
  for (let at = 0; at <= source.length; ) {
    let lineEnd = source.indexOf('\n', at)
    if (lineEnd < 0) lineEnd = source.length
    const first = firstNonSpace(source, at, lineEnd)
    if (first < 0) close()
    else {
      if (BLOCK_START.test(source.slice(at, Math.min(lineEnd, at + 14)))) return undefined
      if (start < 0) start = first
      // Two or more spaces before the line ending of a paragraph's line (not its last): a hard break.
      else if (at - 1 - end >= 2) breaks.push([end, at])
      end = lastNonSpace(source, at, lineEnd) + 1
    }
    at = lineEnd + 1
  }
  close()
  return spans
}

/**
 * The holes code spans and links make in the text, in order: a code span is one, a link two (its
 * `[`, and its `](…)`; the label between them is a text node). Undefined when a backtick or bracket
 * is left outside them, or a link is an image or shows its own address (which the extractor skips).
 */
function inlineHoles(source: string): Hole[] | undefined {
  const holes: Hole[] = []
  if (!/[`[\]]/.test(source)) return holes
  let marks = 0
  INLINE.lastIndex = 0
  for (let m = INLINE.exec(source); m; m = INLINE.exec(source)) {
    const [text] = m
    const at = m.index
    marks += countMarks(text)
    if (text[0] === '`') {
      holes.push([at, at + text.length])
      continue
    }
    const close = text.indexOf('](')
    if (text[0] === '!' || text.slice(1, close) === text.slice(close + 2, -1)) return undefined
    holes.push([at, at + 1], [at + close, at + text.length])
  }
  return marks === countMarks(source) ? holes : undefined
}

function countMarks(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x60 || c === 0x5b || c === 0x5d) n++
  }
  return n
}

/**
 * The text node remark-parse makes of `source[from, to)`, if any: line endings and what is not
 * white space are its data; a line's leading spaces and the spaces before its line ending are not,
 * so they belong to the node only between two pieces of data.
 */
function textIn(source: string, from: number, to: number, out: Array<[number, number]>): void {
  let first = from
  while (first < to && !isData(source, first)) first++
  if (first >= to) return
  let last = to - 1
  while (last > first && !isData(source, last)) last--
  out.push([first, last + 1])
}

function isData(source: string, i: number): boolean {
  if (source.charCodeAt(i) !== 32) return true
  let before = i - 1
  while (before >= 0 && source.charCodeAt(before) === 32) before--
  if (before < 0 || source.charCodeAt(before) === 10) return false
  let after = i + 1
  while (after < source.length && source.charCodeAt(after) === 32) after++
  return after < source.length && source.charCodeAt(after) !== 10
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return i
  return -1
}

function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) !== 32) return i
  return -1
}
