// The phrase prefilter (src/lint/literal-factors.ts, factor-index.ts): a pattern's regular
// expression runs only on sentences holding one of its literal factors, so a factor set that
// misses a match would silently lose a message. Checked here: every built-in pattern against
// every sentence of the eval sets and fixtures, the extractor's handling of each piece of syntax,
// random sentences made of the patterns' own words, and the table of built-in factors.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import negativePhrasing from '../rules/negative-phrasing/phrases.ts'
import blameLanguage from '../rules/blame-language/phrases.ts'
import cannedPhrases from '../rules/canned-phrases/phrases.ts'
import vagueCommitment from '../rules/vague-commitment/phrases.ts'
import overpromising from '../rules/overpromising/phrases.ts'
import passingTheBuck from '../rules/passing-the-buck/phrases.ts'
import minimizingLanguage from '../rules/minimizing-language/phrases.ts'
import * as nextSteps from '../rules/require-next-steps/cues.ts'
import * as checkback from '../rules/require-checkback/cues.ts'
import * as acknowledgement from '../rules/require-acknowledgement/cues.ts'
import { cueMatcher } from '../src/lint/cue-matcher.ts'
import { candidatesOf, FactorIndex } from '../src/lint/factor-index.ts'
import { analysePattern, literalFactors, patternFactors } from '../src/lint/literal-factors.ts'
import type { PhraseEntry } from '../src/lint/phrase-rule.ts'
import { compilePattern } from '../src/lint/sentences.ts'
import { flagged, lintWithRule } from './helpers.ts'

const phraseLists: Record<string, PhraseEntry[]> = {
  'negative-phrasing': negativePhrasing,
  'blame-language': blameLanguage,
  'canned-phrases': cannedPhrases,
  'vague-commitment': vagueCommitment,
  overpromising,
  'passing-the-buck': passingTheBuck,
  'minimizing-language': minimizingLanguage,
}
const cueLists: Record<string, readonly string[]> = {
  agentActions: nextSteps.agentActions,
  timedOutcomes: nextSteps.timedOutcomes,
  instructions: nextSteps.instructions,
  invitations: nextSteps.invitations,
  checkbackQuestions: checkback.checkbackQuestions,
  letMeKnow: checkback.letMeKnow,
  notCheckbacks: checkback.notCheckbacks,
  apologies: acknowledgement.apologies,
  empathy: acknowledgement.empathy,
  thanks: acknowledgement.thanks,
  upsetMarkers: acknowledgement.upsetMarkers,
}
const lists: Record<string, readonly string[]> = {
  ...Object.fromEntries(Object.entries(phraseLists).map(([rule, entries]) => [rule, entries.flatMap((e) => e.match)])),
  ...cueLists,
}
const builtinPatterns = [...new Set(Object.values(lists).flat())]

// ---------------------------------------------------------------------------------------------
// Texts: the eval drafts, the holdout and every fixture, as lower-cased sentences and whole.

function stringsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out)
  return out
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function textsOf(path: string): string[] {
  const raw = readFileSync(path, 'utf8')
  if (path.endsWith('.jsonl')) return raw.split('\n').filter(Boolean).flatMap((line) => stringsIn(JSON.parse(line), []))
  if (path.endsWith('.json')) return stringsIn(JSON.parse(raw), [])
  return [raw]
}

const texts = ['../shared/eval/dev.jsonl', ...filesUnder('fixtures')].flatMap(textsOf)
// As the rules see them: lower case, straight apostrophes, single spaces.
const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[ \t]+/g, ' ').trim()
const samples = [
  ...new Set([
    ...texts.map((t) => t.toLowerCase()),
    ...texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/).map(normalise)).filter(Boolean),
  ]),
]

const regexes = new Map(builtinPatterns.map((p) => [p, compilePattern(p)]))
const matches = (pattern: string, text: string) => {
  const re = regexes.get(pattern) ?? compilePattern(pattern)
  re.lastIndex = 0
  return re.test(text)
}

// ---------------------------------------------------------------------------------------------

describe('literal factors of the built-in patterns', () => {
  it('are sound on every sentence of the eval sets and fixtures', () => {
    expect(samples.length).toBeGreaterThan(3000)
    const index = new FactorIndex()
    const list = index.add(builtinPatterns.map((p) => patternFactors(p).factors))
    const scratch = new Uint8Array(list.size)
    const missed: string[] = []
    let matched = 0
    let skipped = 0
    for (const text of samples) {
      const candidates = candidatesOf(index, list, text, scratch)
      builtinPatterns.forEach((p, i) => {
        const candidate = candidates?.[i] === 1
        if (!candidate) skipped++
        if (!matches(p, text)) return
        matched++
        if (!candidate) missed.push(`${p.slice(0, 80)} (factors ${JSON.stringify(patternFactors(p).factors)}) on ${JSON.stringify(text.slice(0, 120))}`)
      })
    }
    expect(missed).toEqual([])
    // Not vacuous: the patterns do match these texts, and the filter does skip most pairs.
    expect(matched).toBeGreaterThan(1000)
    expect(skipped / (samples.length * builtinPatterns.length)).toBeGreaterThan(0.9)
  })

  it('filter nearly every pattern (a pattern without factors runs on every sentence)', () => {
    const unfiltered = builtinPatterns.filter((p) => !patternFactors(p).factors)
    expect(unfiltered.length).toBeLessThanOrEqual(5)
  })

  it('are in the table, as the analyser finds them (run `npx vitest run -u test/prefilter.test.ts` after editing the data)', async () => {
    const rows = builtinPatterns.flatMap((p) => {
      const a = analysePattern(p)
      return a.parsed && !a.backReferences ? [`  [${JSON.stringify(p)}, ${JSON.stringify(a.factors)}],`] : []
    })
    const source = `// Generated by test/prefilter.test.ts: the literal factors (src/lint/literal-factors.ts) of every
// built-in phrase and cue pattern. Do not edit; after changing a phrases.ts or cues.ts, run
// \`npx vitest run -u test/prefilter.test.ts\`. Looked up by the pattern's full text, so a pattern
// edited since is analysed at run time (a slower start), never filtered by stale factors.
export const builtinFactors: ReadonlyMap<string, readonly string[] | null> = new Map<string, readonly string[] | null>([
${rows.join('\n')}
])
`
    await expect(source).toMatchFileSnapshot('../src/lint/factor-table.ts')
  })
})

describe('FactorIndex', () => {
  it('finds the same patterns keyed by first or by rarest trigrams (it rekeys after 500 scans)', () => {
    const factorSets = builtinPatterns.map((p) => patternFactors(p).factors)
    const fresh = new FactorIndex()
    fresh.add(factorSets)
    const texts = samples.slice(0, 400)
    const before = texts.map((t) => [...fresh.hits(t)])
    // Other texts, enough to rekey and to push the first ones out of memory; then those again.
    for (const t of samples.slice(400, 1100)) fresh.hits(t)
    const after = texts.map((t) => [...fresh.hits(t)].join())
    expect(after).toEqual(texts.map((t, i) => before[i].join()))
    expect(before.flat().length).toBeGreaterThan(100)
  })
})

describe('cueMatcher', () => {
  for (const [name, cues] of Object.entries(cueLists)) {
    it(`answers as the joined pattern does: ${name}`, () => {
      const joined = new RegExp(`(?<![\\w'])(?:${cues.join('|')})(?![\\w'])`)
      const matcher = cueMatcher(cues)
      const differ = samples.filter((s) => matcher.test(s) !== joined.test(s))
      expect(differ).toEqual([])
      expect(samples.some((s) => joined.test(s)), 'some sample holds a cue').toBe(true)
    })
  }

  it('falls back to the joined pattern when an alternative refers to a group by number', () => {
    // Alone, `\1` would refer to the alternative's own group; joined, to the first one's.
    const cues = ['(abc) one', '(xyz) \\1']
    const joined = new RegExp(`(?<![\\w'])(?:${cues.join('|')})(?![\\w'])`)
    const matcher = cueMatcher(cues)
    for (const s of ['abc one', 'xyz abc', 'xyz xyz', 'nothing here']) expect(matcher.test(s), s).toBe(joined.test(s))
    expect(matcher.test('xyz abc')).toBe(false)
  })
})

describe('literalFactors', () => {
  const sorted = (p: string) => literalFactors(p)?.slice().sort() ?? null

  it('takes a literal whole', () => {
    expect(sorted('kindly')).toEqual(['kindly'])
    expect(sorted("we can't")).toEqual(["we can't"])
  })

  it('crosses alternations and optional groups while they stay small', () => {
    expect(sorted('(?:i|we) (?:can|could)')).toEqual(['i can', 'i could', 'we can', 'we could'])
    expect(sorted('we (?:really )?can')).toEqual(['we can', 'we really can'])
    expect(sorted('(?<we>we|i)(?:\'ll| will) help')).toEqual(["i will help", "i'll help", 'we will help', "we'll help"])
  })

  it('needs every branch of an alternation to have a factor', () => {
    expect(sorted('foo|barbaz')).toEqual(['barbaz', 'foo'])
    expect(literalFactors('ab|cde')).toBeNull()
    expect(literalFactors('abc|\\w+ly')).toBeNull()
  })

  it('keeps one side of a gap it cannot cross', () => {
    expect(sorted('sorry .* inconvenience')).toEqual([' inconvenience'])
    expect(sorted('(?:i|we)(?: \\w+ly)* (?:cannot|can not)')).toEqual([' can not', ' cannot'])
    const one = literalFactors('apple.orange')
    expect(one?.length).toBe(1)
    expect(['apple', 'orange']).toContain(one?.[0])
  })

  it('reads small character classes as their characters, large ones as anything', () => {
    expect(sorted('organi[sz]e')).toEqual(['organise', 'organize'])
    expect(sorted('v[1-3]x')).toEqual(['v1x', 'v2x', 'v3x'])
    expect(sorted('24[-–]48 hours')).toEqual(['24-48 hours', '24–48 hours'])
    expect(sorted('[^a]bc')).toBeNull()
    expect(sorted('[a-z]+ team')).toEqual([' team'])
    expect(sorted('[\\w-]+ team')).toEqual([' team'])
  })

  it('treats lookarounds, anchors and \\b as matching no characters', () => {
    expect(sorted('(?<!no )sorry(?= now)')).toEqual(['sorry'])
    expect(sorted('(?<!\\bas )soon(?! enough\\b)')).toEqual(['soon'])
    expect(sorted('^closing\\b')).toEqual(['closing'])
    expect(literalFactors('(?=abc)')).toBeNull()
    // What a lookahead requires is outside the match: it is no factor of it.
    expect(sorted('as per(?= our policy)')).toEqual(['as per'])
  })

  it('handles quantifiers', () => {
    expect(sorted('(?:abc)+')).toEqual(['abc'])
    expect(sorted('(?:abc)*def')).toEqual(['def'])
    // "xyzdef" holds "def": the shorter one says it all.
    expect(sorted('(?:xyz)?def')).toEqual(['def'])
    expect(literalFactors('(?:xy)?de')).toBeNull()
    expect(sorted('a{2}bc')).toEqual(['aabc'])
    expect(sorted('x(?:abc){1,3}?')).toEqual(['abc'])
    expect(sorted('re-?sent')).toEqual(['re-sent', 'resent'])
    expect(literalFactors('(?:abc){0,3}')).toBeNull()
  })

  it('reads escapes as the characters they stand for', () => {
    expect(sorted('a\\.s\\.a\\.p\\.?')).toEqual(['a.s.a.p'])
    expect(sorted('questions\\?')).toEqual(['questions?'])
    expect(sorted('\\{ph\\} team')).toEqual(['{ph} team'])
  })

  it('gives up on back-references, unknown syntax and capitals', () => {
    expect(literalFactors('(abc) \\1')).toBeNull()
    expect(literalFactors('(?<w>abc) \\k<w>')).toBeNull()
    expect(analysePattern('(abc) \\1').backReferences).toBe(true)
    expect(literalFactors('\\p{L}+ team')).toBeNull()
    expect(analysePattern('(abc').parsed).toBe(false)
    expect(literalFactors('(abc')).toBeNull()
    // A capital can't be in the lower-cased text: it is read as anything, never as itself.
    expect(sorted('ABCdef')).toEqual(['def'])
    expect(sorted('Sorry')).toEqual(['orry'])
    expect(literalFactors('Sor')).toBeNull()
  })

  it('drops factors too short to filter', () => {
    expect(literalFactors('a|b')).toBeNull()
    expect(literalFactors('\\w+')).toBeNull()
    expect(literalFactors('(?:a|an) \\w+')).toBeNull()
    expect(sorted('do(?:n\'t)? \\w+ly')).toEqual(['do ', "don't "])
  })
})

describe('random sentences of the patterns\' own words', () => {
  // Words, spacing and punctuation taken from the pattern sources, so random strings often match;
  // and, where fast-check can generate them (no lookarounds), strings the pattern matches, amid words.
  const wordsOf = (p: string) => [...new Set(p.match(/[a-z']+|\d+|[?%&.,-]/g) ?? [])]
  const glue = [' ', ' ', ' ', '', ', ', '. ', "'"]
  const matching = (p: string): fc.Arbitrary<string> | undefined => {
    try {
      const arb = fc.stringMatching(new RegExp(`^(?:${p})$`))
      fc.sample(arb, 1)
      return arb
    } catch {
      return undefined
    }
  }

  for (const [name, patterns] of Object.entries(lists)) {
    it(`never match without being candidates: ${name}`, () => {
      const index = new FactorIndex()
      const list = index.add(patterns.map((p) => patternFactors(p).factors))
      const scratch = new Uint8Array(list.size)
      let matched = 0
      const words = fc
        .integer({ min: 0, max: patterns.length - 1 })
        .chain((i) => fc.array(fc.tuple(fc.constantFrom(...wordsOf(patterns[i]), 'the', 'you', 'we', 'i'), fc.constantFrom(...glue)), { minLength: 1, maxLength: 12 }))
        .map((parts) => parts.map(([w, g]) => w + g).join('').trim())
      const generated = patterns.map(matching).filter((a) => a !== undefined)
      const sentence = generated.length
        ? fc.oneof(words, fc.tuple(fc.constantFrom('', 'so ', 'hi, ', 'and then '), fc.oneof(...generated), fc.constantFrom('', '.', ' today', '?')).map((xs) => xs.join('').toLowerCase()))
        : words
      fc.assert(
        fc.property(sentence, (text) => {
          const candidates = candidatesOf(index, list, text, scratch)
          patterns.forEach((p, i) => {
            if (!matches(p, text)) return
            matched++
            expect(candidates?.[i], `${p.slice(0, 60)} on ${JSON.stringify(text)}`).toBe(1)
          })
        }),
        { numRuns: 300 },
      )
      expect(matched, 'some random sentence matched').toBeGreaterThan(0)
    })
  }

  it('hold for patterns built at random from literals, classes, groups and quantifiers', () => {
    const letters = fc.constantFrom('a', 'b', 'c', ' ', "'")
    const atom: fc.Arbitrary<string> = fc.oneof(
      fc.stringMatching(/^[abc ]{1,4}$/),
      fc.constantFrom('[ab]', '[a-c]', '[^a]', '\\w', '.', '\\b', '(?=a)', '(?<!b)', '\\s'),
    )
    const piece = fc.tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{2}', '{1,2}')).map(([a, q]) => (q && /^\(\?[=!<]|^\\b$/.test(a) ? a : a + q))
    const seq = fc.array(piece, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''))
    const pattern = fc.array(seq, { minLength: 1, maxLength: 3 }).map((alts) => (alts.length > 1 ? `(?:${alts.join('|')})x` : alts[0]))
    const text = fc.array(letters, { maxLength: 24 }).map((cs) => cs.join(''))
    let matched = 0
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (p, samplesOfP) => {
        let re: RegExp
        try {
          re = new RegExp(p)
        } catch {
          return
        }
        const factors = literalFactors(p)
        for (const s of samplesOfP) {
          if (!re.test(s)) continue
          matched++
          if (factors) expect(factors.some((f) => s.includes(f)), `${p} on ${JSON.stringify(s)}`).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
    expect(matched).toBeGreaterThan(0)
  })
})

describe('team phrases go through the same filter', () => {
  it('flags a phrase added with `add`, short or with punctuation', async () => {
    const text = 'Hi Sam,\n\nOk, so a.k.a. the widget is fine. We will sort it out, ok?\n\nThanks,\nAl'
    const messages = await lintWithRule('canned-phrases', text, 'txt', { add: ['a.k.a.', 'ok', 'sort it out'] })
    expect(flagged(text, messages)).toEqual(['Ok', 'a.k.a.', 'sort it out', 'ok'])
  })
})
