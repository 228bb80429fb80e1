// Template placeholders and merge fields read as opaque names; template control tags and comments
// are not text at all. Both keep their length so positions around them stay exact.
import { blank, nameWord } from './mask.ts'

export interface Placeholder {
  start: number
  end: number
  text: string
}

// Order matters: comments and blocks first, so a `{{` inside a Liquid comment is not a placeholder.
const COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s\S]*?#\}|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g
const CONTROL_LIQUID = /\{%-?\s*(?:if|elsif|else|endif|unless|endunless|case|when|endcase|for|endfor|capture|endcapture|raw|endraw|assign|increment|decrement|break|continue|cycle|tablerow|endtablerow|liquid|render|include)\b[^%]*?-?%\}/g
const CONTROL_HBS = /\{\{~?\s*(?:[#/^][^}]*|else(?:\s[^}]*)?|\^)\s*~?\}\}/g
const TAGS = [
  /\{\{\{[^{}]*\}\}\}/g, // {{{raw}}}
  /\{\{[^{}]*\}\}/g, // {{ ticket.requester.first_name | fallback: 'there' }}
  /\{%[^%]*%\}/g, // {% other tag %}, Help Scout {%customer.firstName,fallback=there%}
  /%\{[^{}\n]*\}/g, // %{name}
  /\$\{[^{}\n]*\}/g, // ${name}
  /\[\[[^[\]\n]*\]\]/g, // [[name]]
  /\{[A-Za-z_][\w.]*\}/g, // {customer_name}
  /\[(?:[A-Z][\w'’.-]*|your|customer|agent|order|first|last)(?:[ _][\w'’.-]+){0,3}\]/gi, // [Customer Name]
]
// The tags written with `[`, not `{` (a new kind of tag needing neither must change scanPlaceholders).
const BRACKET_TAGS = TAGS.filter((re) => re.source.startsWith('\\['))

export interface PlaceholderScan {
  text: string
  placeholders: Placeholder[]
  /** Control tags (`{% if %}`, `{{#if}}`, `{{else}}`…), for branch handling. */
  controls: Placeholder[]
}

export function scanPlaceholders(source: string): PlaceholderScan {
  let text = source
  const placeholders: Placeholder[] = []
  const controls: Placeholder[] = []
  // Every pattern needs a `{` (all but two) or a `[`, and blanking only removes them: most drafts
  // hold neither, and each matchAll clones its pattern.
  const braces = source.includes('{')
  const brackets = source.includes('[')
  if (!braces && !brackets) return { text, placeholders, controls }
  if (braces) {
    for (const m of source.matchAll(COMMENT)) text = blank(text, m.index, m.index + m[0].length)
    for (const re of [CONTROL_LIQUID, CONTROL_HBS]) {
      for (const m of text.matchAll(re)) {
        controls.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
        text = blank(text, m.index, m.index + m[0].length)
      }
    }
  }
  for (const re of braces ? TAGS : BRACKET_TAGS) {
    for (const m of text.matchAll(re)) {
      if (/^\[/.test(m[0]) && !isMergeField(m[0])) continue
      const start = m.index
      const end = start + m[0].length
      placeholders.push({ start, end, text: m[0] })
      text = text.slice(0, start) + nameWord(end - start) + text.slice(end)
    }
  }
  placeholders.sort((a, b) => a.start - b.start)
  controls.sort((a, b) => a.start - b.start)
  return { text, placeholders, controls }
}

// `[Customer Name]` is a merge field; `[1]` or `[see below]` in prose is not.
function isMergeField(token: string): boolean {
  const inner = token.slice(1, -1)
  if (/[.!?,;:]/.test(inner.replace(/[._]/g, ''))) return false
  const words = inner.split(/[ _]+/)
  if (words.length > 4) return false
  return words.some((w) => /^[A-Z]/.test(w)) || /^(your|customer|agent|order)\b/i.test(inner)
}
