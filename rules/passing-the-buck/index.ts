// passing-the-buck: "not my department", "you'll need to contact our billing team". An owned
// hand-off ("I've passed this to our billing team and will update you by Friday") is the fix, not
// the problem, so a sentence where the agent has already handed it over stays quiet.
import type { VFile } from 'vfile'
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { compileEntries, findPhrases, matchCase, reportPhrase, type PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { sentenceAround } from '../../src/lint/sentence-bounds.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-rule.ts'

const OWNED = /\b(?:i|we)(?:'ve|'ll| have| will| am|'m)?(?: (?:already|just|now|personally|also))? (?:passed|passing|forwarded|forwarding|escalated|escalating|transferred|transferring|connected|connecting|referred|handed|shared|sent|asked|asking|looped in|copied|cc'd|flagged|raised|booked)\b/

function keep(m: PhraseMatch): boolean {
  if (m.entry.id !== 'contact-another-team' && m.entry.id !== 'someone-else') return true
  const { start, end } = sentenceAround(m.sentence, m.from, m.to)
  return !OWNED.test(m.sentence.norm.slice(start, end))
}

// The data's rewrites start where "not" would; a match that starts with the verb keeps it.
function rewrites(m: PhraseMatch, actual: string): string[] {
  if (m.entry.id === 'im-just-the') return [actual.replace(/\s+(?:just|only)\b/i, '')]
  const verb = /^(is|was)(?:n't| not)\b/i.exec(actual)
  return (m.entry.suggest ?? []).map((s) => (verb ? `${verb[1]} ${s}` : matchCase(s, actual)))
}

function plugin(options: RuleOptions): Transformer {
  const compiled = compileEntries(entries, options, '`{actual}` passes the customer on; own the next step')
  return (tree, file: VFile) => {
    for (const m of findPhrases(tree, file, compiled)) {
      if (!keep(m)) continue
      reportPhrase(file, m, (actual) => rewrites(m, actual).map((x) => x.replaceAll('{actual}', actual)))
    }
  }
}

const rule: Rule = { meta, plugin }
export default rule
