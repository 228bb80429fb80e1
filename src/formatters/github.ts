// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
// Escaping follows @actions/core's `issueCommand`: the message escapes `%`, CR and LF; property
// values also `:` and `,`, which would otherwise end the value.
import { wholeFrom, type Formatter, type StreamingFormatter } from './types.ts'
import { displayPath } from './paths.ts'
import { messageLine } from './severity.ts'

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export const streaming: StreamingFormatter = {
  file(r, { cwd }) {
    const file = displayPath(r.filePath, cwd)
    let out = ''
    for (const m of r.messages) {
      const props: Array<[string, string | number | undefined]> = [
        ['file', file],
        ['line', m.line],
        ['col', m.column],
        ['endLine', m.endLine],
        ['endColumn', m.endColumn],
        ['title', m.ruleId ? `servicelint (${m.ruleId})` : 'servicelint'],
      ]
      const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      out += `::${m.severity === 2 ? 'error' : 'warning'} ${list.join(',')}::${escapeData(messageLine(m))}\n`
    }
    return out
  },
  end: () => '',
}

const github: Formatter = wholeFrom(streaming)
export default github
