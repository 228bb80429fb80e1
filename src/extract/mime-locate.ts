// Finds where a MIME part's body lies in the raw message, so diagnostics can point into the file.
// Decoding is postal-mime's job; this only reads header blocks and boundaries, and the caller
// checks its reading against postal-mime's decoded text before trusting it.

export interface PartSpan {
  /** Offset of the body's first character and of its end (before the closing boundary). */
  start: number
  end: number
  encoding: string
  charset: string
  /** `format=flowed` (RFC 3676), and its `delsp=yes`. */
  flowed: boolean
  delSp: boolean
}

interface HeaderBlock {
  start: number
  end: number
  /** Unfolded header lines. */
  headers: string
}

function headerBlock(source: string, start: number): HeaderBlock {
  const blankLine = /\r?\n\r?\n|\r\r/g
  blankLine.lastIndex = start
  const m = blankLine.exec(source)
  const end = m ? m.index + m[0].length : source.length
  const headers = source.slice(start, m ? m.index : source.length).replace(/\r?\n[ \t]+/g, ' ')
  return { start, end, headers }
}

function header(headers: string, name: string): string {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers)
  return m ? m[1].trim() : ''
}

function param(value: string, name: string): string {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value)
  return m ? (m[1] ?? m[2]) : ''
}

function spanOf(block: HeaderBlock, end: number): PartSpan {
  const type = header(block.headers, 'Content-Type')
  return {
    start: block.end,
    // The caller passes the offset of the line break before the next boundary: that break
    // belongs to the boundary (RFC 2046).
    end: Math.max(block.end, end),
    encoding: header(block.headers, 'Content-Transfer-Encoding').toLowerCase() || '7bit',
    charset: param(type, 'charset').toLowerCase() || 'us-ascii',
    flowed: /^flowed$/i.test(param(type, 'format')),
    delSp: /^yes$/i.test(param(type, 'delsp')),
  }
}

/** The first part of `mimeType` (`text/plain`, `text/html`) that is not an attachment. */
export function locatePart(source: string, mimeType: string): PartSpan | undefined {
  const top = headerBlock(source, 0)
  const topType = header(top.headers, 'Content-Type').toLowerCase()
  if (!topType.startsWith('multipart/')) {
    if ((topType || 'text/plain').startsWith(mimeType)) return spanOf(top, source.length)
    return undefined
  }
  const boundaries = [...source.matchAll(/boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/gi)].map((m) => m[1] ?? m[2])
  const esc = boundaries.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const delimiter = new RegExp(`(?:\\r?\\n|^)--(?:${esc.join('|')})(?:--)?[ \\t]*(?=\\r?\\n|$)`, 'g')
  const marks = [...source.matchAll(delimiter)]
  for (let k = 0; k < marks.length - 1; k++) {
    const m = marks[k]
    let at = m.index + m[0].length
    at += /^\r?\n/.exec(source.slice(at, at + 2))?.[0].length ?? 0
    const block = headerBlock(source, at)
    const type = header(block.headers, 'Content-Type').toLowerCase()
    const disposition = header(block.headers, 'Content-Disposition').toLowerCase()
    if (type.startsWith(mimeType) && !disposition.startsWith('attachment')) return spanOf(block, marks[k + 1].index)
  }
  return undefined
}
