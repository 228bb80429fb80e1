// require-next-steps: the reply says what happens next (an action by the agent, an instruction
// for the customer, or an outcome with a time), in every reading of a template.
import type { Rule } from '../../src/types.ts'
import { cueMatcher } from '../../src/lint/cue-matcher.ts'
import { docLines, docSentences, readings, type DocLine } from '../../src/lint/document.ts'
import { draftData, report } from '../../src/lint/report.ts'
import { aboveSignoff, findClosing } from '../require-signoff/find.ts'
import { isCheckback } from '../require-checkback/index.ts'
import { agentActions, exampleNextStep, instructions, invitations, notRequests, timedOutcomes } from './cues.ts'
import meta from './meta.ts'

/** This rule takes no options. */
export type Options = Record<string, never>

const ACTION = cueMatcher(agentActions)
const OUTCOME = cueMatcher(timedOutcomes)
const INSTRUCTION = cueMatcher(instructions)
const INVITATION = cueMatcher(invitations)

/** Does this sentence tell the customer what happens next? */
export function isNextStep(sentence: string): boolean {
  if (ACTION.test(sentence) || OUTCOME.test(sentence)) return true
  // "Let us know if there's anything else we can do" invites; it does not direct.
  if (INVITATION.test(sentence)) return false
  if (INSTRUCTION.test(sentence)) return true
  // A question asks the customer for something ("Could you send me the order number?"); a
  // checkback ("Does that work for you?") only asks how the answer landed.
  return /\?\s*[!?]*["')]*\s*$/.test(sentence) && !notRequests.test(sentence) && !isCheckback(sentence)
}

/** Numbered steps ("1. Go to Settings") are instructions whatever their wording. */
function hasNumberedSteps(lines: DocLine[]): boolean {
  return lines.filter((l) => /^\d{1,2}[.)]\s+\S/.test(l.text)).length >= 2
}

function holds(text: string): boolean {
  const lines = docLines(text)
  const closing = findClosing(lines)
  const upTo = closing ? closing.index : lines.length
  return hasNumberedSteps(lines.slice(0, upTo)) || docSentences(lines, upTo).some(isNextStep)
}

// A template's date ("renews on {{renewal_date}}") is a concrete time, though it reads as a name.
const DATE_PLACEHOLDER = /date|time|day|deadline|eta\b|when/i
function withDatesNamed(text: string, placeholders: Array<{ start: number; end: number; text: string }>): string {
  let out = text
  for (const p of placeholders) {
    if (!DATE_PLACEHOLDER.test(p.text) || p.end - p.start < 6 || !/\S/.test(text.slice(p.start, p.end))) continue
    out = out.slice(0, p.start) + 'Monday'.padEnd(p.end - p.start) + out.slice(p.end)
  }
  return out
}

const rule: Rule = {
  meta,
  plugin: () => (_tree, file) => {
    const { body, placeholders } = draftData(file)
    if (body.end <= body.start) return
    if (readings(file).map((t) => withDatesNamed(t, placeholders)).every(holds)) return
    // At the end of the last paragraph, above the sign-off when there is one.
    const at = aboveSignoff(String(file.value), body.end)
    report(file, {
      start: at,
      end: at,
      messageId: 'missing-next-steps',
      message: `Say what happens next: what you've done or will do, what the customer should do, or when they'll see the result (e.g. "${exampleNextStep}")`,
      expected: [`\n\n${exampleNextStep}`],
    })
  },
}

export default rule
