// retext-english's parser, faster. parse-latin's `tokenize` tests up to three large Unicode
// regexes per character (white space, punctuation, word: a letter fails the first two) and copies
// the position object per node with a spread; on a 1,000-draft run it was the largest single cost
// of parsing. Here each UTF-16 unit is classified once through a lookup table filled by asking the
// library's own `tokenize` about that unit alone, so the classes cannot drift from the library's.
// The sentence merges (sentence-merges.ts) and breakImplicitSentences (implicit-sentences.ts) are
// the library's code without its per-node plugin machinery; the other paragraph and root plugins
// are the library's own. The tree is the library's to the last node, position and shared point
// object (test/fast-parser.test.ts compares the two on fixtures, a generated corpus, every UTF-16
// unit and random strings).
import { ParseEnglish } from 'parse-english'
import type { Root, SentenceContent } from 'nlcst'
import type { Point } from 'unist'
import { mergeWithinSentence } from './sentence-merges.ts'
import { breakImplicitSentences } from './implicit-sentences.ts'

const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

// The class of each UTF-16 unit; 0 until first asked.
const classes = new Uint8Array(0x10000)
const libraryTokenize = ParseEnglish.prototype.tokenize
const reference = new ParseEnglish()

function classify(code: number): number {
  const [node] = libraryTokenize.call(reference, String.fromCharCode(code))
  const cls = (TYPES as readonly string[]).indexOf(node.type)
  classes[code] = cls
  return cls
}


export class FastEnglishParser extends ParseEnglish {
  constructor() {
    super()
    this.tokenizeSentencePlugins = [mergeWithinSentence]
    // parse-english 7's paragraph plugins: its own merges, then parse-latin's twelve, the tenth of
    // which is breakImplicitSentences. Another list (another version) keeps its own.
    if (this.tokenizeParagraphPlugins.length === 13) this.tokenizeParagraphPlugins[10] = breakImplicitSentences
  }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start: Point = { line, column, offset }
    let previousClass = 0
    let previousCode = -1
    const length = value.length
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const cls = classes[code] || classify(code)
      // The library's rule: words and white space run on; punctuation and symbols run on only
      // as the same unit repeated, or as surrogate halves.
      if (
        from < index &&
        !(previousClass === cls && (cls === WORD || cls === WHITE_SPACE || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))
      ) {
        children.push(node(previousClass, value.slice(from, index), start, line, column, offset))
        from = index
        start = { line, column, offset }
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousClass = cls
      previousCode = code
    }
    if (from < length) children.push(node(previousClass, value.slice(from, length), start, line, column, offset))
    return children
  }
}

// Same shapes, key order and sharing as the library's `createNode`: a word and its text share the
// start point; every end is a point of its own.
function node(cls: number, value: string, start: Point, line: number, column: number, offset: number): SentenceContent {
  if (cls === WORD) {
    return {
      type: 'WordNode',
      children: [{ type: 'TextNode', value, position: { start, end: { line, column, offset } } }],
      position: { start, end: { line, column, offset } },
    }
  }
  return { type: TYPES[cls] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: { start, end: { line, column, offset } } }
}

let parser: FastEnglishParser | undefined

/** The draft's nlcst tree, as `unified().use(retextEnglish).parse(text)` builds it. */
export function parseEnglish(text: string): Root {
  // One parser for every draft: parsing keeps no state on it (retext-english makes one per file
  // only to add the processor's extensions, and servicelint adds none).
  parser ??= new FastEnglishParser()
  return parser.parse(text)
}
