// The phrase lists of negative-phrasing, blame-language and canned-phrases are data a support lead
// edits; this checks them before they ship (retext-equality's generate script, in spirit), naming
// the bad entry by rule and id.
import { describe, expect, it } from 'vitest'
import type { PhraseEntry } from '../src/lint/phrase-rule.ts'
import { compilePattern } from '../src/lint/sentences.ts'
import negativePhrasing from '../rules/negative-phrasing/phrases.ts'
import blameLanguage from '../rules/blame-language/phrases.ts'
import cannedPhrases from '../rules/canned-phrases/phrases.ts'

const lists: Record<string, PhraseEntry[]> = {
  'negative-phrasing': negativePhrasing,
  'blame-language': blameLanguage,
  'canned-phrases': cannedPhrases,
}

for (const [rule, entries] of Object.entries(lists)) {
  describe(`${rule} phrase data`, () => {
    it('has unique ids and no pattern listed twice', () => {
      const ids = entries.map((e) => e.id)
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
      const patterns = entries.flatMap((e) => e.match)
      expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([])
    })

    for (const e of entries) {
      it(`${rule}/${e.id} is well formed`, () => {
        expect(e.id, 'ids are kebab-case').toMatch(/^[a-z]+(?:-[a-z]+)*$/)
        expect(e.match.length, 'has a pattern').toBeGreaterThan(0)
        for (const p of e.match) {
          const re = compilePattern(p)
          expect(''.match(re), `${p} matches nothing`).toBeNull()
          expect(p, 'patterns are lower case, straight apostrophes').toBe(p.replace(/[’‘]/g, "'"))
          expect(/[A-Z]/.test(p.replace(/\\[A-Za-z]|\(\?<[a-zA-Z]+>/g, '')), `${p} has capitals`).toBe(false)
        }
        expect(e.message).toContain('{actual}')
        expect(e.message.length, 'messages stay short').toBeLessThanOrEqual(110)
        if (e.fix) expect(e.suggest?.length, 'a fix has exactly one rewrite').toBe(1)
        if (e.suggest?.includes('')) expect(e.suggest, 'a removal is the only rewrite').toEqual([''])
      })
    }
  })
}
