// URLs and e-mail addresses inside prose: not the agent's words, so Markdown and HTML blank them.

// A trailing full stop, comma or bracket belongs to the sentence, not the URL.
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"']*[^\s<>"'.,;:!?)\]}]/gi
const EMAIL = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi
// What each pattern cannot match without. Most text nodes hold neither, and the e-mail pattern
// tries `[\w.+-]+` from every word character before failing.
const URL_HINT = /:\/\/|www\./i

export function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  if (URL_HINT.test(text)) each(URL, text, out)
  if (text.includes('@')) each(EMAIL, text, out)
  return out
}

// exec on the shared pattern: matchAll clones it per call.
function each(re: RegExp, text: string, out: Array<[number, number]>): void {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length])
    // Neither pattern matches the empty string, so lastIndex always moves on.
  }
  re.lastIndex = 0
}
