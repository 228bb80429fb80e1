// parse-latin 7's breakImplicitSentences (MIT, Titus Wormer): a sentence breaks at white space
// holding two or more line breaks ("Thanks\n\nAna"). The library splits the text of every white
// space node of the draft on /\r\n|\r|\n/ to count its parts, an array per node; counting the
// breaks in place answers the same question without one. Otherwise the library's code, run as
// its `modifyChildren` runs it. test/fast-parser.test.ts holds the trees to the library's own.
import type { Paragraph, ParagraphContent, Sentence } from 'nlcst'

export function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length; index++) {
    const next = breakAt(siblings[index], index, siblings)
    if (next !== undefined) index = next - 1
  }
}

function breakAt(child: ParagraphContent, index: number, siblings: ParagraphContent[]): number | undefined {
  if (child.type !== 'SentenceNode') return undefined
  const children = child.children
  let position = 0
  while (++position < children.length - 1) {
    const node = children[position]
    if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue
    child.children = children.slice(0, position)
    const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) }
    const tail = children[position - 1]
    const head = children[position + 1]
    siblings.splice(index + 1, 0, node, insertion)
    if (child.position && tail.position && head.position) {
      const end = child.position.end
      child.position.end = tail.position.end
      insertion.position = { start: head.position.start, end }
    }
    return index + 1
  }
  return undefined
}

/** How many matches of /\r\n|\r|\n/ `value` holds, left to right as `split` finds them. */
function lineBreaks(value: string): number {
  let count = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 13) {
      count++
      if (value.charCodeAt(i + 1) === 10) i++
    } else if (code === 10) {
      count++
    }
  }
  return count
}
