// Offsets ↔ 1-based line/column. Line breaks are \r\n, \n and a lone \r, as ESLint counts them.

export class LineIndex {
  readonly starts: number[] = [0]
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  /** Clamp an offset into the text, then give its line and column (column counts UTF-16 units). */
  point(offset: number): { line: number; column: number; offset: number } {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= o) lo = mid
      else hi = mid - 1
    }
    // An offset between \r and \n belongs to the end of its line.
    const column = Math.min(o - this.starts[lo], this.lineLength(lo)) + 1
    return { line: lo + 1, column, offset: o }
  }

  lineLength(index: number): number {
    const start = this.starts[index]
    const next = index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length
    let end = next
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--
    return end - start
  }
}

const cache = new WeakMap<object, LineIndex>()
export function lineIndexFor(key: object, text: string): LineIndex {
  let index = cache.get(key)
  if (!index) cache.set(key, (index = new LineIndex(text)))
  return index
}
