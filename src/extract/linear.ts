// A draft text built piece by piece, remembering for each character where it came from in the
// source. Used where the agent's words differ in length from the source (HTML entities, JSON
// escapes, transfer encodings): the draft can then be any length and `toSource` maps it back.

export class Linear {
  // The text in pieces as pushed, joined only when read: a character at a time into one array
  // (and joining those) was most of the HTML extraction's own time.
  private parts: string[] = []
  private from: number[] = []

  constructor(private readonly sourceLength: number) {}

  get length(): number {
    return this.from.length
  }

  push(text: string, at: number | number[]): void {
    if (!text.length) return
    this.parts.push(text)
    const from = this.from
    if (typeof at === 'number') for (let i = 0; i < text.length; i++) from.push(at)
    else for (let i = 0; i < text.length; i++) from.push(at[i])
  }

  /** Push `text` lying unchanged over the source from `start` (no reference, no CR). */
  pushRun(text: string, start: number): void {
    if (!text.length) return
    this.parts.push(text)
    const from = this.from
    for (let i = 0; i < text.length; i++) from.push(start + i)
  }

  /** End the current line or paragraph: at least `n` line breaks before what follows. */
  breaks(n: number, at: number): void {
    if (!this.from.length) return
    let have = 0
    scan: for (let p = this.parts.length - 1; p >= 0 && have < n; p--) {
      const part = this.parts[p]
      for (let i = part.length - 1; i >= 0 && have < n; i--) {
        if (part[i] === '\n') have++
        else if (part[i] !== ' ') break scan
      }
    }
    for (; have < n; have++) this.push('\n', at)
  }

  /** Character `i` and the source offset it came from. */
  at(i: number): [string, number] {
    // The last character without a join: format=flowed asks for it after each push.
    const last = this.parts[this.parts.length - 1]
    if (i === this.from.length - 1 && last !== undefined) return [last[last.length - 1], this.from[i]]
    return [this.text()[i], this.from[i]]
  }

  /** Drop the last character (format=flowed's delsp). */
  pop(): void {
    const last = this.parts.pop()
    if (last === undefined) return
    if (last.length > 1) this.parts.push(last.slice(0, -1))
    this.from.pop()
  }

  text(): string {
    // Kept joined, so reading it (or `at`) again costs nothing until the next push.
    if (this.parts.length > 1) this.parts = [this.parts.join('')]
    return this.parts[0] ?? ''
  }

  /** Draft offset → source offset; the end of the draft maps to the end of the source span. */
  toSource(): (offset: number) => number {
    const from = this.from
    const end = this.sourceLength
    return (offset) => (offset >= from.length ? (from.length ? Math.min(end, from[from.length - 1] + 1) : end) : from[Math.max(0, offset)])
  }
}

/**
 * Offsets of each character of `decoded` in `raw` (which starts at `base`), where `decoded` is
 * `raw` with character references (`&amp;`, `&#8217;`, `&rsquo;`) decoded and CRLF read as LF, as
 * an HTML parser does. A reference's characters all map to its `&`.
 */
export function alignEntities(raw: string, decoded: string, base: number): number[] {
  const out: number[] = []
  // Most text nodes hold no reference and no CR: each character is where it was.
  if (raw === decoded) {
    for (let i = 0; i < raw.length; i++) out.push(base + i)
    return out
  }
  let i = 0
  for (let j = 0; j < decoded.length; ) {
    const ref = raw[i] === '&' ? /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i.exec(raw.slice(i, i + 40)) : null
    // `&` followed by what was kept literally ("Q&A") is not a reference.
    if (!ref || decoded.startsWith(ref[0], j)) {
      if (i < raw.length && raw[i] === decoded[j]) {
        out.push(base + i)
        i++
        j++
        continue
      }
      // The parser reads CRLF as LF (the LF keeps its place) and a lone CR as LF (the CR is it).
      if (raw[i] === '\r' && raw[i + 1] === '\n') {
        i++
        continue
      }
      if (raw[i] === '\r' && decoded[j] === '\n') {
        out.push(base + i)
        i++
        j++
        continue
      }
    }
    if (ref) {
      // A reference decodes to one or two UTF-16 units; take the count after which raw resumes.
      const after = i + ref[0].length
      const num = /^&#(x?)([\da-f]+)/i.exec(ref[0])
      const cp = num ? parseInt(num[2], num[1] ? 16 : 10) : NaN
      let n = 1
      if (num) n = cp > 0xffff && cp <= 0x10ffff ? 2 : 1
      else if (/[\ud800-\udbff]/.test(decoded[j])) n = 2
      // A few named references are two characters ("&NotEqualTilde;"): raw resumes one later.
      else if (decoded[j + 1] !== undefined && raw[after] !== decoded[j + 1] && raw[after] === decoded[j + 2]) n = 2
      for (let k = 0; k < n && j < decoded.length; k++, j++) out.push(base + i)
      i = after
      continue
    }
    // Out of step: the parser dropped something (leading whitespace before <body>, a NUL).
    // Resynchronise on the next matching character; failing that, pin the rest where we are.
    let k = i + 1
    while (k < raw.length && raw[k] !== decoded[j] && raw[k] !== '&') k++
    if (k < raw.length) {
      i = k
      continue
    }
    for (; j < decoded.length; j++) out.push(base + Math.min(i, raw.length))
  }
  return out
}
