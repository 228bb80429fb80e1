// minimizing-language: words that tell the customer their problem is trivial. Flagged only in
// instructions to the customer (index.ts decides); "I just checked", "just in case", "clearly
// labelled" and "Of course!" are not instructions. The flagged span runs to the next word so the
// rewrite can drop the minimiser cleanly: "Just follow" → "Follow".
import type { PhraseEntry } from '../../src/lint/phrase-rule.ts'

// The word after the minimiser, carried into the span (and the rewrite).
const NEXT = "(?:,)? [\\w'{}-]+"

const entries: PhraseEntry[] = [
  {
    id: 'just',
    match: [`just${NEXT}`],
    message: '`{actual}` makes the step sound trivial; if it were, the customer would not be asking',
    suggest: ['{next}'],
    fix: true,
    note: 'Minimisers read as "this is obvious" to someone who is stuck. Give the step plainly.',
  },
  {
    id: 'simply',
    match: [`simply${NEXT}`],
    message: '`{actual}` implies the step is obvious; give the step plainly',
    suggest: ['{next}'],
    fix: true,
    note: 'Minimisers read as "this is obvious" to someone who is stuck. Give the step plainly.',
  },
  {
    id: 'easily',
    match: [`easily${NEXT}`],
    message: '`{actual}` tells the customer it is easy; if they are stuck, it is not',
    suggest: ['{next}'],
    fix: true,
    note: 'Say what to do; let the customer judge whether it was easy.',
  },
  {
    id: 'easy',
    match: [
      "(?:it's|it is|that's|that is|this is|it should be|it'll be|it will be)(?: (?:really|very|super|quite|pretty|so|nice and))? easy(?: enough)?",
      'easy (?:peasy|as pie)',
    ],
    message: '`{actual}` calls the customer\'s task easy; describe the steps and let them judge',
    suggest: ["here's how"],
    note: 'Telling someone a task is easy makes them feel worse if they still struggle.',
  },
  {
    id: 'easy-as',
    match: ["(?:it's|it is|that's|that is|this is|it should be|it'll be|it will be) (?:just )?as (?:easy|simple) as"],
    message: '`{actual}` calls the customer\'s task easy; describe the steps and let them judge',
    suggest: ['you can do it by'],
    note: 'Telling someone a task is easy makes them feel worse if they still struggle.',
  },
  {
    id: 'obviously',
    match: [`(?:obviously|clearly)${NEXT}`],
    message: '`{actual}` suggests the customer should have known; drop it',
    suggest: ['{next}'],
    note: 'If it were obvious to the customer, they would not need the reply.',
  },
  {
    id: 'of-course',
    match: [`of course${NEXT}`],
    message: '`{actual}` implies the customer should have known; drop it',
    suggest: ['{next}'],
    note: '"Of course!" as a friendly yes is fine; "of course you can just…" talks down.',
  },
  {
    id: 'all-you-have-to-do',
    match: ["all (?:that )?you(?:'ll)? (?:have|need|got|gotta) to do is(?: to)?(?: [\\w'{}-]+)?"],
    message: '`{actual}` makes the fix sound trivial; just give the step',
    suggest: ['{next}'],
    note: 'Give the step itself: "Hold the power button for ten seconds."',
  },
]

export default entries
