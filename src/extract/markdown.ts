// Markdown drafts (macros, help-desk editors that store Markdown). remark-parse gives every node
// its source offsets, so the draft is built by copying only prose (text nodes, link text included)
// over a blank copy of the source: code, HTML, link targets, definitions and markup stay blank and
// every offset is still a source offset. Blockquotes are copied as written, `>` and all, so the
// shared thread splitter reads them as the customer's quoted message.
import type { Nodes, Root } from 'mdast'
import { htmlCommentDirectives } from './directive-comments.ts'
import { blank } from './mask.ts'
import { Overlay } from './markdown-overlay.ts'
import { scanPlaceholders } from './placeholders.ts'
import { splitThread } from './thread.ts'
import { branchesOf } from './branches.ts'
import { urlRanges } from './urls.ts'
import { plainMarkdown } from './markdown-plain.ts'
import { parseMarkdown } from './markdown-parse.ts'
import type { Directive, Extraction } from './types.ts'

// Blocks that start with a marker (`-`, `1.`, `#`): the marker becomes a line break so the block
// is its own paragraph for sentence splitting, as it is when rendered.
const MARKED_BLOCKS = new Set(['listItem', 'heading', 'thematicBreak'])

function span(node: Nodes): [number, number] | undefined {
  const s = node.position?.start.offset
  const e = node.position?.end.offset
  return s === undefined || e === undefined ? undefined : [s, e]
}

export function extractMarkdown(source: string): Extraction {
  return markdownExtraction(source, true)
}

/** `plainPath: false` always runs remark-parse (the tests compare both ways). */
export function markdownExtraction(source: string, plainPath: boolean): Extraction {
  const scan = scanPlaceholders(source)
  const out = new Overlay(blank(source, 0, source.length))
  const directives: Directive[] = []

  const writeText = (start: number, end: number) => {
    let prose = scan.text.slice(start, end)
    for (const [s, e] of urlRanges(source.slice(start, end))) prose = blank(prose, s, e)
    out.write(start, prose)
  }
  // A quote is copied as written, `>` and all.
  const writeQuote = (start: number, end: number) => {
    let quote = scan.text.slice(start, end)
    // A lazy continuation line (no `>`) is still quoted: mark it so the thread splitter agrees.
    for (const m of source.slice(start, end).matchAll(/(?:^|\n)([ \t]*)([^>\s])/g)) {
      const i = m.index + m[0].length - 1
      quote = quote.slice(0, i) + '>' + quote.slice(i + 1)
    }
    out.write(start, quote)
  }
  const visit = (node: Nodes) => {
    const at = span(node)
    if (!at) return
    if (MARKED_BLOCKS.has(node.type) && /[^\s]/.test(source[at[0]] ?? '') && out.charAt(at[0]) === ' ') out.write(at[0], '\n')
    switch (node.type) {
      case 'text':
        writeText(at[0], at[1])
        return
      case 'blockquote':
        writeQuote(at[0], at[1])
        return
      case 'html':
        directives.push(...htmlCommentDirectives(source.slice(at[0], at[1]), at[0]))
        return
      case 'code':
      case 'inlineCode':
      case 'definition':
      case 'image':
      case 'imageReference':
        return
      case 'link':
        // An autolink (`<https://…>` or a bare URL) shows its target: nothing to lint.
        if (node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url) return
        break
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  // Most macros' tree is known without parsing (paragraphs, one-line list items, quotes, simple
  // inline constructs): the same writes, in the same order.
  const plain = plainPath ? plainMarkdown(source) : undefined
  if (plain) {
    // In source order, as the tree walk writes them: a list item's line break, text, a quote.
    const writes: Array<[number, () => void]> = [
      ...plain.items.map((at): [number, () => void] => [at, () => out.write(at, '\n')]),
      ...plain.text.map(([start, end]): [number, () => void] => [start, () => writeText(start, end)]),
      ...plain.quotes.map(([start, end]): [number, () => void] => [start, () => writeQuote(start, end)]),
    ]
    for (const [, write] of writes.sort((a, b) => a[0] - b[0])) write()
  } else visit(parseMarkdown(source))

  const thread = splitThread(out.toString())
  return {
    drafts: [
      {
        text: thread.text,
        context: thread.context,
        placeholders: scan.placeholders,
        branches: branchesOf(scan.controls, source.length),
      },
    ],
    directives,
  }
}
