// docLines and docSentences are index-based rewrites of a regex-per-line version (kept here as the
// reference): on any text they must give the same lines and sentences.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { docLines, docSentences, readings, type DocLine } from '../src/lint/document.ts'
import '../src/lint/report.ts'

const BLOCK_TAG = /<\/?(?:br|p|div|li|tr|td|h[1-6]|ul|ol|table|blockquote)\b[^>]*>/gi
const INLINE_TAG = /<\/?[a-z][^>]*>/gi

function referenceClean(s: string): string {
  return s
    .replace(INLINE_TAG, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|__|~~/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

function referenceLines(reading: string): DocLine[] {
  const out: DocLine[] = []
  for (const m of reading.matchAll(/[^\r\n]+/g)) {
    const raw = m[0]
    const cuts: Array<[number, number]> = []
    let from = 0
    for (const t of raw.matchAll(BLOCK_TAG)) {
      cuts.push([from, t.index])
      from = t.index + t[0].length
    }
    cuts.push([from, raw.length])
    for (const [a, b] of cuts) {
      const seg = raw.slice(a, b)
      const text = referenceClean(seg)
      if (!text) continue
      out.push({ start: m.index + a + seg.search(/\S/), end: m.index + a + seg.search(/\S\s*$/) + 1, text })
    }
  }
  return out
}

function referenceSentences(lines: DocLine[]): string[] {
  const paragraphs: string[] = []
  let cur = ''
  for (const { text } of lines) {
    if (cur && /[a-z,]$/.test(cur) && /^[a-z]/.test(text)) cur += ` ${text}`
    else {
      if (cur) paragraphs.push(cur)
      cur = text
    }
  }
  if (cur) paragraphs.push(cur)
  return paragraphs.flatMap((p) =>
    p
      .split(/(?<=[.!?])\s+(?=\S)/)
      .map((s) => s.replace(/^(?:\d{1,2}[.)]|[-*•]|[a-z][.)])\s+/, '').toLowerCase().trim())
      .filter(Boolean),
  )
}

const pieces = ['a', 'B', 'ok', 'We', '1', '12', '.', '!', '?', ',', ')', '-', '*', '•', '**', '__', '~~', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '\r\n', '\n\n', '<br>', '<b>', '</p>', '&nbsp;', '&amp;', '’', '“', '”', 'É']
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''))

describe('document lines and sentences', () => {
  it('match the regex reference on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = docLines(t)
        expect(lines).toEqual(referenceLines(t))
        expect(docSentences(lines)).toEqual(referenceSentences(lines))
        // Every prefix, as the rules that stop at the sign-off ask (built from the whole reply's paragraphs).
        for (let k = 0; k <= lines.length; k++) expect(docSentences(lines, k)).toEqual(referenceSentences(lines.slice(0, k)))
      }),
      { numRuns: 3000 },
    )
  })

  it('blank the text outside a reading as the character loop did', () => {
    const reference = (text: string, ranges: Array<[number, number]>) => {
      const keep = new Uint8Array(text.length)
      for (const [a, b] of ranges) keep.fill(1, a, b)
      let out = ''
      for (let i = 0; i < text.length; i++) out += keep[i] || text[i] === '\n' ? text[i] : ' '
      return out
    }
    const range = fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)])
    fc.assert(
      fc.property(text, fc.array(fc.array(range, { maxLength: 3 }), { minLength: 1, maxLength: 3 }), (t, branches) => {
        const file = new VFile({ value: t })
        file.data.servicelint = { context: '', placeholders: [], body: { start: 0, end: t.length }, branches: branches.map((ranges) => ({ ranges })) }
        const got = readings(file)
        expect(got).toEqual(branches.map((ranges) => reference(t, ranges)))
        expect(readings(file)).toBe(got)
      }),
      { numRuns: 1000 },
    )
  })

  it('match it on a reply', () => {
    const reply = 'Hi Ana,\n\nThanks for writing in. I checked the order!  It ships\ntoday, as planned.\n1. Open the app\n- Tap **Orders**\n\nBest,\nMo'
    expect(docSentences(docLines(reply))).toEqual(referenceSentences(referenceLines(reply)))
  })
})
