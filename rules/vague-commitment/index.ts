// vague-commitment: "soon", "shortly", "ASAP"… when the agent or the company commits to act and
// the sentence gives no concrete time. Pleasantries ("talk soon"), the customer's own actions
// ("order soon to secure yours") and sentences that also name a time ("shortly, within 2 hours")
// stay quiet.
import type { Rule } from '../../src/types.ts'
import { phraseRule, type PhraseMatch } from '../../src/lint/phrase-rule.ts'
import { sentenceAround } from '../../src/lint/sentence-bounds.ts'
import entries from './phrases.ts'
import meta from './meta.ts'

export type { PhraseOptions as Options } from '../../src/lint/phrase-rule.ts'

const UNIT = '(?:min(?:ute)?s?|hours?|hrs?|days?|business days?|working days?|weeks?|months?)'
const NUMBER = '(?:\\d+(?:[-–]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty-eight|a few|a couple(?: of)?|\\{ph\\})'
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)'
const DAY_FULL = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)'

// A time the customer can plan around, anywhere in the sentence.
const CONCRETE_TIME = new RegExp(
  [
    `\\b(?:within|in|under|less than|up to|inside|over) (?:the next |the coming |about |around |roughly )?${NUMBER}[ -]?${UNIT}\\b`,
    `\\b(?:within|in) the (?:hour|day|week)\\b`,
    // A bare duration only when it bounds this sentence's action ("takes 2 days", "(3-5 business
    // days)", "2 hours from now"), not "our 12 months warranty".
    `\\b(?:takes?|taking|about|around|roughly|approximately|up to|no more than|at most|for) ${NUMBER}[ -]?${UNIT}\\b`,
    `\\(\\s*${NUMBER}[ -]?${UNIT}\\b`,
    `\\b${NUMBER}[ -]?${UNIT} (?:from now|later|at (?:the )?most|max)\\b`,
    // A week on its own is a window, not a time ("at some point this week"); "by the end of the
    // week" is a deadline.
    `\\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|later today|end of (?:the |this |next )?(?:day|business|week|month)|eod|cob|noon|midnight)\\b`,
    `\\b(?:by|before|until) (?:this|next|the end of (?:this|next|the)) (?:week|weekend|month)\\b`,
    `\\b(?:on|by|before|until|this|next|from) ${DAY}\\b`,
    `\\b${DAY_FULL}(?: morning| afternoon| evening)?\\b`,
    `\\b${MONTH} \\d{1,2}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\\b`,
    '\\b\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b\\d{1,2}:\\d{2}\\b',
    // A date like 14/6, but not "24/7" (always open is not a time).
    '\\b(?!24/7)\\d{1,2}/\\d{1,2}\\b',
  ].join('|'),
)

// Friendly closings and wishes, not promises.
const PLEASANTRY = /\b(?:(?:talk|speak|chat)(?: (?:to|with) you)?|see you|see ya|seeing you|catch you|hear from you|hearing from you|meet|meeting you|catch up|get well|feel better)(?: again)?(?: (?:very|really))? $/

// Verbs after "you" that describe receiving what the company sends: "you'll hear from them soon".
const RECEIPT = /^(?:'ll|'d| will| should| can| may| might| would)?(?: (?:expect to|be able to|definitely|also))? (?:hear|receive|get|see|be (?:contacted|notified|hearing|receiving|getting)|have)\b/
// "you" as a subject (sentence or clause start, after a conjunction, or inverted in a question),
// not as an object ("get back to you").
const YOU_SUBJECT = /(?:^|[,;:(] ?|\b(?:if|when|once|and|so|but|then|that|please|unless|until|can|could|would|will|do|did) )you\b/g
const OTHER_SUBJECT = /\b(?:i|we|they|he|she|it|this|that|someone|somebody|team|agent|operator|engineer|specialist|courier|refund|order|parcel|package|fix|update)\b/g
// Something in the sentence shows a commitment: a future, a modal, a progressive, or our side's
// delivery in the present ("your refund arrives soon"); "the sale ends soon" is news, not a promise.
const COMMITS = /(?:\b(?:will|shall|should|going to|gonna|is being|are being|be|coming|on (?:its|their) way|expect|promise|aim to|hope to|plan to|intend to|want to|would like to|try to|working on|look into|get back|follow up|reach out|be in touch|let you know|update you|arrives|ships|lands|goes (?:out|live)|gets? (?:processed|sent|shipped|fixed|resolved)|is (?:processed|sent|shipped|dispatched|refunded|fixed|resolved))\b|'ll\b)/

function lastIndex(text: string, re: RegExp): number {
  let at = -1
  for (const m of text.matchAll(re)) at = m.index + m[0].length
  return at
}

function keep(m: PhraseMatch): boolean {
  const { start, end } = sentenceAround(m.sentence, m.from, m.to)
  const before = m.sentence.norm.slice(start, m.from)
  const after = m.sentence.norm.slice(m.to, end)
  if (CONCRETE_TIME.test(`${before}${' '.repeat(m.to - m.from)}${after}`)) return false
  if (m.entry.id === 'soon' && PLEASANTRY.test(before)) return false
  // Whose action is it? The nearest subject before the words decides: the customer's own action
  // ("could you reply soon") is not our promise, unless it is receiving ours ("you'll hear soon").
  const you = lastIndex(before, YOU_SUBJECT)
  if (you > lastIndex(before, OTHER_SUBJECT) && !RECEIPT.test(before.slice(you))) return false
  // An imperative or a wish with no commitment in it ("order soon", "please reply asap").
  if (!COMMITS.test(before) && !COMMITS.test(after)) return false
  return true
}

const rule: Rule = { meta, plugin: phraseRule(entries, keep) }
export default rule
