// require-checkback: what counts as checking back with the customer, and what only looks like it.
// Patterns are regular expressions over one lower-cased sentence (straight apostrophes), matched
// as whole words.

/** Resolution words: a question about the outcome uses one of these ("Did that fix it?"). */
const OUTCOME =
  '(?:work\\w*|help\\w*|sound\\w*|suit\\w*|answer\\w*|cover\\w*|make sense|solve\\w*|resolve\\w*|fix\\w*|' +
  'clear\\w*|sort\\w*|finish\\w*|go(?:es)? through|went through|get you|got you|do the trick|did the trick|' +
  'put things right|look(?:s)? (?:right|good|ok|okay|correct)|(?:be )?(?:ok|okay|alright|all right|fine|acceptable|satisfactory|suitable|convenient|better|clearer)|' +
  'back in|back to normal|on track|what you (?:need\\w*|want\\w*|were after|were looking for))'

/** Where a question starts: after an address or a short lead-in ("Ben, does that work?", "If so, shall I…"). */
const LEAD = '^(?:[^,?]{1,40}, )?(?:(?:so|and|also|now|then|ok|okay|great|perfect|quick check),? )?'

/** Questions that check the resolution or invite further needs (the sentence ends in "?"). */
export const checkbackQuestions: readonly string[] = [
  // The subject is the fix or the plan, not the customer: "Does that work?", "Did the update clear
  // the error?"; "Could you help me with a few details?" only gathers details.
  // Yes/no questions only: "What kind of support would be most helpful?" gathers details.
  `${LEAD}(?:does|did|do|would|will|could|can|is|was|has|have|are|were|should) (?!you\\b)(?:\\w+ ){0,6}?${OUTCOME}`,
  'did you (?:\\w+ ){0,3}?(?:get it working|get (?:back )?in|manage to)',
  // Arrival questions check the outcome only with a "now"/"yet": "Has the refund arrived yet?"
  `${LEAD}(?:has|have|did|does|is|are) (?!you\\b)(?:\\w+ ){0,6}?(?:arrive\\w*|appear\\w*|show(?:s|ed|n)? up|come through|come back|land\\w*) (?:\\w+ ){0,4}?(?:now|yet|this time|safely|ok|okay)`,
  'how does (?:that|this|it) (?:sound|look|work|feel)',
  'how (?:did|does|is) (?:that|this|it|everything) (?:go|going|work)',
  'is there anything (?:else )?(?:\\w+ ){0,3}?(?:i|we) can',
  'anything else',
  // Short forms: "Sound good?", "Make sense?", "Okay?"
  `${LEAD}(?:sounds? (?:good|ok|okay|alright|fair|like a plan)|makes? sense|works? for you|ok(?:ay)?|all good|fair enough|good to go|deal)(?: now| then| for you)?\\?`,
  `${LEAD}(?:can|may|shall) (?:i|we) (?:go ahead|close|mark|proceed|resolve)`,
  'something else (?:i|we) can',
  'what else can (?:i|we)',
  'is there anything (?:else |specific |in particular |more )?you(?:\'d| would)? (?:need|want|like)',
  'anything else (?:i|we) can',
  'anything else you need',
  'were you able to',
  'have you been able to',
  'did you (?:manage|get a chance)',
  '(?:^|, )(?:so |and )?would you like',
  '(?:^|, )(?:do you )?want (?:me|us) to',
  `${LEAD}(?:shall|should) (?:i|we) (?:go ahead|proceed|arrange|send|book|close|mark)`,
  `${LEAD}(?:are you |is everyone )?happy (?:with|for me to)`,
  'are you (?:happy|ok|okay|satisfied|all set)',
  'all set',
  '(?:could|can|would) you (?:please )?(?:\\w+ )?(?:see|check|confirm|test|try|let (?:me|us) know) (?:if|whether|that)',
  '(?:could|can|would) you (?:please )?confirm (?:that )?(?:you(?:\'ve)? (?:received|got)|it(?:\'s| has| is| was)|everything|all)',
  `${LEAD}(?:did|have) you (?:\\w+ )?(?:receive|get|see)d? (?:it|them|the (?:\\w+ )?(?:email|invoice|label|refund|link|code|replacement|parcel|package|credit|confirmation))`,
  `${LEAD}(?:did|has|have) (?:(?:it|that|this|they) |the (?:\\w+ ){1,2}?)(?:arrive|come through|show up|land|go through)`,
]

/** "Let me know if/whether/how …" and the like: a checkback even without a question mark. */
export const letMeKnow: readonly string[] = [
  "let (?:me|us) know (?:if|whether|how|when|once|in case|should|what you think|your thoughts|what works|which (?:\\w+ )?(?:works|suits|you(?:'d)? prefer)|if there's|either way|(?:\\w+ ){0,8}?(?:or|and) if)",
  'keep (?:me|us) (?:posted|updated|in the loop)',
  'tell (?:me|us) (?:if|whether|how)',
  'confirm (?:if|whether) (?:this|that|it|everything|the)',
  'let (?:me|us) know (?!the |your |which |what )(?:\\w+ ){0,5}?(?:if|whether|how)\\b',
]

/**
 * "If none of these work, let me know": a bare "let me know" after a condition is a checkback too.
 * These are the conditions; "Let us know in DM" after a question only gathers details.
 */
export const conditionThenLetMeKnow = "(?:^|, |; )(?:if|in case|should|whenever|once)\\b.*\\blet (?:me|us) know"

/** A short question that sets the condition for the next sentence: "Still nothing? Let me know …". */
export const conditionQuestion = "^(?:still (?:nothing|no \\w+|not \\w+)|no luck|not working|any luck|no joy|didn't work|did(?:n't| not) help)\\?"

/**
 * Open doors and detail-gathering that are not checkbacks, even though they look close
 * ("Any questions?", "feel free to reach out", "What does the tracking say?").
 */
export const notCheckbacks: readonly string[] = [
  '^(?:any )?(?:other |more |further )?questions\\?',
  '^questions\\? just ask',
  'let (?:me|us) know (?:the|your|which|what|in dm|via|by|through|here|below)',
]

/** The example line a message offers, inserted before the sign-off. */
export const exampleCheckback = 'Does that work for you?'
