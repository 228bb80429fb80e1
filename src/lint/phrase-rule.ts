// The engine behind every phrase rule: phrase lists are data (one file per rule), matched once per
// sentence; a rule adds code only for what data can't say (who is the subject, is there a time…).
// Matching runs only what a sentence could match: each pattern's literal factors (strings every
// match contains; src/lint/literal-factors.ts, looked up in factor-table.ts for the built-in data)
// sit in one index shared by every list (src/lint/factor-index.ts). One read of a sentence names
// the few patterns holding a factor in it; only those run, in list order, so the matches and how
// overlaps resolve are exactly those of running every pattern. A pattern's RegExp is compiled the
// first time a sentence could match it: a one-draft run compiles only what that draft needs.
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { RuleOptions, Transformer } from '../types.ts'
import { candidatesOf, sharedIndex, type IndexedList } from './factor-index.ts'
import { patternFactors } from './literal-factors.ts'
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
  /** `match[i]` compiled (see `compilePattern`), on first use. */
  re(i: number): RegExp
  /** All of `match` compiled. */
  readonly res: RegExp[]
  readonly exceptRes: RegExp[]
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
  return all.map((e) => new LazilyCompiled(e, allowed.size ? allowed : undefined))
}

// A class, not an object literal with getters: V8 keeps such a literal in slow (dictionary) mode,
// and every read of `match` or `id` in the matching loop paid for it.
class LazilyCompiled implements CompiledEntry {
  readonly id: string
  readonly match: string[]
  readonly message: string
  readonly suggest?: string[]
  readonly fix?: boolean
  readonly except?: string[]
  readonly note?: string
  readonly allowed?: Set<string>
  private readonly compiled: Array<RegExp | undefined> = []
  private all?: RegExp[]
  private excepts?: RegExp[]

  constructor(e: PhraseEntry, allowed: Set<string> | undefined) {
    this.id = e.id
    this.match = e.match
    this.message = e.message
    this.suggest = e.suggest
    this.fix = e.fix
    this.except = e.except
    this.note = e.note
    this.allowed = allowed
  }

  re(i: number): RegExp {
    return (this.compiled[i] ??= compilePattern(this.match[i]))
  }

  get res(): RegExp[] {
    return (this.all ??= this.match.map((_, i) => this.re(i)))
  }

  get exceptRes(): RegExp[] {
    return (this.excepts ??= (this.except ?? []).map((x) => new RegExp(x)))
  }
}

interface Prefilter {
  list: IndexedList
  /** Index in `list` of each entry's first pattern; its others follow. */
  first: number[]
  candidates: Uint8Array
}

const prefilters = new WeakMap<CompiledEntry[], Prefilter>()
function prefilterOf(entries: CompiledEntry[]): Prefilter {
  let hit = prefilters.get(entries)
  if (hit) return hit
  const first: number[] = []
  const factors: Array<readonly string[] | null> = []
  for (const e of entries) {
    first.push(factors.length)
    for (const p of e.match) factors.push(patternFactors(p).factors)
  }
  const list = sharedIndex.add(factors)
  prefilters.set(entries, (hit = { list, first, candidates: new Uint8Array(list.size) }))
  return hit
}

/** Every match of every entry in the tree's sentences, leftmost-longest, no two overlapping. */
export function findPhrases(tree: Root, file: VFile, entries: CompiledEntry[]): PhraseMatch[] {
  const out: PhraseMatch[] = []
  const { list, first, candidates: scratch } = prefilterOf(entries)
  for (const sentence of sentencesOf(tree, file)) {
    // Most sentences hold no factor of any of a rule's patterns.
    const candidates = candidatesOf(sharedIndex, list, sentence.norm, scratch)
    if (!candidates) continue
    const found: PhraseMatch[] = []
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]
      let excepted: boolean | undefined
      for (let i = 0; i < entry.match.length; i++) {
        // A pattern none of whose factors is in the sentence can't match it.
        if (!candidates[first[e] + i]) continue
        const re = entry.re(i)
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
