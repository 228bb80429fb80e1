// `file:line:col: message [Severity/rule-id]`, one problem a line: what grep, Vim's errorformat and
// editors' problem matchers read. `unix` ends with a count line as ESLint's does; `compact` doesn't,
// so every line of its output is a problem.
import { wholeFrom, type Formatter, type StreamingFormatter } from './types.ts'
import type { LintResult } from '../types.ts'
import { displayPath } from './paths.ts'
import { messageLine, severityWord } from './severity.ts'

export function problemLines(results: LintResult[], cwd: string): string[] {
  return results.flatMap((r) => fileLines(r, cwd))
}

function fileLines(r: LintResult, cwd: string): string[] {
  const file = displayPath(r.filePath, cwd)
  return r.messages.map((m) => {
    const tag = m.ruleId ? `${severityWord(m)}/${m.ruleId}` : severityWord(m)
    return `${file}:${m.line}:${m.column}: ${messageLine(m)} [${tag}]`
  })
}

/** One problem a line, as each file is linted; compact stops there, unix adds the count line. */
export function lineStreaming(countLine: boolean): StreamingFormatter {
  return {
    file: (r, { cwd }) => fileLines(r, cwd).map((l) => l + '\n').join(''),
    end: ({ errors, warnings }) => {
      const n = errors + warnings
      return countLine && n ? `\n${n} problem${n === 1 ? '' : 's'}\n` : ''
    },
  }
}

export const streaming = lineStreaming(true)

const unix: Formatter = wholeFrom(streaming)
export default unix
