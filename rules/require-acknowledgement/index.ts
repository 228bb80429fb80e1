// require-acknowledgement: the reply acknowledges the customer (apology, empathy or thanks), and
// an upset customer gets more than thanks. Reads the quoted customer message to tell.
import type { Rule } from '../../src/types.ts'
import { cueMatcher } from '../../src/lint/cue-matcher.ts'
import { docLines, docSentences, lineEndAt, lineStartAt, readings, type DocLine } from '../../src/lint/document.ts'
import { draftData, report } from '../../src/lint/report.ts'
import { opensWithGreeting } from '../require-greeting/index.ts'
import { findClosing } from '../require-signoff/find.ts'
import { apologies, empathy, exampleApology, exampleThanks, shoutedShortWords, thanks, upsetEmoji, upsetMarkers, upsetPunctuation, warmWords } from './cues.ts'
import meta from './meta.ts'

/** This rule takes no options. */
export type Options = Record<string, never>

const APOLOGY = cueMatcher(apologies)
const EMPATHY = cueMatcher(empathy)
const THANKS = cueMatcher(thanks)
const UPSET = cueMatcher(upsetMarkers)
const SHORT_SHOUTS = new Set(shoutedShortWords)

/** Does the customer's message read as angry or frustrated? */
export function isUpset(context: string): boolean {
  if (!context.trim()) return false
  const text = context.replace(/[’‘]/g, "'")
  if (UPSET.test(text.toLowerCase()) || upsetEmoji.test(text)) return true
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (upsetPunctuation.test(sentence) && !warmWords.test(sentence)) return true
  }
  // A shouted ordinary word ("STILL", "AGAIN"); short all-caps tokens are mostly acronyms.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}@#])\p{Lu}{3,}(?![\p{L}\p{N}])/gu)) {
    const w = m[0].toLowerCase()
    if (w.length >= 5 || SHORT_SHOUTS.has(w)) return true
  }
  return false
}

/**
 * The reply's own sentences, without its sign-off block: "Thanks,\nAna" is no thanks, but a closing
 * that says what for ("Thank you for your patience,\nAna") is.
 */
function sentences(lines: DocLine[]): string[] {
  const closing = findClosing(lines)
  if (!closing) return docSentences(lines)
  const keepClosing = /\bfor\b/i.test(lines[closing.index].text)
  return docSentences(lines, closing.index + (keepClosing ? 1 : 0))
}

type Verdict = 'ok' | 'missing' | 'thanks-only'

function judge(text: string, upset: boolean): Verdict {
  const ss = sentences(docLines(text))
  if (ss.some((s) => APOLOGY.test(s) || EMPATHY.test(s))) return 'ok'
  if (ss.some((s) => THANKS.test(s))) return upset ? 'thanks-only' : 'ok'
  return 'missing'
}

const rule: Rule = {
  meta,
  plugin: () => (_tree, file) => {
    const { body, context } = draftData(file)
    if (body.end <= body.start) return
    const upset = isUpset(context)
    const verdicts = readings(file).map((text) => judge(text, upset))
    const worst = verdicts.find((v) => v === 'missing') ?? verdicts.find((v) => v === 'thanks-only')
    if (!worst) return
    // Right under a greeting line ("Hi Ana,"), or ahead of the first sentence.
    const text = String(file.value)
    const first = docLines(text)[0]
    const underGreeting = first && opensWithGreeting(first.text) && first.text.split(' ').length <= 6 && /[,!:]$|^\S+(?: \S+)?$/.test(first.text)
    const at = underGreeting ? lineEndAt(text, first.end) : lineStartAt(text, body.start)
    // An upset customer needs an apology or empathy; a calm one is served by thanks too.
    const examples = upset ? [exampleApology] : [exampleThanks, exampleApology]
    const message =
      worst === 'thanks-only'
        ? `The customer is upset, and thanks alone won't land: apologise or show you understand before the answer (e.g. "${exampleApology}")`
        : upset
          ? `The customer is upset and the reply doesn't acknowledge it: apologise or show you understand before the answer (e.g. "${exampleApology}")`
          : `Acknowledge the customer before the answer: an apology, a line of empathy or a thank-you (e.g. "${exampleThanks}")`
    report(file, {
      start: at,
      end: at,
      messageId: worst === 'thanks-only' ? 'thanks-only-upset' : 'missing-acknowledgement',
      message,
      expected: examples.map((l) => (underGreeting ? `\n\n${l}` : `${l} `)),
    })
  },
}

export default rule
