// remark-parse (micromark), for the Markdown the plain path (markdown-plain.ts) does not take. A
// module of its own so the CLI can load micromark only when a document needs it (scripts/build.mjs).
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Root } from 'mdast'

const parser = unified().use(remarkParse)

/** remark-parse's tree of `source`. */
export function parseMarkdown(source: string): Root {
  return parser.parse(source) as Root
}
