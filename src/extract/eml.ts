// E-mail files (.eml). postal-mime parses the MIME structure and decodes the body (a real parser:
// folded headers, nested multiparts, charsets, transfer encodings). Headers are never linted; the
// text/plain part is, else the text/html part through the HTML extractor; then thread handling.
//
// Positions: a part that is not transfer-encoded, or is quoted-printable (format=flowed or not),
// is found in the raw message and mapped character by character, checked against postal-mime's
// decoded text; a base64 part, or any part whose bytes can't be matched, maps every diagnostic to
// the part's first line.
import PostalMime from 'postal-mime'
import { htmlPart } from './html.ts'
import { Linear } from './linear.ts'
import { locatePart, type PartSpan } from './mime-locate.ts'
import { plainDraft } from './plain.ts'
import { decodeQuotedPrintable, unflow } from './transfer.ts'
import type { Directive, Extraction } from './types.ts'

interface Body {
  text: string
  toSource: (offset: number) => number
}

const same = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trimEnd() === b.replace(/\r\n?/g, '\n').trimEnd()

// A message handed over as a string (the API, an editor) may hold a lone surrogate; postal-mime
// encodes the string to UTF-8 first, which turns each into one U+FFFD. Reading the raw body the
// same way keeps it equal to postal-mime's text, one unit for one unit.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD')

function bodyOf(source: string, span: PartSpan | undefined, decoded: string): Body {
  if (span) {
    const raw = source.slice(span.start, span.end)
    let mapped: Linear | undefined
    if (['7bit', '8bit', 'binary'].includes(span.encoding)) {
      const text = wellFormed(raw)
      mapped = new Linear(span.end)
      for (let i = 0; i < text.length; i++) if (!(text[i] === '\r' && text[i + 1] === '\n')) mapped.push(text[i], span.start + i)
    } else if (span.encoding === 'quoted-printable') {
      mapped = decodeQuotedPrintable(raw, span.start, span.charset)
    }
    if (mapped && span.flowed) mapped = unflow(mapped, span.delSp, span.end)
    if (mapped && same(mapped.text(), decoded)) return { text: mapped.text(), toSource: mapped.toSource() }
  }
  // base64, or a part we could not line up: everything points at the part's first line.
  const first = span?.start ?? source.search(/\r?\n\r?\n/) + 1
  return { text: decoded, toSource: () => Math.max(0, first) }
}

export async function extractEml(source: string): Promise<Extraction> {
  const email = await PostalMime.parse(source)
  const html = !email.text?.trim() && !!email.html
  const decoded = (html ? email.html : email.text) ?? ''
  if (!decoded.trim()) return { drafts: [] }
  const body = bodyOf(source, locatePart(source, html ? 'text/html' : 'text/plain'), decoded)
  if (!html) return { drafts: [{ ...plainDraft(body.text), toSource: body.toSource }] }
  const part = htmlPart(body.text)
  const inner = part.draft.toSource ?? ((o: number) => o)
  const directives: Directive[] = part.directives.map((d) => ({
    ...d,
    start: body.toSource(d.start),
    end: body.toSource(Math.max(d.start, d.end - 1)) + 1,
  }))
  return { drafts: [{ ...part.draft, toSource: (o) => body.toSource(inner(o)) }], directives }
}
