// Phrase rules whose rewrites can be spliced in blindly. A suggestion replaces exactly the reported
// range, so the range is chosen to make the result a clean sentence: a deletion swallows its comma
// and space, and at the start of a sentence it takes the next word along to capitalise it
// ("Unfortunately, we can't" → "We can't"); a phrase that is the whole sentence goes with its stop.
// Suggestions may use the pattern's named groups (`{verb}`) and the subject (`{we}`, `{we're}`).
import type { VFile } from 'vfile'
import type { Sentence } from 'nlcst'
import type { RuleOptions, Transformer } from '../types.ts'
import { compileEntries, findPhrases, matchCase, type PhraseEntry, type PhraseMatch } from './phrase-rule.ts'
import { report } from './report.ts'
import { spanOf, type SentenceView } from './sentences.ts'

export type Keep = (m: PhraseMatch, file: VFile) => boolean

/** `phraseRule` with splice-safe ranges and templated suggestions. */
export function splicePhraseRule(entries: PhraseEntry[], keep?: Keep): (options: RuleOptions) => Transformer {
  return (options) => {
    const compiled = compileEntries(entries, options)
    return (tree, file) => {
      for (const m of findPhrases(tree, file, compiled)) if (!keep || keep(m, file)) reportSpliced(file, m)
    }
  }
}

// One sticky copy per pattern: compiling it afresh for every match cost more than the match.
const stickies = new WeakMap<RegExp, RegExp>()
function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re)
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, 'yd')))
  return sticky
}

// Most entries name no group, and then the answer is {} whichever pattern matched: no need to
// match again (with indices, the costly part). A source that only looks like it names one (`\(?<`)
// just takes the long way.
const NAMED_GROUP = /\(\?<(?![=!])/
const namesGroups = new WeakMap<RegExp, boolean>()
function hasNamedGroup(re: RegExp): boolean {
  let named = namesGroups.get(re)
  if (named === undefined) namesGroups.set(re, (named = NAMED_GROUP.test(re.source)))
  return named
}

/** Named groups of the entry's pattern at the match (cased text), or {} when none. */
export function groupsOf(m: PhraseMatch): Record<string, string> {
  if (!m.entry.res.some(hasNamedGroup)) return {}
  for (const re of m.entry.res) {
    const sticky = stickyOf(re)
    sticky.lastIndex = m.from
    const hit = sticky.exec(m.sentence.norm)
    if (!hit || hit.index + hit[0].length !== m.to) continue
    const out: Record<string, string> = {}
    for (const [name, at] of Object.entries(hit.indices?.groups ?? {})) {
      // A group the match skipped reads as empty, so "{be}outside" works with and without "be ".
      out[name] = at ? m.sentence.cased.slice(at[0], at[1]) : ''
    }
    return out
  }
  return {}
}

const SUBJECT: Record<string, Record<string, string>> = {
  i: { we: 'I', "we're": "I'm", "we've": "I've", "we'd": "I'd" },
  we: { we: 'we', "we're": "we're", "we've": "we've", "we'd": "we'd" },
}

/** Fill a suggestion template: `{actual}`, named groups (`{verb|base}`: its base form), `{we…}`. */
export function fillTemplate(template: string, actual: string, groups: Record<string, string>): string {
  const subject = groups.we !== undefined ? (groups.we.toLowerCase() === 'i' ? 'i' : 'we') : /^i\b/i.test(actual) ? 'i' : 'we'
  return template.replace(/\{([\w']+)(?:\|(base))?\}/g, (whole, name: string, filter?: string) => {
    if (name === 'actual') return actual
    if (name in SUBJECT.we) return SUBJECT[subject][name]
    if (!(name in groups)) return whole
    return filter === 'base' ? baseForm(groups[name].toLowerCase()) : groups[name]
  })
}

/** "offering" → "offer", "shipping" → "ship", "giving" → "give"; other words unchanged. */
export function baseForm(phrase: string): string {
  return phrase.replace(/^([a-z]+)ing\b/, (_w, stem: string) => {
    if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1)
    if (/(?:v|u|c|ng|id|ak|at|iz)$/.test(stem)) return `${stem}e`
    return stem
  })
}

const WORD_AT = /^[\p{L}\p{N}'-]+/u
const SEP_AFTER = /^ ?(?:[,:;—–] ?)?/
const STOP_ONLY = /^[\s.!?…"')\]*_]*$/

interface Splice {
  from: number
  to: number
  /** Replacement for a deletion (the capitalised next word, or ''). */
  text: string
  /** The whole sentence goes: draft offsets to delete instead of a norm range. */
  sentence?: { start: number; end: number }
}

function startsSentence(s: SentenceView, from: number): boolean {
  return !/[\p{L}\p{N}{]/u.test(s.norm.slice(0, from))
}

/** Where a deletion should cut so that what is left reads as a sentence. */
export function deletionSplice(s: SentenceView, from: number, to: number, text: string, literalLines = true): Splice {
  // "**Rest assured**, …": the emphasis goes with the words, or "****" is left behind.
  const open = /[*_]+$/.exec(s.norm.slice(0, from))?.[0]
  if (open && s.norm.startsWith(open, to)) {
    from -= open.length
    to += open.length
  }
  const before = s.norm.slice(0, from)
  const after = s.norm.slice(to)
  if (STOP_ONLY.test(after) && startsSentence(s, from)) return { from, to, text: '', sentence: wholeSentence(s, text, literalLines) }
  if (startsSentence(s, from)) {
    const sep = SEP_AFTER.exec(after)?.[0] ?? ''
    const rest = after.slice(sep.length)
    const word = WORD_AT.exec(rest)?.[0]
    const cased = word ? s.cased.slice(to + sep.length, to + sep.length + word.length) : ''
    if (word && /^\p{Ll}/u.test(cased) && !rest.startsWith('{ph}')) {
      return { from, to: to + sep.length + word.length, text: cased[0].toUpperCase() + cased.slice(1) }
    }
    return { from, to: to + sep.length, text: '' }
  }
  // "We, unfortunately, cannot" → "We cannot"
  if (/, $/.test(before) && after.startsWith(',')) return { from: from - 2, to: to + 1, text: '' }
  // "…the receipt as we explained." → "…the receipt."
  if (STOP_ONLY.test(after) || /^[,;:]/.test(after)) {
    const lead = /,? $/.exec(before)?.[0] ?? ''
    return { from: from - lead.length, to, text: '' }
  }
  const sep = /^(?:, | )/.exec(after)?.[0] ?? ''
  return { from, to: to + sep.length, text: '' }
}

// A sentence with nothing else in it goes with its stop and the space up to its neighbour; alone
// in its paragraph, with the line breaks right after it (never spaces: blanked markup and quotes
// are spaces, and a cut through them would take tags or quoted text along). Only where a line
// break in the draft is one in the file: HTML, e-mail and JSON drafts map theirs to tags and escapes.
function wholeSentence(s: SentenceView, text: string, literalLines: boolean): { start: number; end: number } {
  const siblings = (s.paragraph?.children ?? []).filter((c): c is Sentence => c.type === 'SentenceNode')
  const i = siblings.indexOf(s.node)
  // Only an ordinary gap goes along: a longer run of spaces is blanked markup (an HTML tag).
  const plain = (a: number, b: number) => /^ {1,2}$/.test(text.slice(a, b))
  const next = siblings[i + 1]?.position?.start.offset
  if (next !== undefined) return plain(s.end, next) ? { start: s.start, end: next } : { start: s.start, end: s.end }
  const prev = siblings[i - 1]?.position?.end.offset
  if (prev !== undefined) return plain(prev, s.start) ? { start: prev, end: s.end } : { start: s.start, end: s.end }
  const breaks = literalLines ? (/^(?:\r?\n)+/.exec(text.slice(s.end))?.[0] ?? '') : ''
  return { start: s.start, end: s.end + breaks.length }
}

// Markdown emphasis reaches rules as spaces ("**Rest assured**," → "  Rest assured  ,"): when the
// cut swallows such a blanked closer, it takes the blanked opener too, or "**" is left dangling.
function withBlankedMarkup(text: string, core: { start: number; end: number }, cut: { start: number; end: number }) {
  const closer = /^ +(?=[,:;])/.exec(text.slice(core.end, cut.end))?.[0].length ?? 0
  if (!closer || cut.start !== core.start) return cut
  const opener = text.slice(core.start - closer, core.start)
  const edge = text[core.start - closer - 1]
  if (opener.trim() || !(edge === undefined || /\s/.test(edge))) return cut
  return { start: core.start - closer, end: cut.end }
}

const LITERAL_LINES = /(?:^|\.(?:txt|text|md|markdown|liquid|hbs|handlebars))$/i

/** Report a match with a range its suggestion can replace as is. */
export function reportSpliced(file: VFile, m: PhraseMatch): void {
  const source = String(file.value)
  const core = spanOf(m.sentence, m.from, m.to)
  const coreText = source.slice(core.start, core.end)
  const groups = groupsOf(m)
  const templates = m.entry.suggest ?? []
  let range = core
  let expected: string[] | undefined
  if (templates.length === 1 && templates[0] === '') {
    const cut = deletionSplice(m.sentence, m.from, m.to, source, LITERAL_LINES.test(file.path ?? ''))
    range = cut.sentence ?? withBlankedMarkup(source, core, spanOf(m.sentence, cut.from, cut.to))
    expected = [cut.text]
  } else if (templates.length) {
    const atStart = startsSentence(m.sentence, m.from)
    expected = templates.map((t) => caseLike(fillTemplate(t, coreText, groups), coreText, atStart))
  }
  // The message points at the words; the rewrite may reach over their comma or the next word.
  report(file, {
    start: core.start,
    end: core.end,
    fix: range,
    messageId: m.entry.id,
    message: fillTemplate(m.entry.message, coreText, groups),
    actual: coreText,
    expected,
    note: m.entry.note,
    fixable: m.entry.fix,
  })
}

// A rewrite opens with a capital where a sentence starts, or where the words it replaces had one
// for a reason other than being "I" or shouting ("Kindly" → "Please"; mid-sentence "I can't" stays).
function caseLike(rewrite: string, actual: string, atStart: boolean): string {
  if (!rewrite) return rewrite
  if (atStart) return rewrite[0].toUpperCase() + rewrite.slice(1)
  const first = /^[\p{L}']+/u.exec(actual)?.[0] ?? ''
  if (/^I(?:'|$)/.test(first) || (first.length > 1 && first === first.toUpperCase())) return rewrite
  return matchCase(rewrite, actual)
}
