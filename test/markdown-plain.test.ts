// src/extract/markdown-plain.ts says what remark-parse would make of a Markdown draft that is only
// paragraphs of plain text, without running it. Wherever it answers, remark-parse must agree: the
// tree holds nothing but paragraphs, text and hard breaks, the text nodes span exactly what it
// says, and the whole extraction is the same either way. Checked on the fixtures, generated drafts,
// each boundary of the shape by hand, and random documents built from the characters that matter.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Nodes } from 'mdast'
import { plainMarkdown } from '../src/extract/markdown-plain.ts'
import { markdownExtraction } from '../src/extract/markdown.ts'
import { generateCorpus } from './helpers.ts'

const remark = unified().use(remarkParse)

function remarkLayout(source: string): { text: Array<[number, number]>; items: number[]; quotes: Array<[number, number]>; taken: boolean } {
  const text: Array<[number, number]> = []
  const items: number[] = []
  const quotes: Array<[number, number]> = []
  let taken = true
  const visit = (node: Nodes) => {
    const span = (): [number, number] => [node.position!.start.offset!, node.position!.end.offset!]
    if (node.type === 'text') text.push(span())
    else if (node.type === 'listItem') items.push(node.position!.start.offset!)
    // The extractor copies a quote as written, and skips an autolink that shows its own address.
    else if (node.type === 'blockquote') return void quotes.push(span())
    else if (node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url) return
    else if (!['root', 'paragraph', 'break', 'inlineCode', 'link', 'strong', 'list'].includes(node.type)) taken = false
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(remark.parse(source))
  return { text, items, quotes, taken }
}

/** Whether the plain path took `source`; when it did, that it agrees with remark-parse. */
function agrees(source: string): boolean {
  const plain = plainMarkdown(source)
  if (!plain) return false
  expect({ source, ...plain, taken: true }).toEqual({ source, ...remarkLayout(source) })
  expect(markdownExtraction(source, true)).toEqual(markdownExtraction(source, false))
  return true
}

function markdownFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? markdownFilesUnder(join(dir, f)) : /\.(md|markdown)$/.test(f) ? [join(dir, f)] : []))
}

describe('plain Markdown paragraphs', () => {
  it('agree with remark-parse on the fixtures', () => {
    const files = markdownFilesUnder(resolve('fixtures'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) agrees(readFileSync(file, 'utf8'))
  })

  // The benchmark's generator writes Markdown drafts as help desks store them; most are plain
  // paragraphs, and the plain path must take them (or it has quietly stopped paying).
  it('agree with remark-parse on generated drafts, and take most of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'servicelint-markdown-'))
    try {
      generateCorpus(dir, 1200, 7)
      const files = markdownFilesUnder(dir)
      expect(files.length).toBeGreaterThan(50)
      const taken = files.filter((file) => agrees(readFileSync(file, 'utf8'))).length
      expect(taken / files.length).toBeGreaterThan(0.6)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('take what is plain, at each edge of the shape', () => {
    const plain = [
      '',
      '\n\n',
      'Hello there,\n\nThanks for writing.  \nBest,\nAna',
      'a  \nb',
      'a \nb',
      'a   \n   b',
      '   a',
      'a\n   b\n\n\n',
      'trailing  ',
      'trailing  \n',
      'a  \n\nb',
      'a\n  \n\nb',
      '1 apple\n10 pears',
      '2024 was a year',
      'a # b, a - b, a + b, a > b, a = b, a ~ b, a | b',
      'Hi {{ticket.requester.first_name}}, snake_case_name and a__b',
      'Hearth &amp; Oak &nbsp; &#65; &x; & done',
      'See https://example.com/a_b or mail help@example.com.',
      'héllo wörld ’quoted’ ¡olé!',
      'one\n\n\n\ntwo',
      'Use `SAVE20` at checkout',
      '`X` b\n`Y`\n`Z` \nc  \n  `W`',
      'a \n`X`',
      'a\n   `X` b',
      'See the [help centre](https://example.com/help) or [ the page ](x) and [ ](y) [a]()',
      '[a](b)c [d](e) `f`[g](h)',
      'line one  \n[link](x) two',
      '- item',
      '+ item',
      '1. item',
      '10) item',
      'text\n1. item',
      'text\n- item\n- item two',
      'Steps:\n\n1. Open the app.\n2. Go to **Payment methods**.\n3) Remove the [old card](https://example.com/x).\n\n- a\n\n- b\n+ c\n\nDone.',
      '- Open Orders and find order **#B68447**.\n- Print the label, or save the `QR` code.',
      '- trailing spaces   \n- next',
      'Please note **this** and **that**, (**also this**) and **this.**',
      '**Note:** starts the line',
      '**a** **b**\n**c**',
      'Use `a*b` here',
      '> quoted',
      'a\n> quoted',
      'Thanks,\nAna\n\nOn Sat, Aug 12, 2024 at 1:30 PM Mateo <mateo@example.com> wrote:\n> To whom it may concern,\n>\n> I was *charged* twice: <b>twice</b> \\o/ [x]\n> Mateo',
      '> a  \n>\n> b   \n\nafter',
      '> one\n\n> two\n',
      'See <https://example.com/help> or write to <help@example.com>.',
      '<a.b+c@d-e.example.co.uk> <https://x.y>',
      '> a\tb',
      '<a@b>x',
    ]
    for (const source of plain) expect(agrees(source), JSON.stringify(source)).toBe(true)
  })

  it('leave everything else to remark-parse', () => {
    const other = [
      '> quoted\nlazily continued',
      '- item\n> quote',
      ' > indented quote',
      '<ftp://example.com>',
      '<mailto:a@b.co>',
      '<https://example.com/a_b>',
      '[<a@b.co>](x)',
      '**<a@b.co>**',
      'tab\there\n> quoted',
      '* item',
      '-  two spaces',
      '-\titem',
      '- ',
      '-',
      '1.',
      'text\n2. item',
      'text\n01. item',
      '- item\ncontinued lazily',
      '- item\n  continued',
      '- item\n\n  more of the item',
      '- item\n  - nested',
      ' - indented item',
      '- # heading in an item',
      '- > quote in an item',
      '- - nested at once',
      '- 1. nested at once',
      '- ```',
      'Some *emphasis* here',
      'a**b**c',
      '** not bold**',
      '**not bold **',
      '**bold**x',
      '***bold italic***',
      '**a `b` c**',
      '**[a](b)**',
      '[**a**](b)',
      '`a``b`',
      '** a',
      '**a',
      '* item',
      '# Heading',
      '   ## Heading',
      'Title\n=====',
      'Title\n---',
      '```\ncode\n```',
      '~~~\ncode\n~~~',
      '    indented',
      'a\n    continued',
      'Some _emphasis_ here',
      '_a',
      'a_',
      'a _b',
      'a_ b',
      '[link]',
      '[link] (https://example.com)',
      '[a [b]](c)',
      '[a](b (c))',
      '[a](<b>)',
      '[a](b "title")',
      '[a `b`](c)',
      '[https://example.com](https://example.com)',
      '[a](b&amp;c)',
      '``code``',
      '`a',
      '[a]: https://example.com',
      '![image](x.png)',
      '<b>html</b>',
      'line\\\nbreak',
      'escaped \\* star',
      'tab\there',
      'crlf\r\nline',
      '\ufeffbom',
      'nul \0 here',
      'form\ffeed',
      '___',
      '_ _ _',
    ]
    for (const source of other) {
      expect(plainMarkdown(source), JSON.stringify(source)).toBeUndefined()
      // What the plain path refuses still extracts (through remark-parse).
      expect(markdownExtraction(source, true)).toEqual(markdownExtraction(source, false))
    }
  })

  // Random documents from the characters and line shapes the decision turns on: a wrong span or a
  // construct let through shows up as a disagreement with remark-parse.
  it('agree with remark-parse on random documents', () => {
    const piece = fc.constantFrom(
      'word', 'Thanks', 'ok', 'a', '1', '10', '2024', ' ', ' ', ' ', '  ', '   ', '    ', '\n', '\n', '\n\n', '  \n', '   \n', ' \n',
      '_', '__', 'a_b', '{{first_name}}', '&amp;', '&#65;', '&', '#', '-', '+', '=', '~', '~~~', '>', '.', ')', '1.', '2)', ',', '!', '?',
      ':', ';', "'", '’', '"', '(', '|', '%', '$', 'é', 'https://example.com/a_b', 'help@example.com', '*', '`', '[', ']', '<', '\\', '\t', '`code`', '` `', '[link](https://example.com/x)', '[ a b ](x)', '[a]()', '](', '![', '[x](x)', '<a@b.co>', '<https://x.y/z>', '<', '\n>', '\n> ', '> ', '>', '**', '**bold**', '**a b**', '- ', '1. ', '2) ', '\n- ', '\n1. ', '\n\n- ', '(', '*',
    )
    let taken = 0
    let runs = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        runs++
        if (agrees(pieces.join(''))) taken++
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    )
    // Not a test of refusals alone.
    expect(taken / runs).toBeGreaterThan(0.05)
  })
})
