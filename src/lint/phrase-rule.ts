// The engine behind every phrase rule: phrase lists are data (one file per rule), matched once per
// sentence; a rule adds code only for what data can't say (who is the subject, is there a time…).
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { RuleOptions, Transformer } from '../types.ts'
import { report } from './report.ts'
import { compilePattern, literalPattern, sentencesOf, spanOf, type SentenceView } from './sentences.ts'

export interface PhraseEntry {
  /** Stable id of the entry; becomes the message's `messageId`. */
  id: string
  /** Patterns over the normalised sentence (see `compilePattern`). */
  match: string[]
  /** Why this reads badly, in a team lead's voice. `{actual}` is replaced by the matched words. */
  message: string
  /** Rewrites, best first. `{actual}` is replaced by the matched words. */
  suggest?: string[]
  /** The first suggestion is safe to apply without review (`--fix`). */
  fix?: boolean
  /** Skip the match when the sentence matches any of these patterns (normalised, unbounded). */
  except?: string[]
  note?: string
}

export interface CompiledEntry extends PhraseEntry {
  res: RegExp[]
  exceptRes: RegExp[]
  /** Words a team asked not to flag (`remove` with a phrase), normalised like `norm`. */
  allowed?: Set<string>
}

export interface PhraseMatch {
  entry: CompiledEntry
  sentence: SentenceView
  /** Index range in `sentence.norm`. */
  from: number
  to: number
  /** Matched words, original case. */
  actual: string
}

export type { PhraseOptions } from './phrase-options.ts'
import type { PhraseOptions } from './phrase-options.ts'

export function compileEntries(entries: PhraseEntry[], options: RuleOptions = {}, defaultMessage = '`{actual}` is on your team\'s list of phrases to avoid'): CompiledEntry[] {
  const { add = [], remove = [] } = options as PhraseOptions
  const removed = new Set(remove.map((r) => r.toLowerCase()))
  const all: PhraseEntry[] = entries.filter(
    (e) => !removed.has(e.id.toLowerCase()) && !e.match.some((m) => removed.has(m.toLowerCase())),
  )
  // `remove` also takes the words themselves ("at this point in time"): those words stop being
  // flagged, while the entry's other variants ("at this moment in time") still are.
  const ids = new Set(entries.flatMap((e) => [e.id.toLowerCase(), ...e.match.map((m) => m.toLowerCase())]))
  const allowed = new Set(remove.filter((r) => !ids.has(r.toLowerCase())).map((r) => literalPattern(r).replace(/\\/g, '')))
  for (const a of add) {
    const item = typeof a === 'string' ? { phrase: a } : a
    all.push({
      id: `custom:${item.phrase}`,
      match: [literalPattern(item.phrase)],
      message: item.message ?? defaultMessage,
      suggest: item.suggest === undefined ? undefined : ([] as string[]).concat(item.suggest),
    })
  }
  return all.map((e) => ({
    ...e,
    res: e.match.map(compilePattern),
    exceptRes: (e.except ?? []).map((x) => new RegExp(x)),
    ...(allowed.size ? { allowed } : {}),
  }))
}

/** Every match of every entry in the tree's sentences, leftmost-longest, no two overlapping. */
export function findPhrases(tree: Root, file: VFile, entries: CompiledEntry[]): PhraseMatch[] {
  const out: PhraseMatch[] = []
  const sentences = sentencesOf(tree, file)
  const any = anyPhrase(entries, sentences.length)
  for (const sentence of sentences) {
    // Most sentences match none of a rule's phrases: one pass over the sentence says so.
    if (any) {
      any.lastIndex = 0
      if (!any.test(sentence.norm)) continue
    }
    const found: PhraseMatch[] = []
    for (const entry of entries) {
      let excepted: boolean | undefined
      for (const re of entry.res) {
        // exec, not matchAll: matchAll clones the RegExp on every call, which dominated profiles.
        re.lastIndex = 0
        for (let m = re.exec(sentence.norm); m; m = re.exec(sentence.norm)) {
          if (!m[0]) {
            re.lastIndex++
            continue
          }
          // The exceptions are checked only for an entry that matched: same result, fewer passes.
          excepted ??= entry.exceptRes.some((x) => x.test(sentence.norm))
          if (excepted) break
          const from = m.index
          const to = from + m[0].length
          if (entry.allowed?.has(m[0])) continue
          found.push({ entry, sentence, from, to, actual: sentence.cased.slice(from, to) })
        }
        if (excepted) break
      }
    }
    found.sort((a, b) => a.from - b.from || b.to - a.to)
    let reach = -1
    for (const f of found) {
      if (f.from < reach) continue
      out.push(f)
      reach = f.to
    }
  }
  return out
}

/**
 * One regular expression that matches where any entry's pattern matches (all alternatives under
 * one word boundary), or null when the patterns can't be joined safely (back-references, whose
 * numbering would shift). Cached per compiled entry list. V8 takes milliseconds to compile a
 * pattern this big, more than it saves on a one-draft run, so it is built only once the rule has
 * seen enough sentences to be in a batch run.
 */
const ANY_AFTER_SENTENCES = 200
const anyCache = new WeakMap<CompiledEntry[], { seen: number; re?: RegExp | null }>()
function anyPhrase(entries: CompiledEntry[], sentences: number): RegExp | null {
  let state = anyCache.get(entries)
  if (!state) anyCache.set(entries, (state = { seen: 0 }))
  if (state.re !== undefined) return state.re
  state.seen += sentences
  if (state.seen < ANY_AFTER_SENTENCES) return null
  let re: RegExp | null = null
  const patterns = entries.flatMap((e) => e.match)
  if (patterns.length > 1 && !patterns.some((p) => /\\[1-9k]/.test(p))) {
    try {
      // Group names may repeat across entries; as a filter we need no groups at all.
      re = compilePattern(patterns.map((p) => `(?:${p.replace(/\(\?<(?![=!])[^>]*>/g, '(?:')})`).join('|'))
    } catch {
      re = null
    }
  }
  state.re = re
  return re
}

const fill = (template: string, actual: string) => template.replaceAll('{actual}', actual)

/**
 * Report a phrase match with its message, rewrites and span. A rule that words its own rewrites
 * from the sentence passes `rewrites`, a function of the matched words.
 */
export function reportPhrase(file: VFile, m: PhraseMatch, rewrites?: (actual: string) => string[] | undefined): void {
  const { start, end } = spanOf(m.sentence, m.from, m.to)
  const source = String(file.value).slice(start, end)
  report(file, {
    start,
    end,
    messageId: m.entry.id,
    message: fill(m.entry.message, source),
    actual: source,
    expected: rewrites ? rewrites(source) : m.entry.suggest?.map((s) => matchCase(fill(s, source), source)),
    note: m.entry.note,
    fixable: m.entry.fix,
  })
}

/** A rewrite takes the capital of the words it replaces ("Kindly" → "Please"). */
export function matchCase(rewrite: string, actual: string): string {
  if (!rewrite) return rewrite
  // An acronym mid-sentence ("ASAP") is not a capital to carry over.
  if (/^[A-Z](?![A-Z])/.test(actual) && /^[a-z]/.test(rewrite)) return rewrite[0].toUpperCase() + rewrite.slice(1)
  if (/^[a-z]/.test(actual) && /^[A-Z][a-z]/.test(rewrite) && !/^I\b/.test(rewrite)) return rewrite[0].toLowerCase() + rewrite.slice(1)
  return rewrite
}

/**
 * The usual phrase rule: every match is reported unless `keep` says otherwise (a rule's
 * sentence-level judgement, e.g. "is the subject the customer?").
 */
export function phraseRule(
  entries: PhraseEntry[],
  keep?: (m: PhraseMatch, file: VFile) => boolean,
): (options: RuleOptions) => Transformer {
  return (options) => {
    const compiled = compileEntries(entries, options)
    return (tree, file) => {
      for (const m of findPhrases(tree, file, compiled)) if (!keep || keep(m, file)) reportPhrase(file, m)
    }
  }
}
