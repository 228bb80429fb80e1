// Inline `servicelint-*` directives, applied to a file's messages as ESLint applies its
// `eslint-disable` comments: `disable`/`enable` switch rules off and on from the comment's
// position onwards, `disable-line` covers the comment's line, `disable-next-line` the line after
// the comment ends. A document rule's message is placed on a line like any other, so it is
// suppressed when that line is. With `reportUnused`, a directive that suppressed nothing (or an
// `enable` that re-enabled nothing) is reported with ESLint's wording, ruleId null.
import type { Directive } from '../extract/types.ts'
import type { LintMessage } from '../types.ts'
import type { LineIndex } from './lines.ts'

export interface DirectiveOptions {
  /** Severity for unused directives; 0 or absent: not reported. */
  reportUnused?: 0 | 1 | 2
}

const ALL = '*'

interface Usage {
  directive: Directive
  /** Rule ids (or ALL) that suppressed at least one message. */
  used: Set<string>
}

export function applyDirectives(messages: LintMessage[], directives: Directive[], lines: LineIndex, options: DirectiveOptions = {}): LintMessage[] {
  if (!directives.length) return messages
  const sorted = [...directives].sort((a, b) => a.start - b.start)
  const usage = new Map<Directive, Usage>(sorted.map((d) => [d, { directive: d, used: new Set() }]))
  const lineOf = (offset: number) => lines.point(offset).line
  const kept: LintMessage[] = []

  for (const m of messages) {
    if (m.ruleId === null) {
      kept.push(m)
      continue
    }
    const by = suppressor(m, m.ruleId, sorted, lineOf)
    if (!by) kept.push(m)
    else usage.get(by.directive)!.used.add(by.rule)
  }

  if (options.reportUnused) kept.push(...unused(sorted, usage, lines, options.reportUnused))
  return kept
}

function names(d: Directive, rule: string): string | undefined {
  if (!d.rules.length) return ALL
  return d.rules.includes(rule) ? rule : undefined
}

function suppressor(m: LintMessage, rule: string, sorted: Directive[], lineOf: (o: number) => number): { directive: Directive; rule: string } | undefined {
  const offset = m.range?.[0]
  for (const d of sorted) {
    const hit = names(d, rule)
    if (!hit) continue
    if (d.kind === 'disable-line' && lineOf(d.start) === m.line) return { directive: d, rule: hit }
    if (d.kind === 'disable-next-line' && lineOf(Math.max(d.start, d.end - 1)) + 1 === m.line) return { directive: d, rule: hit }
  }
  // Replay block directives up to the message: the last word on this rule wins, a rule-specific
  // word overriding a blanket one.
  let all: Directive | undefined
  const perRule = new Map<string, Directive | undefined>()
  for (const d of sorted) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue
    if (offset !== undefined ? d.start > offset : lineOf(d.start) > m.line) break
    if (!d.rules.length) {
      all = d.kind === 'disable' ? d : undefined
      perRule.clear()
    } else if (d.rules.includes(rule)) perRule.set(rule, d.kind === 'disable' ? d : undefined)
  }
  const by = perRule.has(rule) ? perRule.get(rule) : all
  return by ? { directive: by, rule: by.rules.length ? rule : ALL } : undefined
}

// `'a'`, `'a' or 'b'`, `'a', 'b', or 'c'`: ESLint's list.
function quoted(ids: string[]): string {
  const q = ids.map((id) => `'${id}'`)
  if (q.length <= 2) return q.join(' or ')
  return `${q.slice(0, -1).join(', ')}, or ${q[q.length - 1]}`
}

function unused(sorted: Directive[], usage: Map<Directive, Usage>, lines: LineIndex, severity: 1 | 2): LintMessage[] {
  const out: LintMessage[] = []
  const at = (d: Directive, message: string, whole: boolean): LintMessage => {
    const start = lines.point(d.start)
    const end = lines.point(d.end)
    const m: LintMessage = {
      ruleId: null,
      severity,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      range: [d.start, d.end],
    }
    // As ESLint: the fix removes a directive that does nothing at all.
    if (whole) m.fix = { range: [d.start, d.end], text: '' }
    return m
  }
  // Which rules were disabled just before each `enable`, to tell whether it re-enabled anything.
  let all = false
  const disabled = new Set<string>()
  for (const d of sorted) {
    const u = usage.get(d)!
    if (d.kind === 'enable') {
      const idle = d.rules.length ? d.rules.filter((r) => !all && !disabled.has(r)) : !all && !disabled.size ? [ALL] : []
      if (idle.length) {
        const whole = idle.length === d.rules.length || idle[0] === ALL
        const text = idle[0] === ALL ? 'Unused servicelint-enable directive (no matching servicelint-disable directives were found).' : `Unused servicelint-enable directive (no matching servicelint-disable directives were found for ${quoted(idle)}).`
        out.push(at(d, text, whole))
      }
      if (!d.rules.length) {
        all = false
        disabled.clear()
      } else for (const r of d.rules) disabled.delete(r)
      continue
    }
    if (d.kind === 'disable') {
      if (!d.rules.length) all = true
      else for (const r of d.rules) disabled.add(r)
    }
    if (!d.rules.length) {
      if (!u.used.size) out.push(at(d, 'Unused servicelint-disable directive (no problems were reported).', true))
      continue
    }
    const idle = d.rules.filter((r) => !u.used.has(r))
    if (idle.length) out.push(at(d, `Unused servicelint-disable directive (no problems were reported from ${quoted(idle)}).`, idle.length === d.rules.length))
  }
  return out
}
