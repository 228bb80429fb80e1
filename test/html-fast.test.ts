// src/extract/html-fast.ts builds the hast tree of simple HTML without rehype-parse. Wherever it
// accepts an input, its tree must be rehype-parse's in all htmlPart reads (node types, tag names,
// className, id, values, every node's position, children), and htmlPart must give the same part
// with either tree. Inputs: the fixtures, a generated corpus, each boundary of the subset by hand,
// and random documents from a grammar of the tags, attributes, references and whitespace around it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Nodes } from 'hast'
import { simpleHtmlTree } from '../src/extract/html-fast.ts'
import { htmlPart } from '../src/extract/html.ts'
import { parseHtml } from '../src/extract/html-parse.ts'
import { GEN_CORPUS, generateCorpus } from './helpers.ts'

interface Shape {
  type: string
  tagName?: string
  className?: unknown
  id?: unknown
  value?: string
  position?: string
  children?: Shape[]
}

/** What htmlPart may read of a tree (points in full: line, column and offset). */
function shape(node: Nodes): Shape {
  const s: Shape = { type: node.type }
  if (node.type === 'element') {
    s.tagName = node.tagName
    if ('className' in node.properties) s.className = node.properties.className
    if ('id' in node.properties) s.id = node.properties.id
  }
  if (node.type === 'text' || node.type === 'comment') s.value = node.value
  const p = node.position
  if (p) s.position = `${p.start.line}:${p.start.column}@${p.start.offset}-${p.end.line}:${p.end.column}@${p.end.offset}`
  if ('children' in node) s.children = node.children.map(shape)
  return s
}

/** Everything htmlPart gives, toSource at every offset included. */
function partOf(html: string, fast: boolean) {
  const part = htmlPart(html, fast ? simpleHtmlTree(html) : parseHtml(html))
  const { toSource, ...draft } = part.draft
  const offsets = Array.from({ length: draft.text.length + 1 }, (_, i) => toSource?.(i))
  return { draft, offsets, directives: part.directives }
}

/** Checks `html` both ways; whether the fast path took it. */
function same(html: string): boolean {
  const fast = simpleHtmlTree(html)
  if (!fast) return false
  expect(shape(fast), JSON.stringify(html)).toEqual(shape(parseHtml(html)))
  expect(partOf(html, true), JSON.stringify(html)).toEqual(partOf(html, false))
  return true
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const path = join(dir, f)
      return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(f) ? [path] : []
    })
}

/** Every string in a JSON value that holds a tag (macro bodies). */
function markupIn(value: unknown): string[] {
  if (typeof value === 'string') return value.includes('<') ? [value] : []
  if (Array.isArray(value)) return value.flatMap(markupIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(markupIn)
  return []
}

/** The HTML drafts of the benchmark's generator (other seed and size than /work/corpus). */
function generatedHtml(): string[] {
  if (!existsSync(GEN_CORPUS)) return []
  const dir = mkdtempSync(join(tmpdir(), 'servicelint-html-fast-'))
  try {
    generateCorpus(dir, 1500, 7)
    return filesUnder(dir, /\.html$/).map((f) => readFileSync(f, 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const CORPUS = '/work/corpus/corpus-4000-150'

describe('simpleHtmlTree', () => {
  it('matches rehype-parse on the fixtures (.html files, HTML in macro exports)', () => {
    for (const file of filesUnder('fixtures', /\.html?$/)) same(readFileSync(file, 'utf8'))
    let taken = 0
    for (const file of filesUnder('fixtures', /\.json$/)) {
      let value: unknown
      try {
        value = JSON.parse(readFileSync(file, 'utf8'))
      } catch {
        continue
      }
      for (const html of markupIn(value)) if (same(html)) taken++
    }
    expect(taken).toBeGreaterThan(0)
  })

  // The benchmark's drafts: the fast path must take their typical HTML, or it is a no-op.
  const corpora: Array<[string, () => string[]]> = [
    ['the generated corpus', generatedHtml],
    [CORPUS, () => (existsSync(CORPUS) ? filesUnder(CORPUS, /\.html$/).map((f) => readFileSync(f, 'utf8')) : [])],
  ]
  for (const [name, load] of corpora) {
    it(`matches rehype-parse on ${name}, and takes at least 90% of its HTML`, () => {
      const files = load()
      if (!files.length) return
      let taken = 0
      for (const html of files) if (same(html)) taken++
      expect(files.length).toBeGreaterThan(50)
      expect(taken / files.length).toBeGreaterThanOrEqual(0.9)
      // And all of them in one long document (parse5 reads its input in chunks).
      const fragments = files.filter((html) => !/<(?:!doctype|html|head|body)\b/i.test(html))
      expect(same(`<!DOCTYPE html>\n<html><head><title>All &amp; one</title></head><body>\n${fragments.map((html) => `<div class="draft">\n${html}</div>\n`).join('')}</body></html>\n`)).toBe(true)
    })
  }

  // Each boundary of the subset: taken (true) or left to rehype-parse (false), and right when taken.
  const cases: Array<[string, boolean]> = [
    ['', true],
    ['  \n ', true],
    ['Hello', true],
    [' &nbsp;x', true],
    ['\n&amp;x', true],
    [' & x', true],
    ['&amp x', false],
    ['a &ampx; b', false],
    ['a &unknown; b', false],
    ['a & b', true],
    ['a &\nb', false],
    ['a &', false],
    ['a &<b>x</b>', false],
    ['a&b', false],
    ['&#39;&#x27;&#X27;&#8217;&#128512;', true],
    ['&#0;', false],
    ['&#128;', false],
    ['&#xD800;', false],
    ['&#32;x', false],
    ['&#x110000;', false],
    ['<p>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &nbsp; &copy; &hellip;</p>', true],
    ['<!DOCTYPE html>', true],
    ['<!doctype HTML>\n<p>x</p>', true],
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">', false],
    ['<p>x</p><!DOCTYPE html>', false],
    ['<!--a--><!DOCTYPE html><!--b--><html><!--c--><head><!--d--></head><!--e--><body><!--f--></body><!--g--></html><!--h-->', true],
    ['<!-->', false],
    ['<!--->', false],
    ['<!-->x-->', false],
    ['<!--->x-->', false],
    ['<!---->x', true],
    ['<!-- a --->x', true],
    ['<!-- a --!>x', false],
    ['<!-- <!-- -->x', false],
    ['<!-- a -- b -->x', true],
    ['<!-- never closed', false],
    ['<p>a\r\nb</p>', false],
    ['<p>a\0b</p>', false],
    ['<html>\n<head>\n<title>T &amp; t</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>\n', true],
    ['<html> <head> <body> <p>x</p> </body> </html> ', true],
    ['<html><body><p>x</p></body></html>\n\nafter', false],
    ['<html><body><p>x</p></body>\n<!--c-->\n</html>\n<!--d-->\n', true],
    ['x</body>\n<!--a-->\n</html>\n<!--b-->\n', true],
    ['<html><body><p>x</p></html>\n', true],
    ['<body><p>x</p></html>', true],
    ['<body></html>', true],
    ['<html><body></html>\n', true],
    ['<html><body></body></html>', true],
    ['<body><p>x</p>', true],
    ['<html><p>x</p>', true],
    ['<html>', true],
    ['<head>', true],
    ['<head></head>', true],
    ['<head><title>t</title>\n', true],
    ['<head>\n&amp;x', true],
    ['<head>\n& x', true],
    ['<head>\n&#169;x', true],
    ['<html>\n<head>\n</head>\nx', true],
    ['<html>\n<head>\n</head>\n&amp;x', true],
    ['<html>\n\n<body>x', true],
    ['<title>a<b</title>', false],
    ['<title></title><p>x</p>', true],
    ['<TITLE>x</TITLE>', true],
    ['<title>x</title >', false],
    ['<style>p { margin: 0 }</style><p>x</p>', true],
    ['<style>a &amp; b</style>', true],
    ['<script>x</script>', false],
    ['<head><meta charset="utf-8"><link rel=stylesheet href=x.css/></head>', true],
    ['<p>x</p><meta charset="utf-8">', false],
    ['<html><html>', false],
    ['<head><head>', false],
    ['<body><body>', false],
    ['<p>x</p><head>', false],
    ['<p>a</p>', true],
    ['<P CLASS="A b">x</P>', true],
    ['<p>a', false],
    ['<p>a<p>b</p>', false],
    ['<p>a<div>b</div></p>', false],
    ['<div>a<p>b</p></div>', true],
    ['<p><b>a</p></b>', false],
    ['<b><i>a</b></i>', false],
    ['<p>a</p></p>', false],
    ['<li>a</li>', false],
    ['<ul><li>a<li>b</ul>', false],
    ['<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>', true],
    ['<ul><li><div><li>x</li></div></li></ul>', false],
    ['<ol>\n <li>a</li>\n</ol>', true],
    ['<a href="x">a<a href="y">b</a></a>', false],
    ['<a href="x">a</a><a href=y>b</a>', true],
    ['<h1>a<h2>b</h2></h1>', false],
    ['<h1>a<span><h2>b</h2></span></h1>', true],
    ['<h1>a</h2>', false],
    ['<br/><br /><br>', true],
    ['<p/>x', false],
    ['<div/>', false],
    ['<span/>x</span>', false],
    ['</br>', false],
    ['<p>a<hr>b</p>', false],
    ['<hr>', true],
    ['<img src="a.png" alt=x>', true],
    ['<table><tr><td>x</td></tr></table>', false],
    ['<pre>\nx</pre>', false],
    ['<b><b><b><b>x</b></b></b></b>', true],
    ['<font color="red">x</font>', true],
    ['<p class="">a</p><p class=" a  b ">b</p><p id="">c</p><p id=Signature class=x class=y id=z>d</p>', true],
    ['<p class="\u00a0a">x</p>', true],
    ['<div class="gmail_signature">Sam</div>', true],
    ['<div id="divRplyFwdMsg">From: x</div><div>quoted</div>', true],
    ['<blockquote>quoted</blockquote>', true],
    ['<p a="x"b="y">z</p>', false],
    ['<p a = "x" b = \'y\' c=z d>e</p>', true],
    ['<p a="&amp;">x</p>', false],
    ['<p a=x&y>x</p>', false],
    ['<p a=">x</p>', false],
    ['<p a=>x</p>', false],
    ['<p a="<">x</p>', false],
    ['<p =a>x</p>', false],
    ['<p-x>x</p-x>', false],
    ['<p >x</p >', true],
    ['< p>x', false],
    ['a < b', false],
    ['a <3', false],
    ['<p>x</p', false],
    ['<p', false],
    ['<?xml version="1.0"?>', false],
    ['<![CDATA[x]]>', false],
    ['<span>x</span>\u{1F600}', true],
    ['x\ud800y', true],
    ['<br>\n<!-- servicelint-disable-next-line -->\n<p>x</p>', true],
    ['\ufeff<p>x</p>', true],
    ['<p>a\u0001b\vc\u0085d\u2028e</p>', true],
    ['<title>&amp;x</title>', true],
    ['<title> &amp;x</title>', true],
    ['<p id=" x ">y</p>', true],
    ['<p class="a\fb\nc\td">y</p>', true],
  ]
  for (const [html, taken] of cases) {
    it(`${taken ? 'takes' : 'leaves'} ${JSON.stringify(html)}`, () => {
      expect(same(html)).toBe(taken)
      if (!taken) expect(simpleHtmlTree(html)).toBeUndefined()
    })
  }

  it('decodes each named reference as parse5 does', () => {
    const names = 'amp lt gt quot apos nbsp copy reg trade hellip mdash ndash lsquo rsquo ldquo rdquo sbquo bdquo laquo raquo euro pound yen cent middot bull deg times divide para sect shy'
    for (const name of names.split(' ')) expect(same(`<p>&${name};</p>`), name).toBe(true)
  })

  it('matches rehype-parse on random documents', () => {
    let taken = 0
    let runs = 0
    fc.assert(
      fc.property(documents, (html) => {
        runs++
        if (same(html)) taken++
      }),
      { numRuns: Number(process.env.SERVICELINT_FUZZ_RUNS) || 3000 },
    )
    // The grammar is mostly inside the subset: the property tests the fast path, not the fallback.
    if (process.env.SERVICELINT_FUZZ_RUNS) console.log(`taken ${taken} of ${runs}`)
    expect(taken / runs).toBeGreaterThan(0.4)
  })
})

// ---- random documents

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs)
const ws = pick('', '', ' ', '\n', '\n\n', '  \n', '\t', '\f')
const word = pick('Hi', 'Maria', 'thanks', 'refund', '€12.95', 'x', '{{ticket.id}}', 'ünïcode', '\u{1F600}', '-- ', 'https://example.com/a?b=c', 'we cannot')
const goodEntity = pick('&amp;', '&lt;', '&gt;', '&nbsp;', '&quot;', '&#39;', '&#x27;', '&rsquo;', '&hellip;', '& ', '&#160;', '&#xA0;')
const badEntity = pick('&amp', '&bogus;', '&#0;', '&#128;', '&', '&\n', '&#32;', '<', '\r\n')
const goodComment = pick('<!-- c -->', '<!---->', '<!-- servicelint-disable -->', '<!-- servicelint-enable -->', '<!-- a --->')
const badComment = pick('<!-->', '<!--->', '<!--x--!>')
const goodAttr = pick(' class="gmail_quote"', ' class="gmail_signature x"', " class='a  b'", ' id="Signature"', ' id=divRplyFwdMsg', ' id=""', ' href="https://x.example/a?b=1"', ' style="color: red"', ' dir=ltr', ' data-x', ' CLASS="Up"', ' class = "eq"')
const badAttr = pick(' a="&amp;"', ' b=c"d', ' class=', '"x"')
const inline = ['a', 'b', 'strong', 'em', 'i', 'u', 'span', 'font', 'small', 'code', 'sub', 'sup']
const block = ['div', 'blockquote', 'h1', 'h2', 'h3', 'section', 'center']
const other = ['p', 'li', 'ul', 'div', 'a', 'b', 'table', 'td', 'pre', 'script', 'textarea', 'button', 'select', 'title', 'meta', 'body', 'head', 'html']
const upper = (s: string, up: boolean) => (up ? s.toUpperCase() : s)
const element = (name: string, a: string, inner: string, up: boolean, w: string) => `<${upper(name, up)}${a}>${inner}</${upper(name, up)}>${w}`

/**
 * Bodies of the subset's shape (p holds phrasing, li sits in ul/ol, no a in a); unless `clean`, now
 * and then a piece that is not: an element left open, an end tag without its element, misnesting,
 * tags, references, attributes and comments outside the subset.
 */
function bodies(clean: boolean) {
  const sometimes = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>, weight: number) =>
    clean ? good : fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: bad })
  const entity = sometimes(goodEntity, badEntity, 6)
  const comment = sometimes(goodComment, badComment, 5)
  const attrs = fc.array(sometimes(goodAttr, badAttr, 10), { maxLength: 2 }).map((xs) => xs.join(''))
  const text = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 3, arbitrary: ws }, { weight: 2, arbitrary: entity }), { maxLength: 6 }).map((xs) => xs.join(''))
  const voids = fc.tuple(pick('<br>', '<br/>', '<br />', '<img src=x>', '<wbr>', '<BR>'), ws).map(([a, b]) => a + b)
  const broken = fc.oneof(
    fc.tuple(fc.constantFrom(...other, ...inline, ...block), attrs).map(([n, a]) => `<${n}${a}>`),
    fc.constantFrom(...other, ...inline, ...block).map((n) => `</${n}>`),
    pick('</br>', '<p/>', '<div/>', '<li>', '<p>', '</p>', '<a href=x>', '</ul>', '</p >', '<p >', '< p>', '<!DOCTYPE html>'),
  )
  return fc.letrec<{ flow: string; phrasing: string; phrasingNode: string; flowNode: string }>((tie) => ({
    flow: fc.array(tie('flowNode'), { maxLength: 4 }).map((xs) => xs.join('')),
    phrasing: fc.array(tie('phrasingNode'), { maxLength: 4 }).map((xs) => xs.join('')),
    phrasingNode: fc.oneof(
      { weight: 6, arbitrary: text },
      { weight: 1, arbitrary: comment },
      { weight: 2, arbitrary: voids },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...inline.filter((n) => n !== 'a')), attrs, tie('phrasing'), fc.boolean(), ws).map(([n, a, inner, up, w]) => element(n, a, inner, up, w)) },
      { weight: 1, arbitrary: fc.tuple(attrs, text, fc.boolean(), ws).map(([a, inner, up, w]) => element('a', a, inner, up, w)) },
      ...(clean ? [] : [{ weight: 1, arbitrary: broken }]),
    ),
    flowNode: fc.oneof(
      { weight: 4, arbitrary: tie('phrasingNode') },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...block), attrs, tie('flow'), fc.boolean(), ws).map(([n, a, inner, up, w]) => element(n, a, inner, up, w)) },
      { weight: 3, arbitrary: fc.tuple(attrs, tie('phrasing'), fc.boolean(), ws).map(([a, inner, up, w]) => element('p', a, inner, up, w)) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(pick('ul', 'ol'), ws, fc.array(fc.tuple(attrs, tie('flow'), ws), { maxLength: 3 }), fc.boolean())
          .map(([n, w, items, up]) => element(n, '', w + items.map(([a, inner, w2]) => element('li', a, inner, up, w2)).join(''), up, w)),
      },
      { weight: 1, arbitrary: fc.tuple(pick('<hr>', '<hr/>', '<HR class=x>'), ws).map(([a, b]) => a + b) },
    ),
  })).flow
}

function documentsOf(clean: boolean) {
  const head = fc
    .array(
      clean
        ? pick('<meta charset="utf-8">', '<meta name=x content="y"/>', '<title>Re: A &amp; B</title>', '<title></title>', '<link rel=icon href=x>', '<style>p { margin: 0 }</style>', '<!-- h -->', '\n', ' ')
        : pick('x', '&amp;', '<script>x</script>', '<base href=x>', '<title>a<b</title>', '<p>', '</p>'),
      { maxLength: 4 },
    )
    .map((xs) => xs.join(''))
  const tail = clean ? pick('', '<!-- after -->', '\n') : pick('text after', '<p>x</p>', '</body>', '<!DOCTYPE html>')
  return fc
    .tuple(
      pick('', '<!DOCTYPE html>', '<!doctype html>\n', '<!-- top -->\n<!DOCTYPE html>\n', ' \n'),
      fc.boolean(),
      fc.boolean(),
      head,
      fc.boolean(),
      ws,
      fc.boolean(),
      bodies(clean),
      fc.boolean(),
      fc.tuple(ws, tail),
      fc.boolean(),
      fc.tuple(ws, tail),
    )
    .map(([doctype, html, headOpen, headContent, headClose, w, body, inner, bodyClose, after, htmlClose, end]) =>
      [
        doctype,
        html ? '<html lang="en">\n' : '',
        headOpen ? '<head>' : '',
        headContent,
        headClose ? '</head>' : '',
        w,
        body ? '<body dir=ltr>' : '',
        inner,
        bodyClose ? '</body>' : '',
        ...after,
        htmlClose ? '</html>' : '',
        ...end,
      ].join(''),
    )
}

// Mostly inside the subset (the fast path's trees), partly not (where it must fall back).
const documents = fc.oneof({ weight: 3, arbitrary: documentsOf(true) }, { weight: 2, arbitrary: documentsOf(false) })
