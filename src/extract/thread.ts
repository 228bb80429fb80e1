// Splits a plain-text reply into the agent's words and the thread it quotes. Quoted lines and
// everything under an attribution ("On … wrote:") or forwarded header are the customer's context;
// signatures and mobile footers are neither.
import { blank } from './mask.ts'

// Attribution lines in the languages support teams meet most. They may wrap over two lines.
const ATTRIBUTION = [
  /^\s*On\b[^\n]{0,300}?\bwrote:\s*$/i,
  /^\s*El\b[^\n]{0,300}?\bescribi[óo]:\s*$/i,
  /^\s*Le\b[^\n]{0,300}?\ba écrit\s*:\s*$/i,
  /^\s*Am\b[^\n]{0,300}?\bschrieb[^\n]{0,200}:\s*$/i,
  /^\s*Em\b[^\n]{0,300}?\bescreveu:\s*$/i,
  /^\s*Op\b[^\n]{0,300}?\bschreef[^\n]{0,200}:\s*$/i,
]
const ORIGINAL = /^\s*-{2,}\s*(?:Original Message|Forwarded message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Mensagem original|Oorspronkelijk bericht)\s*-{2,}\s*$/i
const HEADER_FROM = /^\s*\*?(?:From|De|Von|Van|Da)\s*:\*?\s+\S/
const HEADER_NEXT = /^\s*\*?(?:Sent|Date|Enviado|Envoyé|Gesendet|Verzonden|Data|Fecha|To|Para|À|An|Aan|Subject|Asunto|Objet|Betreff|Onderwerp|Assunto)\s*:/i
const SIGNATURE = /^-- ?$/
const MOBILE_FOOTER = /^\s*(?:Sent from my \w+|Get Outlook for \w+|Enviado desde mi \w+|Envoyé de mon \w+|Von meinem \w+ gesendet)/i

export interface ThreadSplit {
  /** The source with quoted text, signature and footers blanked. */
  text: string
  /** The customer's quoted words, quote markers removed. */
  context: string
  /** What follows a `-- ` line (blanked in `text`): the agent's name may only be there. */
  signature?: { start: number; end: number; text: string }
}

interface Line {
  start: number
  end: number
  text: string
}

function lines(source: string): Line[] {
  const out: Line[] = []
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  for (const m of source.matchAll(re)) {
    if (m.index >= source.length && m[0] === '') break
    const text = m[0].replace(/[\r\n]+$/, '')
    out.push({ start: m.index, end: m.index + text.length, text })
    if (m[0] === '') break
  }
  return out
}

export function splitThread(source: string): ThreadSplit {
  const ls = lines(source)
  let text = source
  const context: string[] = []
  let signature: ThreadSplit['signature']
  let cut = -1 // index of the line where the quoted tail begins
  for (let i = 0; i < ls.length && cut < 0; i++) {
    const line = ls[i].text
    const joined = i + 1 < ls.length ? `${line} ${ls[i + 1].text}` : line
    if (ORIGINAL.test(line) || ATTRIBUTION.some((re) => re.test(line))) cut = i
    else if (/^\s*On\b/i.test(line) && line.length < 200 && ATTRIBUTION[0].test(joined)) cut = i
    else if (/^_{10,}\s*$/.test(line) && i + 1 < ls.length && HEADER_FROM.test(ls[i + 1].text)) cut = i
    else if (HEADER_FROM.test(line) && i + 1 < ls.length && HEADER_NEXT.test(ls[i + 1].text)) cut = i
  }
  let end = ls.length
  if (cut >= 0) {
    // An inline reply: the attribution is followed by `>` lines and then the agent writes again.
    let j = cut + 1
    while (j < ls.length && (/^\s*>/.test(ls[j].text) || ls[j].text.trim() === '')) j++
    const quotedOnly = j > cut + 1 && ls.slice(cut + 1, j).some((l) => /^\s*>/.test(l.text))
    if (!(quotedOnly && j < ls.length)) end = cut
    else {
      text = blank(text, ls[cut].start, ls[cut].end)
    }
    if (end === cut) {
      for (const l of ls.slice(cut + 1)) context.push(l.text.replace(/^\s*(?:>\s?)+/, ''))
      text = blank(text, ls[cut].start, source.length)
    }
  }
  for (let i = 0; i < end; i++) {
    const l = ls[i]
    if (/^\s*>/.test(l.text)) {
      context.push(l.text.replace(/^\s*(?:>\s?)+/, ''))
      text = blank(text, l.start, l.end)
    } else if (SIGNATURE.test(l.text)) {
      const from = i + 1 < end ? ls[i + 1].start : l.end
      signature = { start: from, end: ls[end - 1].end, text: source.slice(from, ls[end - 1].end) }
      text = blank(text, l.start, ls[end - 1].end)
      break
    } else if (MOBILE_FOOTER.test(l.text)) {
      text = blank(text, l.start, l.end)
    }
  }
  return { text, context: context.join('\n').trim(), ...(signature && { signature }) }
}
