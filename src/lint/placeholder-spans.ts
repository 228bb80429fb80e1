// What the engine guarantees around template placeholders, whatever a rule reports: a draft made of
// placeholders alone has no agent words to lint, and no message starts or ends inside one.

interface Span {
  start: number
  end: number
}

/** True when the draft has a non-blank character outside its placeholders. */
export function hasAgentWords(text: string, placeholders: Span[]): boolean {
  let at = 0
  for (const p of placeholders) {
    if (/\S/.test(text.slice(at, Math.max(at, p.start)))) return true
    at = Math.max(at, p.end)
  }
  return /\S/.test(text.slice(at))
}

/**
 * Widen a source range so neither end falls strictly inside a placeholder (a document rule that
 * trims its line may stop after the `Name` a placeholder reads as). `moved` says it was widened:
 * a rewrite of the original range would then cut the placeholder, so it must not be offered.
 */
export function outsidePlaceholders(start: number, end: number, placeholders: Span[]): { start: number; end: number; moved: boolean } {
  let s = start
  let e = end
  for (const p of placeholders) {
    if (s > p.start && s < p.end) s = p.start
    if (e > p.start && e < p.end) e = p.end
  }
  return { start: s, end: Math.max(s, e), moved: s !== start || e !== end }
}
