// Macro and saved-reply exports (.json). Every reply text in the file is its own draft; its
// offsets map through the JSON string's escapes back to the file. Shapes, as the tools' APIs
// export them:
// - Zendesk macros: `{"macro": {…}}`, `{"macros": […]}` or a bare array; text in `actions` whose
//   `field` is `comment_value` (plain, or `["channel:all", "text"]`) or `comment_value_html`;
// - Freshdesk canned responses: `content` (plain) and `content_html`, alone, in an array or under
//   `canned_responses`;
// - Help Scout saved replies: `text` (or `body`), alone, in an array or under `_embedded`.
import { field, JsonSyntaxError, parseJson, type JsonNode } from './json-source.ts'
import { htmlPart } from './html.ts'
import { plainDraft } from './plain.ts'
import { NotADraft, type Draft, type Extraction } from './types.ts'

type StringNode = Extract<JsonNode, { kind: 'string' }>
interface TextField {
  node: StringNode
  html: boolean
}

const SHAPES =
  'Zendesk macros ({"macro": …}, {"macros": […]} or an array of macros with actions), Freshdesk canned responses (content, content_html) and Help Scout saved replies (text)'

const LOOKS_HTML = /<(?:p|div|br|a|span|strong|b|em|i|u|ul|ol|li|h[1-6]|table|blockquote)\b[^>]*>/i

function str(node: JsonNode | undefined): StringNode | undefined {
  return node?.kind === 'string' ? node : undefined
}

function zendeskFields(macro: JsonNode): TextField[] | undefined {
  const actions = field(macro, 'actions')
  if (actions?.kind !== 'array') return undefined
  const plain: TextField[] = []
  const html: TextField[] = []
  for (const action of actions.items) {
    const name = str(field(action, 'field'))?.value
    const value = field(action, 'value')
    if (name === 'comment_value_html' && str(value)) html.push({ node: str(value)!, html: true })
    if (name === 'comment_value') {
      // `["channel:all", "text"]`: the last string is the comment.
      const text = value?.kind === 'array' ? str(value.items[value.items.length - 1]) : str(value)
      if (text) plain.push({ node: text, html: false })
    }
  }
  // A macro carrying both holds the same reply twice; the HTML one is what the agent edited.
  return html.length ? html : plain
}

// A reply text alone is too common a key to claim any JSON by; the tools' records also carry these.
const hasAny = (item: JsonNode, keys: string[]) => keys.some((k) => field(item, k) !== undefined)

function freshdeskFields(item: JsonNode): TextField[] | undefined {
  if (!hasAny(item, ['title', 'id', 'folder_id'])) return undefined
  const html = str(field(item, 'content_html'))
  const plain = str(field(item, 'content'))
  if (html) return [{ node: html, html: true }]
  return plain ? [{ node: plain, html: LOOKS_HTML.test(plain.value) }] : undefined
}

function helpScoutFields(item: JsonNode): TextField[] | undefined {
  if (!hasAny(item, ['name', 'id'])) return undefined
  const text = str(field(item, 'text')) ?? str(field(item, 'body'))
  return text ? [{ node: text, html: LOOKS_HTML.test(text.value) }] : undefined
}

function itemFields(item: JsonNode): TextField[] | undefined {
  if (item.kind !== 'object') return undefined
  return zendeskFields(item) ?? freshdeskFields(item) ?? helpScoutFields(item)
}

function listFields(list: JsonNode | undefined): TextField[] | undefined {
  if (list?.kind !== 'array') return undefined
  const out: TextField[] = []
  for (const item of list.items) {
    const fields = itemFields(item)
    if (!fields) return undefined
    out.push(...fields)
  }
  return out
}

/** The reply texts of a macro export, or undefined when the JSON is no shape we know. */
export function macroFields(root: JsonNode): TextField[] | undefined {
  // A bare `[]` says nothing about what it is: not claimed (a keyed empty list is an export).
  if (root.kind === 'array') return root.items.length ? listFields(root) : undefined
  const embedded = field(root, '_embedded')
  const nested = field(root, 'macro') ?? field(root, 'saved_reply') ?? field(root, 'canned_response')
  if (nested) return itemFields(nested)
  for (const key of ['macros', 'canned_responses', 'saved_replies']) {
    const list = field(root, key)
    if (list) return listFields(list)
  }
  if (embedded?.kind === 'object') {
    for (const [, list] of embedded.entries) if (list.kind === 'array') return listFields(list)
  }
  return itemFields(root)
}

function draftOf(f: TextField): Draft {
  const { node } = f
  // The closing quote stands for "the end of the text".
  const viaString = (o: number) => (o < node.map.length ? node.map[Math.max(0, o)] : node.end - 1)
  if (f.html) {
    const part = htmlPart(node.value)
    const inner = part.draft.toSource ?? ((o: number) => o)
    return { ...part.draft, toSource: (o) => viaString(inner(o)) }
  }
  return { ...plainDraft(node.value), toSource: viaString }
}

export function extractMacros(source: string, filePath: string): Extraction {
  let root: JsonNode
  try {
    root = parseJson(source)
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new NotADraft(`${filePath}: not valid JSON (${error.message}); servicelint reads ${SHAPES}`)
    throw error
  }
  const fields = macroFields(root)
  if (!fields) throw new NotADraft(`${filePath}: not a macro export servicelint reads; it understands ${SHAPES}`)
  return { drafts: fields.map(draftOf) }
}
