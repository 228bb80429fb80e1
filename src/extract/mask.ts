// Extraction keeps the draft the same length as the source: text that is not the agent's is
// blanked (newlines kept), so every offset in the draft is an offset in the source.

/** Blank `text[start, end)` keeping line breaks, so lines and columns stay put. */
export function blank(text: string, start: number, end: number): string {
  if (end <= start) return text
  // A line at a time: a per-character replacement was most of extraction's own time on long drafts.
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]+/g, spaces) + text.slice(end)
}

function spaces(run: string): string {
  return ' '.repeat(run.length)
}

/** A word of exactly `length` characters that reads as a name to the parser. */
export function nameWord(length: number): string {
  if (length <= 0) return ''
  return ('Name' + ' '.repeat(length)).slice(0, length)
}
