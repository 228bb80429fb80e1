// negative-phrasing: what reads as a refusal, and how to say it with a positive.
// Patterns match the normalised sentence (lower case, straight apostrophes); see src/lint/sentences.ts.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

const WE = "(?:we|i)"
const ADV = "(?: (?:currently|really|simply|just|still|actually|unfortunately|sadly|also|even|therefore|thus|now|at this time|yet|ever|normally|usually|generally))*"
const CANT = `(?:can't|cannot|can not|cant|couldn't|could not|won't be able to|will not be able to|wouldn't be able to|would not be able to|are unable to|am unable to|were unable to|'re unable to|'m unable to|are not able to|am not able to|'re not able to|'m not able to|aren't able to|weren't able to|were not able to|are not in a position to|'re not in a position to|aren't in a position to|am not in a position to|'m not in a position to)`
const DONT = `(?:don't|do not|doesn't|does not|didn't|did not|are not|aren't|'re not|am not|'m not|won't|will not)`
const OFFER = '(?:offer|offering|allow|allowing|support|supporting|provide|providing|accept|accepting|do that|do this|issue|issuing|give|giving|ship|shipping|refund|refunding|permit|permitting)'

const entries: PhraseEntry[] = [
  {
    id: 'unfortunately',
    match: ['unfortunately', 'sadly', 'regrettably', "i'm afraid(?= (?:we|i|that|this|it|there|you|the|your)\\b)", 'i am afraid(?= (?:we|i|that|this|it|there|you|the|your)\\b)'],
    message: '`{actual}` opens with bad news; lead with what you can do instead',
    suggest: [''],
    note: 'Start with the solution or the option the customer does have.',
  },
  {
    id: 'we-cant',
    match: [`${WE}${ADV} ${CANT}`],
    message: '`{actual}` reads as a flat refusal; say what you can do instead',
    suggest: ['here is what I can do:', 'what I can do is'],
  },
  {
    id: 'we-dont-offer',
    match: [`${WE}(?: (?:currently|just|really|simply|unfortunately|still|normally|usually|generally))* ${DONT}${ADV} ${OFFER}`],
    message: '`{actual}` frames the answer around what is missing; describe the option that exists',
    suggest: ['what we offer is', 'here is what we can do:'],
  },
  {
    id: 'not-possible',
    match: ["(?:it's|it is|that's|that is|this is|this isn't|it isn't|that isn't)(?: just| simply| currently| really)? not possible", "not be possible", "isn't possible", "is not possible", "impossible"],
    message: '`{actual}` closes the door; explain what is possible instead',
    suggest: ['what is possible is', 'the option we have is'],
  },
  {
    id: 'against-policy',
    match: ['against (?:our |the |company |store )?(?:company )?polic(?:y|ies)', "our polic(?:y|ies) (?:doesn't|does not|don't|do not|won't|will not) (?:allow|permit|let)"],
    message: '`{actual}` hides behind the rules; explain the reason and the alternative',
    suggest: ['what our policy does allow is'],
  },
  {
    id: 'nothing-we-can-do',
    match: [`(?:there's|there is|there isn't|there is not) (?:nothing|not (?:much|anything)) (?:else )?${WE} (?:can|could) do`, `${WE} (?:can't|cannot|can not) do anything`],
    message: '`{actual}` leaves the customer with nowhere to go; offer the next best thing',
    suggest: ['here is what I can do:'],
  },
  {
    id: 'no-way',
    match: ['no way(?! to (?:tell|know))'],
    message: '`{actual}` sounds dismissive; say what can be done',
    suggest: ["there isn't an option for that yet, but"],
  },
]

export default entries
