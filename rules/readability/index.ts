// readability: sentences too hard for the configured reading age, judged as retext-readability
// judges them (seven readability formulas per sentence; a sentence is hard when enough of them
// agree). The registry loads rules lazily, and the formulas and word lists are the costliest part
// of a lint run. screen.ts reads retext-readability's own counts with Sets and a memo per word
// rather than running it, which took longer than all other rules together.
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { report } from '../../src/lint/report.ts'
import meta from './meta.ts'
import { readerSentences } from './sentences.ts'
import { FORMULAS, hardVotes } from './screen.ts'

export interface Options {
  /** Target reading age (default 16). */
  age?: number
  /** Share of the 7 formulas that must agree (default 4/7). */
  threshold?: number
  /** Sentences with fewer words are not judged (default 10). */
  minWords?: number
}

const opening = (sentence: string) => {
  const words = sentence.trim().split(/\s+/)
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ')
}

function plugin(options: RuleOptions): Transformer {
  const { age = 16, threshold = 4 / 7, minWords = 10 } = options as Options
  // The settings as retext-readability reads them (its defaults stand in for 0 and null).
  const judgeAge = age || 16
  const judgeThreshold = threshold || 4 / 7
  const judgeMinWords = typeof minWords === 'number' ? minWords : 5
  return (tree, file) => {
    const text = String(file.value)
    for (const sentence of readerSentences(tree, text, judgeMinWords)) {
      const votes = hardVotes(sentence, judgeAge, judgeMinWords)
      if (votes / FORMULAS < judgeThreshold) continue
      const start = sentence.position?.start.offset ?? 0
      const end = sentence.position?.end.offset ?? start
      const actual = text.slice(start, end)
      const how = votes < FORMULAS ? `${votes} of ${FORMULAS}` : `all ${FORMULAS}`
      report(file, {
        start,
        end,
        messageId: 'hard-sentence',
        message: `\`${opening(actual)}\` is hard to read for a reading age of ${age} (${how} readability formulas agree); split it into shorter sentences with plainer words`,
        actual,
        note: 'Upset or busy customers skim. One idea per sentence, everyday words, and the action first.',
      })
    }
  }
}

const rule: Rule = { meta, plugin }
export default rule
