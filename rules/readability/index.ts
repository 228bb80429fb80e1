// readability: sentences too hard for the configured reading age, judged by retext-readability
// (seven readability formulas per sentence; a sentence is hard when enough of them agree). This
// module is the only one that loads it: the registry loads rules lazily, and the formulas and word
// lists are the costliest part of a lint run. A fast screen (screen.ts) picks the sentences that
// could be hard; retext-readability judges those.
import retextReadability from 'retext-readability'
import { VFile } from 'vfile'
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { report } from '../../src/lint/report.ts'
import meta from './meta.ts'
import { readerTree } from './sentences.ts'
import { mayBeHard } from './screen.ts'

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
  const judge = retextReadability({ age, threshold, minWords })
  return (tree, file) => {
    // retext-readability reports in its own words; collect its verdicts on a scratch file and
    // report them in ours.
    const text = String(file.value)
    const scratch = new VFile({ value: text })
    judge(readerTree(tree, text, (sentence) => mayBeHard(sentence, age, minWords, threshold)), scratch)
    for (const verdict of scratch.messages) {
      const place = verdict.place
      if (!place || !('start' in place)) continue
      const start = place.start.offset ?? 0
      const end = place.end.offset ?? start
      const sentence = text.slice(start, end)
      const agree = /(\d+) out of (\d+)|all (\d+)/.exec(verdict.reason)
      const how = agree ? (agree[3] ? `all ${agree[3]}` : `${agree[1]} of ${agree[2]}`) : 'most'
      report(file, {
        start,
        end,
        messageId: 'hard-sentence',
        message: `\`${opening(sentence)}\` is hard to read for a reading age of ${age} (${how} readability formulas agree); split it into shorter sentences with plainer words`,
        actual: sentence,
        note: 'Upset or busy customers skim. One idea per sentence, everyday words, and the action first.',
      })
    }
  }
}

const rule: Rule = { meta, plugin }
export default rule
