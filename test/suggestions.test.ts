// For every rule that suggests rewrites: applying a suggestion to the draft makes that message go
// away (issue 4's promise to agents that apply them blindly).
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinMetas } from '../rules/index.ts'
import { lintWithRule } from './helpers.ts'

interface Case {
  text: string
  ext?: string
  options?: Record<string, unknown>
}

const apply = (text: string, range: [number, number], replacement: string) => text.slice(0, range[0]) + replacement + text.slice(range[1])

for (const meta of builtinMetas.filter((m) => m.hasSuggestions)) {
  describe(meta.id, () => {
    const path = `fixtures/rules/${meta.id}.json`
    const cases: Case[] = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { invalid: Case[] }).invalid : []
    it('offers at least one suggestion on its fixtures', async () => {
      let offered = 0
      for (const c of cases) offered += (await lintWithRule(meta.id, c.text, c.ext, c.options)).filter((m) => m.suggestions?.length).length
      expect(offered).toBeGreaterThan(0)
    })
    for (const c of cases) {
      it(`each suggestion clears its message: ${JSON.stringify(c.text).slice(0, 80)}`, async () => {
        const messages = await lintWithRule(meta.id, c.text, c.ext, c.options)
        for (const m of messages) {
          for (const s of m.suggestions ?? []) {
            const fixed = apply(c.text, s.fix.range, s.fix.text)
            const after = await lintWithRule(meta.id, fixed, c.ext, c.options)
            const start = s.fix.range[0]
            const still = after.filter((x) => x.range && x.range[0] <= start + s.fix.text.length && x.range[1] >= start && x.messageId === m.messageId)
            expect(still, `"${fixed}" still has ${still.map((x) => x.message).join('; ')}`).toEqual([])
          }
        }
      })
    }
  })
}
