// reviewdog's Diagnostic Format (rdjson), so `reviewdog -f=rdjson` can comment on a pull request and
// offer each rewrite as a suggested change. Columns are UTF-8 byte counts, as reviewdog defines
// them; when the text can't be read (stdin without source) the UTF-16 columns are the fallback.
import type { Formatter } from './types.ts'
import type { LintMessage, LintResult } from '../types.ts'
import { DOCS_BASE } from '../../rules/url.ts'
import { displayPath } from './paths.ts'
import { ByteColumns, sourceOf } from './source.ts'
import { docUri } from './uri.ts'

interface Position {
  line: number
  column: number
}
interface Range {
  start: Position
  end: Position
}

function rangeOf(range: [number, number], m: LintMessage, cols: ByteColumns | undefined): Range | undefined {
  if (cols) return { start: cols.point(range[0]), end: cols.point(range[1]) }
  // Without the text only the flagged span itself is known.
  if (m.range && m.range[0] === range[0] && m.range[1] === range[1]) {
    return { start: { line: m.line, column: m.column }, end: { line: m.endLine ?? m.line, column: m.endColumn ?? m.column } }
  }
  return undefined
}

function suggestionsOf(m: LintMessage, cols: ByteColumns | undefined) {
  const fixes = [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)]
  const seen = new Set<string>()
  const out: Array<{ range: Range; text: string }> = []
  for (const f of fixes) {
    const key = `${f.range[0]}:${f.range[1]}:${f.text}`
    const range = rangeOf(f.range, m, cols)
    if (seen.has(key) || !range) continue
    seen.add(key)
    out.push({ range, text: f.text })
  }
  return out
}

function diagnosticsOf(r: LintResult, cwd: string) {
  const text = r.messages.length ? sourceOf(r) : undefined
  const cols = text === undefined ? undefined : new ByteColumns(text)
  const path = displayPath(r.filePath, cwd)
  return r.messages.map((m) => {
    const location = m.range && cols
      ? { path, range: rangeOf(m.range, m, cols)! }
      : { path, range: { start: { line: m.line, column: m.column }, end: { line: m.endLine ?? m.line, column: m.endColumn ?? m.column } } }
    const url = docUri(m.url)
    const suggestions = suggestionsOf(m, cols)
    return {
      message: m.message,
      location,
      severity: m.severity === 2 ? 'ERROR' : 'WARNING',
      ...(m.ruleId ? { code: { value: m.ruleId, ...(url ? { url } : {}) } } : {}),
      ...(suggestions.length ? { suggestions } : {}),
    }
  })
}

const rdjson: Formatter = (results, { cwd }) =>
  JSON.stringify({
    source: { name: 'servicelint', url: DOCS_BASE.replace(/\/blob\/.*$/, '') },
    severity: 'WARNING',
    diagnostics: results.flatMap((r) => diagnosticsOf(r, cwd)),
  })
export default rdjson
