// Team phrase patterns are regular expressions from a config file: each must compile and must not
// backtrack catastrophically (nested quantifiers), checked with safe-regex2 at config load.
import safeRegex from 'safe-regex2'
import { compilePattern } from '../lint/sentences.ts'

// Bounded repetition above this reads as unbounded: (a+){0,50} backtracks like (a+)*.
const SMALL_BOUND = 10

// safe-regex2 judges star height: a quantifier inside a quantified group is "nested". It counts `?`
// and `{0,3}` as quantifiers too, which flags the optional words every phrase list is made of
// ("(?:the )?polic(?:y|ies)"). An optional part matches once or not at all, and a small bound is a
// few optional copies: neither multiplies the ways an unbounded loop can match, so both are
// dropped before the check; `*`, `+`, `{n,}` and large bounds stay and are judged as usual.
// safe-regex2's parser (ret) also knows no lookbehind or named groups; read as lookahead and
// plain groups, they change nothing about backtracking.
function forChecking(source: string): string {
  let out = ''
  let i = 0
  while (i < source.length) {
    const c = source[i]
    if (c === '\\') {
      out += source.slice(i, i + 2)
      i += 2
    } else if (c === '[') {
      // A class is one atom: copy it whole, escapes included.
      let j = i + 1
      if (source[j] === '^') j++
      if (source[j] === ']') j++
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1
      out += source.slice(i, j + 1)
      i = j + 1
    } else if (c === '(' && source[i + 1] === '?') {
      const head = /^\(\?(?:<([=!])|<[A-Za-z_$][\w$]*>|[:=!])/.exec(source.slice(i))
      if (!head) {
        out += c
        i++
        continue
      }
      out += head[1] ? `(?${head[1]}` : head[0].startsWith('(?<') ? '(?:' : head[0]
      i += head[0].length
    } else if (c === '?') {
      i++ // optional, or the lazy mark of another quantifier
    } else if (c === '{') {
      const bound = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i))
      if (!bound) {
        out += c
        i++
        continue
      }
      const max = bound[2] === undefined ? Number(bound[1]) : bound[2] === '' ? Infinity : Number(bound[2])
      if (max > SMALL_BOUND) out += '*'
      i += bound[0].length
    } else {
      out += c
      i++
    }
  }
  return out
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
