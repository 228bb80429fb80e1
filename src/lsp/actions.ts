// Code actions: one quick fix per message fix and per suggestion, and a "fix all" source action
// that applies every safe fix as `--fix` does (same loop and guard).
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { LintMessage, SuggestionFix } from '../types.ts'
import { bomShift, fixRange, messageRange, toDiagnostic, touches } from './convert.ts'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.servicelint`

/** Builds the edit for one document; `documentChanges` carry the version so a stale edit is refused. */
export type EditFor = (doc: TextDocument, edits: TextEdit[]) => WorkspaceEdit

/** Does the client's `only` filter (absent: everything) admit this kind? */
export function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'))
}

export function quickFixes(doc: TextDocument, messages: LintMessage[], range: Range, editFor: EditFor): CodeAction[] {
  const shift = bomShift(doc.getText())
  const actions: CodeAction[] = []
  for (const m of messages) {
    if (!touches(messageRange(m, shift), range)) continue
    const diagnostic = toDiagnostic(m, shift)
    const seen = new Set<string>()
    const add = (title: string, fix: SuggestionFix, preferred: boolean) => {
      const key = `${fix.range[0]}:${fix.range[1]}:${fix.text}`
      if (seen.has(key)) return
      seen.add(key)
      actions.push(quickFix(doc, title, fix, diagnostic, preferred, editFor))
    }
    if (m.fix) add(`${describeFix(doc, m.fix, shift)} (${m.ruleId ?? 'servicelint'})`, m.fix, true)
    for (const s of m.suggestions ?? []) add(`${s.desc} (${m.ruleId ?? 'servicelint'})`, s.fix, false)
  }
  return actions
}

function quickFix(doc: TextDocument, title: string, fix: SuggestionFix, diagnostic: Diagnostic, preferred: boolean, editFor: EditFor): CodeAction {
  const action: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: editFor(doc, [{ range: fixRange(doc, fix), newText: fix.text }]),
  }
  // Only safe fixes are preferred: editors apply a preferred fix without showing the list.
  if (preferred) action.isPreferred = true
  return action
}

function describeFix(doc: TextDocument, fix: SuggestionFix, shift: number): string {
  const current = doc.getText().slice(fix.range[0] + shift, fix.range[1] + shift)
  if (!current) return `Insert “${fix.text}”`
  if (!fix.text) return `Remove “${current}”`
  return `Replace “${current}” with “${fix.text}”`
}

/** Every safe fix at once (as `--fix` would apply them), or nothing when none applies. */
export async function fixAllAction(
  doc: TextDocument,
  messages: LintMessage[],
  fix: (text: string) => Promise<string>,
  editFor: EditFor,
): Promise<CodeAction | undefined> {
  const fixable = messages.filter((m) => m.fix).length
  if (!fixable) return undefined
  const text = doc.getText()
  const output = await fix(text)
  // Typing during the fix makes the result stale (the document object is updated in place).
  if (output === text || doc.getText() !== text) return undefined
  return {
    title: `Fix all servicelint problems that have a safe fix (${fixable})`,
    kind: FIX_ALL_KIND,
    edit: editFor(doc, [minimalEdit(doc, text, output)]),
  }
}

/** One edit covering only what changed, so the editor keeps the cursor and folds elsewhere. */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--
    endAfter--
  }
  // Never split a surrogate pair or a \r\n between the edit and the kept text.
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start - 1] === '\r' && before[start] === '\n'))) start--
  while (endBefore < before.length && (isLowSurrogate(before.charCodeAt(endBefore)) || (before[endBefore - 1] === '\r' && before[endBefore] === '\n'))) {
    endBefore++
    endAfter++
  }
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(endBefore) },
    newText: after.slice(start, endAfter),
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
