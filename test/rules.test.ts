// Every rule's must-flag and must-not-flag table, from fixtures/rules/<id>.json:
//   { "valid":   ["text", {"text": "…", "ext": "md", "options": {…}}],
//     "invalid": [{"text": "…", "flags": ["exact words"], "ext"?, "options"?}] }
// A phrase rule's invalid case lists every span it must flag, and nothing else may be flagged;
// a document rule's invalid case must fire (flags omitted).
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMetas } from '../rules/index.ts'
import { flagged, lintWithRule } from './helpers.ts'

interface Case {
  text: string
  ext?: string
  options?: Record<string, unknown>
  flags?: string[]
}

const asCase = (c: string | Case): Case => (typeof c === 'string' ? { text: c } : c)

for (const meta of builtinMetas) {
  describe(meta.id, () => {
    const path = `fixtures/rules/${meta.id}.json`
    it('has a fixture table', () => expect(existsSync(path)).toBe(true))
    if (!existsSync(path)) return
    const table = JSON.parse(readFileSync(path, 'utf8')) as { valid: Array<string | Case>; invalid: Case[] }
    it('has cases both ways', () => {
      expect(table.valid.length).toBeGreaterThan(0)
      expect(table.invalid.length).toBeGreaterThan(0)
    })
    for (const c of table.valid.map(asCase)) {
      it(`does not flag: ${JSON.stringify(c.text).slice(0, 90)}`, async () => {
        const messages = await lintWithRule(meta.id, c.text, c.ext, c.options)
        expect(flagged(c.text, messages)).toEqual([])
      })
    }
    for (const c of table.invalid) {
      it(`flags: ${JSON.stringify(c.text).slice(0, 90)}`, async () => {
        const messages = await lintWithRule(meta.id, c.text, c.ext, c.options)
        if (meta.kind === 'document' || !c.flags) expect(messages.length).toBeGreaterThan(0)
        else expect(flagged(c.text, messages)).toEqual(c.flags)
      })
    }
  })
}
