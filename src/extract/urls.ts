// URLs and e-mail addresses inside prose: not the agent's words, so Markdown and HTML blank them.

// A trailing full stop, comma or bracket belongs to the sentence, not the URL.
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]}]/gi
const EMAIL = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi

export function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const re of [URL, EMAIL]) for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length])
  return out
}
