// `--rule 'id: warn'` or `--rule 'id: ["warn", {"add": ["…"]}]'` → a rules map.
import { UsageError } from '../errors.ts'
import type { RuleSetting } from '../config/types.ts'

export function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const trimmed = flag.trim()
    if (trimmed.startsWith('{')) {
      try {
        Object.assign(rules, JSON.parse(trimmed))
        continue
      } catch {
        throw new UsageError(`--rule ${flag}: not valid JSON`)
      }
    }
    const m = /^([^:\s]+)\s*:\s*(.+)$/.exec(trimmed)
    if (!m) throw new UsageError(`--rule ${flag}: expected "rule-id: severity", e.g. "negative-phrasing: warn"`)
    const value = m[2].trim()
    if (value.startsWith('[')) {
      try {
        rules[m[1]] = JSON.parse(value) as RuleSetting
      } catch {
        throw new UsageError(`--rule ${flag}: the options are not valid JSON`)
      }
    } else rules[m[1]] = (/^\d$/.test(value) ? Number(value) : value) as RuleSetting
  }
  return rules
}
