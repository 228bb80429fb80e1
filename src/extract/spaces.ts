// Where the words of a text start and end, without a regular expression: `search(/\S\s*$/)` tries
// `\s*$` after every non-blank character, and every draft, line and text node is measured so.

/** Is this UTF-16 unit whitespace, exactly as `\s` in a regular expression reads it? */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** `text.search(/\S/)`: the first non-blank character, or -1. */
export function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return i
  return -1
}

/** `text.search(/\S\s*$/)`: the last non-blank character, or -1. */
export function lastNonSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (!isSpaceCode(text.charCodeAt(i))) return i
  return -1
}
