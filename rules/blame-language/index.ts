// blame-language: lecturing or blaming the customer. The phrases are data (phrases.ts); this file
// holds what data can't say: an apology or a condition around the words turns them around.
import type { Rule } from '../../src/types.ts'
import type { PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { splicePhraseRule } from '../../src/lint/splice.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-options.ts'

// "If you haven't read it yet, …", "in case you didn't follow…": an offer of help, not a charge.
const CONDITIONAL = /\b(?:if|unless|whether|in case|in the event|even if)\b[^,;:.!?]*$/
// "I'm sorry you were told the wrong date": the agent owning a mistake.
const OWNING = /\b(?:sorry|apologi[sz]e|apologies|regret|unfortunately|my bad|our mistake|our fault)\b/
const WRONG_AFTER = /^[^.!?]*\b(?:wrong|incorrect(?:ly)?|mistaken(?:ly)?|by mistake|misinformed|inaccurate|in error|otherwise)\b/
// "you can read the FAQ here": a pointer the customer may take or leave.
const OPTIONAL_READ = /\b(?:can|could|may|might|free to|like to|want to|wish to|prefer to|option to)(?: also)? $/
// "once things calm down", "until demand calms down": not said to the customer.
const TO_THE_CUSTOMER = /(?:^|[,;:—–-] ?|\b(?:and|so|but|now|ok|okay|look|honestly|sir|madam|please|just) )$/

const CONDITIONAL_IDS = new Set(['you-failed-to', 'you-didnt-read', 'you-didnt-follow', 'you-didnt-check', 'you-should-have', 'you-must-have', 'you-were-told', 'you-were-told-to'])

function keep(m: PhraseMatch): boolean {
  const before = m.sentence.norm.slice(0, m.from)
  const after = m.sentence.norm.slice(m.to)
  const id = m.entry.id
  if (CONDITIONAL_IDS.has(id) && CONDITIONAL.test(before)) return false
  if ((id === 'you-were-told' || id === 'you-were-told-to') && (OWNING.test(before) || WRONG_AFTER.test(after))) return false
  if (id === 'read-the-manual' && OPTIONAL_READ.test(before)) return false
  // "we've already mentioned this to the courier": reporting an action, not a reminder.
  if (id === 'i-already-said' && /^ to (?!you\b)/.test(after)) return false
  if (id === 'calm-down' && !/^(?:please|just|try|you|i need|can|could)\b/.test(m.sentence.norm.slice(m.from)) && !TO_THE_CUSTOMER.test(before)) return false
  return true
}

const rule: Rule = { meta, plugin: splicePhraseRule(entries, keep) }
export default rule
