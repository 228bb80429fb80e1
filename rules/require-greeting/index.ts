// require-greeting (strict): the reply opens with a greeting, in every reading of a template.
import type { Rule } from '../../src/types.ts'
import { docLines, lineStartAt, readings } from '../../src/lint/document.ts'
import { draftData, report } from '../../src/lint/report.ts'
import { exampleGreeting, greetings } from './cues.ts'
import meta from './meta.ts'

/** This rule takes no options. */
export type Options = Record<string, never>

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A greeting word must stand alone: "Hi," and "Hello Ana" open a reply, "History" and "Dearest" don't count
// as the word they start with (but "Dear" does as itself).
const OPENER = new RegExp(`^(?:${greetings.map(escape).join('|')})(?![\\p{L}\\p{N}'])`, 'iu')

/** Does this line open with a greeting? Shared with require-acknowledgement, which looks past it. */
export function opensWithGreeting(line: string): boolean {
  // Leading emoji, punctuation and @mentions ("@AmazonHelp Hi Sam") come before the greeting.
  return OPENER.test(line.replace(/^(?:[^\p{L}@]+|@\w+\s*)+/u, ''))
}

const rule: Rule = {
  meta,
  plugin: () => (_tree, file) => {
    const { body } = draftData(file)
    if (body.end <= body.start) return
    // An empty reading (the missing else of an if that holds the whole reply) has no greeting either.
    const open = readings(file).every((text) => {
      const first = docLines(text)[0]
      return !!first && opensWithGreeting(first.text)
    })
    if (open) return
    const at = lineStartAt(String(file.value), body.start)
    report(file, {
      start: at,
      end: at,
      messageId: 'missing-greeting',
      message: `Open with a greeting (e.g. "${exampleGreeting}" or "Hi {{name}},"): without one the reply reads like a form letter`,
      expected: [`${exampleGreeting}\n\n`],
    })
  },
}

export default rule
