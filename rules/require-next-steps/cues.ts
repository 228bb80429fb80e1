// require-next-steps: what tells the customer what happens next. Any one cue in any sentence is
// enough. Patterns are regular expressions over one lower-cased sentence (straight apostrophes),
// matched as whole words.

// Adverbs that may sit between subject and verb ("I've also", "we quickly"); not "only", which
// turns "we can only ship within the EU" into a limit rather than an action.
const ADV = "(?: (?:also|just|already|now|personally|then|since|immediately|quickly|gone ahead and|went ahead and|(?!only\\b)\\w+ly))*"

/** Verbs of doing something about the customer's case (past tense / participle). */
const DONE =
  '(?:checked|refunded|re-?sent|sent|shipped|dispatched|booked|re-?booked|issued|re-?issued|cancell?ed|processed|arranged|' +
  'escalated|forwarded|passed|added|credited|reset|cleared|updated|fixed|resolved|moved|replaced|ordered|contacted|' +
  'called|emailed|spoken|spoke|reviewed|logged|flagged|raised|applied|upgraded|downgraded|restored|removed|switched|' +
  'changed|expedited|reached out|filed|submitted|created|noted|made|set|put|looked|investigated|confirmed|opened|closed|' +
  'marked|assigned|initiated|started|approved|extended|waived|reversed|corrected|adjusted|merged|enabled|disabled|' +
  'activated|deactivated|unlocked|verified|tested|reproduced|reported|recorded|scheduled|prioriti[sz]ed|pushed|' +
  're-?ran|ran|deleted|attached|included|organi[sz]ed|requested|connected|transferred|handed|taken|took|given|gave|' +
  'paid|packed|repaired|rolled|released|deployed|identified|found|traced|tracked|located|sorted|handled|completed|' +
  'saved|shared|offered|promoted|whitelisted|granted|increased|reduced|renewed|refreshed|retried|placed|matched|' +
  'asked (?:the|our|a|them|him|her)|messaged|chased|followed up|informed (?:the|our)|notified (?:the|our))'

/** The agent or the company acting: done, doing, or about to do. */
export const agentActions: readonly string[] = [
  // "I've refunded", "we have passed this to", "I've gone ahead and…"
  `(?:i|we)'ve${ADV} (?!been\\b|had\\b|heard\\b|noticed\\b|seen\\b|always\\b|never\\b|explained\\b|mentioned\\b|said\\b|told\\b|stated\\b|asked you\\b|informed you\\b|advised\\b|warned\\b|reminded\\b|discussed\\b|received\\b|got\\b|tried\\b|not\\b|no\\b)\\w+`,
  // Without the contraction "have" may be possession ("we have a 30-day policy"): a participle only.
  `(?:i|we) (?:have|had)${ADV} (?!been\\b|had\\b|heard\\b|noticed\\b|seen\\b|always\\b|never\\b|explained\\b|mentioned\\b|said\\b|told\\b|stated\\b|asked you\\b|informed you\\b|advised\\b|warned\\b|reminded\\b|discussed\\b|received\\b|got\\b|tried\\b|not\\b|no\\b)(?:\\w+ed|\\w+en|${DONE})\\b`,
  "(?:i|we)(?:'ve| have)? had a (?:quick |closer )?(?:look|chat|word)",
  // "I just checked with the warehouse", "we shipped it today"
  `(?:i|we)${ADV} ${DONE}`,
  // "I'll check", "we will refund", "I'm going to", "I'd like to offer"
  `(?:i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'d like to| would like to|'d love to| want to| plan to| intend to| aim to| need to)${ADV} (?!not\\b|never\\b|help\\b|assist\\b|be able\\b|be happy\\b|be glad\\b|be here\\b|always\\b|continue to be\\b)\\w+`,
  // "We appreciate the feedback and will pass it along": the subject carries over
  "(?:i|we)\\b[^.?!]*\\band (?:will|shall|'ll)(?: \\w+ly| also| now)* (?!not\\b|never\\b|be able\\b|always\\b)\\w+",
  `(?:i|we)\\b[^.?!]*\\band (?:have|'ve)(?: \\w+ly| also| now)* (?!been\\b|had\\b|never\\b|not\\b)(?:\\w+ed|\\w+en|${DONE})\\b`,
  // "I can reset it for you" (but not "nothing we can do", "any way we can")
  `(?<!(?:nothing|anything|everything|way|whatever|all|what|else|how|more|which|that) )(?:i|we)${ADV} (?:can|could)${ADV} (?!help\\b|assist\\b|not\\b|only\\b|never\\b|understand\\b|imagine\\b|see why\\b|assure\\b|promise\\b|guarantee\\b)\\w+`,
  // "I'm checking", "we're rolling out a fix" (not "I'm sorry", "we're experiencing")
  `(?:i'm|i am|we're|we are)${ADV} (?!experiencing\\b|having\\b|hoping\\b|writing\\b|looking forward\\b|feeling\\b|wondering\\b|reaching out\\b|getting (?:a lot|many)\\b)\\w+ing\\b`,
  // "I'm happy to take a closer look", "we'd be glad to arrange" (but "happy to help" says nothing)
  `(?:i|we)(?:'m|'re| am| are|'d be| would be|'ll be| will be) (?:more than |very |really |always )?(?:happy|glad|pleased|able) to (?!help\\b|assist\\b|answer\\b|hear\\b|be\\b|support\\b)\\w+`,
  // "Let me check", "allow me a moment while I…"
  "(?:let|allow) me (?!know\\b|be\\b|say\\b|explain\\b|remind\\b|reiterate\\b|clarify\\b|point out\\b|repeat\\b|assure\\b|start by\\b|just say\\b)\\w+",
  // A referral with the means to act: "our Seller Support team can help with this here: …"
  '(?:team|teams|they|specialists?|department|colleagues?|support) (?:can|could|will be able to|are able to|is able to) (?:\\w+ )?(?:help|assist|look|check|sort|advise)',
  // "Our billing team will be in touch", "they'll reach out within 2 hours", "{{agent}} will call"
  "(?:team|teams|they|he|she|someone|specialist|agent|manager|technician|courier|carrier|engineer|member|operator|department|colleague|colleagues|name|support|warehouse|driver|partner|staff|expert|supervisor|rep|representative)(?:'ll| will| should| is going to| are going to| shall)(?: \\w+ly| soon| also| then| now| personally)* (?!not\\b|never\\b)\\w+",
  // The case itself moving: "your order was cancelled", "this has been escalated", "your refund is on its way"
  // (Future passives, "your order will be processed", need a time: see timedOutcomes.)
  `your (?:[\\w#-]+ ){0,3}?(?:is|are|was|were|has been|have been|had been|is being|are being|has now been|is now|are now)(?: \\w+ly| now| also| already)* (?:(?!(?:declined|rejected|denied|refused|discontinued|voided|disqualified|expired|used|opened|damaged|delayed)\\b)\\w+ed|sent|made|set up|put|paid|given|taken|done|shown|seen|on (?:its|their) way|with (?:our|the)|out for|in transit|ready|confirmed|available|live|back|all set|due)\\b`,
  // (Not the customer's news: "glad to hear it's been resolved".)
  `(?<!(?:once|after|when|if|until|unless|before|hear|glad|great|good|happy|hear that|glad that) )(?:this|it|that|the (?:\\w+ )?(?:issue|problem|bug|ticket|case|request|matter|order|refund|parcel|package|replacement|fix|update|complaint|account|return|claim|booking|payment|credit|item|invoice|report|feature|update|label|code|reset link))(?:'s| is| has| have| was)(?: been| being| now| also| already| just)+ (?:\\w+ed|sent|made|set up|put|paid|given|taken|done|shown)\\b`,
  // Someone at the company at work on it: "our team is looking into it", "I'm on it"
  "(?:team|teams|they|he|she|engineers?|developers?|devs?|specialists?|warehouse|colleagues?|someone|name|technicians?|courier|manager)(?:'s|'re| is| are)(?: \\w+ly| currently| now| already| still)* (?:looking|working|investigating|reviewing|checking|handling|processing|preparing|packing|fixing|testing|arranging|chasing|on it)\\b",
  "(?:i'm|we're|i am|we are) (?:already |right )?on (?:it|this|the case)",
  "(?:team|they|we|engineers?|developers?|name)\\b[^.?!]*\\band (?:is|are|'re) (?:\\w+ly |currently |now |already )?(?:looking|working|investigating|reviewing|checking|fixing|testing)\\b",
  // Something done to the case, whoever the subject: "a refund of $20 has been issued to your card"
  `(?<!(?:once|after|when|if|until|unless|before) (?:the |your |a |an |this )?\\w+ )(?:has|have)(?: now| just| already| also)* been ${DONE}`,
  "(?<!(?:once|after|when|if|until|unless|before) )(?:it|this|that|they|your (?:\\w+ ){1,2}?|the (?:\\w+ )?(?:order|parcel|package|replacement|refund|item|items|shipment|delivery|return|new \\w+))(?:'s|'re| is| are| has| have)(?: now| just| already)* (?:on (?:its|their|the) way|out for delivery|in transit|shipped|gone out|been dispatched)",
  "(?:here's|here is|here are) (?:the|a|your) (?:\\w+ )?(?:link|steps|guide|instructions|label|code|tracking|details|invoice|receipt|confirmation)",
  // Closing the ticket is an action too: "Closing.", "I'll close this ticket in a few days"
  '^clos(?:ing|ed)\\b',
  '(?:clos\\w*|resolv\\w*|mark\\w*) (?:this|the|your) (?:ticket|issue|case|report|conversation|request)',
  '(?:mark\\w*|set\\w*) (?:this|it|the ticket) (?:as |to )?(?:resolved|closed|solved|done|complete)',
]

/** Times that make an outcome concrete: "within 2 days", "by Friday", "in the next release". */
export const TIME =
  '(?:within (?:the )?(?:next )?(?:\\d+|a|an|one|two|three|four|five|24|48|72|a few|a couple of)(?:[-–]\\d+)? ?(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?)' +
  '|(?:in|over) (?:the next )?(?:\\d+|a|an|one|two|three|four|five|a few|a couple of)(?:[-–]\\d+)? ?(?:minutes?|hours?|days?|business days?|working days?|weeks?)' +
  '|(?:by|before|on|until|from|after|this|next|each|every) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|today|end of|eod|noon|midday|morning|afternoon|evening|week|month|\\d)' +
  '|today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|next (?:\\w+ )?(?:week|month|update|release|version|build|business day|working day)' +
  '|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)' +
  '|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|\\d{1,2}:\\d\\d|in version \\d|version \\d' +
  '|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\w* \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\w*' +
  '|every (?:hour|day|\\d+ (?:hours|minutes))|hourly|right away|straight away|right now|immediately)'

/** An outcome with a time: the future, and when. */
export const timedOutcomes: readonly string[] = [
  `(?:will|'ll|should(?! have| ?'ve)|is expected to|are expected to|expect\\w*|is due|are due|is scheduled|are scheduled|is booked|are booked|goes|arrives?|ships?|lands?|renews?|starts?)\\b.*\\b${TIME}`,
  `${TIME}\\b.*\\b(?:will|'ll|should(?! have| ?'ve)|expect\\w*)\\b`,
  // "You'll receive an email confirmation", "you will be contacted"
  "you(?:'ll| will| should)(?: \\w+ly| also| then| soon)* (?:receive|get|see|hear|be (?:contacted|notified|refunded|emailed|sent|called|updated|able to))\\b",
]

/** Instructions: what the customer should do. Imperative verbs at the start of a sentence. */
const IMPERATIVE =
  '(?:go|click|tap|select|open|visit|head|navigate|log|sign|enter|type|choose|pick|send|reply|respond|call|contact|email|e-mail|message|dm|follow|try|check|clear|' +
  'restart|reboot|reset|update|upgrade|install|uninstall|reinstall|download|use|add|remove|delete|turn|switch|set|change|make sure|ensure|keep|hold|' +
  'press|wait|look|find|fill|complete|submit|share|provide|confirm|attach|include|forward|print|pack|package|drop|bring|return|ship|take(?! care\\b)|leave|stay(?! safe\\b| well\\b)|' +
  'refer|read|see(?! you\\b)|review|explore|join|schedule|book|grab|reach|give|tell|text|ring|pop|scroll|copy|paste|save|unplug|plug|connect|disconnect|' +
  'enable|disable|allow|accept|verify|double-check|browse|search|track|register|request|apply|access|locate|log in|sign in|sign up|upload|' +
  'screenshot|describe|list|expect|hang tight|bear with|start|refresh|close|quit|empty|mute|report|rate|update|request|raise|cancel|' +
  'swap|test|run|launch|disconnect|power|charge|insert|remove|replace|wipe|restore|back up|sync|pair|unpair|tap|hit|drag|mark|tick|untick|' +
  'let (?:me|us) know (?!if\\b|whether\\b|how\\b))'

export const instructions: readonly string[] = [
  `^(?:(?:so|and|then|now|first|next|also|finally|meanwhile|in the meantime|alternatively|otherwise|(?:if|when|once|after|before|whenever|as soon as) [^,]{1,80},|to (?:\\w+ ){0,5}\\w+,|to (?:\\w+ ){1,6}),? )*(?:please |kindly |just |simply |do )?${IMPERATIVE}\\b`,
  `(?:^|[,;:] |\\band )(?:please |kindly |just |simply )${IMPERATIVE}\\b`,
  `please (?!calm down\\b|accept\\b|note\\b|be advised\\b|be assured\\b|rest assured\\b|know\\b|understand\\b|don't hesitate\\b|do not hesitate\\b|feel free\\b|forgive\\b|bear in mind\\b|don't worry\\b|do not worry\\b)\\w+`,
  `you(?: can| could| may| might want to| might like to| need to|'ll need to| will need to| have to|'ll have to| will have to| must| should(?! have| ?'ve)|'ll want to| will want to| want to| just need to| only need to)${ADV} (?!not\\b|never\\b|be sure\\b|rest\\b|understand\\b|reali[sz]e\\b|know\\b|appreciate\\b|accept that\\b|remember that\\b|calm down\\b)\\w+`,
  // Requests and recommendations: "Could you upgrade with:", "it would be helpful if you add…",
  // "I'd recommend restarting", "or contact 0333… to request a call back"
  '^(?:so |and |but |also )?(?:could|can|would|will) you (?:please |kindly |also |just )?(?!not\\b)\\w+',
  "(?:it(?:'s| is| would be| will be)|that(?:'s| is| would be)) (?:\\w+ )?(?:best|better|helpful|useful|great|ideal|a good idea|worth|appreciated|easiest|quickest|fastest|safest) (?:if|to|that|for you to)\\b",
  "(?:i|we)(?:'d| would)? (?:strongly |highly )?(?:recommend|suggest|advise|encourage|invite)s? (?:that )?(?:you\\b|\\w+ing\\b|that\\b)",
  '(?:[-–—]|\\bor) (?:please )?(?:contact|call|email|visit|message|dm|chat with|reply|text|ring|use)\\b',
  "(?:here's|here is) (?:how|what to do|what you can do|where)",
  '(?:steps|instructions|to do):\\s*$',
]

/**
 * Conditional invitations and open doors: "Let us know if there's anything else we can do",
 * "Please don't hesitate to contact us if you have any questions". A sentence that is one of these
 * is not a next step, even with an imperative in it.
 */
export const invitations: readonly string[] = [
  "(?:if|should|in case) (?:you (?:still )?(?:have|need|require|want|would like|'d like|encounter|experience|run into|come across)|there(?:'s| is| are) |anything (?:else )?(?:comes up|changes)|you(?:'ve| have) (?:any )?(?:other |further |more |additional )?questions?)(?:.*?)(?:questions?|help|assistance|support|anything|concerns?|problems?|issues?|difficult\\w*|trouble|queries|query|inquir\\w*|enquir\\w*|information|info|else|clarification|feedback)",
  "(?:don't|do not|never) hesitate",
  'feel free',
  "let (?:me|us) know (?:if|whether|how|when|once|in case)",
  "(?:we're|we are|i'm|i am) (?:always |here |available |happy |glad )+(?:to help|to assist|for you|if you need)",
  '(?:for|with) any (?:other|further|more|additional) (?:\\w+ )?(?:questions?|queries|help|assistance|concerns?)',
  "(?:reach out|get in touch|contact us|write back|reply|drop us a line)(?: to (?:me|us))?(?: directly)?(?: to me)? (?:any ?time|whenever|if)",
]

/**
 * Questions that ask the customer for nothing: open doors ("Any questions?") and rhetorical
 * lectures ("Did you even read the FAQ?", "Why didn't you check the size chart?").
 */
export const notRequests = /^(?:any (?:other |more |further )?questions|questions|need (?:anything|more help))\?|^(?:did you (?:even|not|ever)|didn't you|why (?:didn't|did|would|wouldn't) you|how (?:could|can) you|what did you expect|isn't it obvious|do you (?:even|not) (?:read|understand|know))\b/

/** The example line a message offers, inserted before the sign-off. */
export const exampleNextStep = "I'll look into this and get back to you by the end of today."
