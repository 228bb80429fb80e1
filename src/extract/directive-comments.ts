// Reads `servicelint-*` directives out of comments. Each format finds its own comments; this
// module only decides whether a comment's text is a directive and what it names.
import type { Directive } from './types.ts'

const DIRECTIVE = /^\s*servicelint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/**
 * `inner` is the comment's text without its delimiters; `start`/`end` span the whole comment.
 * As in ESLint, ` -- ` starts a free-text reason that is not part of the rule list.
 */
export function directiveIn(inner: string, start: number, end: number): Directive | undefined {
  const m = DIRECTIVE.exec(inner)
  if (!m) return undefined
  const list = m[2].split(/\s--\s|\s--$/)[0]
  const rules = list.split(/[\s,]+/).filter(Boolean)
  return { kind: m[1] as Directive['kind'], rules, start, end }
}

// Liquid `{# #}` and `{% comment %}`, Handlebars/Mustache `{{! }}` and `{{!-- --}}`.
const TEMPLATE_COMMENT =
  /\{%-?\s*comment\s*-?%\}([\s\S]*?)\{%-?\s*endcomment\s*-?%\}|\{#([\s\S]*?)#\}|\{\{!--([\s\S]*?)--\}\}|\{\{!([\s\S]*?)\}\}/g

export function templateDirectives(source: string): Directive[] {
  const out: Directive[] = []
  for (const m of source.matchAll(TEMPLATE_COMMENT)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
    const d = directiveIn(inner, m.index, m.index + m[0].length)
    if (d) out.push(d)
  }
  return out
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g

/** `<!-- … -->` comments within `text`, offsets shifted by `base`. */
export function htmlCommentDirectives(text: string, base = 0): Directive[] {
  const out: Directive[] = []
  for (const m of text.matchAll(HTML_COMMENT)) {
    const d = directiveIn(m[1], base + m.index, base + m.index + m[0].length)
    if (d) out.push(d)
  }
  return out
}
