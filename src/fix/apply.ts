// Applies fixes to a text: non-overlapping (the earlier fix wins, as in ESLint), each one checked by
// the guard, spliced in from the end so earlier offsets stay valid.
import type { SuggestionFix } from '../types.ts'

/** Says whether a source range may be rewritten with `text` (see guard.ts). */
export type FixGuard = (range: [number, number], text: string) => boolean

export interface Applied {
  output: string
  applied: SuggestionFix[]
  /** Fixes left out: overlapping an earlier one, or refused by the guard. */
  skipped: SuggestionFix[]
}

export function applyFixes(text: string, fixes: SuggestionFix[], guard: FixGuard = () => true): Applied {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: SuggestionFix[] = []
  const skipped: SuggestionFix[] = []
  let reach = -1
  for (const fix of sorted) {
    const [start, end] = fix.range
    const prev = applied[applied.length - 1]
    // Two rules proposing the same edit is one edit.
    if (prev && prev.range[0] === start && prev.range[1] === end && prev.text === fix.text) continue
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length
    // Strictly after the previous fix: two insertions at one point would have no defined order.
    if (!valid || start < reach || (start === reach && prev && start === prev.range[0]) || !guard(fix.range, fix.text)) {
      skipped.push(fix)
      continue
    }
    if (text.slice(start, end) === fix.text) continue
    applied.push(fix)
    reach = end
  }
  let output = text
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text: replacement } = applied[i]
    output = output.slice(0, range[0]) + replacement + output.slice(range[1])
  }
  return { output, applied, skipped }
}
