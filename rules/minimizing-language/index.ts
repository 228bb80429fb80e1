// minimizing-language: "just", "simply", "easily", "obviously", "of course", "all you have to do"
// in instructions to the customer. An instruction is an imperative ("Just follow these steps",
// "if you still need help, just reply") or "you" + a modal ("you can easily switch back"); the
// agent's own actions ("I just checked"), "just now", "just in case" and "Of course!" are not.
import type { VFile } from 'vfile'
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { compileEntries, findPhrases, reportPhrase, type PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { sentenceAround } from '../../src/lint/sentence-bounds.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-rule.ts'

// Words that cannot start an instruction after "just"/"simply": "just now", "just in case",
// "just a quick note", "just so you know", "clearly, this is our mistake".
const NOT_A_VERB = new Set(
  ('now in a an the to like as about over under one after before because for so fine right that this these those ' +
    'few little bit once twice too enough what how why when where who which yet still another more less some any ' +
    'my your our their his her its i we you they he she it me us them around past ahead behind between with without ' +
    'by at on of off out up down here there then than not no yes and or but case wanted want got had been was were ' +
    'is are be am did does do has have thought curious wondering fyi {ph} name').split(' '),
)
// "bring", "sing": base forms that end like a gerund.
const ING_VERBS = new Set(['bring', 'ring', 'sing', 'swing', 'string', 'cling', 'fling', 'sling', 'sting', 'wring'])

// After "you": modals and adverbs that keep it an instruction ("you can also just…").
const YOU_MODALS = new Set(
  "can could will would should may might must need have to only also then now still probably do 'll 'd simply".split(' '),
)

const CLAUSE_BREAK = /[,;:(—–]| - |\b(?:and|then|or|but|so|if|once|when|after|before|until|unless)\b/g

/** The sentence's text before the match, from its real start. */
function sentenceBefore(m: PhraseMatch): string {
  return m.sentence.norm.slice(sentenceAround(m.sentence, m.from, m.to).start, m.from)
}

function clauseBefore(m: PhraseMatch): string {
  const before = sentenceBefore(m)
  let at = 0
  for (const b of before.matchAll(CLAUSE_BREAK)) at = b.index + b[0].length
  // List markers and quotes before the clause ("- Just click", "1. Simply reply") are not words.
  return before.slice(at).replace(/^[^a-z{]+/, '').trim()
}

function nextWord(actual: string): string {
  return /[\w'{}-]+$/.exec(actual)?.[0] ?? ''
}

function verbLike(word: string): boolean {
  const w = word.toLowerCase()
  const base = w.replace(/'.*$/, '')
  if (!w || NOT_A_VERB.has(base) || /\d/.test(w)) return false
  if (w.endsWith('ing') && !ING_VERBS.has(w)) return false
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return false
  return true
}

/** Imperative ("Just follow", "please simply reply") or "you" + modals ("you can easily switch"). */
function addressesCustomer(clause: string): boolean {
  if (/^(?:please|kindly)?\s*(?:(?:then|now|also|first|next|otherwise)\s*)?$/.test(clause)) return true
  const words = clause.split(' ')
  let you = -1
  words.forEach((w, i) => {
    if (/^you(?:'ll|'d|'ve)?$/.test(w)) you = i
  })
  if (you < 0) return false
  // "did you just update…?" asks about something already done.
  if (you === 1 && /^(?:did|have|had|were|are)$/.test(words[0])) return false
  return words.slice(you + 1).every((w) => YOU_MODALS.has(w)) && !/^you've$/.test(words[you])
}

// "Obviously"/"clearly" as a sentence (or clause) adverb tells the customer they should have known ("Clearly
// the parcel was sent to the old address"), unless the sentence is about us or their feelings
// ("Clearly this is our mistake", "Obviously that's frustrating"). Mid-sentence, only pointing at
// what the customer should have read counts ("the terms clearly state"); "clearly labelled" does not.
const ABOUT_US = /^(?:i|we|i'm|we're|i've|we've|i'll|we'll|our|my|us)$/
const FEELINGS = /\b(?:frustrat\w*|upset\w*|annoy\w*|disappoint\w*|stress\w*|sorry|apolog\w*|our (?:mistake|fault|error)|not (?:good enough|okay|ok|acceptable))\b/
const POINTS_AT_TEXT = /^(?:state|states|stated|say|says|said|show|shows|showed|shown|explain|explains|explained|mention|mentions|mentioned|indicate|indicates|indicated|written|outlined|listed|set out|see)$/

function obviouslyTalksDown(m: PhraseMatch, clause: string, next: string): boolean {
  const { start, end } = sentenceAround(m.sentence, m.from, m.to)
  // At the start of a sentence or clause ("…, and clearly the cable should be plugged in").
  if (clause === '') {
    // "Clearly labelled boxes…" describes a thing, as mid-sentence.
    if (/ed$/.test(next) && !POINTS_AT_TEXT.test(next)) return false
    return !ABOUT_US.test(next) && !FEELINGS.test(m.sentence.norm.slice(start, end))
  }
  if (POINTS_AT_TEXT.test(next)) return true
  return verbLike(next) && addressesCustomer(clause)
}

function keep(m: PhraseMatch): boolean {
  const clause = clauseBefore(m)
  const next = nextWord(m.sentence.norm.slice(m.from, m.to))
  switch (m.entry.id) {
    case 'just':
    case 'simply':
    case 'easily':
      // "Simply put, …" is a turn of phrase, not an instruction.
      if (m.entry.id === 'simply' && next === 'put') return false
      return verbLike(next) && addressesCustomer(clause)
    case 'obviously':
      return obviouslyTalksDown(m, clause, next)
    case 'of-course':
      // "Of course, I'm here to help" is a friendly yes; "…and of course you can just cancel" is not.
      return sentenceBefore(m).trim() !== '' && (next === 'you' || (verbLike(next) && addressesCustomer(clause)))
    default:
      return true
  }
}

function rewrite(m: PhraseMatch, actual: string): string[] {
  const next = nextWord(actual)
  const upper = /^[A-Z]/.test(actual)
  return (m.entry.suggest ?? []).map((s) => {
    const out = s.replaceAll('{next}', next).replaceAll('{actual}', actual)
    return upper && out ? out[0].toUpperCase() + out.slice(1) : out
  })
}

function plugin(options: RuleOptions): Transformer {
  const compiled = compileEntries(entries, options, '`{actual}` talks down to the customer; give the step plainly')
  return (tree, file: VFile) => {
    for (const m of findPhrases(tree, file, compiled)) {
      if (!m.entry.id.startsWith('custom:') && !keep(m)) continue
      reportPhrase(file, m, (actual) => rewrite(m, actual))
    }
  }
}

const rule: Rule = { meta, plugin }
export default rule
