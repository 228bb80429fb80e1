// shouting: capitals and exclamation marks that raise the agent's voice. Token- and
// punctuation-shaped, so it scans the draft text rather than matching phrases; what counts as an
// acronym is data (acronyms.ts, plus the `allow` option), what counts as a word is english.ts.
import type { VFile } from 'vfile'
import type { Rule, RuleOptions, Transformer } from '../../src/types.ts'
import { draftData, report } from '../../src/lint/report.ts'
import acronyms from './acronyms.ts'
import { isEnglishWord } from './english.ts'
import { isSpaceCode } from '../../src/extract/spaces.ts'
import meta from './meta.ts'

export interface Options {
  /** Extra acronyms, codes and product names that are never shouting ("ACME", "NVIDIA"). */
  allow?: string[]
  /** All-caps tokens that are shouting even though they look like acronyms ("ASAP"). */
  add?: string[]
  /** Checks to switch off: `caps-word`, `caps-run`, `punctuation-run`, `exclamations`. */
  remove?: string[]
  /** Single "!" a reply may carry before the next one is reported (default 2). */
  maxExclamations?: number
}

type Kind = 'word' | 'acronym' | 'letter'

interface Token {
  /** The token without surrounding punctuation ("**HIGH" → "HIGH"), in draft offsets. */
  start: number
  end: number
  value: string
  /** All capitals, letters only (apostrophes and hyphens allowed inside). */
  caps: boolean
  /** Punctuation around the token that ends a run of capitals (anything but emphasis and quotes). */
  breaksBefore: boolean
  breaksAfter: boolean
}

const CAPS = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u
const EDGE_START = /^[^\p{L}\p{N}]+/u
const EDGE_END = /[^\p{L}\p{N}]+$/u
const TWO_CAPITALS = /\p{Lu}['’-]?\p{Lu}/u
// Markdown emphasis and quotes do not interrupt "**HIGH PRIORITY**" or "“DO NOT”".
const SOFT = /^[*_"'“”‘’`]*$/

// A token with no capital letter is never all caps: all it does is end a run, and one shared
// token says so (most tokens of a reply; measuring each cost more than the rest of the rule).
const UPPER = /\p{Lu}/u
const LOWER: Token = { start: 0, end: 0, value: '', caps: false, breaksBefore: true, breaksAfter: true }

/** The whitespace-separated tokens of `text` (as `/\S+/g` finds them). */
function tokens(text: string, skip: (start: number, end: number) => boolean): Token[] {
  const out: Token[] = []
  for (let i = 0; i < text.length; ) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const from = i
    // ASCII capitals decide here; any other letter may be one (É, Ω), so such a token is tested.
    let capital = false
    let other = false
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (isSpaceCode(c)) break
      if (c >= 65 && c <= 90) capital = true
      else if (c > 127) other = true
    }
    const raw = capital || other ? text.slice(from, i) : ''
    if (!capital && !(other && UPPER.test(raw))) {
      out.push(LOWER)
      continue
    }
    const lead = EDGE_START.exec(raw)?.[0] ?? ''
    const rest = raw.slice(lead.length)
    const trail = EDGE_END.exec(rest)?.[0] ?? ''
    const value = rest.slice(0, rest.length - trail.length)
    const start = from + lead.length
    const end = start + value.length
    if (!value || skip(start, end)) {
      out.push({ start, end, value: '', caps: false, breaksBefore: true, breaksAfter: true })
      continue
    }
    out.push({ start, end, value, caps: CAPS.test(value), breaksBefore: !SOFT.test(lead), breaksAfter: !SOFT.test(trail) })
  }
  return out
}

/** Runs of all-caps tokens written one after another on a line. */
function capsRuns(text: string, list: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  for (const t of list) {
    const last = run[run.length - 1]
    const joins = last && t.caps && !last.breaksAfter && !t.breaksBefore && !text.slice(last.end, t.start).includes('\n')
    if (joins) {
      run.push(t)
      continue
    }
    if (run.length) runs.push(run)
    run = t.caps ? [t] : []
  }
  if (run.length) runs.push(run)
  return runs
}

// A token named as a code or keyword is data, whatever it spells: "the discount code FREESHIP",
// "Reply STOP to unsubscribe".
const CODE_BEFORE = /\b(?:code|coupon|voucher|promo|password|passcode|username|keyword|the word|ref(?:erence)?|model|part|tag)s?[\s:"'“‘`]*$/i
const KEYWORD_VERB = /\b(?:reply|text|type|enter|send|sms)[\s"'“‘`]*$/i

function isNamedCode(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start)
  return CODE_BEFORE.test(before) || (KEYWORD_VERB.test(before) && /^[\s"'”’`]+(?:to|in|into|as)\b/i.test(text.slice(t.end, t.end + 8)))
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).replace(/[\s*_"'“”‘’`(]+$/u, '')
  return before === '' || /[.!?:\n]$/.test(before) || /\n\s*$/.test(text.slice(0, offset))
}

const lowerWord = (value: string) => value.toLowerCase().replace(/^i(?=['’]|$)/, 'I')

function plugin(options: RuleOptions): Transformer {
  const opts = options as Options
  const allowed = new Set([...acronyms, ...(opts.allow ?? [])].map((a) => a.toUpperCase()))
  const added = new Set((opts.add ?? []).map((a) => a.toUpperCase()))
  const off = new Set(opts.remove ?? [])
  const maxBangs = opts.maxExclamations ?? 2

  const kindOf = (value: string): Kind => {
    const upper = value.toUpperCase()
    if (added.has(upper)) return 'word'
    if (value.replace(/['’-]/g, '').length < 2) return 'letter'
    if (allowed.has(upper) || allowed.has(upper.replace(/['’]S$/, ''))) return 'acronym'
    return isEnglishWord(value.toLowerCase()) ? 'word' : 'acronym'
  }

  const checkCaps = (file: VFile, text: string, list: Token[]) => {
    for (const run of capsRuns(text, list)) {
      const kinds = run.map((t, i): Kind => (i === 0 && isNamedCode(text, t) ? 'acronym' : kindOf(t.value)))
      // Next to a shouted word, a two-letter acronym that is also a word is a word: "I AM SO SORRY".
      kinds.forEach((k, i) => {
        const short = run[i].value.replace(/['’-]/g, '').length === 2
        if (k === 'acronym' && short && (kinds[i - 1] === 'word' || kinds[i + 1] === 'word') && isEnglishWord(run[i].value.toLowerCase())) kinds[i] = 'word'
      })
      // Acronyms at the edges are not part of the raised voice ("USPS NOW" → "NOW"); "I" and "A"
      // are when a shouted word follows or precedes them.
      const keepsEdge = (i: number, next: number) => kinds[i] === 'word' || (kinds[i] === 'letter' && kinds[next] === 'word')
      let a = 0
      let b = run.length - 1
      while (a <= b && !keepsEdge(a, a + 1)) a++
      while (b >= a && !keepsEdge(b, b - 1)) b--
      if (a > b) continue
      const words = run.slice(a, b + 1)
      const first = words[0]
      const last = words[words.length - 1]
      const isRun = words.length > 1
      if (isRun ? off.has('caps-run') : off.has('caps-word') || first.value.replace(/['’-]/g, '').length < 3) continue
      const start = first.start
      const end = last.end
      const actual = text.slice(start, end)
      let rewrite = ''
      let at = start
      words.forEach((t, i) => {
        rewrite += text.slice(at, t.start) + (kinds[a + i] === 'acronym' ? t.value : lowerWord(t.value))
        at = t.end
      })
      if (atSentenceStart(text, start)) rewrite = rewrite[0].toUpperCase() + rewrite.slice(1)
      report(file, {
        start,
        end,
        messageId: isRun ? 'caps-run' : 'caps-word',
        message: isRun
          ? `\`${actual}\` in capitals reads as shouting; write it in sentence case and let the words carry the weight`
          : `\`${actual}\` in capitals reads as shouting; write it in lower case, or bold it if it really matters`,
        actual,
        expected: [rewrite],
        note: 'Capitals read as a raised voice, and an upset customer hears them that way. Acronyms and codes are fine.',
      })
    }
  }

  const checkPunctuation = (file: VFile, text: string, skip: (start: number, end: number) => boolean) => {
    let singles = 0
    for (const m of text.matchAll(/[!?‼⁉]+/g)) {
      const start = m.index
      const end = start + m[0].length
      if (skip(start, end) || !/[!‼⁉]/.test(m[0])) continue
      // Markdown images ("![alt](…)") are markup, not tone.
      if (m[0] === '!' && text[end] === '[') continue
      if (m[0].length > 1 || m[0] !== '!') {
        if (off.has('punctuation-run')) continue
        const rewrite = /[?⁉]/.test(m[0]) ? '?' : '!'
        report(file, {
          start,
          end,
          messageId: 'punctuation-run',
          message: `\`${m[0]}\` reads as a raised voice; one \`${rewrite}\` is enough`,
          actual: m[0],
          expected: [rewrite],
          fixable: true,
          note: 'Stacked punctuation sounds exasperated or sarcastic in writing.',
        })
        continue
      }
      singles++
      if (singles === maxBangs + 1 && !off.has('exclamations')) {
        report(file, {
          start,
          end,
          messageId: 'exclamations',
          message: `This is exclamation mark number ${singles} in one reply; keep ${maxBangs === 1 ? 'one' : `${maxBangs} at most`} and end this sentence with a full stop`,
          actual: '!',
          expected: ['.'],
          note: 'A few exclamation marks are friendly; many make the whole reply sound over-excited or insincere.',
        })
      }
    }
  }

  return (_tree, file) => {
    const text = String(file.value)
    const { placeholders } = draftData(file)
    const skip = (start: number, end: number) => placeholders.some((p) => p.start < end && start < p.end)
    // Every caps report holds a shouted word of two capitals or more (one letter alone, "I" or
    // "A", is never reported), so a draft without two capitals in a row (4 in 10) skips the token
    // scan; a team's `add` list may name anything, so with one the scan always runs.
    if (added.size || TWO_CAPITALS.test(text)) checkCaps(file, text, tokens(text, skip))
    checkPunctuation(file, text, skip)
  }
}

const rule: Rule = { meta, plugin }
export default rule
