// vague-commitment: time words that promise nothing the customer can hold us to. Each entry is
// flagged only inside a commitment by the agent or the company with no concrete time in the same
// sentence (see index.ts); the rewrites name a time, which is what the customer needs.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

const GIVE_A_TIME = 'Give a day or an hour the customer can plan around, and keep it.'
const BY_WHEN = ['by the end of today', 'within 24 hours', 'by tomorrow at noon']

const entries: PhraseEntry[] = [
  {
    id: 'soon',
    // "as soon as it ships" is a trigger, not a delay; "how soon" is a question; "soon after" a sequence.
    match: ['(?<!\\bas )(?<!\\bhow )soon(?! (?:after|afterwards|enough|as)\\b)'],
    message: '`{actual}` is a promise with no time; tell the customer when, to the day or the hour',
    suggest: BY_WHEN,
    note: GIVE_A_TIME,
  },
  {
    id: 'shortly',
    match: ['shortly(?! (?:after|afterwards|before|thereafter)\\b)'],
    message: '`{actual}` is a promise with no time; say when it will happen',
    suggest: ['within the hour', 'by the end of today'],
    note: GIVE_A_TIME,
  },
  {
    id: 'asap',
    match: ['as soon as (?:humanly |reasonably )?possible', 'asap', 'a\\.s\\.a\\.p\\.?', 'as soon as (?:i|we|they|he|she|someone) (?:possibly )?(?:can|could)', "as soon as (?:i|we|they|he|she|someone)(?:'re|'m| are| am| is) able(?: to)?"],
    message: '`{actual}` sounds urgent but commits to nothing; name the time',
    suggest: BY_WHEN,
    note: GIVE_A_TIME,
  },
  {
    id: 'timely-manner',
    match: ['in a (?:timely|prompt) (?:manner|fashion)'],
    message: '`{actual}` is corporate for "eventually"; give a time',
    suggest: ['within 2 business days', 'by the end of today'],
    note: GIVE_A_TIME,
  },
  {
    id: 'in-due-course',
    match: ['in due course', 'in good time'],
    message: '`{actual}` gives the customer no date to hold on to; name one',
    suggest: ['by Friday', 'within 5 business days'],
    note: GIVE_A_TIME,
  },
  {
    id: 'at-some-point',
    match: ['at some (?:point|stage)(?: in the future)?', 'some time soon', 'sometime soon'],
    message: '`{actual}` reads as "maybe never"; say when',
    suggest: ['by Friday', 'within 5 business days'],
    note: GIVE_A_TIME,
  },
  {
    id: 'near-future',
    match: ['in the (?:near|not too distant|foreseeable) future'],
    message: '`{actual}` has no date in it; give one, or say what the next step is and when',
    suggest: ['by the end of this month', 'by Friday'],
    note: GIVE_A_TIME,
  },
  {
    id: 'later-date',
    match: ['at a later (?:date|time|stage)'],
    message: '`{actual}` postpones without a date; give one',
    suggest: ['by Friday', 'within 5 business days'],
    note: GIVE_A_TIME,
  },
  {
    id: 'in-a-while',
    match: ['in a (?:little |short )?while'],
    message: '`{actual}` leaves the customer guessing; say how long',
    suggest: ['within the hour', 'in about 30 minutes'],
    note: GIVE_A_TIME,
  },
]

export default entries
