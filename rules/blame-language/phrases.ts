// blame-language: lecturing or blaming the customer, and how to say the same thing without it.
// Patterns match the normalised sentence (lower case, straight apostrophes, single spaces); see
// src/lint/sentences.ts. A suggestion replaces exactly the flagged words (src/lint/splice.ts); ''
// means "drop it", and the splice takes the comma and capital along.
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

/** Words that sharpen a lecture without changing it: "as I already explained". */
const ADV = '(?: (?:already|previously|clearly|also|just|now|again|before|earlier|repeatedly|explicitly|specifically))*'
/** When it was said: "as I said yesterday", "as I mentioned in my previous email". */
const WHEN =
  '(?: (?:yesterday|before|earlier|previously|above|below|last week|last time|on the phone|several times|a few times|twice|many times|multiple times|(?:in|on) (?:my|our) (?:last|previous|earlier|prior|first|recent) (?:e-?mail|message|reply|response|note|call|chat|letter|ticket)s?))?'
/** An aside between "you" and the verb: "you obviously didn't read". */
const YOU = "you(?: (?:clearly|obviously|simply|just|apparently|evidently|really|also))?"
/** Said, in all the ways an agent repeats themself. */
const SAID = '(?:said|mentioned|explained|stated|told you|pointed out|noted|advised|informed you|indicated|outlined|wrote)'
/** A past participle after "you should have" / "you must have": "contacted", "kept", "known". */
const PARTICIPLE =
  '(?:(?!received\\b|noticed\\b|seen\\b|heard\\b|gotten\\b|got\\b|been\\b|had\\b|felt\\b)[a-z-]+ed|known|let|come|kept|read|done|made|taken|given|sent|put|set|left|lost|paid|bought|written|chosen|forgotten|gone|thought|told|understood|misread|misunderstood|overlooked)'
const TERMS =
  '(?:terms|terms and conditions|terms & conditions|t&cs?|t & cs?|terms of (?:service|use|sale)|conditions|fine print|small print|agreement|contract|user agreement)'

const lecture = '`{actual}` reminds the customer they were told; give the answer again without the reminder'
const blame = '`{actual}` puts the blame on the customer; state what happened and what fixes it'
const shouldHave = '`{actual}` lectures about the past; say what helps from here'

const entries: PhraseEntry[] = [
  {
    id: 'as-i-said',
    match: [
      `(?:as|like) (?:i|we|i've|we've|i have|we have|i had|we had)${ADV} ${SAID}(?: you)?${WHEN}`,
      `as (?:already|previously|clearly) (?:said|mentioned|explained|stated|advised|noted|outlined)${WHEN}`,
      `as (?:mentioned|stated|explained|said|noted|outlined) (?:in|on) (?:my|our) (?:last|previous|earlier|prior) (?:e-?mail|message|reply|response|note|call|chat|letter)s?`,
    ],
    message: lecture,
    suggest: [''],
    note: 'Repeating the answer is fine; pointing out that you already gave it reads as impatience.',
  },
  {
    id: 'i-already-said',
    match: [
      "(?:i|we)(?:'ve| have)?(?: already| previously)? (?:told you|explained (?:this|that|it)(?: to you)?|said (?:this|that)|mentioned (?:this|that))(?: (?:already|before|twice|several times|(?:many|multiple|a few) times|more than once))+(?: that)?",
      "(?:i|we)(?:'ve| have)? already (?:told you|explained (?:this|that|it)(?: to you)?|said (?:this|that)|mentioned (?:this|that))(?: (?:before|twice|several times|(?:many|multiple|a few) times|more than once))*(?: that)?",
    ],
    message: lecture,
    suggest: [''],
  },
  {
    id: 'per-my-last-email',
    match: [
      '(?:as )?per my (?:last|previous|earlier|prior|recent|first|last few|previous few) (?:e-?mail|mail|message|reply|response|note|comment|letter|ticket|update)s?',
    ],
    message: lecture,
    suggest: [''],
    note: '"Per my last email" is office shorthand for "read what I wrote"; restate the point instead.',
  },
  {
    id: 'as-stated-in-terms',
    match: [
      `as (?:clearly )?(?:stated|outlined|set out|specified|explained|written|noted|mentioned|described|detailed|laid out) in (?:our|the|your) ${TERMS}`,
      `as (?:our|the) ${TERMS} (?:clearly )?(?:state|says?|explain|specif(?:y|ies))`,
      'as (?:clearly )?(?:stated|specified|set out) in (?:our|the) (?:[\\w-]+ )?polic(?:y|ies)',
      `(?:it's|it is|this is|that is|it was)(?: (?:clearly|explicitly|plainly))? (?:stated|written|explained|set out|outlined|specified) in (?:our|the) ${TERMS}(?: that)?`,
    ],
    message: '`{actual}` quotes the rules at the customer; explain the reason in plain words',
    suggest: [''],
  },
  {
    id: 'you-should-have',
    match: [`${YOU} (?:should have|should've|shouldve)(?: (?:already|really|just|at least))?(?= ${PARTICIPLE}\\b| been (?:more|less|aware|careful|better|paying))`],
    message: shouldHave,
    suggest: ['next time, it helps to have'],
    note: 'The customer can\'t change the past; tell them what to do now or next time.',
  },
  {
    id: 'you-failed-to',
    match: [`${YOU}(?: have|'ve| had)?(?: \\w+ly)? (?:failed|neglected) to`],
    message: blame,
    suggest: ["it looks like you weren't able to"],
  },
  {
    id: 'you-didnt-read',
    match: [
      `${YOU} (?:didn't|did not|haven't|have not|never)(?: (?:even|actually|properly|fully|carefully))?(?: bother to)? (?:read|look(?:ed)? at|review(?:ed)?)`,
    ],
    message: blame,
    suggest: ['you may have missed'],
  },
  {
    id: 'you-didnt-follow',
    match: [`${YOU} (?:didn't|did not|haven't|have not|never)(?: (?:even|actually|properly|fully|carefully|correctly))?(?: bother to)? follow(?:ed)?`],
    message: blame,
    suggest: ['it looks like a step was missed in'],
  },
  {
    id: 'you-didnt-check',
    match: [`${YOU} (?:didn't|did not|haven't|have not|never)(?: (?:even|actually|properly|fully|carefully))?(?: bother to)? (?:check(?:ed)?|double-check(?:ed)?|verif(?:y|ied)|pa(?:y|id) attention to)`],
    message: blame,
    suggest: ["it's worth double-checking"],
  },
  {
    id: 'as-you-should-know',
    match: [
      'as you (?:should|ought to|must|would|will|surely)(?: (?:already|surely|well))? (?:know|be aware|have (?:known|read|seen|noticed|been told))',
      "you (?:should|ought to)(?: already)? know (?:by now|this by now|that by now|better)",
    ],
    message: '`{actual}` talks down to the customer; give the information as if it were new',
    suggest: ['as you may have seen'],
  },
  {
    id: 'you-were-told-to',
    match: ["you (?:were|have been|'ve been|had been)(?: (?:already|clearly|previously|specifically|explicitly))? (?:told|informed|advised|warned|asked|instructed)(?= to )"],
    message: lecture,
    suggest: ['we asked you'],
  },
  {
    id: 'you-were-told',
    match: ["you (?:were|have been|'ve been|had been)(?: (?:already|clearly|previously|specifically|explicitly))? (?:told|informed|advised|warned|notified)"],
    message: lecture,
    suggest: ['we let you know'],
  },
  {
    id: 'you-need-to-understand',
    match: ["you (?:need to|have to|must|ought to|should|'ve got to|got to|gotta)(?: (?:really|just|also))? (?:understand|realise|realize|appreciate)"],
    message: '`{actual}` lectures; explain the reason and let the customer reach their own view',
    suggest: ['it helps to know'],
  },
  {
    id: 'calm-down',
    match: [
      "(?:please )?(?:just |try to |you need to |you have to |you must |you should |i need you to |can you |could you )?calm down(?:,? please)?",
    ],
    message: '`{actual}` tells an upset customer how to feel; acknowledge the frustration instead',
    suggest: ['I hear you'],
  },
  {
    id: 'your-fault',
    match: [
      "(?:it|this|that)(?:'s| is| was| will be|'ll be)(?: (?:entirely|completely|solely|really|all|totally|ultimately|clearly|obviously))? your (?:own )?(?:fault|mistake|error|doing)",
      "(?:the )?(?:fault|mistake|error) (?:is|was|lies) (?:entirely |completely |clearly )?(?:yours|on your (?:side|end|part)|with you)",
    ],
    message: blame,
    suggest: ["it's a shame"],
  },
  {
    id: 'your-responsibility',
    match: [
      "(?:it|this|that)(?:'s| is| was| will be|'ll be| remains)(?: (?:entirely|completely|solely|really|all|totally|ultimately|clearly|always))? (?:your|the customer's|the buyer's|the account holder's) (?:own )?(?:sole )?responsibility",
      '(?:the )?responsibility (?:is|was|lies) (?:entirely |completely |solely )?(?:yours|with you)',
    ],
    message: blame,
    suggest: ['it helps'],
  },
  {
    id: 'you-must-have',
    match: [`${YOU} (?:must have|must've)(?: (?:accidentally|mistakenly|somehow|probably|obviously|clearly))?(?= ${PARTICIPLE}\\b)`],
    message: blame,
    suggest: ['it looks like you may have'],
  },
  {
    id: 'read-the-manual',
    match: [
      "(?:re-?)?read (?<what>(?:the|our|your)(?: \\w+)? (?:manual|manuals|faq|faqs|instructions|documentation|docs|user guide|guide|help articles?|help cent(?:er|re)|fine print|small print|terms|t&cs?|policy|readme))",
    ],
    message: '`{actual}` sends the customer off to do the reading; give the step, or link the exact section',
    suggest: ['take a look at {what}'],
  },
  {
    id: 'reading-the-manual',
    match: [
      "reading (?<what>(?:the|our|your)(?: \\w+)? (?:manual|manuals|faq|faqs|instructions|documentation|docs|user guide|guide|help articles?|fine print|small print|terms|t&cs?|readme))",
    ],
    message: '`{actual}` sends the customer off to do the reading; give the step, or link the exact section',
    suggest: ['taking a look at {what}'],
  },
  {
    id: 'rtfm',
    match: ['rtfm'],
    message: '`{actual}` is an insult in four letters; give the step, or link the exact section',
  },
]

export default entries
