// A fast path for the simple HTML that macros and e-mail bodies mostly are. rehype-parse (parse5 and
// hast-util-from-parse5) costs ~0.5 ms a file on a first pass; for the subset below parse5's tree
// construction is a plain stack, so one pass can build the same hast tree. "The same" means in all
// htmlPart reads: node types, tagName, className and id, text and comment values, every node's
// start/end (elements parse5 implies have no position) and the order of children. Outside the
// subset this returns undefined and the caller parses with rehype-parse: falling back is cheap,
// a wrong tree is not, so anything unusual falls back.
//
// The subset:
// - No CR and no NUL anywhere (parse5 rewrites them, and offsets with them).
// - An optional `<!DOCTYPE html>` (any case) first, after comments and whitespace at most.
// - html, head and body explicit or implied; `<html>` only first (parse5 merges a second one's
//   attributes), `<head>` only before any content, `<body>` only after the head.
// - In head: meta and link, title (text with the references below, no `<`) and style (no `<` in it
//   but its end tag), whitespace and comments. Anything else there ends the head as parse5 does.
// - In body: the tags of BODY below. Every non-void element is closed by its own end tag while it is
//   the current node, so no end is implied and nothing is misnested: no block start tag while a <p>
//   is open (it would close it), li only as a child of ul/ol, no <a> in <a>, no heading directly in
//   a heading. Active formatting elements are then always on the stack, so parse5's reconstruction
//   is a no-op and its adoption agency just pops.
// - After `</body>` and `</html>`: only whitespace and comments.
// - Tags: `<name attrs>` with an optional `/` only on void elements; attribute names [A-Za-z_:]
//   [-\w:.]*, values quoted ('…' or "…") or not, without `&` or `<` (nor `"'=\`` unquoted), each
//   attribute after whitespace; end tags `</name>` with optional whitespace before `>`.
// - Comments `<!--…-->` not starting with `>` or `->` and without `--!` or `<!-` inside.
// - Character references: the named ones in NAMED (with `;`), numeric ones (with `;`) of printable
//   code points that parse5 does not remap, and a bare `&` before a space. Anything else falls back.
import type { Comment, Doctype, Element, ElementContent, Root, RootContent, Text } from 'hast'
import type { Point, Position } from 'unist'

// Named references decoded here; test/html-fast.test.ts checks each against parse5.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚',
  bdquo: '„', laquo: '«', raquo: '»', euro: '€', pound: '£', yen: '¥', cent: '¢', middot: '·',
  bull: '•', deg: '°', times: '×', divide: '÷', para: '¶', sect: '§', shy: '\u00ad',
}

// Void elements allowed in body, and those that close an open <p> (parse5's "close a p element").
const VOID = new Set(['br', 'hr', 'img', 'wbr'])
const PHRASING = ['a', 'abbr', 'b', 'cite', 'code', 'em', 'font', 'i', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u', 'br', 'img', 'wbr']
const CLOSES_P = ['address', 'article', 'aside', 'blockquote', 'center', 'div', 'footer', 'header', 'main', 'nav', 'section', 'p', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']
const BODY = new Set([...PHRASING, ...CLOSES_P])
const CLOSES_P_SET = new Set(CLOSES_P)
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

// parse5's insertion modes met in the subset, in the order a document passes through them.
const Mode = { Initial: 0, BeforeHtml: 1, BeforeHead: 2, InHead: 3, AfterHead: 4, InBody: 5, AfterBody: 6, AfterAfterBody: 7 } as const
type Mode = (typeof Mode)[keyof typeof Mode]

// Thrown (one instance, no stack to capture) wherever the input leaves the subset.
const FALLBACK = new Error('not simple HTML')

function fail(): never {
  throw FALLBACK
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c
}

function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}

function isAlnum(c: number): boolean {
  return isAlpha(c) || (c >= 0x30 && c <= 0x39)
}

// Code points a numeric reference may name: printable, not remapped (C1, NUL, surrogates, beyond
// U+10FFFF) and not whitespace (parse5 would make it a whitespace token).
function plainCodePoint(cp: number): boolean {
  if (cp < 0x21 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff) return false
  return !(cp >= 0xfdd0 && cp <= 0xfdef) && (cp & 0xfffe) !== 0xfffe
}

/** One reference at `amp` (`&`): its text and where it ends, or a bare `&` before a space. */
function reference(html: string, amp: number): [string, number] {
  const next = html.charCodeAt(amp + 1)
  // Not before a line break: parse5 then counts the line twice.
  if (next === 0x20) return ['&', amp + 1]
  if (next === 0x23) {
    const hex = html.charCodeAt(amp + 2) === 0x78 || html.charCodeAt(amp + 2) === 0x58
    let j = hex ? amp + 3 : amp + 2
    const from = j
    let cp = 0
    for (;;) {
      const c = html.charCodeAt(j)
      let d: number
      if (c >= 0x30 && c <= 0x39) d = c - 0x30
      else if (hex && ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46))) d = (c | 0x20) - 0x57
      else break
      cp = cp * (hex ? 16 : 10) + d
      j++
    }
    if (j === from || j - from > 7 || html.charCodeAt(j) !== 0x3b || !plainCodePoint(cp)) fail()
    return [String.fromCodePoint(cp), j + 1]
  }
  let j = amp + 1
  while (isAlnum(html.charCodeAt(j))) j++
  if (html.charCodeAt(j) !== 0x3b) fail()
  const value = NAMED[html.slice(amp + 1, j)]
  if (value === undefined) fail()
  return [value, j + 1]
}

// hastscript's className: space-separated-tokens' parse.
function classNames(value: string): string[] {
  const input = value.trim()
  return input ? input.split(/[ \t\n\r\f]+/g) : []
}

interface Tag {
  name: string
  end: boolean
  selfClosing: boolean
  className?: string[]
  id?: string
  /** Just past `>`. */
  after: number
}

/** The start or end tag at `lt`. */
function tag(html: string, lt: number): Tag {
  const end = html.charCodeAt(lt + 1) === 0x2f
  let j = end ? lt + 2 : lt + 1
  const from = j
  if (!isAlpha(html.charCodeAt(j))) fail()
  while (isAlnum(html.charCodeAt(j))) j++
  const name = html.slice(from, j).toLowerCase()
  const t: Tag = { name, end, selfClosing: false, after: 0 }
  if (end) {
    while (isSpace(html.charCodeAt(j))) j++
    if (html.charCodeAt(j) !== 0x3e) fail()
    t.after = j + 1
    return t
  }
  for (;;) {
    let c = html.charCodeAt(j)
    if (c === 0x3e) break
    if (c === 0x2f) {
      if (html.charCodeAt(j + 1) !== 0x3e) fail()
      t.selfClosing = true
      j++
      break
    }
    if (!isSpace(c)) fail()
    while (isSpace((c = html.charCodeAt(j)))) j++
    if (c === 0x3e || c === 0x2f) continue
    // An attribute.
    const nameFrom = j
    if (!(isAlpha(c) || c === 0x5f || c === 0x3a)) fail()
    j++
    for (;;) {
      c = html.charCodeAt(j)
      if (isAlnum(c) || c === 0x5f || c === 0x3a || c === 0x2e || c === 0x2d) j++
      else break
    }
    const attr = j - nameFrom === 5 || j - nameFrom === 2 ? html.slice(nameFrom, j).toLowerCase() : ''
    let k = j
    while (isSpace(html.charCodeAt(k))) k++
    let value = ''
    if (html.charCodeAt(k) === 0x3d) {
      k++
      while (isSpace(html.charCodeAt(k))) k++
      const q = html.charCodeAt(k)
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", k + 1)
        if (close < 0) fail()
        value = html.slice(k + 1, close)
        if (value.includes('&') || value.includes('<')) fail()
        j = close + 1
        // The next attribute must follow whitespace.
        c = html.charCodeAt(j)
        if (!(isSpace(c) || c === 0x3e || c === 0x2f)) fail()
      } else {
        const vFrom = k
        for (;;) {
          c = html.charCodeAt(k)
          if (isSpace(c) || c === 0x3e || Number.isNaN(c)) break
          if (c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3d || c === 0x60 || c === 0x26) fail()
          k++
        }
        if (k === vFrom) fail()
        value = html.slice(vFrom, k)
        j = k
      }
    } else {
      c = html.charCodeAt(j)
      if (!(isSpace(c) || c === 0x3e || c === 0x2f)) fail()
    }
    // parse5 keeps the first of duplicate attributes.
    if (attr === 'class') t.className ??= classNames(value)
    else if (attr === 'id') t.id ??= value
  }
  t.after = j + 1
  return t
}

/**
 * The hast tree rehype-parse would give `html`, or undefined when `html` leaves the subset described
 * at the top of this file.
 */
export function simpleHtmlTree(html: string): Root | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined
  try {
    return new Builder(html).run()
  } catch (error) {
    if (error === FALLBACK) return undefined
    throw error
  }
}

// Points get their line and column in `finish`, once every end is known.
function at(offset: number): Point {
  return { line: 0, column: 0, offset }
}

function span(start: number, end: number): Position {
  return { start: at(start), end: at(end) }
}

class Builder {
  private readonly html: string
  private readonly root: Root = { type: 'root', children: [] }
  private mode: Mode = Mode.Initial
  private htmlEl!: Element
  private head!: Element
  private body!: Element
  // Whether html, head and body were closed by their own end tags (parse5 ends the others where
  // the token ending them starts, and hast-util-from-parse5 then where their last child ends).
  private htmlEnded = false
  private headEnded = false
  private bodyEnded = false
  /** Open elements above body, innermost last. */
  private readonly stack: Element[] = []
  private pOpen = 0
  private aOpen = 0
  private located = false
  // Where the last start or end tag began: parse5 ends an element that text or the end of input
  // closes where its last tag token started (its "current token").
  private tagStart = 0
  // The first `&` at or after where text was last looked at (Infinity: none left). Text runs only
  // move forward, so the input is searched for `&` once, not once per run.
  private amp = -1

  constructor(html: string) {
    this.html = html
  }

  run(): Root {
    const html = this.html
    const n = html.length
    let i = 0
    for (;;) {
      const lt = html.indexOf('<', i)
      const stop = lt < 0 ? n : lt
      if (stop > i) this.text(i, stop)
      if (lt < 0) break
      i = this.markup(lt)
    }
    this.eof()
    return this.finish()
  }

  // ---- tokens

  /** The text from `from` to `to` (no `<` in it). */
  private text(from: number, to: number): void {
    const html = this.html
    // In body every token of the run goes into the current node, merged: one text node's worth.
    if (this.mode === Mode.InBody) {
      this.insertText(this.current(), this.ampFrom(from) >= to ? html.slice(from, to) : this.decode(from, to), from, to)
      return
    }
    // Elsewhere parse5's tokenizer splits runs of whitespace from the rest, and modes treat them
    // apart. A token that starts with a reference after a token of the other kind starts (and the
    // one before it ends) at the reference's last character: parse5 locates it there.
    let space = isSpace(html.charCodeAt(from))
    let start = from
    let value = ''
    let runFrom = from
    let j = from
    while (j < to) {
      const c = html.charCodeAt(j)
      if (isSpace(c) !== space) {
        let boundary = j
        if (c === 0x26) {
          const after = reference(html, j)[1]
          if (after !== j + 1) boundary = after - 1
        }
        this.token(space, value + html.slice(runFrom, j), start, boundary)
        space = !space
        start = boundary
        value = ''
        runFrom = j
        continue
      }
      if (c === 0x26) {
        const [decoded, after] = reference(html, j)
        value += html.slice(runFrom, j) + decoded
        j = runFrom = after
        continue
      }
      j++
    }
    this.token(space, value + html.slice(runFrom, to), start, to)
  }

  private ampFrom(from: number): number {
    if (this.amp < from) {
      const amp = this.html.indexOf('&', from)
      this.amp = amp < 0 ? Infinity : amp
    }
    return this.amp
  }

  private decode(from: number, to: number): string {
    const html = this.html
    let out = ''
    let i = from
    for (let amp = this.ampFrom(i); amp < to; amp = this.ampFrom(i)) {
      const [value, after] = reference(html, amp)
      out += html.slice(i, amp) + value
      i = after
    }
    return out + html.slice(i, to)
  }

  /** A whitespace or other character token outside body mode. */
  private token(space: boolean, value: string, start: number, end: number): void {
    for (;;) {
      switch (this.mode) {
        case Mode.Initial:
        case Mode.BeforeHtml:
        case Mode.BeforeHead:
          if (space) return
          break
        case Mode.InHead:
          if (space) return this.insertText(this.head, value, start, end)
          break
        case Mode.AfterHead:
          if (space) return this.insertText(this.htmlEl, value, start, end)
          break
        case Mode.InBody:
          return this.insertText(this.current(), value, start, end)
        case Mode.AfterBody:
        case Mode.AfterAfterBody:
          if (!space) fail()
          return this.insertText(this.body, value, start, end)
      }
      this.anythingElse()
    }
  }

  /** Leaves a mode before body content as parse5 does for "anything else". */
  private anythingElse(): void {
    switch (this.mode) {
      case Mode.Initial:
        this.mode = Mode.BeforeHtml
        return
      case Mode.BeforeHtml:
        this.htmlEl = implied('html')
        this.root.children.push(this.htmlEl)
        this.mode = Mode.BeforeHead
        return
      case Mode.BeforeHead:
        this.head = implied('head')
        this.htmlEl.children.push(this.head)
        this.mode = Mode.InHead
        return
      case Mode.InHead:
        if (this.head.position) this.head.position.end.offset = this.tagStart
        this.mode = Mode.AfterHead
        return
      case Mode.AfterHead:
        this.body = implied('body')
        this.htmlEl.children.push(this.body)
        this.mode = Mode.InBody
        return
      default:
        fail()
    }
  }

  /** The markup at `lt`; returns where the text after it starts. */
  private markup(lt: number): number {
    const html = this.html
    if (html.charCodeAt(lt + 1) === 0x21) {
      if (html.startsWith('<!--', lt)) return this.comment(lt)
      if (this.mode === Mode.Initial && html.slice(lt, lt + 15).toLowerCase() === '<!doctype html>') {
        const node: Doctype = { type: 'doctype', position: span(lt, lt + 15) }
        this.located = true
        this.root.children.push(node)
        this.mode = Mode.BeforeHtml
        return lt + 15
      }
      fail()
    }
    const t = tag(html, lt)
    this.tagStart = lt
    if (t.end) this.endTag(t, lt)
    else this.startTag(t, lt)
    return t.after
  }

  private comment(lt: number): number {
    const html = this.html
    const close = html.indexOf('-->', lt + 4)
    if (close < 0) fail()
    const value = html.slice(lt + 4, close)
    if (value.startsWith('>') || value.startsWith('->') || value.includes('--!') || value.includes('<!-')) fail()
    const end = close + 3
    const node: Comment = { type: 'comment', value, position: span(lt, end) }
    this.located = true
    switch (this.mode) {
      case Mode.Initial:
      case Mode.BeforeHtml:
      case Mode.AfterAfterBody:
        this.root.children.push(node)
        break
      case Mode.BeforeHead:
      case Mode.AfterHead:
      case Mode.AfterBody:
        this.htmlEl.children.push(node)
        break
      case Mode.InHead:
        this.head.children.push(node)
        break
      case Mode.InBody:
        this.current().children.push(node)
        break
    }
    return end
  }

  private startTag(t: Tag, lt: number): void {
    const name = t.name
    for (;;) {
      switch (this.mode) {
        case Mode.Initial:
          break
        case Mode.BeforeHtml:
          if (name === 'html') {
            this.htmlEl = this.element(t, lt)
            this.root.children.push(this.htmlEl)
            this.mode = Mode.BeforeHead
            return
          }
          break
        case Mode.BeforeHead:
          if (name === 'html') fail()
          if (name === 'head') {
            this.head = this.element(t, lt)
            this.htmlEl.children.push(this.head)
            this.mode = Mode.InHead
            return
          }
          break
        case Mode.InHead:
          if (name === 'meta' || name === 'link') {
            this.head.children.push(this.element(t, lt))
            return
          }
          if (name === 'title' || name === 'style') {
            this.head.children.push(this.textElement(t, lt))
            return
          }
          if (name !== 'body' && !BODY.has(name)) fail()
          break
        case Mode.AfterHead:
          if (name === 'body') {
            this.body = this.element(t, lt)
            this.htmlEl.children.push(this.body)
            this.mode = Mode.InBody
            return
          }
          if (!BODY.has(name)) fail()
          break
        case Mode.InBody:
          return this.bodyStartTag(t, lt)
        default:
          fail()
      }
      this.anythingElse()
    }
  }

  private bodyStartTag(t: Tag, lt: number): void {
    const name = t.name
    if (!BODY.has(name)) fail()
    const parent = this.current()
    if (VOID.has(name)) {
      if (name === 'hr' && this.pOpen) fail()
      parent.children.push(this.element(t, lt))
      return
    }
    if (t.selfClosing) fail()
    if (CLOSES_P_SET.has(name)) {
      if (this.pOpen) fail()
      if (HEADING.has(name) && HEADING.has(parent.tagName)) fail()
      if (name === 'li' && !(this.stack.length && (parent.tagName === 'ul' || parent.tagName === 'ol'))) fail()
      if (name === 'p') this.pOpen++
    } else if (name === 'a') {
      if (this.aOpen) fail()
      this.aOpen++
    }
    const el = this.element(t, lt)
    parent.children.push(el)
    this.stack.push(el)
  }

  private endTag(t: Tag, lt: number): void {
    const name = t.name
    for (;;) {
      switch (this.mode) {
        case Mode.Initial:
        case Mode.BeforeHtml:
          if (name !== 'head' && name !== 'body' && name !== 'html') fail()
          break
        case Mode.BeforeHead:
          if (name === 'head') {
            // An implied head's own end tag.
            this.anythingElse()
            continue
          }
          if (name !== 'body' && name !== 'html') fail()
          break
        case Mode.InHead:
          if (name === 'head') {
            if (this.head.position) this.head.position.end.offset = t.after
            this.headEnded = true
            this.mode = Mode.AfterHead
            return
          }
          if (name !== 'body' && name !== 'html') fail()
          break
        case Mode.AfterHead:
          if (name !== 'body' && name !== 'html') fail()
          break
        case Mode.InBody: {
          if (name === 'body' || name === 'html') {
            if (this.stack.length) fail()
            if (name === 'html') return this.endHtml(t, lt)
            if (this.body.position) this.body.position.end.offset = t.after
            this.bodyEnded = true
            this.mode = Mode.AfterBody
            return
          }
          const top = this.stack[this.stack.length - 1]
          if (!top || top.tagName !== name) fail()
          this.stack.pop()
          if (name === 'p') this.pOpen--
          else if (name === 'a') this.aOpen--
          top.position!.end.offset = t.after
          return
        }
        case Mode.AfterBody:
          if (name !== 'html') fail()
          return this.endHtml(t, lt)
        default:
          fail()
      }
      this.anythingElse()
    }
  }

  // `</html>` ends html there, and a body without its end tag where `</html>` starts.
  private endHtml(t: Tag, lt: number): void {
    if (this.htmlEl.position) this.htmlEl.position.end.offset = t.after
    this.htmlEnded = true
    if (this.body.position && !this.bodyEnded) this.body.position.end.offset = lt
    this.mode = Mode.AfterAfterBody
  }

  private eof(): void {
    const n = this.html.length
    while (this.mode < Mode.InBody) this.anythingElse()
    if (this.mode === Mode.InBody && this.stack.length) fail()
    // parse5 ends an html without its end tag, and then such a body, at the end of the input.
    if (this.htmlEl.position && !this.htmlEnded) {
      this.htmlEl.position.end.offset = n
      if (this.body.position && !this.bodyEnded) this.body.position.end.offset = n
    }
  }

  // ---- nodes

  private current(): Element {
    return this.stack.length ? this.stack[this.stack.length - 1] : this.body
  }

  /** An element from a start tag at `lt`; it ends with the tag until its end tag is seen. */
  private element(t: Tag, lt: number): Element {
    const properties: Element['properties'] = {}
    if (t.className) properties.className = t.className
    if (t.id !== undefined) properties.id = t.id
    this.located = true
    return { type: 'element', tagName: t.name, properties, children: [], position: span(lt, t.after) }
  }

  /** title (escapable raw text) or style (raw text) in head, with its end tag (`t.after` moves past it). */
  private textElement(t: Tag, lt: number): Element {
    const html = this.html
    if (t.selfClosing) fail()
    const from = t.after
    const close = html.indexOf('<', from)
    const endTag = `</${t.name}>`
    if (close < 0 || html.slice(close, close + endTag.length).toLowerCase() !== endTag) fail()
    const node = this.element(t, lt)
    if (close > from) {
      const value = t.name === 'title' && this.ampFrom(from) < close ? this.decode(from, close) : html.slice(from, close)
      this.insertText(node, value, from, close)
    }
    node.position!.end.offset = t.after = close + endTag.length
    return node
  }

  private insertText(parent: Element, value: string, start: number, end: number): void {
    const last = parent.children[parent.children.length - 1]
    if (last?.type === 'text') {
      last.value += value
      last.position!.end.offset = end
      return
    }
    this.located = true
    parent.children.push({ type: 'text', value, position: span(start, end) } satisfies Text)
  }

  // ---- positions

  private finish(): Root {
    // hast-util-from-parse5 ends an element that lacks its end tag where its last child ends.
    if (!this.headEnded) endWithTail(this.head)
    if (!this.bodyEnded) endWithTail(this.body)
    if (!this.htmlEnded) endWithTail(this.htmlEl)
    if (!this.located) return this.root
    const html = this.html
    const lines = [0]
    for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lines.push(i + 1)
    const fill = (point: Point) => {
      const offset = point.offset!
      let lo = 0
      let hi = lines.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (lines[mid] <= offset) lo = mid
        else hi = mid - 1
      }
      point.line = lo + 1
      point.column = offset - lines[lo] + 1
    }
    const place = (node: RootContent | ElementContent) => {
      if (node.position) {
        fill(node.position.start)
        fill(node.position.end)
      }
      if (node.type === 'element') for (const child of node.children) place(child)
    }
    for (const child of this.root.children) place(child)
    this.root.position = span(0, html.length)
    fill(this.root.position.start)
    fill(this.root.position.end)
    return this.root
  }
}

function implied(tagName: string): Element {
  return { type: 'element', tagName, properties: {}, children: [] }
}

function endWithTail(node: Element): void {
  const tail = node.children[node.children.length - 1]
  if (node.position && tail?.position) node.position.end.offset = tail.position.end.offset
}
