// Escaping for the markup formats. XML 1.0 cannot carry most C0 control characters even as
// character references, so they are dropped rather than producing a file parsers reject.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text or attribute value for XML and HTML. */
export function escapeXml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => ENTITIES[c])
}
