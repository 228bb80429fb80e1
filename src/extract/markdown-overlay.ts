// The Markdown draft is a blank copy of the source with the prose written back over it. Writing
// character by character into an array of the whole source (and joining it again) cost more than
// the rest of our extraction; writes are kept as pieces instead and the text is built once.

interface Write {
  start: number
  text: string
}

export class Overlay {
  private writes: Write[] = []
  // While each write starts at or after the end of the one before (a tree walk in source order),
  // building the text is one pass and reading a character looks at the last write only.
  private ordered = true

  constructor(private readonly base: string) {}

  /** Put `text` over `[start, start + text.length)`. */
  write(start: number, text: string): void {
    if (!text.length) return
    const last = this.writes[this.writes.length - 1]
    if (last && start < last.start + last.text.length) this.ordered = false
    this.writes.push({ start, text })
  }

  /** The character at `i` as written so far. */
  charAt(i: number): string {
    for (let k = this.writes.length - 1; k >= 0; k--) {
      const w = this.writes[k]
      const end = w.start + w.text.length
      if (w.start <= i && i < end) return w.text[i - w.start]
      if (this.ordered && end <= i) break
    }
    return this.base[i]
  }

  toString(): string {
    if (!this.ordered) {
      // Overlapping writes, later ones winning: never seen from remark, kept exact all the same.
      let out = this.base
      for (const w of this.writes) out = out.slice(0, w.start) + w.text + out.slice(w.start + w.text.length)
      return out
    }
    let out = ''
    let at = 0
    for (const w of this.writes) {
      out += this.base.slice(at, w.start) + w.text
      at = w.start + w.text.length
    }
    return out + this.base.slice(at)
  }
}
