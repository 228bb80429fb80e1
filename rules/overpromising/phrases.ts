// overpromising: pie-in-the-sky promises — guarantees, "never again", "100%", certainty about a fix
// nobody controls. Each rewrite promises what the agent can actually do.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

const WE = '(?:i|we)'
const ADV = '(?: (?:can|do|really|personally|absolutely|fully|hereby))*'
const FIXED = "(?:fixed|resolved|sorted(?: out)?|solved|repaired|corrected|restored|working(?: again)?|back(?: online| up)?|replaced|refunded|delivered|patched|addressed|ready|there|on time|gone|fine|okay|ok)"
// "'ll" only comes glued to its subject ("it'll"), so the subject is part of the match.
const WILL = "(?:will|[a-z]+'ll)"
const SURE = '(?:definitely|absolutely|certainly|surely|100%|one hundred percent)'

const entries: PhraseEntry[] = [
  {
    id: 'we-guarantee',
    match: [`${WE}${ADV} guarantee`, `${WE}(?:'m|'re| am| are) guaranteeing`],
    message: '`{actual}` promises an outcome you may not control; say what you have done to make it likely',
    // index.ts keeps the speaker: "We guarantee" → "We expect".
    suggest: ['I expect'],
    note: 'A broken guarantee costs more trust than the promise won. Promise your own actions, not outcomes.',
  },
  {
    id: 'guaranteed',
    match: ['guaranteed'],
    message: '`{actual}` is a promise the customer will hold you to; say what is expected and why',
    suggest: ['expected', 'on track'],
    note: 'Give the expected outcome and what you have done to secure it.',
  },
  {
    id: 'we-promise',
    match: [`${WE}${ADV} promise`, `${WE}(?:'m|'re| am| are) promising`],
    message: '`{actual}` overpromises; commit to what you will do, not to how it turns out',
    suggest: ['I expect', 'I can confirm'],
    note: 'Promise your own next action and a time, which you control.',
  },
  {
    id: 'never-again',
    match: ['never (?:ever )?(?:happen|occur)s? again'],
    message: '`{actual}` is a promise nobody can keep; say what you changed to prevent it',
    suggest: ['be much less likely to happen again'],
    note: 'Say what changed, so the customer can judge for themselves.',
  },
  {
    id: 'wont-happen-again',
    match: ["(?:won't|will not|shall not) (?:ever )?(?:happen|occur) again"],
    message: '`{actual}` is a promise nobody can keep; say what you changed to prevent it',
    suggest: ['is much less likely to happen again'],
    note: 'Say what changed, so the customer can judge for themselves.',
  },
  {
    id: 'hundred-percent',
    match: ['100 ?%', '100 percent', 'one hundred percent', 'hundred percent'],
    message: '`{actual}` claims a certainty support rarely has; state the facts instead',
    suggest: ['fully', 'very'],
    note: 'An amount ("100% of your refund") is fine; certainty ("100% secure") is a promise.',
  },
  {
    id: 'assure-you',
    match: [`${WE} (?:can )?assure you(?: that)?(?: [\\w']+){1,3}? (?:will|won't|will not|is going to|are going to|shall)`, `${WE} (?:can )?assure you(?: that)? (?:it|this|that|we|they|you|he|she)'ll`],
    message: '`{actual}` overpromises; tell the customer what you have done and what you expect',
    // index.ts keeps the rest of the clause: "I assure you the parcel will" → "I expect the parcel will".
    suggest: ['I expect it will'],
    note: 'Reassure with facts ("I\'ve checked the settings") rather than assurances.',
  },
  {
    id: 'definitely-will',
    match: [
      `${SURE} ${WILL} be ${FIXED}`,
      `${WILL} ${SURE} be ${FIXED}`,
      `${SURE} ${WILL} (?:fix|solve|resolve|work|arrive|sort)`,
      `${WILL} ${SURE} (?:fix|solve|resolve|work|arrive|sort)`,
    ],
    message: '`{actual}` is certainty you cannot give yet; say what you expect and when',
    // index.ts drops the certainty: "will definitely be fixed" → "should be fixed".
    suggest: ['should be fixed'],
    note: 'Say what is planned and when, and offer to confirm once it has happened.',
  },
]

export default entries
