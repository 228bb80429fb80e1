// A per-rule table for the lead looking at a whole macro library: which habits come up most.
// Bars are drawn in eighth-blocks scaled to the most frequent rule, so small counts still show.
import { Chalk } from 'chalk'
import type { Formatter } from './types.ts'
import type { LintResult } from '../types.ts'

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉']
export const BAR_WIDTH = 30

export interface RuleCount {
  rule: string
  count: number
  errors: number
  warnings: number
  files: number
}

export function countByRule(results: LintResult[]): RuleCount[] {
  const by = new Map<string, RuleCount & { seen: Set<string> }>()
  for (const r of results) {
    for (const m of r.messages) {
      const rule = m.ruleId ?? '(no rule)'
      let c = by.get(rule)
      if (!c) by.set(rule, (c = { rule, count: 0, errors: 0, warnings: 0, files: 0, seen: new Set() }))
      c.count++
      if (m.severity === 2) c.errors++
      else c.warnings++
      c.seen.add(r.filePath)
    }
  }
  return [...by.values()]
    .map(({ seen, ...c }) => ({ ...c, files: seen.size }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
}

/** A bar `width` cells wide at `max`; at least one eighth for any count above zero. */
export function bar(count: number, max: number, width = BAR_WIDTH): string {
  if (count <= 0 || max <= 0) return ''
  const eighths = Math.max(1, Math.round((count / max) * width * 8))
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]
}

const summary: Formatter = (results, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 })
  const rows = countByRule(results)
  const filesWith = results.filter((r) => r.messages.length).length
  const head = `${results.length} file${results.length === 1 ? '' : 's'} checked, ${filesWith} with problems`
  if (!rows.length) return `${head}; no problems.\n`
  const max = rows[0].count
  const ruleWidth = Math.max(4, ...rows.map((r) => r.rule.length))
  const countWidth = Math.max(5, String(max).length)
  const lines = [
    `${'rule'.padEnd(ruleWidth)}  ${'count'.padStart(countWidth)}  ${''.padEnd(BAR_WIDTH)}  errors  warnings  files`,
  ]
  for (const r of rows) {
    const paint = r.errors ? c.red : c.yellow
    lines.push(
      `${r.rule.padEnd(ruleWidth)}  ${String(r.count).padStart(countWidth)}  ${paint(bar(r.count, max).padEnd(BAR_WIDTH))}  ${String(r.errors).padStart(6)}  ${String(r.warnings).padStart(8)}  ${String(r.files).padStart(5)}`,
    )
  }
  const total = rows.reduce((n, r) => n + r.count, 0)
  const errors = rows.reduce((n, r) => n + r.errors, 0)
  lines.push('', `${head}; ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${total - errors} warning${total - errors === 1 ? '' : 's'}) from ${rows.length} rule${rows.length === 1 ? '' : 's'}.`)
  return lines.join('\n') + '\n'
}
export default summary
