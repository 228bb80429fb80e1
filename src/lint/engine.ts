// One file through the pipeline: decode → extract → parse → rules → ESLint-shaped messages with
// positions in the original file.
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { extract, type FormatName } from '../extract/index.ts'
import type { Draft, Extraction } from '../extract/types.ts'
import { firstNonSpace, lastNonSpace } from '../extract/spaces.ts'
import type { LintMessage, LintResult, Rule, RuleOptions, Transformer } from '../types.ts'
import { LineIndex } from './lines.ts'
import { hasAgentWords, outsidePlaceholders } from './placeholder-spans.ts'
import { applyDirectives, type DirectiveOptions } from './directives.ts'
import { guardOver } from '../fix/guard.ts'
import { parseEnglish } from './fast-parser.ts'
import './report.ts'

export interface ActiveRule {
  rule: Rule
  severity: 1 | 2
  options: RuleOptions
}

// A transformer is made once per rule and options, not once per file. Most rules run without
// options (a fresh `{}` for each file): those skip serialising them.
const transformers = new Map<string, Transformer>()
function transformerFor(active: ActiveRule): Transformer {
  const key = hasKeys(active.options) ? `${active.rule.meta.id}\0${JSON.stringify(active.options)}` : active.rule.meta.id
  let t = transformers.get(key)
  if (!t) {
    t = active.rule.plugin({ ...active.rule.meta.defaultOptions, ...active.options })
    transformers.set(key, t)
  }
  return t
}

function hasKeys(options: RuleOptions): boolean {
  for (const _ in options) return true
  return false
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export async function lintSource(
  source: string,
  filePath: string,
  format: FormatName,
  rules: ActiveRule[],
  options: DirectiveOptions = {},
): Promise<LintResult> {
  const text = stripBom(source)
  const extraction = await extract(format, text, filePath)
  const lines = new LineIndex(text)
  let messages: LintMessage[] = []
  for (const draft of extraction.drafts) {
    messages.push(...lintDraft(draft, filePath, rules, lines))
  }
  messages = applyDirectives(messages, extraction.directives ?? [], lines, options)
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  dropGuardedFixes(messages, text, extraction, format)
  return resultOf(filePath, messages)
}

// `fix` promises what --fix will do (the fixable counts, SARIF fixes and the editor's preferred
// action all read it), so a rewrite the fix guard refuses (a placeholder, quoted text) stays a
// suggestion only.
function dropGuardedFixes(messages: LintMessage[], text: string, extraction: Extraction, format: FormatName): void {
  if (!messages.some((m) => m.fix)) return
  const guard = guardOver(text, extraction.drafts, format, extraction.directives)
  for (const m of messages) if (m.fix && !guard(m.fix.range, m.fix.text)) delete m.fix
}

function lintDraft(draft: Draft, filePath: string, rules: ActiveRule[], lines: LineIndex): LintMessage[] {
  const firstWord = firstNonSpace(draft.text)
  // No agent words (an empty file, a bare quote): nothing to lint, and "missing greeting" on an
  // empty draft is noise. Phrase rules would find nothing anyway.
  if (!rules.length || firstWord < 0 || !hasAgentWords(draft.text, draft.placeholders)) return []
  const file = new VFile({ path: filePath, value: draft.text })
  const lastWord = lastNonSpace(draft.text)
  file.data.servicelint = {
    context: draft.context,
    placeholders: draft.placeholders,
    body: { start: Math.max(0, firstWord), end: firstWord < 0 ? 0 : lastWord + 1 },
    branches: draft.branches,
    ...(draft.signature && { signature: draft.signature }),
  }
  const tree = parseEnglish(draft.text)
  const toSource = draft.toSource ?? ((o: number) => (draft.base ?? 0) + o)
  // Placeholders where messages end up: a format's offset map may land a draft offset next to one
  // inside it in the source.
  const inSource = draft.placeholders.map((p) => ({ start: toSource(p.start), end: toSource(Math.max(p.start, p.end - 1)) + 1 }))
  const out: LintMessage[] = []
  // A vfile message is an Error, and V8 would capture a stack trace for each one that vfile-message
  // then replaces with ''. Off for all rules at once: setting the limit around each report (as
  // report.ts does outside the engine) cost more than the message itself.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const active of rules) {
      const before = file.messages.length
      try {
        transformerFor(active)(tree, file)
      } catch (error) {
        // A rule bug must not take the whole run down; it shows as an error on the file.
        const reason = error instanceof Error ? error.message : String(error)
        file.message(`Rule crashed: ${reason}`, { place: { line: 1, column: 1 } })
      }
      for (let i = before; i < file.messages.length; i++) out.push(toLintMessage(file.messages[i], active, toSource, lines, inSource))
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  return out
}

function toLintMessage(
  m: VFileMessage,
  active: ActiveRule,
  toSource: (o: number) => number,
  lines: LineIndex,
  placeholders: Array<{ start: number; end: number }> = [],
): LintMessage {
  const place = m.place && 'start' in m.place ? m.place : { start: m.place ?? { line: 1, column: 1 }, end: m.place ?? { line: 1, column: 1 } }
  const startDraft = place.start.offset ?? 0
  const endDraft = place.end.offset ?? startDraft
  const from = toSource(startDraft)
  const snapped = outsidePlaceholders(from, endDraft > startDraft ? toSource(endDraft - 1) + 1 : from, placeholders)
  const start = lines.point(snapped.start)
  const end = lines.point(snapped.end)
  const range: [number, number] = [start.offset, Math.max(start.offset, end.offset)]
  const { meta } = active.rule
  const msg: LintMessage = {
    ruleId: meta.id,
    severity: active.severity,
    message: m.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range,
  }
  if (m.messageId) msg.messageId = m.messageId
  if (m.actual !== undefined) msg.actual = m.actual
  // The rewrite may cover more than the flagged words ("Unfortunately, we" → "We").
  const fix = m.fixSpan ? mapSpan(m.fixSpan, toSource, placeholders) : { range, moved: snapped.moved }
  // A range widened over a placeholder takes no rewrite: applying it would cut the placeholder.
  if (m.expected?.length && !snapped.moved && !fix.moved) {
    const replaced = m.fixSpan ? lines.text.slice(fix.range[0], fix.range[1]) : (m.actual ?? '')
    msg.expected = m.expected
    msg.suggestions = m.expected.map((text) => ({
      // An empty range is an insertion point (document rules offer a missing line there).
      desc: fix.range[0] === fix.range[1] && text ? `Insert \`${text.trim()}\`` : text ? `Replace \`${replaced}\` with \`${text}\`` : `Remove \`${replaced}\``,
      fix: { range: fix.range, text },
    }))
    if (m.fixable) msg.fix = { range: fix.range, text: m.expected[0] }
  }
  if (m.note) msg.note = m.note
  msg.url = meta.url
  return msg
}

function mapSpan(
  span: { start: number; end: number },
  toSource: (o: number) => number,
  placeholders: Array<{ start: number; end: number }>,
): { range: [number, number]; moved: boolean } {
  const from = toSource(span.start)
  const snapped = outsidePlaceholders(from, span.end > span.start ? toSource(span.end - 1) + 1 : from, placeholders)
  return { range: [snapped.start, Math.max(snapped.start, snapped.end)], moved: snapped.moved }
}

export function resultOf(filePath: string, messages: LintMessage[]): LintResult {
  const r: LintResult = {
    filePath,
    messages,
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }
  for (const m of messages) {
    if (m.severity === 2) {
      r.errorCount++
      if (m.fatal) r.fatalErrorCount++
      if (m.fix) r.fixableErrorCount++
    } else {
      r.warningCount++
      if (m.fix) r.fixableWarningCount++
    }
  }
  return r
}
