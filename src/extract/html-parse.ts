// rehype-parse (parse5), for the HTML the fast path (html-fast.ts) does not take. A module of its
// own so the CLI can load parse5 only when a document needs it (scripts/build.mjs).
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Root } from 'hast'

const parser = unified().use(rehypeParse)

/** rehype-parse's tree of `html`. */
export function parseHtml(html: string): Root {
  return parser.parse(html) as Root
}
