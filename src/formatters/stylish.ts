// ESLint's stylish look: the file, then aligned `line:col  severity  message  rule-id` rows, then a
// summary. Columns align by display width; colour only when the CLI says so.
import { Chalk } from 'chalk'
import { relative } from 'node:path'
import { wholeFrom, type Formatter, type StreamingFormatter } from './types.ts'
import type { LintMessage } from '../types.ts'

const ESC = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g')

// Wide characters (CJK, emoji) take two cells in a terminal; a code point counts once, whatever
// its UTF-16 length. Read by code unit: below U+1100 nothing is wide, and that is nearly every
// character of a report (iterating the string by code point was most of this formatter's time).
export function width(s: string): number {
  if (s.includes('\x1b')) s = s.replace(ESC, '')
  let w = s.length
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i)
    if (c < 0x1100) continue
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A surrogate pair: one code point in two units.
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        w--
        i++
      }
    }
    if (isWide(c)) w++
  }
  return w
}

function isWide(c: number): boolean {
  return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff))
}

// One Chalk per colour setting for the run: a new instance per file rebuilt its style getters for
// every file (~30 ms of CPU over 1,000 files).
const chalks = [new Chalk({ level: 0 }), new Chalk({ level: 1 })]
const chalkFor = (color: boolean | undefined) => chalks[color ? 1 : 0]

/** `s` and `spaces` blanks after it (columns are aligned by display width, measured once). */
const pad = (s: string, spaces: number) => s + ' '.repeat(Math.max(0, spaces))
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

// The best rewrite, on the message's row. When it replaces more than the flagged words (a comma,
// the next word to capitalise) the suggestion's own description says exactly what changes.
function rewriteHint(m: LintMessage): string {
  const first = m.suggestions?.[0]
  // An inserted line ("\n\nThanks for getting in touch.") still shows on one row.
  const text = (first?.fix.text ?? m.expected?.[0] ?? '').replace(/\s+/g, ' ').trim()
  if (!first && !text) return ''
  if (text && m.message.includes(text)) return ''
  const sameSpan = !first || (first.fix.range[0] === m.range?.[0] && first.fix.range[1] === m.range?.[1])
  if (sameSpan) return text ? ` (try: “${text}”)` : ''
  return ` (${first.desc.replace(/\s+/g, ' ')})`
}

export const streaming: StreamingFormatter = {
  file(result, { cwd, color }) {
    if (!result.messages.length) return ''
    const c = chalkFor(color)
    const name = result.filePath.startsWith('<') ? result.filePath : relative(cwd, result.filePath) || result.filePath
    let out = `\n${c.underline(name)}\n`
    const rows = result.messages.map((m) => {
      const rewrite = rewriteHint(m)
      return [
        `${m.line}:${m.column}`,
        m.severity === 2 ? c.red('error') : c.yellow('warning'),
        m.message.replace(/\s*\n\s*/g, ' ') + rewrite,
        c.dim(m.ruleId ?? ''),
      ]
    })
    const cells = rows.map((r) => [width(r[0]), width(r[1]), width(r[2])])
    const widths = [0, 1, 2].map((i) => Math.max(...cells.map((w) => w[i])))
    rows.forEach((r, k) => {
      const w = cells[k]
      out += `  ${pad(r[0], widths[0] - w[0])}  ${pad(r[1], widths[1] - w[1])}  ${pad(r[2], widths[2] - w[2])}  ${r[3]}\n`
    })
    return out
  },
  end({ errors, warnings, fixable }, { color }) {
    const total = errors + warnings
    if (!total) return ''
    const c = chalkFor(color)
    const mark = errors ? c.red.bold : c.yellow.bold
    let out = `\n${mark(`✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)}\n`
    if (fixable) out += mark(`  ${plural(fixable, 'problem')} ${fixable === 1 ? 'is' : 'are'} fixable with the \`--fix\` option.`) + '\n'
    return out
  },
}

const stylish: Formatter = wholeFrom(streaming)
export default stylish
