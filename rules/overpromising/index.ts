// overpromising: guarantees, "never again", "100%" and certainty about fixes. Quoted product
// names ("Satisfaction Guarantee"), negated guarantees ("isn't guaranteed") and amounts ("100% of
// your refund") are not promises.
import type { VFile } from 'vfile'
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { compileEntries, findPhrases, matchCase, reportPhrase, type PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { sentenceAround } from '../../src/lint/sentence-bounds.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-rule.ts'

// "100%" as certainty: after a form of "be"/"feel", or before a word of certainty.
const CERTAIN_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|am|feel|felt|i'm|we're|you're|it's|that's|they're|will|can|would|fixed|resolved|sorted|sure|certain|safe|secure|guaranteed|working|done)|'ll)(?: (?:now|still|also|really))? $/
const CERTAIN_AFTER = /^ (?:sure|certain|confident|guaranteed|secure|safe|fixed|resolved|reliable|accurate|correct|compatible|working|genuine|authentic|positive|protected|committed|on (?:time|track)|that|will|won't|work|works|arrive|fit|fits)\b/
const NEGATED = /(?:\b(?:not|never|no)|n't)(?: (?:be|been|always|fully|entirely))? $/

// The real sentence's text (original case) either side of the match.
function around(m: PhraseMatch): { before: string; after: string } {
  const { start, end } = sentenceAround(m.sentence, m.from, m.to)
  return { before: m.sentence.cased.slice(start, m.from), after: m.sentence.cased.slice(m.to, end) }
}

function insideQuotes(m: PhraseMatch): boolean {
  const { before, after } = around(m)
  const quotes = (s: string) => (s.match(/["“”]/g) ?? []).length
  return quotes(before) % 2 === 1 && quotes(after) > 0
}

// A capitalised name mid-sentence: "our Guaranteed Delivery option".
function inName(m: PhraseMatch): boolean {
  const { before, after } = around(m)
  return /^[A-Z]/.test(m.actual) && /\S $/.test(before) && !/[.!?:] $/.test(before) && (/^ [A-Z]/.test(after) || /[A-Z]\w* $/.test(before))
}

function keep(m: PhraseMatch): boolean {
  const cased = around(m)
  const before = cased.before.toLowerCase()
  const after = cased.after.toLowerCase()
  switch (m.entry.id) {
    case 'guaranteed':
    case 'we-guarantee':
      return !insideQuotes(m) && !inName(m) && !NEGATED.test(before)
    case 'hundred-percent':
      return !/^ of\b/.test(after) && (CERTAIN_BEFORE.test(before) || CERTAIN_AFTER.test(after))
    default:
      return true
  }
}

// Rewrites that keep the speaker and the rest of the clause the data cannot know.
function rewrite(m: PhraseMatch, actual: string): string | undefined {
  switch (m.entry.id) {
    case 'we-guarantee':
    case 'we-promise':
      return `${/^we\b/i.test(actual) ? matchCase('we', actual) : 'I'} expect`
    case 'assure-you':
      return actual.replace(/^(i|we)\b(?: can)? assure you(?: that)?/i, (_all, who: string) => `${who} expect`)
    case 'definitely-will':
      return actual
        .replace(/\b(?:definitely|absolutely|certainly|surely|100%|one hundred percent)\s+/i, '')
        .replace(/\bwill\b/i, 'should')
        .replace(/\b([A-Za-z]+)'ll\b/, '$1 should')
        .replace(/^Should/, 'should')
    default:
      return undefined
  }
}

function plugin(options: RuleOptions): Transformer {
  const compiled = compileEntries(entries, options)
  return (tree, file: VFile) => {
    for (const m of findPhrases(tree, file, compiled)) {
      if (!keep(m)) continue
      reportPhrase(file, m, (actual) => {
        const own = rewrite(m, actual)
        return own === undefined ? m.entry.suggest?.map((x) => matchCase(x.replaceAll('{actual}', actual), actual)) : [own]
      })
    }
  }
}

const rule: Rule = { meta, plugin }
export default rule
