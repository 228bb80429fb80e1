// canned-phrases: robotic stock lines. The phrases are data (phrases.ts); this file holds what data
// can't say: "kindly" is only the stiff request word when it asks for something.
import type { Rule } from '../../src/types.ts'
import type { PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { splicePhraseRule } from '../../src/lint/splice.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-options.ts'

// "Thank you kindly", "you kindly sent", "she kindly agreed": warmth, not a form-letter request.
const KIND_BEFORE = /\b(?:thank you|thanks|he|she|they|who|which|have|has|had|was|were|is|are|been)(?: so| very| most)? $/
// "you kindly sent" thanks; "could you kindly send" asks.
const YOU_KINDLY = /\byou $/
const ASKING = /\b(?:could|would|can|will|may|might) you $/
const KIND_AFTER = /^ (?:(?!proceed\b|need\b)\w+ed|sent|gave|given|took|taken|made|left|offered|agreed|lent|brought|wrote|written)\b/

function keep(m: PhraseMatch): boolean {
  if (m.entry.id !== 'kindly') return true
  const before = m.sentence.norm.slice(0, m.from)
  const after = m.sentence.norm.slice(m.to)
  if (YOU_KINDLY.test(before) && !ASKING.test(before)) return false
  return !KIND_BEFORE.test(before) && !KIND_AFTER.test(after)
}

const rule: Rule = { meta, plugin: splicePhraseRule(entries, keep) }
export default rule
