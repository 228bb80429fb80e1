// A cue list ("any of these phrases, as whole words") tested against a sentence. The answer is
// that of one joined RegExp, `(?<![\w'])(?:a|b|…)(?![\w'])`, which holds where any alternative,
// bounded alike, holds; so each alternative runs alone, only when the sentence holds one of its
// literal factors, and is compiled the first time it does. V8 took milliseconds to compile the
// joined pattern of a long list, more than a one-draft run spends matching with it.
import { candidatesOf, sharedIndex } from './factor-index.ts'
import { patternFactors } from './literal-factors.ts'
import { compilePattern } from './sentences.ts'

export interface CueMatcher {
  /** Does any cue of the list occur in the text, as whole words? */
  test(text: string): boolean
}

// Bounded at words as phrase patterns are; no `g`: `test` is asked only whether, not where.
const bounded = (source: string) => compilePattern(source, '')

export function cueMatcher(list: readonly string[]): CueMatcher {
  let test: ((text: string) => boolean) | undefined
  // Built on first use: some lists are read only for some drafts (the customer's quoted message).
  return { test: (text) => (test ??= build(list))(text) }
}

function build(cues: readonly string[]): (text: string) => boolean {
  const analyses = cues.map(patternFactors)
  // An alternative that isn't a pattern on its own, or refers to a group by number, means
  // something else outside the joined pattern: then the joined pattern it is.
  if (analyses.some((a) => !a.standalone)) {
    const joined = bounded(cues.join('|'))
    return (text) => joined.test(text)
  }
  const indexed = sharedIndex.add(analyses.map((a) => a.factors))
  const scratch = new Uint8Array(indexed.size)
  const res: Array<RegExp | undefined> = []
  return (text) => {
    const candidates = candidatesOf(sharedIndex, indexed, text, scratch)
    if (!candidates) return false
    for (let i = 0; i < candidates.length; i++) if (candidates[i] && (res[i] ??= bounded(cues[i])).test(text)) return true
    return false
  }
}
