// passing-the-buck: deflecting the customer to someone else instead of owning the hand-off. The
// rewrites make the agent the one who acts: "I've passed this to our billing team, who will…".
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

const TEAM = "(?:[\\w&'-]+ ){0,3}(?:team|department|dept|desk|division|group|people|folks|colleagues|office|unit|staff|specialists|support|line)"
// Partners the company works with: sending the customer to them is passing the buck too.
const PARTNER = '(?:courier|carrier|manufacturer|supplier|vendor|seller|warehouse|retailer|delivery (?:company|firm|partner|driver|service)|shipping (?:company|partner)|logistics (?:company|partner)|payment (?:provider|processor)|third[- ]party(?: [\\w-]+)?)'
const WHOSE = '(?:our|the|another|a different|the other|a separate|the relevant|the right|the appropriate)'
const CONTACT = '(?:contact|call|phone|ring|email|e-mail|write to|message|reach out to|get in touch with|speak (?:to|with)|talk to|take (?:this|it|that) up with|ask|raise (?:this|it) with|go through|go to|open a (?:ticket|case) with)'
// "you'll need to", "you may have to", "you would first need to".
const MAY = "(?:'ll|'d| will| would| may| might| could)?(?: also| probably| first)?"
const NOT = "(?:not|isn't|is not|wasn't)"

const entries: PhraseEntry[] = [
  {
    id: 'not-my-department',
    match: [
      `${NOT} (?:really )?(?:my|our) (?:department|dept|job|area|remit|responsibility|problem|concern|call|issue|team|role|business|thing|fault)`,
      `${NOT} (?:something|anything|a thing|an issue|a matter|a question) (?:that )?(?:i|we) (?:can|could|am able to|are able to) (?:help (?:you )?with|deal with|handle|assist with|do anything about)`,
      `${NOT} (?:something|anything) (?:that )?(?:i|we) (?:handle|deal with|cover|look after)`,
      "outside (?:of )?(?:my|our) (?:remit|department|area|scope|job|responsibility)",
    ],
    message: '`{actual}` tells the customer it is someone else\'s problem; own the next step instead',
    suggest: ["something I'll get sorted for you with the right team", 'something I\'ll pass to the right team for you'],
    note: 'The customer does not care whose desk it sits on. Take it to the right person yourself and say when they will hear back.',
  },
  {
    id: 'contact-another-team',
    match: [
      `you${MAY} (?:need|have) to (?:${CONTACT}) ${WHOSE} ${TEAM}`,
      `you${MAY} (?:need|have) to (?:${CONTACT}) (?:our|the) ${PARTNER}`,
      // "You'll have to contact DHL directly" (the customer's own bank or card issuer is theirs to call).
      `you${MAY} (?:need|have) to (?:${CONTACT}) (?!your\\b|my\\b|us\\b|me\\b)(?:[\\w&'-]+ ){1,2}directly`,
      `you(?:'ll| will)? (?:must|should) (?:${CONTACT}) (?:another|a different|the other|a separate) ${TEAM}`,
      `you(?:'ll| will)? (?:need|have) to (?:${CONTACT}) (?:them|someone else|somebody else|another agent|a colleague) (?:directly|instead|separately)`,
    ],
    message: '`{actual}` sends the customer off to start again; make the hand-off yourself',
    suggest: ["I've passed this to our team, and they'll contact you", "I've asked the right team to contact you"],
    note: 'An owned hand-off names who has it now and when the customer will hear from them.',
  },
  {
    id: 'someone-else',
    match: [
      "(?:someone|somebody) else (?:will|would|'ll|'d|is going to) (?:have to|need to|deal with|handle|take care of|look at|look into|sort)",
      '(?:someone|somebody) else (?:needs|has) to',
    ],
    message: '`{actual}` leaves the customer with nobody in charge; say who will do it and when',
    suggest: ["I'll ask our team to", "I've asked a colleague to"],
    note: 'Name the person or team and the time, and stay the customer\'s contact.',
  },
  {
    id: 'im-just-the',
    match: [
      "(?:i'm|i am) (?:just|only) (?:a|an)(?= (?:[\\w-]+ ){0,2}(?:inbox|agent|rep|representative|assistant|bot|operator|intern|temp|messenger|receptionist|person|guy|girl|helpdesk|help desk|front desk|volunteer|admin|mailbox)\\b)",
      "(?:i'm|i am) (?:just|only) the",
    ],
    message: '`{actual}` disowns the problem; say what you can do from where you sit',
    suggest: ["I'm the"],
    note: 'Even if someone else makes the decision, you can take it to them and report back.',
  },
]

export default entries
