// A loaded config applied to one file: overrides whose globs match, then `--rule` from the command
// line, then the rule modules themselves (loaded once, only when on).
import { relative } from 'node:path'
import type { ActiveRule } from '../lint/engine.ts'
import type { Rule } from '../types.ts'
import type { LoadedConfig } from './load.ts'
import { mergeSetting } from './load.ts'
import { globMatcher as matcher } from './globs.ts'
import { splitSetting, toSeverity } from './severity.ts'
import type { RuleSetting } from './types.ts'


export function settingsForFile(config: LoadedConfig, filePath: string, cliRules: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = { ...config.rules }
  for (const o of config.overrides) {
    const rel = relative(o.dir, filePath).split('\\').join('/')
    if (rel.startsWith('..')) continue
    if (!matcher(o.files)(rel) || (o.excludedFiles.length && matcher(o.excludedFiles)(rel))) continue
    for (const [id, s] of Object.entries(o.rules)) rules[id] = mergeSetting(rules[id], s)
  }
  for (const [id, s] of Object.entries(cliRules)) rules[id] = mergeSetting(rules[id], s)
  return rules
}

const loaded = new WeakMap<object, Map<string, Promise<Rule>>>()

export async function activeRules(config: LoadedConfig, settings: Record<string, RuleSetting>): Promise<ActiveRule[]> {
  let cache = loaded.get(config.ruleSet)
  if (!cache) loaded.set(config.ruleSet, (cache = new Map()))
  const out: ActiveRule[] = []
  for (const [id, setting] of Object.entries(settings)) {
    const { severity, options } = splitSetting(setting)
    const level = toSeverity(severity)
    if (level === 0) continue
    const source = config.ruleSet.rules.get(id)
    if (!source) continue
    let rule = cache.get(id)
    if (!rule) cache.set(id, (rule = source.load()))
    out.push({ rule: await rule, severity: level, options: options ?? {} })
  }
  return out
}
