// require-checkback: the reply checks back with the customer ("Does that work for you?",
// "Let me know if …"), in every reading of a template.
import type { Rule } from '../../src/types.ts'
import { cueMatcher } from '../../src/lint/cue-matcher.ts'
import { docLines, docSentences, readings } from '../../src/lint/document.ts'
import { draftData, report } from '../../src/lint/report.ts'
import { aboveSignoff } from '../require-signoff/find.ts'
import { checkbackQuestions, conditionQuestion, conditionThenLetMeKnow, exampleCheckback, letMeKnow, notCheckbacks } from './cues.ts'
import meta from './meta.ts'

/** This rule takes no options. */
export type Options = Record<string, never>

const QUESTION = cueMatcher(checkbackQuestions)
const LET_ME_KNOW = cueMatcher(letMeKnow)
const CONDITIONAL = new RegExp(conditionThenLetMeKnow)
const NOT = cueMatcher(notCheckbacks)
const CONDITION_QUESTION = new RegExp(conditionQuestion)

/** Is this sentence a checkback? `previous` is the sentence before it ("Still nothing? Let me know…"). */
export function isCheckback(sentence: string, previous = ''): boolean {
  if (LET_ME_KNOW.test(sentence) || CONDITIONAL.test(sentence)) return true
  if (/^let (?:me|us) know\b/.test(sentence) && CONDITION_QUESTION.test(previous)) return true
  if (NOT.test(sentence)) return false
  // Only the question itself: "I've reset it. Did that fix it?" is split already, but a question
  // after a colon or dash ("Quick check — did that work?") is not.
  return /\?\s*[!?]*["')]*\s*$/.test(sentence) && QUESTION.test(sentence.split(/[:;—–]\s/).pop() ?? sentence)
}

const rule: Rule = {
  meta,
  plugin: () => (_tree, file) => {
    const { body } = draftData(file)
    if (body.end <= body.start) return
    const checked = readings(file).every((text) => docSentences(docLines(text)).some((s, i, all) => isCheckback(s, all[i - 1])))
    if (checked) return
    // Just above the sign-off, where the question belongs; the end of the body when there is none.
    const at = aboveSignoff(String(file.value), body.end)
    // Name the open door only when the draft leans on one instead of asking.
    const openDoor = /\b(?:feel free|don'?t hesitate|do not hesitate|reach out|any questions|questions\?)/i.test(String(file.value))
    report(file, {
      start: at,
      end: at,
      messageId: 'missing-checkback',
      message: `Check back before you sign off: ask whether this solves it (e.g. "${exampleCheckback}")${openDoor ? '; an open door like "feel free to reach out" leaves the next move to the customer' : ''}`,
      expected: [`\n\n${exampleCheckback}`],
    })
  },
}

export default rule
