// Literal factors of a phrase pattern: strings of which every match contains at least one, so a
// sentence holding none of them can't match and its regular expression need not run (the
// prefilter of RE2 and codesearch, cut down to one OR-set per pattern). Patterns are the JS regex
// syntax of the phrase and cue data, compiled without flags (no `u`, no `i`), so a literal matches
// exactly its own code units. Anything this parser is unsure of widens to "no constraint": a
// missing filter costs a regex run, a wrong one loses a message.
import { builtinFactors } from './factor-table.ts'

/** Cross exact sets while they stay this small; past it only a required set is kept. */
const EXACT_CAP = 32
/** Shorter factors occur in nearly every sentence: a set holding one filters nothing. */
export const MIN_FACTOR = 3

interface Info {
  /** Every string the node can match, when that set is small; null when it isn't known. */
  exact: Set<string> | null
  /** Strings of which every match contains one; null for no constraint. Unused when `exact` is set. */
  req: Set<string> | null
}

export interface PatternAnalysis {
  /** The OR-set every match contains a member of, or null: no usable filter, always run. */
  factors: string[] | null
  /** The source parsed as a self-contained pattern (balanced groups, known syntax). */
  parsed: boolean
  /** It refers back to a group (`\1`, `\k<name>`): its meaning depends on the group numbering. */
  backReferences: boolean
}

export interface PatternFactors {
  /** The OR-set every match contains a member of, or null: no usable filter, always run. */
  factors: readonly string[] | null
  /** A pattern on its own (parsed, no back-references): it means the same inside a bigger one. */
  standalone: boolean
}

/**
 * The factors of a pattern: looked up for the built-in data (analysing it all took longer than a
 * one-draft run saves), analysed otherwise (a team's phrases, data edited since the table).
 */
export function patternFactors(pattern: string): PatternFactors {
  const known = builtinFactors.get(pattern)
  if (known !== undefined) return { factors: known, standalone: true }
  const a = analysePattern(pattern)
  return { factors: a.factors, standalone: a.parsed && !a.backReferences }
}

/** Every match of `pattern` contains a member of the result, or null: no usable filter. */
export function literalFactors(pattern: string): string[] | null {
  return analysePattern(pattern).factors
}

export function analysePattern(pattern: string): PatternAnalysis {
  const parser = new Parser(pattern)
  try {
    const info = parser.pattern()
    const set = usable(info.exact ?? info.req)
    return { factors: set && !parser.backReferences ? minimal(set) : null, parsed: true, backReferences: parser.backReferences }
  } catch (error) {
    if (!(error instanceof Bail)) throw error
    return { factors: null, parsed: false, backReferences: parser.backReferences }
  }
}

class Bail extends Error {}

const ANY: Info = { exact: null, req: null }
const EMPTY = (): Info => ({ exact: new Set(['']), req: null })
const literal = (s: string): Info => ({ exact: new Set([s]), req: null })

/** The set as a filter, or null when it can't filter (empty, or a member too short to be rare). */
function usable(set: Set<string> | null): Set<string> | null {
  if (!set || set.size === 0) return null
  for (const s of set) if (s.length < MIN_FACTOR) return null
  return set
}

// A text holding "just calm down" holds "calm down": the longer member adds nothing to an OR-set.
// Quadratic: a long set is left as it is, which costs the index a little, not the answer.
function minimal(set: Set<string>): string[] {
  if (set.size > EXACT_CAP) return [...set]
  const sorted = [...set].sort((a, b) => a.length - b.length)
  const out: string[] = []
  for (const s of sorted) if (!out.some((t) => s.includes(t))) out.push(s)
  return out
}

// Words and word pieces in most sentences of a reply: as a factor they filter next to nothing.
const COMMON = new Set(
  ('the and you your for that this with have are was not can will all our any one out get see know are ' +
    "it's ing ion ent ter her ere ted tio ati ver his hat tha est con pro com res ers ate ess ive ill ome ith")
    .split(' '),
)

// The chance a sentence holds some member, roughly: each character more makes a string rarer.
function cost(set: Set<string>): number {
  let sum = 0
  for (const s of set) {
    const word = s.trim()
    sum += 6 ** -Math.min(s.length, 12) * (word.length <= 2 || COMMON.has(word) ? 25 : 1)
  }
  return sum
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  const ua = usable(a)
  const ub = usable(b)
  if (!ua) return ub
  if (!ub) return ua
  return cost(ub) < cost(ua) ? ub : ua
}

function cross(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(x + y)
  return out
}

function concat(parts: Info[]): Info {
  if (parts.length === 1) return parts[0]
  let run: Set<string> = new Set([''])
  let exact = true
  let best: Set<string> | null = null
  for (const part of parts) {
    if (part.exact && run.size * part.exact.size <= EXACT_CAP) {
      run = run.size === 1 && run.has('') ? part.exact : cross(run, part.exact)
      continue
    }
    exact = false
    best = better(best, run)
    if (part.exact) run = part.exact
    else {
      best = better(best, part.req)
      run = new Set([''])
    }
  }
  if (exact) return { exact: run, req: null }
  return { exact: null, req: better(best, run) }
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = new Set<string>()
    for (const b of branches) for (const s of b.exact as Set<string>) all.add(s)
    if (all.size <= EXACT_CAP) return { exact: all, req: null }
  }
  const req = new Set<string>()
  for (const b of branches) {
    const r = usable(b.exact ?? b.req)
    if (!r) return ANY
    for (const s of r) req.add(s)
  }
  return { exact: null, req }
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && info.exact && info.exact.size < EXACT_CAP) return { exact: new Set(['', ...info.exact]), req: null }
    return ANY
  }
  if (min === max && info.exact && info.exact.size ** min <= EXACT_CAP) {
    let run: Set<string> = new Set([''])
    for (let i = 0; i < min; i++) run = cross(run, info.exact)
    return { exact: run, req: null }
  }
  // At least one repetition: every match holds a match of the body.
  return { exact: null, req: info.exact ?? info.req }
}

const SYNTAX = new Set([...'\\^$.|?*+()[]{}'].map((c) => c.charCodeAt(0)))
const QUANTIFIER_START = new Set([...'?*+{'].map((c) => c.charCodeAt(0)))
// Upper-case letters are left to `char`, which refuses them; non-ASCII too, to be told apart.
const isPlain = (code: number) => code < 128 && !SYNTAX.has(code) && !(code >= 65 && code <= 90)

const CLASS_CAP = 10
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' }

const MEMO_MIN = 40
const memo = new Map<string, { info: Info; backReferences: boolean }>()

/** Index of the `)` closing the group whose body starts at `from`, or -1. */
function groupEnd(src: string, from: number): number {
  let depth = 0
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i)
    if (c === 92 /* \\ */) i++
    else if (c === 91 /* [ */) {
      for (i++; i < src.length && src.charCodeAt(i) !== 93; i++) if (src.charCodeAt(i) === 92) i++
    } else if (c === 40 /* ( */) depth++
    else if (c === 41 /* ) */ && depth-- === 0) return i
  }
  return -1
}

class Parser {
  private i = 0
  backReferences = false

  constructor(private readonly src: string) {}

  pattern(): Info {
    const info = this.alternation()
    if (this.i < this.src.length) throw new Bail()
    return info
  }

  private alternation(): Info {
    const branches = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      branches.push(this.sequence())
    }
    return branches.length === 1 ? branches[0] : alternate(branches)
  }

  private sequence(): Info {
    const parts: Info[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const run = this.plainRun()
      parts.push(run ? literal(run) : this.quantified())
    }
    return concat(parts)
  }

  // Plain characters up to the next syntax, taken as one literal: most of a phrase pattern is
  // words, and a node per character made this the slow part of a cold start. A quantifier
  // applies to the last character alone, so that one is left to `quantified`.
  private plainRun(): string {
    const start = this.i
    let end = start
    while (end < this.src.length && isPlain(this.src.charCodeAt(end))) end++
    if (end < this.src.length && QUANTIFIER_START.has(this.src.charCodeAt(end))) end--
    if (end <= start) return ''
    this.i = end
    return this.src.slice(start, end)
  }

  private quantified(): Info {
    const atom = this.atom()
    const c = this.src[this.i]
    let min: number
    let max: number
    if (c === '?' || c === '*' || c === '+') {
      this.i++
      ;[min, max] = c === '?' ? [0, 1] : c === '*' ? [0, Infinity] : [1, Infinity]
    } else {
      const m = c === '{' ? /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i)) : null
      if (!m) return atom.zeroWidth ? EMPTY() : atom.info
      this.i += m[0].length
      min = Number(m[1])
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min
      if (max < min) throw new Bail()
    }
    if (this.src[this.i] === '?') this.i++
    if (this.src[this.i] === '?' || this.src[this.i] === '*' || this.src[this.i] === '+') throw new Bail()
    // A quantified lookaround still matches nothing.
    if (atom.zeroWidth) return EMPTY()
    return repeat(atom.info, min, max)
  }

  private atom(): { info: Info; zeroWidth?: boolean } {
    const c = this.src[this.i++]
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return { info: this.charClass() }
      case '.':
        return { info: ANY }
      case '^':
      case '$':
        return { info: EMPTY(), zeroWidth: true }
      case '\\':
        return this.escape()
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Bail()
      case '{':
        // Annex B: a brace that starts no quantifier is itself ("{ph}").
        if (/^\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) throw new Bail()
        return { info: literal(c) }
      default:
        return { info: this.char(c) }
    }
  }

  private char(c: string): Info {
    // The text is lower-cased: a capital in a pattern is a sign it expects otherwise.
    if (c !== c.toLowerCase()) return ANY
    return literal(c)
  }

  private group(): { info: Info; zeroWidth?: boolean } {
    let lookaround = false
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i + 1)
      const m = /^(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest)
      if (!m) throw new Bail()
      lookaround = m[0] === '=' || m[0] === '!' || m[0] === '<=' || m[0] === '<!'
      this.i += 1 + m[0].length
    }
    const inner = this.body()
    if (this.src[this.i] !== ')') throw new Bail()
    this.i++
    // Lookarounds match no characters of the match itself.
    return lookaround ? { info: EMPTY(), zeroWidth: true } : { info: inner }
  }

  // The data builds patterns from shared pieces (a list of verbs, of adverbs, of times), each
  // inside many patterns: a long group's body is read once and its result reused.
  private body(): Info {
    const end = groupEnd(this.src, this.i)
    if (end - this.i < MEMO_MIN) return this.alternation()
    const source = this.src.slice(this.i, end)
    const hit = memo.get(source)
    if (hit) {
      this.i = end
      this.backReferences ||= hit.backReferences
      return hit.info
    }
    const before = this.backReferences
    this.backReferences = false
    const info = this.alternation()
    if (this.i === end) memo.set(source, { info, backReferences: this.backReferences })
    this.backReferences ||= before
    return info
  }

  private escape(): { info: Info; zeroWidth?: boolean } {
    const c = this.src[this.i++]
    if (c === undefined) throw new Bail()
    if (c === 'b' || c === 'B') return { info: EMPTY(), zeroWidth: true }
    if ('wWdDsS'.includes(c)) return { info: ANY }
    if (/[1-9]/.test(c) || c === 'k') {
      this.backReferences = true
      if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1 || this.src.length
      else while (/\d/.test(this.src[this.i] ?? '')) this.i++
      return { info: ANY }
    }
    const hex = c === 'x' ? /^[\da-fA-F]{2}/.exec(this.src.slice(this.i)) : c === 'u' ? /^[\da-fA-F]{4}/.exec(this.src.slice(this.i)) : null
    if (hex) {
      this.i += hex[0].length
      return { info: this.char(String.fromCharCode(parseInt(hex[0], 16))) }
    }
    if (c in SIMPLE_ESCAPES && !(c === '0' && /\d/.test(this.src[this.i] ?? ''))) return { info: literal(SIMPLE_ESCAPES[c]) }
    // Punctuation stands for itself; a letter or digit escape we don't model (\p, \c, octal…) bails.
    if (/[A-Za-z0-9]/.test(c)) throw new Bail()
    return { info: literal(c) }
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^'
    if (negated) this.i++
    const chars = new Set<string>()
    let wide = negated
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Bail()
      const lo = this.classAtom()
      if (lo === null) {
        wide = true
        continue
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++
        const hi = this.classAtom()
        if (hi === null) {
          // Annex B: "[\w-x]" is a class escape, "-" and "x".
          chars.add(lo)
          chars.add('-')
          wide = true
          continue
        }
        if (hi.charCodeAt(0) < lo.charCodeAt(0)) throw new Bail()
        if (hi.charCodeAt(0) - lo.charCodeAt(0) >= CLASS_CAP) wide = true
        else for (let code = lo.charCodeAt(0); code <= hi.charCodeAt(0); code++) chars.add(String.fromCharCode(code))
        continue
      }
      chars.add(lo)
    }
    this.i++
    if (wide || chars.size === 0 || chars.size > CLASS_CAP) return ANY
    for (const c of chars) if (c !== c.toLowerCase()) return ANY
    return { exact: chars, req: null }
  }

  /** One character of a class, or null for a class escape (\w, \d…) or one not modelled. */
  private classAtom(): string | null {
    const c = this.src[this.i++]
    if (c !== '\\') return c
    const e = this.src[this.i++]
    if (e === undefined) throw new Bail()
    if ('wWdDsS'.includes(e)) return null
    if (e === 'b') return '\b'
    if (e in SIMPLE_ESCAPES && e !== '0') return SIMPLE_ESCAPES[e]
    if (/[A-Za-z0-9]/.test(e)) {
      // \xHH, \uHHHH, \0, \cX, octal: not modelled; the class then filters nothing.
      this.i = this.skipClassEscape(e)
      return null
    }
    return e
  }

  private skipClassEscape(e: string): number {
    const rest = this.src.slice(this.i)
    const m = e === 'x' ? /^[\da-fA-F]{2}/.exec(rest) : e === 'u' ? /^[\da-fA-F]{4}/.exec(rest) : e === 'c' ? /^[A-Za-z]/.exec(rest) : null
    return this.i + (m ? m[0].length : 0)
  }
}
