// Most Markdown macros are a few paragraphs and perhaps a list of steps, with links, code spans
// and bold text inside, and a reply may end with the customer's message quoted: no heading, code
// block, nesting or HTML. For those, remark-parse's tree is known without running it, and
// micromark was ~1 ms of a 150-word draft on a first pass, more than linting the draft. This recognises that shape conservatively — a document with
// anything that could start another construct, or read two ways, goes to remark-parse — and
// test/markdown-plain.test.ts holds the layout here to remark-parse's tree on the fixtures,
// generated drafts, each edge of the shape and random documents.

// Anywhere: CR (line endings), control characters, which micromark replaces, and a leading BOM,
// which it skips. Outside quotes also escapes and hard breaks, and tabs (columns).
const NOT_PLAIN = /[\r\0-\x08\x0b-\x1f\ufeff]/
const NOT_PLAIN_TEXT = /[\\\t]/
// `_` emphasis needs a run of underscores that is not between two letters or digits.
const LOOSE_UNDERSCORE = /(?:^|[^A-Za-z0-9_])_|_(?:[^A-Za-z0-9_]|$)/
// A line (or a list item's text) that may start another block: a list item not taken as one here,
// a heading, quote, fence, thematic break or setext underline, an indented code line; `*` unless it
// opens bold text.
const BLOCK_START = /^(?: {0,3}(?:[-+#>=_~]|\d{1,9}[.)]|\*(?!\*[^\s*]))| {4})/
// A list item taken here: a `-`, `+` or number marker at the start of the line, one space, text.
const ITEM = /^(?:[-+]|(\d{1,9})[.)]) (?=[^ \n])/
const HAS_ITEM = /^(?:[-+]|\d{1,9}[.)]) /m
// The inline constructs taken here, on one line each: a code span of single backticks; a link
// whose text and destination hold nothing that could nest, escape, title or entity-decode; bold
// text (`**…**`) after a space or `(` and before a space or punctuation, holding no other construct;
// an e-mail autolink (`<ana@example.com>`, its address a text node) and a web one (`<https://…>`,
// which the extractor skips whole).
const INLINE = /(?<!`)`[^`\n]+`(?!`)|!?\[[^[\]`*&<\n]+\]\([^\s()<>`*[\]&]*\)|(?<![^\s(])\*\*[^\s*`[\]<][^*`[\]<\n]*?(?<=[^\s*`[\]<])\*\*(?=[\s.,;:!?)]|$)|<[A-Za-z0-9.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>|<https?:\/\/[^\s<>`*_[\]&]*>/g

/**
 * A source range no text node covers: a code span, `[`/`](…)` of a link, `**` of bold text,
 * `<`/`>` of an autolink, a hard break.
 */
type Hole = [start: number, end: number]

export interface PlainMarkdown {
  /** The source spans of remark-parse's text nodes, in order. */
  text: Array<[number, number]>
  /** Where each list item starts (its marker). */
  items: number[]
  /** The source spans of the blockquotes (`>` lines), copied as written. */
  quotes: Array<[number, number]>
}

/**
 * The layout remark-parse gives `source` when `source` is only paragraphs, one-line list items and
 * blockquotes, the first two of text, code spans, links, autolinks and bold text; `undefined` when
 * it may hold anything else.
 */
export function plainMarkdown(source: string): PlainMarkdown | undefined {
  if (NOT_PLAIN.test(source)) return undefined
  const quotes = quotesOf(source)
  if (!quotes) return undefined
  // What a blockquote holds is copied as written, never parsed: only the rest must be plain.
  const outside = quotes.length ? withoutQuotes(source, quotes) : source
  if (NOT_PLAIN_TEXT.test(outside) || (outside.includes('_') && LOOSE_UNDERSCORE.test(outside))) return undefined
  const inline = inlineHoles(outside)
  if (!inline) return undefined
  const hasItems = HAS_ITEM.test(outside)
  const text: Array<[number, number]> = []
  const items: number[] = []
  let quote = 0 // the next blockquote
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
      textIn(source, at, s, text)
      at = e
    }
    textIn(source, at, end, text)
    start = -1
    breaks = []
  }
  let previous: 'blank' | 'paragraph' | 'item' | 'quote' = 'blank'
  for (let at = 0; at <= source.length; ) {
    if (quote < quotes.length && quotes[quote][0] === at) {
      // A blockquote may interrupt a paragraph, not continue an item.
      if (previous === 'item') return undefined
      close()
      at = quotes[quote++][1] + 1
      previous = 'quote'
      continue
    }
    let lineEnd = source.indexOf('\n', at)
    if (lineEnd < 0) lineEnd = source.length
    const first = firstNotSpace(source, at, lineEnd)
    const line = source.slice(at, Math.min(lineEnd, at + 16))
    const item = first < 0 ? null : ITEM.exec(line)
    if (first < 0) {
      close()
      previous = 'blank'
    } else if (item) {
      // Only a bullet or an item numbered 1 can interrupt a paragraph.
      if (previous === 'paragraph' && item[1] !== undefined && item[1] !== '1') return undefined
      const content = at + item[0].length
      if (BLOCK_START.test(source.slice(content, Math.min(lineEnd, content + 16)))) return undefined
      close()
      items.push(at)
      start = content
      end = lastNotSpace(source, at, lineEnd) + 1
      close()
      previous = 'item'
    } else {
      // After an item, a line of text continues it; in a document with lists, an indented one may
      // belong to an item: remark-parse decides both.
      if (previous === 'item' || (hasItems && first > at) || BLOCK_START.test(line)) return undefined
      if (start < 0) start = first
      // Two or more spaces before the line ending of a paragraph's line (not its last): a hard break.
      else if (at - 1 - end >= 2) breaks.push([end, at])
      end = lastNotSpace(source, at, lineEnd) + 1
      previous = 'paragraph'
    }
    at = lineEnd + 1
  }
  close()
  return { text, items, quotes }
}

/**
 * The blockquotes of `source`: runs of lines that start with `>`, each from its first `>` to the end
 * of its last line. Undefined when a line of text follows one (it would continue the quote lazily).
 */
function quotesOf(source: string): Array<[number, number]> | undefined {
  const quotes: Array<[number, number]> = []
  if (!source.includes('>')) return quotes
  let open = -1
  for (let at = 0; at <= source.length; ) {
    let lineEnd = source.indexOf('\n', at)
    if (lineEnd < 0) lineEnd = source.length
    if (source.charCodeAt(at) === 0x3e) {
      if (open < 0) open = at
    } else if (open >= 0) {
      if (firstNotSpace(source, at, lineEnd) >= 0) return undefined
      quotes.push([open, at - 1])
      open = -1
    }
    at = lineEnd + 1
  }
  if (open >= 0) quotes.push([open, source.length])
  return quotes
}

/** `source` with its blockquotes blanked (line breaks kept), for the checks that concern the rest. */
function withoutQuotes(source: string, quotes: Array<[number, number]>): string {
  let out = ''
  let at = 0
  for (const [s, e] of quotes) {
    out += source.slice(at, s) + source.slice(s, e).replace(/[^\n]/g, ' ')
    at = e
  }
  return out + source.slice(at)
}

/**
 * The holes the inline constructs make in the text, in order: a code span is one; a link two (its
 * `[`, and its `](…)`), bold text two (each `**`), an e-mail autolink two (`<`, `>`), with a text
 * node between; a web autolink one. Undefined when a backtick, bracket, asterisk or `<` is left
 * outside them, or a link is an image or shows its own
 * address (which the extractor skips).
 */
function inlineHoles(source: string): Hole[] | undefined {
  const holes: Hole[] = []
  if (!/[`[\]*<]/.test(source)) return holes
  let marks = 0
  INLINE.lastIndex = 0
  for (let m = INLINE.exec(source); m; m = INLINE.exec(source)) {
    const [construct] = m
    const at = m.index
    marks += countMarks(construct)
    if (construct[0] === '`') holes.push([at, at + construct.length])
    else if (construct[0] === '*') holes.push([at, at + 2], [at + construct.length - 2, at + construct.length])
    else if (construct[0] === '<') {
      // A web address shows itself (skipped whole); an e-mail address is the link's text.
      if (construct.startsWith('<http')) holes.push([at, at + construct.length])
      else holes.push([at, at + 1], [at + construct.length - 1, at + construct.length])
    }
    else {
      const close = construct.indexOf('](')
      if (construct[0] === '!' || construct.slice(1, close) === construct.slice(close + 2, -1)) return undefined
      holes.push([at, at + 1], [at + close, at + construct.length])
    }
  }
  return marks === countMarks(source) ? holes : undefined
}

function countMarks(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x60 || c === 0x5b || c === 0x5d || c === 0x2a || c === 0x3c) n++
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

// Only U+0020: Markdown's line structure counts spaces and tabs (refused above), not the other
// characters `\s` (and extract/spaces.ts) read as blank.
function firstNotSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return i
  return -1
}

function lastNotSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) !== 32) return i
  return -1
}
