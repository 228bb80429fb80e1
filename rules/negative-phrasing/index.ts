// negative-phrasing: the agent refusing or framing the answer negatively.
import type { Rule } from '../../src/types.ts'
import { phraseRule, type PhraseMatch } from '../../src/lint/phrase-rule.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

// Reassurances and offers are not refusals: "we can't wait", "if you can't find it".
function keep(m: PhraseMatch): boolean {
  const before = m.sentence.norm.slice(0, m.from)
  const after = m.sentence.norm.slice(m.to)
  if (m.entry.id === 'we-cant' || m.entry.id === 'we-dont-offer') {
    if (/^ ?(?:wait|thank|help but|stress enough|recommend .* enough)/.test(after)) return false
    if (/\b(?:if|unless|whether|in case|when)\s+(?:\S+\s+){0,2}$/.test(before)) return false
  }
  return true
}

const rule: Rule = { meta, plugin: phraseRule(entries, keep) }
export default rule
