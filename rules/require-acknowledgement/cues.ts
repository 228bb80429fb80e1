// require-acknowledgement: what acknowledges the customer, and what shows they are upset.
// Patterns are regular expressions over one lower-cased sentence of the reply (straight
// apostrophes), matched as whole words. A support lead can add a phrase as plain words.

/** Feeling words that turn "I understand …" or "that must be …" into empathy. */
const FEELING =
  "(?:frustrat\\w*|annoy\\w*|upset\\w*|disappoint\\w*|concern\\w*|worr\\w*|stress\\w*|anger|angry|infuriat\\w*|" +
  "aggravat\\w*|exasperat\\w*|inconvenien\\w*|difficult|tough|confus\\w*|unpleasant|awful|terrible|" +
  "a (?:pain|hassle|nuisance)|feel\\w*|urgen\\w*|important|matters?|alarm\\w*|distress\\w*|unsettl\\w*|" +
  "dissatisf\\w*|unhappy|let down|situation|experience|disappointment)"

/** Apologies: "I'm sorry", "we apologise", "my apologies", a canned apology too. */
export const apologies: readonly string[] = [
  // (Not "no need to be sorry": that reassures the customer about their own apology.)
  "(?<!(?:no need to be|don't be|do not be|never be|nothing to be) )sorry",
  'apologi[sz]\\w*',
  'apology',
  'apologies',
  'forgive us',
  'forgive me',
  'my bad',
  'our bad',
  'our mistake',
  'my mistake',
  'our fault',
  'my fault',
  '(?:i|we) regret (?:that|the|any|this|how)',
  '(?:i|we) (?:got|have got) (?:this|that|it) wrong',
]

/** Empathy statements: the reply names how the customer feels, or owns that it went wrong. */
export const empathy: readonly string[] = [
  `(?:i|we) (?:completely |totally |fully |really |absolutely |truly |can |do |certainly )*(?:understand|appreciate|get|see|know|recogni[sz]e) (?:\\w+ ){0,5}?${FEELING}`,
  `(?:i|we) (?:can )?(?:only )?imagine (?:\\w+ ){0,5}?${FEELING}`,
  `(?:i|we) (?:can )?(?:see|understand|get) (?:why|how) you(?:'d| would|'re| are| must| might| feel)`,
  "(?:i|we) hear you",
  "(?:i|we) (?:completely |totally |fully |really |absolutely |truly |do |can )*understand(?= ?[.!,;]| ?$| why\\b| how\\b)",
  "(?:that|this)(?:'s| is) (?:definitely |really |certainly )?(?:no good|not good|not ideal|not okay|not ok|not right|not acceptable|unacceptable|not on)",
  "not what (?:we|you|i) (?:want|wanted|like|hoped|expected|would expect) (?:you )?to (?:hear|see|experience)",
  "(?:i|we) feel (?:for )?(?:you|your)",
  "(?:i|we) (?:\\w+ )?get it",
  "(?:is|must be|sounds|was) no fun",
  `(?:that|this|it)(?:'s| sounds| must be| must have been| must feel| would be| has been| is| was| can be)(?: \\w+)?(?: so| really| very| incredibly| truly| understandably| genuinely)? (?:frustrating|stressful|annoying|upsetting|disappointing|worrying|maddening|exasperating|infuriating|inconvenient|unsettling|a (?:pain|hassle|nuisance|headache)|awful|horrible|not (?:fun|great|ideal))`,
  "you(?:'re| are) (?:absolutely |completely |totally |quite |entirely )?right to be (?:frustrated|upset|annoyed|disappointed|concerned|angry)",
  "(?:this|that|it)(?:'s not| is not|isn't| wasn't| was not|'s definitely not| is definitely not|'s certainly not) (?:\\w+ )?(?:the|what|an?) (?:\\w+ )?(?:experience|service|standard|level of service)",
  "(?:should|shouldn't|should not) (?:never )?(?:have )?happen(?:ed)?",
  "not (?:the|what|an?) (?:\\w+ )?(?:experience|service|standard) (?:we|you|i)",
  "(?:what|such) a (?:pain|hassle|nuisance|headache)",
  "oh no",
  "(?:thats?|that's) (?:definitely |certainly )?not (?:supposed|meant) to happen",
  "we(?:'ve| have) let you down",
  "we let you down",
  "(?:i|we) know how (?:\\w+ ){0,3}?(?:frustrating|stressful|annoying|upsetting|disappointing|worrying|important)",
]

/** Thanks to the customer: enough on its own only when they are not upset. */
export const thanks: readonly string[] = [
  'thanks?(?! to\\b)',
  'thank you',
  'thankful',
  'grateful',
  'appreciated?(?! (?:it )?if\\b)',
  'appreciates',
  'appreciation',
  'cheers for',
  'kudos',
]

/**
 * Signs that the customer is upset, matched in their quoted message (lower-cased). The catalogue's
 * markers are examples; these add the usual ways people say it. Sarcasm alone is not here.
 */
export const upsetMarkers: readonly string[] = [
  'unacceptable',
  'ridiculous',
  'furious',
  'fuming',
  'livid',
  'outrage\\w*',
  'worst',
  'horrendous',
  'horrible',
  'terrible',
  'awful',
  'appall\\w*',
  'disgust\\w*',
  'disgrace\\w*',
  'pathetic',
  'useless',
  'incompetent',
  'shocking',
  'rubbish',
  'joke',
  'a scam',
  'scam(?:med|mers?)?',
  'pissed',
  'angry',
  'annoy\\w*',
  'nightmare',
  'hopeless',
  'shambles',
  'get your act together',
  'sort (?:it|this) out',
  'seriously',
  'come on',
  'not good enough',
  'sucks?',
  'hate (?:this|it|your|you|that|how|when|dealing)',
  'wtf',
  'taking forever',
  '(?:takes?|taken|waiting|waited) forever',
  '(?:nobody|no one|no-one) (?:is|has|cares|bothered|seems|will|ever|even)',
  'no (?:response|reply|answer|one)',
  'money back',
  'zero stars',
  'unprofessional',
  'ignor(?:ed|ing)',
  'not happy',
  'unhappy',
  '(?:very|really|so|extremely) poor',
  'poor service',
  'lied',
  'lying',
  'liars?',
  'rip-?off',
  'ripped off',
  'fraud\\w*',
  'absurd',
  'insult\\w*',
  'rude',
  'on hold for',
  'never (?:again|buying|ordering|using|shopping)',
  'last straw',
  'beyond (?:frustrat\\w*|annoy\\w*|ridiculous|a joke)',
  'frustrat\\w*',
  'fed up',
  'sick (?:and tired )?of',
  'tired of',
  "(?:i'm|i am) (?:so |completely |totally )?done",
  'so done',
  'had enough',
  'enough is enough',
  'disappoint\\w*',
  'upset',
  'crazy',
  'insane',
  'unbelievable',
  'still (?:not|no|nothing|waiting|haven\'t|hasn\'t|don\'t|doesn\'t|can\'t|isn\'t|won\'t|broken)',
  'yet again',
  '(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time',
  '(?:asked|called|emailed|written|wrote|contacted|chased|tried|rung|rang|messaged|told|explained) (?:you |us |them )?(?:\\w+ )?(?:two|three|four|five|several|many|multiple|\\d+) times',
  'twice now',
  'thrice',
  'how many times',
  'never again',
  'waste of (?:time|money)',
  'wasting (?:my )?time',
  'drop(?:ped)? the ball',
  'what is wrong with you',
  "what's wrong with you",
  'per my last',
  'as i (?:already )?(?:said|told you)',
  'complain\\w*',
  'refuse to',
  'fix (?:it|this) (?:now|immediately)',
  'demand',
  'lawyer',
  'chargeback',
]

/** Emoji that read as anger wherever they stand. */
export const upsetEmoji = /😡|🤬|😤|👎|💢|🙄/u

/**
 * Punctuation runs ("!!", "!!!", "?!", "???") read as anger in a sentence with no warm word in it:
 * "Still no refund!!" is upset, "Thank you so much!!!" is not.
 */
export const upsetPunctuation = /!{2,}|\?{3,}|\?!|!\?/
export const warmWords = /\b(?:thanks?|thank you|love|loved|great|awesome|amazing|perfect|happy|glad|appreciate\w*|excellent|wonderful|brilliant|fantastic|best|yay|congrat\w*|cheers|lovely|delighted|excited|nice|cool)\b/i

/**
 * All-caps words that are ordinary words, not acronyms: a customer writing "STILL", "AGAIN",
 * "IMMEDIATELY" is shouting. Any all-caps word of five letters or more counts; shorter ones only
 * when listed here.
 */
export const shoutedShortWords: readonly string[] = [
  'any', 'not', 'now', 'why', 'you', 'the', 'and', 'all', 'how', 'yet', 'again', 'still', 'never',
  'this', 'that', 'what', 'help', 'stop', 'fix', 'wtf', 'joke', 'fast', 'your', 'were', 'want',
  'need', 'done', 'sick', 'days', 'week', 'over', 'ever', 'only', 'real', 'very', 'hate', 'lost',
]

/** The example lines a message offers, inserted at the top of the body. */
export const exampleApology = "I'm sorry for the trouble this has caused."
export const exampleThanks = 'Thanks for getting in touch.'
