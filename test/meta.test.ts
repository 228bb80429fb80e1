// Rule modules, registry, docs and presets agree with each other and with the catalogue
// (ESLint's checkRuleFiles, in spirit).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinLoaders, builtinMetas } from '../rules/index.ts'
import { presetConfig } from '../src/config/presets.ts'

// The catalogue's ids (../shared/spec/rules.md) and their recommended severity; (strict) rules are off.
const CATALOGUE: Record<string, 'error' | 'warn' | 'off'> = {
  'negative-phrasing': 'error',
  'blame-language': 'error',
  'canned-phrases': 'error',
  shouting: 'warn',
  'vague-commitment': 'warn',
  overpromising: 'warn',
  'passing-the-buck': 'warn',
  'minimizing-language': 'off',
  readability: 'warn',
  'require-acknowledgement': 'error',
  'require-next-steps': 'error',
  'require-checkback': 'error',
  'require-greeting': 'off',
  'require-signoff': 'off',
}

const folders = readdirSync('rules', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

describe('registry', () => {
  it('registers every rule folder that has code, once, under its folder name', () => {
    const ids = builtinMetas.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const f of folders) if (existsSync(`rules/${f}/index.ts`)) expect(ids, f).toContain(f)
    for (const id of ids) expect(Object.keys(builtinLoaders)).toContain(id)
  })

  it('has every rule of the catalogue', () => {
    expect(builtinMetas.map((m) => m.id).sort()).toEqual(Object.keys(CATALOGUE).sort())
  })
})

for (const meta of builtinMetas) {
  describe(meta.id, () => {
    it('loads with the same metadata it registered', async () => {
      const rule = (await builtinLoaders[meta.id]()).default
      expect(rule.meta).toBe(meta)
      expect(typeof rule.plugin).toBe('function')
    })

    it('has the catalogue severity in the recommended preset', () => {
      const preset = presetConfig('servicelint:recommended', builtinMetas).rules!
      expect(preset[meta.id]).toBe(CATALOGUE[meta.id])
      expect(presetConfig('servicelint:strict', builtinMetas).rules![meta.id]).toBe('error')
      expect(presetConfig('servicelint:all', builtinMetas).rules![meta.id]).toBe('warn')
    })

    it('ships docs with the standard sections', () => {
      const path = `rules/${meta.id}/docs.md`
      expect(existsSync(path), path).toBe(true)
      const docs = readFileSync(path, 'utf8')
      expect(docs).toMatch(new RegExp(`^---\\n[\\s\\S]*id: ${meta.id}\\n[\\s\\S]*---\\n`))
      for (const heading of [/^## .*(flags|fires)/im, /^## Why/im, /^## Examples/im, /^## Options/im]) expect(docs).toMatch(heading)
      expect(meta.url).toMatch(new RegExp(`/rules/${meta.id}/docs\\.md$`))
    })
  })
}
