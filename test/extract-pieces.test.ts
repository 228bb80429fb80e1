// The extraction helpers that replaced per-character arrays must read and write exactly as the
// arrays did: each is checked against a one-character-at-a-time model on random input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Linear } from '../src/extract/linear.ts'
import { Overlay } from '../src/extract/markdown-overlay.ts'
import { blank } from '../src/extract/mask.ts'
import { urlRanges } from '../src/extract/urls.ts'

const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '@', '.', 'w', ':', '/', 'h', 't', 'p', 's', '😀', '\u00a0'), maxLength: 40 })

describe('blank', () => {
  it('blanks every unit but CR and LF, as a per-character replacement does', () => {
    fc.assert(
      fc.property(text, fc.nat(45), fc.nat(45), (t, a, b) => {
        const model = t.slice(0, a) + t.slice(a, b).replace(/[^\r\n]/g, ' ') + t.slice(b)
        expect(blank(t, a, b)).toBe(b <= a ? t : model)
      }),
    )
  })
})

describe('urlRanges', () => {
  it('finds what matchAll of both patterns finds, in the same order', () => {
    const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]}]/gi
    const EMAIL = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi
    const model = (t: string) => [URL, EMAIL].flatMap((re) => [...t.matchAll(re)].map((m) => [m.index, m.index + m[0].length]))
    const words = fc.array(fc.constantFrom('see ', 'https://x.io/a', 'WWW.shop.com', 'ftp://f.org.', 'ana@ex.com', 'mailto:b.c@d.co', '(www.a.b)', 'x://y', ' @ ', 'q'), { maxLength: 8 })
    fc.assert(
      fc.property(words, (ws) => {
        expect(urlRanges(ws.join(''))).toEqual(model(ws.join('')))
      }),
    )
    // The patterns are shared: a call must not start where the last one stopped.
    expect(urlRanges('a@b.co c@d.co')).toEqual(urlRanges('a@b.co c@d.co'))
  })
})

// The array Linear was before it kept its text in pieces.
class ModelLinear {
  chars: string[] = []
  from: number[] = []
  push(t: string, at: number | number[]) {
    for (let i = 0; i < t.length; i++) {
      this.chars.push(t[i])
      this.from.push(typeof at === 'number' ? at : at[i])
    }
  }
  breaks(n: number, at: number) {
    let have = 0
    for (let i = this.chars.length - 1; i >= 0 && have < n; i--) {
      if (this.chars[i] === '\n') have++
      else if (this.chars[i] !== ' ') break
    }
    if (!this.chars.length) return
    for (; have < n; have++) this.push('\n', at)
  }
}

describe('Linear', () => {
  it('holds the text, offsets and last character a per-character array held', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), t: text, at: fc.nat(99) }),
      fc.record({ kind: fc.constant('run' as const), t: text, at: fc.nat(99) }),
      fc.record({ kind: fc.constant('breaks' as const), n: fc.integer({ min: 1, max: 2 }), at: fc.nat(99) }),
      fc.record({ kind: fc.constant('pop' as const) }),
      fc.record({ kind: fc.constant('at' as const), i: fc.integer({ min: -1, max: 60 }) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.nat(120), (ops, sourceLength) => {
        const lin = new Linear(sourceLength)
        const model = new ModelLinear()
        for (const o of ops) {
          if (o.kind === 'push') {
            lin.push(o.t, o.at)
            model.push(o.t, o.at)
          } else if (o.kind === 'run') {
            lin.pushRun(o.t, o.at)
            model.push(o.t, Array.from({ length: o.t.length }, (_, i) => o.at + i))
          } else if (o.kind === 'breaks') {
            lin.breaks(o.n, o.at)
            model.breaks(o.n, o.at)
          } else if (o.kind === 'pop') {
            lin.pop()
            model.chars.pop()
            model.from.pop()
          } else {
            expect(lin.at(o.i)).toEqual([model.chars[o.i], model.from[o.i]])
            expect(lin.at(lin.length - 1)).toEqual([model.chars[model.chars.length - 1], model.from[model.from.length - 1]])
          }
          expect(lin.length).toBe(model.chars.length)
        }
        expect(lin.text()).toBe(model.chars.join(''))
        const toSource = lin.toSource()
        for (let i = -1; i <= model.from.length + 1; i++) {
          const want = i >= model.from.length ? (model.from.length ? Math.min(sourceLength, model.from[model.from.length - 1] + 1) : sourceLength) : model.from[Math.max(0, i)]
          expect(toSource(i)).toBe(want)
        }
      }),
    )
  })
})

describe('Overlay', () => {
  it('reads and builds what writes into a character array give, in order or not', () => {
    const write = fc.record({ start: fc.nat(30), t: text, check: fc.nat(40) })
    fc.assert(
      fc.property(text, fc.array(write, { maxLength: 12 }), fc.boolean(), (base, writes, sorted) => {
        const chars = base.split('')
        const ws = sorted ? [...writes].sort((a, b) => a.start - b.start) : writes
        const over = new Overlay(base)
        for (const w of ws) {
          // Writes stay inside the base, as remark's spans do.
          const t = w.t.slice(0, Math.max(0, base.length - w.start))
          over.write(w.start, t)
          for (let i = 0; i < t.length; i++) chars[w.start + i] = t[i]
          expect(over.charAt(w.check)).toBe(chars[w.check])
        }
        expect(over.toString()).toBe(chars.join(''))
      }),
    )
  })
})
