// require-signoff (strict): the reply ends with a closing and the agent's name, in every reading.
import type { Rule } from '../../src/types.ts'
import { docLines, lineEndAt, readings } from '../../src/lint/document.ts'
import { draftData, report } from '../../src/lint/report.ts'
import { exampleSignoff } from './cues.ts'
import { findClosing, isAgentName } from './find.ts'
import meta from './meta.ts'

/** This rule takes no options. */
export type Options = Record<string, never>

const rule: Rule = {
  meta,
  plugin: () => (_tree, file) => {
    const { body, placeholders, signature } = draftData(file)
    if (body.end <= body.start) return
    // "Best,\n-- \nAna Lee": a plain-text signature holds the name the closing leads to.
    const first = signature && docLines(signature.text)[0]
    const signatureName = first && { start: signature.start + first.start, end: signature.start + first.end, text: first.text }
    const signed = readings(file).every((text) => {
      const closing = findClosing(docLines(text))
      if (closing?.name) return isAgentName(closing.name, placeholders)
      return !!closing && !!signatureName && isAgentName(signatureName, placeholders)
    })
    if (signed) return
    // With a closing already there ("Regards,\nSupport Team"), the name goes right under it;
    // otherwise a whole sign-off goes at the end.
    const lines = docLines(String(file.value))
    const closing = findClosing(lines)
    const line = closing ? lines[closing.index] : undefined
    const text = String(file.value)
    const under = line && (!closing?.name || closing.name.start > line.end) ? lineEndAt(text, line.end) : undefined
    const at = under ?? lineEndAt(text, body.end - 1)
    report(file, {
      start: at,
      end: at,
      messageId: 'missing-signoff',
      message: 'Sign off with your own name after the closing (e.g. "Best,\\nAna"): a team name or initials don\'t tell the customer who is looking after them',
      expected: [under !== undefined ? '\n[Your Name]' : `\n\n${exampleSignoff}`],
    })
  },
}

export default rule
