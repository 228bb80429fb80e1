// The readability rule judges sentences with its own counts (rules/readability/screen.ts) instead of
// running retext-readability. Here retext-readability itself judges every sentence the rule reads
// (the fixtures, and 400 drafts from the benchmark's corpus generator), and the rule must
// report exactly the sentences it reports, with the same number of agreeing formulas.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import type { Root } from 'nlcst'
import { VFile } from 'vfile'
import rule from '../rules/readability/index.ts'
import { readerTree } from '../rules/readability/sentences.ts'
import { extract, formatOf } from '../src/extract/index.ts'
import { withCorpus } from './helpers.ts'

interface Settings {
  age: number
  threshold: number
  minWords: number
}

// The defaults, a stricter and a looser reader, and a setting that judges nearly every sentence.
const SETTINGS: Settings[] = [
  { age: 16, threshold: 4 / 7, minWords: 10 },
  { age: 12, threshold: 3 / 7, minWords: 5 },
  { age: 20, threshold: 5 / 7, minWords: 8 },
  { age: 8, threshold: 1, minWords: 1 },
]

const parser = unified().use(retextEnglish).freeze()
const parse = (text: string) => parser.parse(text) as unknown as Root

/** "start-end votes" for each hard sentence, as retext-readability reports them. */
function reference(tree: Root, text: string, s: Settings): string[] {
  const file = new VFile({ value: text })
  retextReadability(s)(readerTree(tree, text), file)
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined
    const votes = /(\d+) out of (\d+)|all (\d+)/.exec(m.reason)
    const how = votes?.[3] ? `all ${votes[3]}` : `${votes?.[1]} of ${votes?.[2]}`
    return `${place?.start.offset}-${place?.end.offset} ${how}`
  })
}

/** The same, as the rule reports them. */
function ours(tree: Root, text: string, s: Settings): string[] {
  const file = new VFile({ value: text })
  rule.plugin({ ...s })(tree, file)
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined
    return `${place?.start.offset}-${place?.end.offset} ${/\((all \d+|\d+ of \d+) readability/.exec(m.reason)?.[1]}`
  })
}

async function draftsOf(path: string): Promise<string[]> {
  const format = formatOf(path)
  if (!format) return []
  try {
    return (await extract(format, readFileSync(path, 'utf8'), path)).drafts.map((d) => d.text)
  } catch {
    return [] // not a draft (settings.json)
  }
}

async function compare(texts: string[], settings = SETTINGS): Promise<number> {
  let hard = 0
  for (const text of texts) {
    const tree = parse(text)
    for (const s of settings) {
      const expected = reference(tree, text, s)
      hard += expected.length
      expect({ text, s, got: ours(tree, text, s) }).toEqual({ text, s, got: expected })
    }
  }
  return hard
}

const filesIn = (dir: string) => readdirSync(dir).sort().map((f) => join(dir, f))

describe('readability agrees with retext-readability', () => {
  it('on the fixtures', async () => {
    const table = JSON.parse(readFileSync('fixtures/rules/readability.json', 'utf8')) as {
      valid: Array<string | { text: string }>
      invalid: Array<{ text: string }>
    }
    const texts = [...table.valid, ...table.invalid].map((c) => (typeof c === 'string' ? c : c.text))
    for (const dir of ['fixtures/formats', 'fixtures/demo']) for (const f of filesIn(dir)) texts.push(...(await draftsOf(f)))
    expect(await compare(texts)).toBeGreaterThan(10)
  })

  // The benchmark's generated drafts (../shared/bench/gen-corpus.mjs, the same seed as `npm run
  // bench`) hold thousands of sentences in txt, md and html; SERVICELINT_CORPUS names a folder to use
  // instead. retext-readability takes seconds a setting on them, so two: the defaults and the
  // stricter reader.
  it('on the generated corpus', async () => {
    await withCorpus(400, 42, async (corpus) => {
      const texts: string[] = []
      for (const f of filesIn(corpus)) texts.push(...(await draftsOf(f)))
      expect(await compare(texts, SETTINGS.slice(0, 2))).toBeGreaterThan(100)
    })
  }, 300_000)
})
