// negative-phrasing: what reads as a refusal, and how to say it with a positive.
// Patterns match the normalised sentence (lower case, straight apostrophes, single spaces); see
// src/lint/sentences.ts. A suggestion replaces exactly the flagged words (src/lint/splice.ts):
// `{we}`/`{we're}` follow the agent's "we" or "I", `{verb|base}` is the refused verb.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

/** The agent as subject: "we", "I". */
const WE = '(?<we>we|i)'
/** Words that slip in without changing the refusal: "we are currently not able to". */
const ADV =
  "(?: (?:currently|really|simply|just|still|actually|unfortunately|sadly|regrettably|also|even|therefore|thus|now|at this time|at the moment|at present|right now|yet|ever|normally|usually|generally|typically|always|honestly|truly|presently))*"
/** "be" in the tenses a refusal comes in: "we're", "I was", "we've been". */
const BE = "(?:'re|'m| are| am| was| were|(?:'ve| have|'d| had) been)"
const NOT_BE = "(?: aren't| weren't| wasn't| (?:haven't|hadn't) been)"
/** What comes after "unable", "not able"… */
const ABLE = '(?:able|in a position|allowed|permitted|authori[sz]ed)'
/** Refused services, base form: "we don't offer", "we do not currently support". */
const OFFER =
  '(?<verb>offer|allow|support|provide|accept|permit|ship|deliver|refund|issue|give (?:refunds?|credits?|discounts?|cash|compensation|exceptions)|stock|carry|process|exchange|replace|extend|cover|honou?r|make exceptions|do (?:that|this|those|these|refunds|exchanges|returns|repairs|partial refunds))'
const OFFERING =
  '(?<verb>offering|allowing|supporting|providing|accepting|permitting|shipping|delivering|refunding|issuing|giving (?:refunds?|credits?|discounts?|cash|compensation|exceptions)|stocking|carrying|processing|exchanging|replacing|extending|covering|honou?ring|making exceptions)'
/** "it's not possible to", "that may not be possible to": the impersonal refusal, up to "possible". */
const IT_IS = [
  "(?:it|that|this)(?:'s| is| was| will be|'ll be| would be|'d be| may be| might be)(?: just| simply| currently| really)? (?:not possible|impossible)",
  "(?:it|that|this)(?: isn't| wasn't| is not| was not| won't be| will not be| wouldn't be| would not be| may not be| might not be)(?: just| simply| currently| really)? possible",
]

const cant = '`{actual}` reads as a flat refusal; tell the customer what you can do instead'
const closed = '`{actual}` closes the door; say what is possible instead'
const policy = '`{actual}` hides behind the rules; give the reason and the option the customer has'

const entries: PhraseEntry[] = [
  {
    id: 'unfortunately',
    match: [
      'unfortunately',
      'sadly',
      'regrettably',
      "(?:i(?:'m| am|m)|we(?:'re| are)) afraid(?: that)?(?= (?:we|i|that|this|it|there|the|your|our|you|not|no|so)\\b)",
      "(?:i(?:'m| am|m)|we(?:'re| are)) afraid not",
    ],
    message: '`{actual}` frames the reply as bad news; lead with what you can do instead',
    suggest: [''],
    note: 'Start with the solution or the option the customer does have; the facts speak for themselves.',
  },
  {
    id: 'we-cant',
    match: [
      `${WE}${ADV} (?:can't|cannot|can not|cant)`,
      `${WE}${ADV} can no longer`,
      `${WE}${BE}${ADV} (?:unable|not${ADV} ${ABLE}|no longer ${ABLE}) to`,
      `${WE}${NOT_BE}${ADV} ${ABLE} to`,
      `${WE}(?: won't| wont| will not| wouldn't| wouldnt| would not|'ll not|'d not| may not| might not| shan't| shall not)${ADV} be${ADV} ${ABLE} to`,
      `${WE}(?:'ll| will| would|'d| may| might| shall)${ADV} be${ADV} (?:unable|not ${ABLE}) to`,
    ],
    message: cant,
    suggest: ["{we} don't have a way to"],
    note: 'Lead with the option that exists ("Here\'s what I can do: …"), then mention the limit if it still matters.',
  },
  {
    id: 'we-couldnt',
    match: [
      `${WE}${ADV} (?:couldn't|could not|couldnt)`,
      `${WE}(?: was| were|(?:'ve| have|'d| had) been)${ADV} (?:unable|not ${ABLE}) to`,
      `${WE}(?: weren't| wasn't| (?:haven't|hadn't) been)${ADV} ${ABLE} to`,
    ],
    message: '`{actual}` frames the answer around what failed; say what you did and what happens next',
    suggest: ["{we} haven't managed to"],
  },
  {
    id: 'we-dont-offer',
    match: [
      `${WE}${ADV} (?:don't|do not|dont|won't|wont|will not|no longer)${ADV} ${OFFER}`,
      `${WE}(?:'re|'m| are| am)${ADV} (?:not|no longer)${ADV} ${OFFERING}`,
      `${WE}(?: aren't| won't be| will not be| wouldn't be| would not be|(?:'ll| will| would|'d) not be)${ADV} ${OFFERING}`,
    ],
    message: '`{actual}` frames the answer around what is missing; describe the option that exists',
    suggest: ["{we're} not set up to {verb|base}"],
    note: 'Say what you do offer ("What we can do is …") before, or instead of, what you don\'t.',
  },
  {
    id: 'not-possible-to',
    match: IT_IS.map((p) => `${p}(?= to )`),
    message: closed,
    suggest: ["{we} don't have a way"],
  },
  {
    id: 'not-possible',
    match: ['not (?<be>be )?possible', 'impossible'],
    message: closed,
    suggest: ['{be}outside what we can do'],
  },
  {
    id: 'isnt-possible',
    match: ["(?<aux>is|was|are|were)n't possible"],
    message: closed,
    suggest: ['{aux} outside what we can do'],
  },
  {
    id: 'wont-be-possible',
    match: ["(?:won't|will not) be possible"],
    message: closed,
    suggest: ['will be outside what we can do'],
  },
  {
    id: 'wouldnt-be-possible',
    match: ["(?:wouldn't|would not) be possible"],
    message: closed,
    suggest: ['would be outside what we can do'],
  },
  {
    id: 'against-policy-to',
    match: [
      "(?:it's|it is|it was|that's|that is|that would be|that'd be|this is|this would be|it would be|it'd be|it goes|that goes) against (?:our |the |company |store |shop )?(?:[a-z-]+ )?polic(?:y|ies)(?= to )",
    ],
    message: policy,
    suggest: ["{we're} not set up"],
  },
  {
    id: 'against-policy',
    match: ['against (?:our |the |company |store |shop )?(?:[a-z-]+ )?polic(?:y|ies)'],
    message: policy,
    suggest: ['outside what we can do'],
  },
  {
    id: 'policy-doesnt-allow-us',
    match: [
      "(?:our|the|company|store)(?: [a-z-]+)? polic(?:y|ies) (?:doesn't|doesnt|does not|don't|dont|do not|won't|will not|wouldn't|would not)(?: \\w+ly)? (?:allow|permit|let) (?:us|me|our team|the team) to",
    ],
    message: policy,
    suggest: ["{we're} not set up to"],
  },
  {
    id: 'policy-doesnt-allow',
    match: [
      "(?:our|the|company|store)(?: [a-z-]+)? polic(?:y|ies) (?:doesn't|doesnt|does not|don't|dont|do not|won't|will not|wouldn't|would not)(?: \\w+ly)? (?:allow|permit)",
    ],
    message: policy,
    suggest: ["we're not set up to offer"],
  },
  {
    id: 'nothing-we-can-do',
    match: [
      `(?:there's|there is|there isn't|there is not|there's not)(?: really)? (?:nothing|not (?:much|anything)|very little|little)(?: (?:more|else|further))? ${WE} (?:can|could) do`,
      `(?:nothing|not (?:much|a lot))(?: (?:more|else|further))? ${WE} (?:can|could) do`,
      `${WE}${ADV} (?:can't|cannot|can not) do (?:anything|much)(?: (?:more|else|further))?`,
    ],
    message: '`{actual}` leaves the customer with nowhere to go; offer the next best thing',
    suggest: ["{we're} limited in what {we} can do"],
  },
  {
    id: 'no-way',
    match: ["(?:there's|there is|there was|(?<we>we|i) have|(?:we|i)'ve got) no way"],
    message: '`{actual}` sounds like a shrug; say what can be done',
    suggest: ["{we} don't have a way"],
  },
  {
    id: 'no-way-bare',
    match: ['no way'],
    message: '`{actual}` sounds like a shrug; say what can be done',
  },
]

export default entries
