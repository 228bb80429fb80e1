// negative-phrasing: the agent refusing or framing the answer negatively. The phrases are data
// (phrases.ts); this file holds the judgement data can't make: who is speaking, and whether the
// "can't" is a refusal at all.
import type { Rule } from '../../src/types.ts'
import type { PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { splicePhraseRule } from '../../src/lint/splice.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-options.ts'

const REFUSALS = new Set(['we-cant', 'we-couldnt', 'we-dont-offer', 'nothing-we-can-do'])
const IMPOSSIBLE = new Set(['not-possible', 'not-possible-to', 'isnt-possible', 'wont-be-possible', 'wouldnt-be-possible'])

// "I can't wait", "we can't thank you enough", "I couldn't agree more": eager, not refusing.
const NOT_A_REFUSAL =
  /^ (?:wait|thank|help but|stress|emphasi[sz]e|express|imagine|believe|say (?:it )?enough|tell you how|recommend .* enough|agree more|be (?:happier|prouder|more)|ask for (?:a )?(?:more|better)|have (?:done|made) (?:it|this) without|see (?:why not|any reason)|let (?:that|this|you)\b)/

// "If we can't fix it by Friday, …", "if that's not possible, …": a plan B, not a refusal.
const CONDITIONAL = /\b(?:if|unless|whether|in case|in the event)\b[^,;:.!?]*$|(?:^|[,;:] )should [^,;:.!?]*$/

// "I know it felt impossible to reach us": the customer's experience, acknowledged.
const FELT = /\b(?:feel|feels|felt|feeling|seem|seems|seemed|seeming)(?: \w+ly)? $/

function keep(m: PhraseMatch): boolean {
  const before = m.sentence.norm.slice(0, m.from)
  const after = m.sentence.norm.slice(m.to)
  if (m.entry.id !== 'unfortunately' && CONDITIONAL.test(before)) return false
  if (REFUSALS.has(m.entry.id) && NOT_A_REFUSAL.test(after)) return false
  // "I'm sorry we couldn't get it to you on time": owning a past failure, which is the point.
  if (m.entry.id === 'we-couldnt' && /\b(?:sorry|apologi[sz]e|apologies)\b/.test(before)) return false
  if (IMPOSSIBLE.has(m.entry.id) && FELT.test(before)) return false
  // "it's not possible for you to be charged twice": a reassurance, not a refusal.
  if (IMPOSSIBLE.has(m.entry.id) && /^ for you to (?:be (?:charged|billed)|lose|pay)\b/.test(after)) return false
  return true
}

const rule: Rule = { meta, plugin: splicePhraseRule(entries, keep) }
export default rule
