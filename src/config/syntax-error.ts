// One line for a config that doesn't parse: file, line and column, and the parser's reason.
// cosmiconfig's own messages span a code frame over many lines and, for JSON, give no line at all.
import { readFileSync } from 'node:fs'
import { extname } from 'node:path'

interface YamlMark {
  line: number
  column: number
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n').map((l) => l.trim()).filter(Boolean)[0] ?? 'unknown error'
}

/** 1-based line and column of a UTF-16 offset, counting \r\n, \n and \r as breaks. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let start = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      start = i + 1
    }
  }
  return { line, column: Math.min(offset, text.length) - start + 1 }
}

/** Parse JSON text and, on failure, say where; undefined when it parses. */
export function jsonSyntaxError(text: string): { line: number; column: number; reason: string } | undefined {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    return undefined
  } catch (error) {
    const message = (error as Error).message
    const at = /at position (\d+)/.exec(message)
    const offset = at ? Number(at[1]) : text.length
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s+in JSON at position \d+.*$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file')
    return { ...lineColumn(text, offset), reason }
  }
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** `file:line:column: invalid JSON|YAML: reason`, or the parser's first line when it gives no place. */
export function describeSyntaxError(file: string, error: unknown): string {
  // `.servicelintrc` may hold JSON or YAML; JSON-looking text gets JSON's reason, which reads better.
  const ext = extname(file)
  const text = ext === '.json' || ext === '' ? readOr(file) : undefined
  if (text !== undefined && (ext === '.json' || /^\uFEFF?\s*[{[]/.test(text))) {
    const bad = jsonSyntaxError(text)
    if (bad) return `${file}:${bad.line}:${bad.column}: invalid JSON: ${bad.reason}`
  }
  const mark = (error as { mark?: YamlMark }).mark
  if (error instanceof Error && error.name === 'YAMLException' && mark) {
    const reason = (error as { reason?: string }).reason ?? oneLine(error)
    return `${file}:${mark.line + 1}:${mark.column + 1}: invalid YAML: ${reason}`
  }
  return `${file}: cannot parse config: ${oneLine(error).replace(/:$/, '')}`
}
