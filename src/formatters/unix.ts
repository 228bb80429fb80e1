// `file:line:col: message [Severity/rule-id]`, one problem a line: what grep, Vim's errorformat and
// editors' problem matchers read. `unix` ends with a count line as ESLint's does; `compact` doesn't,
// so every line of its output is a problem.
import type { Formatter } from './types.ts'
import type { LintResult } from '../types.ts'
import { displayPath } from './paths.ts'
import { messageLine, severityWord } from './severity.ts'

export function problemLines(results: LintResult[], cwd: string): string[] {
  const out: string[] = []
  for (const r of results) {
    const file = displayPath(r.filePath, cwd)
    for (const m of r.messages) {
      const tag = m.ruleId ? `${severityWord(m)}/${m.ruleId}` : severityWord(m)
      out.push(`${file}:${m.line}:${m.column}: ${messageLine(m)} [${tag}]`)
    }
  }
  return out
}

const unix: Formatter = (results, { cwd }) => {
  const lines = problemLines(results, cwd)
  if (!lines.length) return ''
  return `${lines.join('\n')}\n\n${lines.length} problem${lines.length === 1 ? '' : 's'}\n`
}
export default unix
