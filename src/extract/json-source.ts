// A small JSON reader that keeps where every string came from: JSON.parse loses positions, and a
// macro's text must map back through its escapes (`\n`, `\"`, `\u2019`) to exact source offsets.

export type JsonNode =
  | { kind: 'object'; entries: Array<[string, JsonNode]>; start: number }
  | { kind: 'array'; items: JsonNode[]; start: number }
  /** `map[i]`: source offset of the escape or character that gave `value[i]`. */
  | { kind: 'string'; value: string; map: number[]; start: number; end: number }
  | { kind: 'literal'; value: number | boolean | null; start: number }

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

export function parseJson(source: string): JsonNode {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${i}`, i)
  }
  const ws = () => {
    while (i < source.length && /[ \t\r\n]/.test(source[i])) i++
  }
  const string = (): Extract<JsonNode, { kind: 'string' }> => {
    const start = i++
    let value = ''
    const map: number[] = []
    while (i < source.length && source[i] !== '"') {
      const at = i
      if (source[i] === '\\') {
        const c = source[i + 1]
        if (c === 'u') {
          const hex = source.slice(i + 2, i + 6)
          if (!/^[\da-fA-F]{4}$/.test(hex)) fail('bad \\u escape')
          value += String.fromCharCode(parseInt(hex, 16))
          i += 6
        } else if (c !== undefined && c in ESCAPES) {
          value += ESCAPES[c]
          i += 2
        } else fail('bad escape')
      } else {
        if (source.charCodeAt(i) < 0x20) fail('control character in string')
        value += source[i++]
      }
      map.push(at)
    }
    if (source[i] !== '"') fail('unterminated string')
    i++
    return { kind: 'string', value, map, start, end: i }
  }
  const value = (): JsonNode => {
    ws()
    const start = i
    const c = source[i]
    if (c === '"') return string()
    if (c === '{') {
      i++
      const entries: Array<[string, JsonNode]> = []
      ws()
      if (source[i] === '}') return i++, { kind: 'object', entries, start }
      for (;;) {
        ws()
        if (source[i] !== '"') fail('expected a key')
        const key = string().value
        ws()
        if (source[i++] !== ':') fail('expected ":"')
        entries.push([key, value()])
        ws()
        if (source[i] === ',') i++
        else if (source[i] === '}') return i++, { kind: 'object', entries, start }
        else fail('expected "," or "}"')
      }
    }
    if (c === '[') {
      i++
      const items: JsonNode[] = []
      ws()
      if (source[i] === ']') return i++, { kind: 'array', items, start }
      for (;;) {
        items.push(value())
        ws()
        if (source[i] === ',') i++
        else if (source[i] === ']') return i++, { kind: 'array', items, start }
        else fail('expected "," or "]"')
      }
    }
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(i, i + 400))
    if (!lit) return fail('unexpected character')
    i += lit[0].length
    return { kind: 'literal', value: JSON.parse(lit[0]) as number | boolean | null, start }
  }
  const root = value()
  ws()
  if (i < source.length) fail('unexpected text after the value')
  return root
}

export function field(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.kind !== 'object') return undefined
  for (let k = node.entries.length - 1; k >= 0; k--) if (node.entries[k][0] === key) return node.entries[k][1]
  return undefined
}
