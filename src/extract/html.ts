// HTML drafts and HTML e-mail bodies. rehype-parse (parse5, so the browser's own repairs) gives
// every text node its source span (simple HTML gets the same tree from html-fast.ts); the agent's
// text is rebuilt from those nodes with line breaks where blocks end, and each character remembers
// its source offset (entities make the decoded text shorter than the source, so the draft can't
// simply lie over it).
import type { Element, Nodes, Root } from 'hast'
import { htmlCommentDirectives } from './directive-comments.ts'
import { simpleHtmlTree } from './html-fast.ts'
import { parseHtml } from './html-parse.ts'
import { alignEntities, Linear } from './linear.ts'
import { blank } from './mask.ts'
import { plainDraft } from './plain.ts'
import type { Directive, Draft, Extraction } from './types.ts'
import { urlRanges } from './urls.ts'
import { lastNonSpace } from './spaces.ts'

// Not prose at all.
const SKIP = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'textarea', 'select', 'object', 'iframe'])
// Block ends: one line break (a line, as Gmail writes each line in a <div>) or a paragraph break.
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'address', 'center', 'caption', 'figcaption'])
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'hr', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'form', 'fieldset', 'figure'])
const CELL = new Set(['td', 'th'])
// The customer's message, as mail clients mark it.
const QUOTE_CLASSES = ['gmail_quote', 'gmail_quote_container', 'yahoo_quoted', 'moz-cite-prefix', 'protonmail_quote']
const SIGNATURE_CLASSES = ['gmail_signature', 'moz-signature']
// Outlook marks its block by id: on the web and on Windows `Signature`, on phones
// `ms-outlook-mobile-signature`. (Quoted messages carry them as `x_Signature`: already context.)
const SIGNATURE_IDS = new Set(['Signature', 'ms-outlook-mobile-signature'])

function classes(el: Element): string[] {
  const c = el.properties?.className
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : []
}

function isSignature(el: Element, cls: string[]): boolean {
  return cls.some((c) => SIGNATURE_CLASSES.includes(c)) || SIGNATURE_IDS.has(String(el.properties?.id ?? ''))
}

function isQuote(el: Element, cls: string[]): boolean {
  return el.tagName === 'blockquote' || cls.some((c) => QUOTE_CLASSES.includes(c))
}

// Outlook's reply header (`<div id="divRplyFwdMsg">From: … Sent: …`): it and all that follows
// is the quoted thread.
function isOutlookHeader(el: Element): boolean {
  return el.properties?.id === 'divRplyFwdMsg' || el.properties?.id === 'x_divRplyFwdMsg'
}

// parse5 sometimes starts a text node's span inside the character reference it begins with (after
// whitespace it dropped, " &nbsp;x" starts at the ";"): step back to the reference's "&".
function textStart(html: string, s: number, value: string): number {
  if (html[s] === value[0]) return s
  const ref = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?$/i.exec(html.slice(Math.max(0, s - 40), s + 1))
  return ref ? s + 1 - ref[0].length : s
}

export interface HtmlPart {
  draft: Draft
  /** Directives in `<!-- -->` comments, in offsets of the HTML given. */
  directives: Directive[]
}

/**
 * The agent's text of an HTML document; `toSource` maps into `html`. `tree` is for tests: the
 * tree of `html` to read (by default simple HTML's own, see html-fast.ts, else rehype-parse's).
 */
export function htmlPart(html: string, tree: Root = simpleHtmlTree(html) ?? parseHtml(html)): HtmlPart {
  const agent = new Linear(html.length)
  const quoted: string[] = []
  const directives: Directive[] = []
  let threadTail = false
  // Where the agent's last word so far ends in the source. A line break or cell gap the extractor
  // adds for a tag maps here, not to the tag: a document rule's message at the end of a line then
  // points at the words, and its insertion lands inside the element, not inside `</p>`.
  let textEnd: number | undefined
  // Draft ranges of signature blocks: read for the agent's name (require-signoff), never linted.
  const signatures: Array<[number, number]> = []

  const visitComments = (node: Nodes) => {
    if (node.type === 'comment') visit(node, false)
    else if (node.type === 'element') for (const child of node.children) visitComments(child)
  }
  const visit = (node: Nodes, inQuote: boolean) => {
    const s = node.position?.start.offset
    const e = node.position?.end.offset
    if (node.type === 'comment') {
      if (s !== undefined && e !== undefined) directives.push(...htmlCommentDirectives(html.slice(s, e), s))
      return
    }
    if (node.type === 'text') {
      if (inQuote || threadTail) {
        quoted.push(node.value)
        return
      }
      if (s === undefined || e === undefined) return
      // Source line breaks inside HTML text are spaces; blocks decide where lines end. URLs and
      // e-mail addresses in prose are blanked.
      let value = node.value.replace(/[\t\n\r\f]/g, ' ')
      for (const [a, b] of urlRanges(value)) value = value.slice(0, a) + ' '.repeat(b - a) + value.slice(b)
      const from = textStart(html, s, node.value)
      const raw = html.slice(from, e)
      const last = lastNonSpace(node.value)
      // Most text nodes hold no reference and no CR: each character is where it was.
      if (raw === node.value) {
        agent.pushRun(value, from)
        if (last >= 0) textEnd = last + 1 < raw.length ? from + last + 1 : e
        return
      }
      const offsets = alignEntities(raw, node.value, from)
      agent.push(value, offsets)
      if (last >= 0) textEnd = last + 1 < offsets.length ? offsets[last + 1] : e
      return
    }
    if (node.type === 'element') {
      const tag = node.tagName
      const cls = classes(node)
      const signature = isSignature(node, cls)
      if (SKIP.has(tag) || (signature && (inQuote || threadTail))) {
        // Not linted, but a directive in <head> still counts (script/style hold no comment nodes).
        for (const child of node.children) if (child.type === 'comment' || child.type === 'element') visitComments(child)
        return
      }
      if (isOutlookHeader(node)) threadTail = true
      const quote = inQuote || isQuote(node, cls)
      const start = s ?? agent.length
      const end = e ?? start
      if (quote || threadTail) quoted.push('\n')
      else if (tag === 'br') agent.push('\n', textEnd ?? start)
      else if (PARAGRAPH.has(tag)) agent.breaks(2, textEnd ?? start)
      else if (LINE.has(tag)) agent.breaks(1, textEnd ?? start)
      else if (CELL.has(tag)) agent.push(' ', textEnd ?? start)
      const from = agent.length
      const before = textEnd
      for (const child of node.children) visit(child, quote)
      if (signature && !(quote || threadTail)) {
        signatures.push([from, agent.length])
        // The block's text is blanked: a line break after it belongs to the words before it.
        textEnd = before
      }
      if (!(quote || threadTail)) {
        if (PARAGRAPH.has(tag)) agent.breaks(2, textEnd ?? Math.max(start, end - 1))
        else if (LINE.has(tag)) agent.breaks(1, textEnd ?? Math.max(start, end - 1))
      }
      return
    }
    if ('children' in node) for (const child of node.children) visit(child, inQuote)
  }
  visit(tree, false)

  const draft = withSignatures(plainDraft(agent.text()), signatures)
  const context = [quoted.join('').replace(/[ \t]*\n[\s]*/g, '\n').trim(), draft.context].filter(Boolean).join('\n')
  return { draft: { ...draft, context, toSource: agent.toSource() }, directives }
}

// Signature blocks are blanked like the text under a plain `-- ` line. The thread handling's own
// signature wins when it holds words (Thunderbird's block starts with `-- `; Gmail writes the
// `-- ` just before its block); otherwise the first block with words is the signature.
function withSignatures(draft: Draft, blocks: Array<[number, number]>): Draft {
  if (!blocks.length) return draft
  let signature = draft.signature?.text.trim() ? draft.signature : undefined
  let text = draft.text
  for (const [a, b] of blocks) {
    const held = draft.text.slice(a, b)
    const first = held.search(/\S/)
    if (!signature && first >= 0) {
      const last = held.search(/\S\s*$/) + 1
      signature = { start: a + first, end: a + last, text: held.slice(first, last) }
    }
    text = blank(text, a, b)
  }
  return { ...draft, text, ...(signature && { signature }) }
}

export function extractHtml(source: string): Extraction {
  const part = htmlPart(source)
  return { drafts: [part.draft], directives: part.directives }
}
