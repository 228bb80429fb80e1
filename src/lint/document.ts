// Helpers for document rules (Vale's "occurrence" checks): where to place the one message, and
// the readings of a template a rule must hold in.
import type { VFile } from 'vfile'
import { draftData } from './report.ts'
import { lineIndexFor } from './lines.ts'
import { firstNonSpace, isSpaceCode, lastNonSpace } from '../extract/spaces.ts'

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
export function readings(file: VFile): readonly string[] {
  const text = String(file.value)
  const { branches } = draftData(file)
  if (!branches.length) return [text]
  // Five document rules ask for the same readings of a draft: build them once (and hand them the
  // same strings, so `docLines` finds them by identity rather than by comparing whole texts).
  let hit = readingsMemo.get(file)
  if (!hit) readingsMemo.set(file, (hit = branches.map(({ ranges }) => reading(text, ranges))))
  return hit
}

const readingsMemo = new WeakMap<VFile, readonly string[]>()

/** `text` with all but `ranges` blanked, line breaks kept. */
function reading(text: string, ranges: Array<[number, number]>): string {
  const keep = new Uint8Array(text.length)
  for (const [a, b] of ranges) keep.fill(1, a, b)
  let out = ''
  for (let i = 0; i < text.length; ) {
    let j = i + 1
    while (j < text.length && keep[j] === keep[i]) j++
    out += keep[i] ? text.slice(i, j) : text.slice(i, j).replace(/[^\n]/g, ' ')
    i = j
  }
  return out
}

/** The body's text (agent words only), with blanked runs collapsed, for sentence-level checks. */
export function bodyText(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim()
}

/** One line of a reading, as document rules read it: draft offsets and the words without markup. */
export interface DocLine {
  start: number
  end: number
  /** HTML tags and Markdown emphasis dropped, apostrophes and quotes straightened, spaces collapsed. */
  text: string
}

// Until every format has its own extractor, markup may still be in the text: a block tag ends a
// line even when the source keeps it on one (`Best,<br>Ana`), an inline tag is just a space.
const BLOCK_TAG = /<\/?(?:br|p|div|li|tr|td|h[1-6]|ul|ol|table|blockquote)\b[^>]*>/gi
const INLINE_TAG = /<\/?[a-z][^>]*>/gi

// Most lines hold no tag, entity, emphasis or curly quote: a cheap test skips each replace that
// could not change them (every draft's lines are cleaned once per reading).
const EMPHASIS = /[*_~]/
const CURLY = /[’‘`´“”]/

// Whitespace that collapsing would change: a run, or a tab or other space that is not ' '.
const UNCOLLAPSED = /[^\S ]|\s\s/

function cleanLine(s: string): string {
  if (s.includes('<')) s = s.replace(INLINE_TAG, ' ')
  if (s.includes('&')) s = s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&')
  if (EMPHASIS.test(s)) s = s.replace(/\*\*|__|~~/g, '')
  if (CURLY.test(s)) s = s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"')
  return (UNCOLLAPSED.test(s) ? s.replace(/\s+/g, ' ') : s).trim()
}

// Five document rules read the same readings: split each text once. A handful of entries is
// enough, as rules run one draft at a time.
const linesMemo = new Map<string, DocLine[]>()
const sentencesMemo = new WeakMap<DocLine[], Map<number, string[]>>()
const paragraphsMemo = new WeakMap<DocLine[], DocParagraph[]>()

/** Lines joined as one paragraph (a line wrapped mid-sentence joins the next), `first`–`last` inclusive. */
interface DocParagraph {
  text: string
  first: number
  last: number
  sentences?: string[]
}

/** The non-blank lines of a reading (see `readings`), in order. */
export function docLines(reading: string): DocLine[] {
  let hit = linesMemo.get(reading)
  if (!hit) {
    hit = splitLines(reading)
    if (linesMemo.size >= 16) linesMemo.delete(linesMemo.keys().next().value as string)
    linesMemo.set(reading, hit)
  }
  return hit
}

function splitLines(reading: string): DocLine[] {
  const out: DocLine[] = []
  for (const m of reading.matchAll(/[^\r\n]+/g)) {
    const raw = m[0]
    const cuts: Array<[number, number]> = []
    let from = 0
    // matchAll clones its pattern on every call; only a line with a tag can hold a block tag.
    if (raw.includes('<')) {
      for (const t of raw.matchAll(BLOCK_TAG)) {
        cuts.push([from, t.index])
        from = t.index + t[0].length
      }
    }
    cuts.push([from, raw.length])
    for (const [a, b] of cuts) {
      const seg = raw.slice(a, b)
      const text = cleanLine(seg)
      if (!text) continue
      out.push({ start: m.index + a + firstNonSpace(seg), end: m.index + a + lastNonSpace(seg) + 1, text })
    }
  }
  return out
}

/**
 * The sentences of `lines[0, upTo)`, lower-cased, list markers dropped. A line wrapped mid-sentence
 * (lower-case or comma at the break, lower-case after it) is joined to the next.
 */
export function docSentences(lines: DocLine[], upTo = lines.length): string[] {
  let byCount = sentencesMemo.get(lines)
  if (!byCount) sentencesMemo.set(lines, (byCount = new Map()))
  let hit = byCount.get(upTo)
  if (!hit) byCount.set(upTo, (hit = prefixSentences(lines, upTo)))
  return hit
}

// Rules ask for the sentences of the whole reply and of the part before its sign-off: whether two
// lines join depends only on those two, so the paragraphs of a prefix are the whole reply's up to
// the cut, the one across it cut short. Each paragraph is split once for every prefix.
function prefixSentences(lines: DocLine[], upTo: number): string[] {
  const out: string[] = []
  for (const p of paragraphsOf(lines)) {
    if (p.first >= upTo) break
    if (p.last < upTo) out.push(...(p.sentences ??= paragraphSentences(p.text)))
    else out.push(...paragraphSentences(lines.slice(p.first, upTo).map((l) => l.text).join(' ')))
  }
  return out
}

function paragraphsOf(lines: DocLine[]): DocParagraph[] {
  let hit = paragraphsMemo.get(lines)
  if (hit) return hit
  hit = []
  let cur: DocParagraph | undefined
  lines.forEach(({ text }, i) => {
    if (cur && /[a-z,]$/.test(cur.text) && /^[a-z]/.test(text)) {
      cur.text += ` ${text}`
      cur.last = i
    } else {
      if (cur) hit!.push(cur)
      cur = { text, first: i, last: i }
    }
  })
  if (cur) hit.push(cur)
  paragraphsMemo.set(lines, hit)
  return hit
}

function paragraphSentences(p: string): string[] {
  const out: string[] = []
  // A sentence ends at `.`, `!` or `?` followed by whitespace and more words (as splitting at
  // /(?<=[.!?])\s+(?=\S)/ would, without a lookbehind tried at every character).
  let from = 0
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i)
    if (c !== 46 && c !== 33 && c !== 63) continue
    let next = i + 1
    while (next < p.length && isSpaceCode(p.charCodeAt(next))) next++
    if (next === i + 1 || next === p.length) continue
    addSentence(out, p.slice(from, i + 1))
    from = next
    i = next - 1
  }
  addSentence(out, p.slice(from))
  return out
}

const LIST_MARK = /^(?:\d{1,2}[.)]|[-*•]|[a-z][.)])\s+/

function addSentence(out: string[], s: string): void {
  const sentence = s.replace(LIST_MARK, '').toLowerCase().trim()
  if (sentence) out.push(sentence)
}

/**
 * Where a document rule inserts a missing line: the start or end of the physical line holding
 * `offset`, so the insertion lands outside any template tag or branch on that line.
 */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1
}

export function lineEndAt(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  const end = nl < 0 ? text.length : nl
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end
}
