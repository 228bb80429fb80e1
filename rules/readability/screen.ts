// readability: a fast first pass over every sentence, so retext-readability only judges the few
// that could be hard. retext-readability looks every word up in two word lists with
// Array#includes (~4,000 string compares a word) and counts its syllables afresh; on a thousand
// drafts that was slower than all other rules together. This pass counts exactly the same
// things with Sets and memoised syllable counts and feeds the same seven formulas, so it agrees
// with retext-readability; it lets through one formula's worth of margin so that any drift
// between the two only costs time, never a missed sentence.
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
const FORMULAS = 7

// Support replies reuse a small vocabulary; a bounded memo keeps editors' long sessions flat.
const syllables = new Map<string, number>()
function syllablesOf(word: string): number {
  let n = syllables.get(word)
  if (n === undefined) {
    if (syllables.size > 50_000) syllables.clear()
    n = syllable(word)
    syllables.set(word, n)
  }
  return n
}

// retext-readability's conversions from grade and score to age.
const gradeToAge = (grade: number) => Math.round(grade + 5)
const fleschToAge = (value: number) => 20 - Math.floor(value / 10)
const smogToAge = (value: number) => Math.ceil(Math.sqrt(value) + 2.5)

/** How many of the seven formulas put the sentence above `age`; 0 below `minWords` words. */
export function hardVotes(sentence: Sentence, age: number, minWords: number): number {
  // Most sentences of a reply are short: count words first and look none of them up below
  // `minWords` (the result is 0 either way).
  let words = 0
  for (const node of sentence.children) if (node.type === 'WordNode') words++
  if (words < minWords) return 0
  // Words are direct children of a sentence; a plain loop and small arrays keep this pass cheap
  // (a generic tree walk and two Sets per sentence cost more than the counting itself).
  const familiar: string[] = []
  const easy: string[] = []
  let complexPolysillabicWord = 0
  let letters = 0
  let polysillabicWord = 0
  let totalSyllables = 0
  let wordCount = 0
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue
    const value = node.children.length === 1 && node.children[0].type === 'TextNode' ? node.children[0].value : toString(node)
    const caseless = value.toLowerCase()
    const count = syllablesOf(value)
    wordCount++
    totalSyllables += count
    letters += value.length
    if (count >= 3) {
      polysillabicWord++
      if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysillabicWord++
    }
    if (FAMILIAR.has(caseless) && !familiar.includes(caseless)) familiar.push(caseless)
    if (EASY.has(caseless) && !easy.includes(caseless)) easy.push(caseless)
  }
  if (wordCount < minWords) return 0
  const counts = {
    character: letters,
    complexPolysillabicWord,
    difficultWord: wordCount - easy.length,
    letter: letters,
    polysillabicWord,
    sentence: 1,
    syllable: totalSyllables,
    unfamiliarWord: wordCount - familiar.length,
    word: wordCount,
  }
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts)),
  ]
  return ages.filter((a) => a > age).length
}

/** Could retext-readability call this sentence hard? (One vote of margin.) */
export function mayBeHard(sentence: Sentence, age: number, minWords: number, threshold: number): boolean {
  return (hardVotes(sentence, age, minWords) + 1) / FORMULAS >= threshold
}
