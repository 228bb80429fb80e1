// readability: retext-readability's verdict on one sentence, from the same counts and the same
// seven formulas. retext-readability looks every word up in two word lists with Array#includes
// (~4,000 string compares a word) and counts its syllables afresh; on a thousand drafts that was
// slower than all other rules together. This counts exactly what it counts (every word as
// nlcst-to-string reads it, lower-cased for the lists, distinct list words once per sentence) with
// a memo per word, so the votes are retext-readability's votes; test/readability-screen.test.ts
// holds the two to the same verdicts on every sentence of the fixtures and the corpus.
import type { Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { automatedReadability } from 'automated-readability'
import { colemanLiau } from 'coleman-liau'
import { daleChall } from 'dale-chall'
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula'
import { flesch } from 'flesch'
import { gunningFog } from 'gunning-fog'
import { smogFormula } from 'smog-formula'
import { spache } from 'spache'
import { spacheFormula } from 'spache-formula'
import { syllable } from 'syllable'

const FAMILIAR = new Set(spache)
const EASY = new Set(daleChall)
export const FORMULAS = 7

/** A word as the two word lists read it (lower-cased); one per spelling, shared by its casings. */
interface Caseless {
  familiar: boolean
  easy: boolean
  /** The last sentence that counted it: each list counts a word once per sentence. */
  seen: number
}

/** What the formulas need to know about one word, whatever sentence it is in. */
interface WordFacts {
  syllables: number
  /** Starts lower-case (gunning-fog's "not a proper noun"). */
  common: boolean
  caseless: Caseless
}

// Support replies reuse a small vocabulary; bounded memos keep editors' long sessions flat.
const facts = new Map<string, WordFacts>()
const caselessWords = new Map<string, Caseless>()
function factsOf(value: string): WordFacts {
  let f = facts.get(value)
  if (f === undefined) {
    if (facts.size > 50_000) {
      facts.clear()
      caselessWords.clear()
    }
    const lower = value.toLowerCase()
    let caseless = caselessWords.get(lower)
    if (!caseless) caselessWords.set(lower, (caseless = { familiar: FAMILIAR.has(lower), easy: EASY.has(lower), seen: 0 }))
    f = { syllables: syllable(value), common: value.charCodeAt(0) === lower.charCodeAt(0), caseless }
    facts.set(value, f)
  }
  return f
}

// Numbers the sentences judged, for `Caseless.seen`.
let judged = 0

// retext-readability's conversions from grade and score to age.
const gradeToAge = (grade: number) => Math.round(grade + 5)
const fleschToAge = (value: number) => 20 - Math.floor(value / 10)
const smogToAge = (value: number) => Math.ceil(Math.sqrt(value) + 2.5)

/** Words in a sentence (its direct children, as nlcst puts them). */
export function wordCount(sentence: Sentence): number {
  let words = 0
  for (const node of sentence.children) if (node.type === 'WordNode') words++
  return words
}

/**
 * How many of the seven formulas put the sentence above `age`; 0 below `minWords` words (which
 * retext-readability does not judge). Options as retext-readability reads them.
 */
export function hardVotes(sentence: Sentence, age: number, minWords: number): number {
  // Most sentences of a reply are short: count words first and look none of them up below
  // `minWords` (the result is 0 either way).
  if (wordCount(sentence) < minWords) return 0
  // Words are direct children of a sentence; a plain loop and a stamp on each distinct word keep
  // this pass cheap (a generic tree walk and two Sets per sentence cost more than the counting).
  const stamp = ++judged
  let familiar = 0
  let easy = 0
  let complexPolysillabicWord = 0
  let letters = 0
  let polysillabicWord = 0
  let totalSyllables = 0
  let words = 0
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue
    const value = node.children.length === 1 && node.children[0].type === 'TextNode' ? node.children[0].value : toString(node)
    const word = factsOf(value)
    words++
    totalSyllables += word.syllables
    letters += value.length
    if (word.syllables >= 3) {
      polysillabicWord++
      if (word.common) complexPolysillabicWord++
    }
    const { caseless } = word
    if (caseless.seen !== stamp) {
      caseless.seen = stamp
      if (caseless.familiar) familiar++
      if (caseless.easy) easy++
    }
  }
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: words - easy,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: words - familiar,
    word: words,
  }
  let votes = 0
  if (gradeToAge(automatedReadability(counts)) > age) votes++
  if (gradeToAge(colemanLiau(counts)) > age) votes++
  if (gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]) > age) votes++
  if (fleschToAge(flesch(counts)) > age) votes++
  if (gradeToAge(gunningFog(counts)) > age) votes++
  if (smogToAge(smogFormula(counts)) > age) votes++
  if (gradeToAge(spacheFormula(counts)) > age) votes++
  return votes
}
