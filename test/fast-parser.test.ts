// src/lint/fast-parser.ts replaces parse-latin's tokenizer; the rules read its trees exactly as the
// library's. Here both parse the same texts — the fixtures (whole files and their drafts), the
// benchmark's generated corpus, every UTF-16 unit, and random strings — and the trees must match
// node for node, position for position, and in which objects they share (a word and its text share
// a start point; the plugins rewrite positions by assigning points, so a point shared where the
// library has two, or the reverse, could move one node's position with another's).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import { parseEnglish } from '../src/lint/fast-parser.ts'
import { extract, formatOf } from '../src/extract/index.ts'
import { withCorpus } from './helpers.ts'

const library = unified().use(retextEnglish).freeze()

/** The tree as JSON, with every object after its first sighting written as a reference to it. */
function shape(tree: unknown): string {
  const seen = new Map<object, number>()
  return JSON.stringify(tree, function (this: unknown, _key: string, value: unknown) {
    if (value === null || typeof value !== 'object') return value
    const id = seen.get(value)
    if (id !== undefined) return `#${id}`
    seen.set(value, seen.size)
    return value
  })
}

function same(text: string): void {
  const expected = shape(library.parse(text))
  const got = shape(parseEnglish(text))
  if (got === expected) return
  // The first difference and some of what leads to it, not two whole trees.
  let at = 0
  while (got[at] === expected[at]) at++
  const window = (s: string) => s.slice(Math.max(0, at - 300), at + 100)
  expect({ text: text.slice(0, 2000), got: window(got) }).toEqual({ text: text.slice(0, 2000), got: window(expected) })
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]))
}

async function draftsOf(path: string, text: string): Promise<string[]> {
  const format = formatOf(path)
  if (!format) return []
  try {
    return (await extract(format, text, path)).drafts.map((d) => d.text)
  } catch {
    return [] // not a draft (settings.json)
  }
}

/** Every string in a JSON value (the rule tables' cases, the eval's texts). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const PIECES = [
  ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\r\r', '\n\r', '\u00A0', '\u2028', '\u3000', '\u200B', '\u0085',
  '.', '..', '...', '!', '?', '?!', '…', '‽', ',', ';', ':', '-', '--', '—', '/', '\\', '&', '@', '#', '$', '%', '+', '=', '_', '__',
  "'", '’', '‘', '"', '“', '”', '(', ')', '[', ']', '{{', '}}', '<', '>', '*', '~', '`', '|', '^', '°', '€', '£', '©', '¶', '§',
  'a', 'I', 'we', 'Hi', 'the', "can't", 'don’t', "o'", "'twas", "'n'", 'rock', 'w', 'w/', 'Mr', 'Mrs.', 'Dr.', 'etc.', 'e.g.',
  'U.S.A.', 'A.B', 'i.e', 'Inc.', 'No.', 'vs.', 'Jan.', '3', '3.5', '1,000', '12th', '2024-06-03', 'http://x.example/a?b=c',
  'ana@example.com', '#12345', "ol'", " ol' ", "rock 'n' roll", "'em", "'90s", "'cause", 'w/o', 'W/', 'and/or', 'a/b', 'x&y',
  '&x', 'a-b.', 'a-', '-a', 'U.S.', '1.2.', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', 'Ω', 'Привет', '日本語', 'العربية', '😀', '👍🏽', '🇺🇸', '\uD800',
  '\uDFFF', '\uDBFF\uDFFF', '\u0000', '\uFEFF', '\uFFFF',
]

const text = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      // Any UTF-16 unit, lone surrogates included.
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      { weight: 2, arbitrary: fc.lorem({ maxCount: 4 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

describe('the fast parser builds the library’s trees', () => {
  it('on the fixtures and the eval cases', async () => {
    const texts = ['', ' ', '\n', 'a', '.']
    for (const path of filesUnder('fixtures')) {
      const raw = readFileSync(path, 'utf8')
      texts.push(raw, ...(await draftsOf(path, raw)))
      if (path.endsWith('.json')) texts.push(...stringsIn(JSON.parse(raw)))
      if (path.endsWith('.jsonl')) for (const line of raw.split('\n').filter(Boolean)) texts.push(...stringsIn(JSON.parse(line)))
    }
    const dev = resolve('../shared/eval/dev.jsonl')
    try {
      for (const line of readFileSync(dev, 'utf8').split('\n').filter(Boolean)) texts.push(...stringsIn(JSON.parse(line)))
    } catch {
      // the shared eval is not there (a checkout of this repository alone)
    }
    for (const t of texts) same(t)
    expect(texts.length).toBeGreaterThan(500)
  })

  // The benchmark's generated drafts (../shared/bench/gen-corpus.mjs, the same seed as `npm run
  // bench`); SERVICELINT_CORPUS names a folder to use instead.
  it('on the generated corpus', async () => {
    await withCorpus(1000, 42, async (corpus) => {
      let n = 0
      for (const path of filesUnder(corpus)) {
        const raw = readFileSync(path, 'utf8')
        for (const t of [raw, ...(await draftsOf(path, raw))]) {
          same(t)
          n++
        }
      }
      expect(n).toBeGreaterThan(1000)
    })
  }, 120_000)

  // Each unit alone, doubled (punctuation and symbols run on only as the same unit), between
  // letters, before a line break, and in an initialism (a number's digits are not one), 256 units
  // to a text.
  it('on every UTF-16 unit', () => {
    for (let block = 0; block < 0x10000; block += 0x100) {
      let t = ''
      for (let code = block; code < block + 0x100; code++) {
        const c = String.fromCharCode(code)
        t += `${c} ${c}${c}a${c}b.${c}\r\n ${c}.${c}. 1.${c}. a${c}.${c}. ${c}-${c}. ${c}'${c}.\n`
      }
      same(t)
    }
  }, 60_000)

  it('on random strings', () => {
    fc.assert(
      fc.property(text, (t) => {
        same(t)
      }),
      { numRuns: 3000 },
    )
  }, 60_000)
})
