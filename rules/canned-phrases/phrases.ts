// canned-phrases: stock lines that make a reply read like a form letter, and what a person would
// write instead. Patterns match the normalised sentence (lower case, straight apostrophes, single
// spaces); see src/lint/sentences.ts. A suggestion replaces exactly the flagged words
// (src/lint/splice.ts); `fix: true` marks a swap safe to apply without reading the reply.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

/** Intensifiers that don't make a stock line less stock: "we sincerely apologise". */
const INTENSE =
  "(?: (?:really|truly|sincerely|deeply|genuinely|very|so|terribly|extremely|do|would like to|'d like to|want to|wish to|must|again|once again|also|greatly|humbly))*"
/** Both halves of the pair, in either order: "patience and (for your) understanding". */
const PAIR = '(?:patience(?: and| &)(?: for)?(?: your)? understanding|understanding(?: and| &)(?: for)?(?: your)? patience)'
/** "the inconvenience", "any inconvenience this may have caused (you)". */
const INCONVENIENCE =
  "(?:(?:the|any|all the|all|this|that|these|those|such|your)(?: [\\w-]+){0,3}? )?inconveniences?(?: (?:this|it|that|which|we|i) (?:may|might|could|has|have|will|would|had|is|was|must)?(?: have)?(?: been)? caus(?:ed|e|es|ing)(?: you)?| caused(?: to you)?(?! by)| to you)?"
const WE = '(?<we>we|i)'

const inconvenience = '`{actual}` is the stock apology; say sorry for the actual problem'
const valued = '`{actual}` is a line customers have read a thousand times; show it instead of saying it'

const entries: PhraseEntry[] = [
  {
    id: 'apologize-for-inconvenience',
    match: [
      `${WE}(?:'re|'m| are| am)?${INTENSE} (?:apologi[sz]e|regret)(?: (?:for|about))? ${INCONVENIENCE}`,
      `${WE}(?:'re|'m| are| am)${INTENSE} sorry (?:for|about) ${INCONVENIENCE}`,
    ],
    message: inconvenience,
    suggest: ["{we're} sorry for the trouble"],
    note: 'Name what went wrong ("I\'m sorry your order is late") so the apology reads as meant.',
  },
  {
    id: 'sorry-for-inconvenience',
    match: [`sorry (?:for|about) ${INCONVENIENCE}`],
    message: inconvenience,
    suggest: ['sorry for the trouble'],
    note: 'Name what went wrong ("sorry your order is late") so the apology reads as meant.',
  },
  {
    id: 'apologies-for-inconvenience',
    match: [`(?<what>apologies|apology)(?: (?:for|about))? ${INCONVENIENCE}`],
    message: inconvenience,
    suggest: ['{what} for the trouble'],
    note: 'Name what went wrong so the apology reads as meant.',
  },
  {
    id: 'inconvenience-regretted',
    match: ['(?:the |any )?inconvenience(?: caused)?(?: to you)? is (?:deeply |sincerely |truly |much |greatly )?regretted'],
    message: inconvenience,
    suggest: ["we're sorry for the trouble"],
  },
  {
    id: 'important-to-us',
    match: [
      "your (?:call|business|satisfaction|custom) (?:is|remains)(?: (?:very|extremely|really|truly|so|most|incredibly|highly))? important to (?:us|me)",
    ],
    message: valued,
    suggest: ['I want to get this right for you'],
  },
  {
    id: 'satisfaction-priority',
    match: [
      "(?:your|customer|our customers'|our customer's) satisfaction (?:is|remains) (?:always )?(?:our|my) (?:(?:very |absolute |number one |#1 |first |highest |main |utmost |top |biggest )+)?priority",
    ],
    message: valued,
    suggest: ['I want to get this right for you'],
  },
  {
    id: 'please-be-advised',
    match: ["(?:please|kindly) (?:be advised|note and be advised)(?: that)?", '(?<![a-z] )be advised(?: that)?'],
    message: '`{actual}` is legal-letter filler; start with the news itself',
    suggest: [''],
    fix: true,
  },
  {
    id: 'value-your-feedback',
    match: [`${WE}(?: (?:really|truly|greatly|do|always|highly|sincerely))* (?:value|appreciate and value|value and appreciate) (?:your|all) (?<what>feedback|input)`],
    message: valued,
    suggest: ["{we're} glad to get your {what}"],
  },
  {
    id: 'value-your-business',
    match: [`${WE}(?: (?:really|truly|greatly|do|always|highly|sincerely))* (?:value|appreciate and value|value and appreciate) your (?<what>business|custom|loyalty)`],
    message: valued,
    suggest: ["{we're} glad to have your {what}"],
  },
  {
    id: 'patience-and-understanding',
    match: [
      `(?:thank you|thanks|many thanks|thank you so much|thank you very much|thanks so much)(?: again)? for (?:your|all your|all of your)(?: continued| ongoing| kind)? ${PAIR}`,
    ],
    message: '`{actual}` is the form-letter sign-off; thank them for something specific',
    suggest: ['thanks for bearing with us'],
  },
  {
    id: 'appreciate-patience-and-understanding',
    match: [
      `${WE}(?: (?:really|truly|greatly|do|sincerely))* appreciate (?:your|all your)(?: continued| ongoing| kind)? ${PAIR}`,
    ],
    message: '`{actual}` is the form-letter sign-off; thank them for something specific',
    suggest: ['{we} appreciate you bearing with us'],
  },
  {
    id: 'patience-and-understanding-are',
    match: [`(?:your|all your)(?: continued| ongoing| kind)? ${PAIR} are`],
    message: '`{actual}` is the form-letter sign-off; thank them for something specific',
    suggest: ['your patience is'],
  },
  {
    id: 'patience-and-understanding-bare',
    match: [`(?:your|all your)(?: continued| ongoing| kind)? ${PAIR}`],
    message: '`{actual}` is the form-letter sign-off; thank them for something specific',
    suggest: ['your patience'],
  },
  {
    id: 'dont-hesitate',
    match: [
      "(?:please )?(?:do not|don't|dont|never) hesitate to (?<verb>contact|reach out|get in touch|get back|call|phone|ring|email|e-mail|message|write|ask|let (?:us|me) know|drop|ping|chat|reply|respond)",
    ],
    message: '`{actual}` is the stock closing line; invite the reply in your own words',
    suggest: ['feel free to {verb}'],
    note: 'Better still, check back: "Does that work for you?"',
  },
  {
    id: 'rest-assured',
    match: ['rest assured(?: that)?', "(?:you can|you may) rest assured(?: that)?"],
    message: '`{actual}` asks for trust instead of earning it; state the fact or the next step',
    suggest: [''],
  },
  {
    id: 'regret-to-inform',
    match: [`${WE}(?: (?:deeply|sincerely|truly|really|very much|greatly))* regret to (?:inform|tell|advise|notify|let) you`],
    message: '`{actual}` sounds like a rejection letter; give the news plainly and kindly',
    suggest: ["{we're} sorry to say"],
  },
  {
    id: 'kindly',
    match: ['please kindly', 'kindly'],
    message: '`{actual}` reads as stiff and old-fashioned; "please" says the same',
    suggest: ['please'],
    fix: true,
  },
  {
    id: 'as-per-your',
    match: ["as per(?= (?:your|the customer's) )"],
    message: '`{actual}` is office jargon; say it plainly',
    suggest: ['following'],
    fix: true,
  },
  {
    id: 'as-per-policy',
    match: [
      "as per(?= (?:our|the|company|store|shop|company's|the company's)(?: \\w+)? (?:polic(?:y|ies)|terms|terms and conditions|t&cs?|guidelines|rules|agreement|contract|procedures?|regulations?|conditions)\\b)",
    ],
    message: '`{actual}` is office jargon; say it plainly',
    suggest: ['under'],
    fix: true,
  },
  {
    id: 'as-per',
    match: ['as per'],
    message: '`{actual}` is office jargon; say it plainly',
    suggest: ['per'],
    fix: true,
  },
  {
    id: 'per-our-policy',
    match: ["(?<!as )per (?<rest>(?:our|the company's|company|the store's|store)(?: \\w+)? polic(?:y|ies))"],
    message: '`{actual}` hides behind a rulebook; give the reason in plain words',
    suggest: ['under {rest}'],
    fix: true,
  },
  {
    id: 'finds-you-well',
    match: [
      `(?:${WE}(?: (?:really|truly|sincerely|do))* )?(?:hope|trust|hoping)(?: that)? (?:this|that|my|our|the)(?: (?:e-?mail|message|note|letter|reply|response))? finds you (?:well|in good health|in good spirits|safe and well)`,
    ],
    message: '`{actual}` is filler before the point; open with the answer or a thank-you',
    suggest: [''],
  },
  {
    id: 'at-this-point-in-time',
    match: ['at this (?:point|moment|present point|present moment) in time', 'at the present moment in time'],
    message: '`{actual}` is five words for "now"',
    suggest: ['now'],
    fix: true,
  },
  {
    id: 'do-the-needful',
    match: ['do the needful'],
    message: '`{actual}` is vague office jargon; say what needs doing',
    suggest: ['take care of this'],
    fix: true,
  },
  {
    id: 'did-the-needful',
    match: ['did the needful'],
    message: '`{actual}` is vague office jargon; say what was done',
    suggest: ['took care of it'],
  },
  {
    id: 'done-the-needful',
    match: ['done the needful'],
    message: '`{actual}` is vague office jargon; say what was done',
    suggest: ['taken care of it'],
  },
  {
    id: 'doing-the-needful',
    match: ['doing the needful'],
    message: '`{actual}` is vague office jargon; say what is being done',
    suggest: ['taking care of it'],
  },
]

export default entries
