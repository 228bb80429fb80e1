// Our messages in LSP terms. Lines and columns are ours minus one (LSP counts from 0; both count
// UTF-16 units); fix offsets become positions in the document version that was linted.
import { pathToFileURL } from 'node:url'
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { LintMessage, SuggestionFix } from '../types.ts'

export const SOURCE = 'servicelint'

// The engine reports on the text without a byte order mark; an editor that keeps one in the
// buffer counts it, so shift by one on line 1 and in offsets.
export function bomShift(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0
}

export function messageRange(m: LintMessage, shift = 0): Range {
  const start: Position = { line: m.line - 1, character: m.column - 1 + (m.line === 1 ? shift : 0) }
  const endLine = m.endLine ?? m.line
  const end: Position = { line: endLine - 1, character: (m.endColumn ?? m.column) - 1 + (endLine === 1 ? shift : 0) }
  return { start, end }
}

export function toDiagnostic(m: LintMessage, shift = 0): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(m, shift),
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: m.message,
  }
  if (m.ruleId) diagnostic.code = m.ruleId
  if (m.url) diagnostic.codeDescription = { href: asUri(m.url) }
  return diagnostic
}

// A team phrase rule's url is the config file that defines it: a path, where LSP wants a URI.
function asUri(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[a-z]:[\\/]/i.test(url) ? url : pathToFileURL(url).href
}

export function fixRange(doc: TextDocument, fix: SuggestionFix): Range {
  const shift = bomShift(doc.getText())
  return { start: doc.positionAt(fix.range[0] + shift), end: doc.positionAt(fix.range[1] + shift) }
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
}

/** Ranges that share at least a point (an empty range at a diagnostic's edge counts). */
export function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(p: Position, q: Position): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character)
}
