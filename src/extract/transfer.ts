// Decodes a quoted-printable body while remembering, for each decoded character, the offset in
// the raw message it came from. postal-mime stays the decoder of record: the caller compares
// this result with postal-mime's and falls back to a coarser mapping when they differ.
import { Linear } from './linear.ts'

/** `raw` is the part's body as it stands in the source, starting at `base`. */
export function decodeQuotedPrintable(raw: string, base: number, charset: string): Linear {
  const bytes: number[] = []
  const from: number[] = []
  const encoder = new TextEncoder()
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === '=') {
      const soft = /^=[ \t]*(?:\r\n|\n|\r|$)/.exec(raw.slice(i, i + 80))
      if (soft) {
        i += soft[0].length
        continue
      }
      const hex = raw.slice(i + 1, i + 3)
      if (/^[\da-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16))
        from.push(base + i)
        i += 3
        continue
      }
    }
    const cp = raw.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    // Line breaks are read as LF, as postal-mime gives them.
    if (ch === '\r' && raw[i + 1] === '\n') {
      i++
      continue
    }
    for (const b of encoder.encode(ch)) {
      bytes.push(b)
      from.push(base + i)
    }
    i += ch.length
  }
  return decodeBytes(bytes, from, base + raw.length, charset)
}

function decodeBytes(bytes: number[], from: number[], end: number, charset: string): Linear {
  const out = new Linear(end)
  if (!/^(?:utf-?8|us-ascii|ascii)$/.test(charset)) {
    // Single-byte charsets: one byte, one character.
    const text = new TextDecoder(charset.startsWith('iso-8859') || charset.startsWith('windows-') ? charset : 'latin1').decode(new Uint8Array(bytes))
    if (text.length === bytes.length) out.push(text, from)
    else out.push(text, from[0] ?? end)
    return out
  }
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes.slice(i, i + n)))
    out.push(text, from[i])
    i += n
  }
  return out
}

/**
 * Unfolds `format=flowed` text (RFC 3676) as postal-mime does, keeping each character's source
 * offset: a line ending in a space continues on the next (the space dropped with `delsp=yes`),
 * a leading stuffed space is removed, and "-- " stays a line of its own.
 */
export function unflow(input: Linear, delSp: boolean, end: number): Linear {
  const out = new Linear(end)
  let lineStart = 0
  let first = true
  let i = 0
  while (i <= input.length) {
    let j = i
    while (j < input.length && input.at(j)[0] !== '\n') j++
    let from = i
    if (from < j && input.at(from)[0] === ' ') from++
    if (!first) {
      const unfolded = out.length - lineStart
      const last = out.length ? out.at(out.length - 1)[0] : ''
      const signature = unfolded === 3 && lineText(out, lineStart) === '-- '
      if (last === ' ' && !signature) {
        if (delSp) out.pop()
      } else {
        out.push('\n', input.at(i - 1)[1])
        lineStart = out.length
      }
    }
    for (let k = from; k < j; k++) {
      const [ch, at] = input.at(k)
      out.push(ch, at)
    }
    first = false
    i = j + 1
  }
  return out
}

function lineText(l: Linear, start: number): string {
  let s = ''
  for (let k = start; k < l.length; k++) s += l.at(k)[0]
  return s
}
