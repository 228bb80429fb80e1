// Fixes only ever touch the agent's own words. Rules see a draft in which placeholders read as
// names and quoted thread text is blanked; a fix is allowed only where the draft and the source
// agree character for character (so it is neither a placeholder, nor quoted or decoded text such
// as an HTML entity or a JSON escape), and not inside quotation marks on its line. The one other
// edit allowed is removing a whole `servicelint-*` directive comment, as ESLint's --fix does for an
// unused one: it is the linter's markup, not the agent's words.
import { extract, type FormatName } from '../extract/index.ts'
import type { Directive, Draft } from '../extract/types.ts'
import type { FixGuard } from './apply.ts'

interface DraftMap {
  draft: Draft
  /** Source offset → draft offset, for every draft character. */
  toDraft: Map<number, number>
}

function mapDraft(draft: Draft): DraftMap {
  const toDraft = new Map<number, number>()
  const toSource = draft.toSource ?? ((o: number) => (draft.base ?? 0) + o)
  for (let i = 0; i < draft.text.length; i++) toDraft.set(toSource(i), i)
  return { draft, toDraft }
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)
// Widening stays on the span's line: the next line may be quoted text, which says nothing here.
const isBlank = (c: string | undefined) => c === ' ' || c === '\t'

/** Inside “…” or "…" on its own line: the agent quoting someone, not writing. */
export function insideQuotes(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
  const before = text.slice(lineStart, offset)
  const opens = (before.match(/[“«]/g) ?? []).length
  const closes = (before.match(/[”»]/g) ?? []).length
  const straight = (before.match(/"/g) ?? []).length
  return opens > closes || straight % 2 === 1
}

function agrees(source: string, maps: DraftMap[], start: number, end: number): boolean {
  // Widen a span to the next word on each side: a blanked quote is all spaces in the draft, so a
  // whitespace-only span could otherwise match it.
  let from = start
  let to = end
  while (from > 0 && isBlank(source[from - 1])) from--
  if (from > 0 && !/[\r\n]/.test(source[from - 1])) from--
  while (to < source.length && isBlank(source[to])) to++
  if (to < source.length && !/[\r\n]/.test(source[to])) to++
  for (const { draft, toDraft } of maps) {
    const first = toDraft.get(start)
    if (first === undefined) continue
    let ok = true
    for (let s = from; s < to && ok; s++) {
      const d = toDraft.get(s)
      const inSpan = s >= start && s < end
      // Outside the draft's reach is fine for the widening characters, never for the span itself.
      if (d === undefined) ok = !inSpan
      else if (inSpan) ok = draft.text[d] === source[s] && d === first + (s - start)
      // A neighbour only has to be not blanked (blanking writes spaces; a placeholder next to the
      // span reads as a name, a JSON `\n` escape as a line break).
      else ok = !(draft.text[d] === ' ' && !isSpace(source[s]))
    }
    if (!ok) continue
    const a = first
    const b = first + (end - start)
    if (draft.placeholders.some((p) => p.start < Math.max(b, a + 1) && p.end > a)) return false
    // Quotation marks are read in the draft, where a JSON string's or an attribute's quotes are gone.
    return !insideQuotes(draft.text, a)
  }
  return false
}

// Text a fix may insert, by format: the draft is decoded, the file is not, so a character with a
// meaning in the file's syntax would change more than the words (a JSON quote ends the string, an
// HTML `<` opens a tag, `{{` opens a placeholder, `=` starts a quoted-printable escape).
const UNSAFE_TEXT: Partial<Record<FormatName, RegExp>> = {
  json: /["\\\u0000-\u001f]/,
  html: /[<>&]/,
  markdown: /[<>`*_[\]\\]/,
  template: /\{[{%#]|[%}]\}/,
  eml: /[=<>&]|[^\u0000-\u007f]/,
}

export async function guardFor(source: string, filePath: string, format: FormatName): Promise<FixGuard> {
  let extraction: { drafts: Draft[]; directives?: Directive[] }
  try {
    extraction = await extract(format, source, filePath)
  } catch {
    // If the file can't be read as drafts there is nothing a fix may safely touch.
    return () => false
  }
  return guardOver(source, extraction.drafts, format, extraction.directives)
}

/** The guard for drafts already extracted from `source` (the engine has them at hand). */
export function guardOver(source: string, drafts: Draft[], format: FormatName, directives: Directive[] = []): FixGuard {
  const maps = drafts.map(mapDraft)
  const unsafe = UNSAFE_TEXT[format]
  return ([start, end], text) => {
    if (!text && directives.some((d) => d.start === start && d.end === end)) return true
    if (unsafe?.test(text)) return false
    // An insertion is checked by the character it follows (or precedes at the very start).
    if (end === start) return start > 0 ? agrees(source, maps, start - 1, start) : agrees(source, maps, 0, 1)
    return agrees(source, maps, start, end)
  }
}
