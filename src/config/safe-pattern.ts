// Team phrase patterns are regular expressions from a config file: each must compile and must not
// backtrack catastrophically (nested quantifiers), checked with safe-regex2 at config load.
import safeRegex from 'safe-regex2'
import { compilePattern } from '../lint/sentences.ts'

// safe-regex2's parser (ret) knows no lookbehind or named groups; neither changes how far a
// pattern can backtrack, so they are read as lookahead and plain groups.
function forChecking(source: string): string {
  return source.replace(/\(\?<([=!])/g, '(?$1').replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:')
}

/** True when a regex source has no nested or excessive repetition. */
export function isSafeSource(source: string): boolean {
  return safeRegex(forChecking(source))
}

/** Why a phrase pattern can't be used, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  let source: string
  try {
    source = compilePattern(pattern).source
  } catch (error) {
    // V8 says "Invalid regular expression: /<compiled source>/g: <reason>"; the reason is what helps.
    return `is not a valid regular expression (${(error as Error).message.split(': ').pop()})`
  }
  if (!isSafeSource(source)) return 'is rejected: it may backtrack catastrophically (nested or too many quantifiers, as in "(a+)+"); simplify it or use `match` with literal words'
  return undefined
}
