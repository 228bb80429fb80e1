// The sentence-level merges of parse-english 7 / parse-latin 7 (MIT, Titus Wormer), in their order,
// as plain loops. The libraries run each as a `unist-util-modify-children` or `-visit-children`
// plugin: a closure, `Function#call` and an `in` test per node per plugin, seven times over every
// token of the draft (the whole draft is one "sentence" at this stage). That machinery, not the
// merges, was most of the parse after tokenizing. Each function below is the library's, line for
// line; `modify` and `visit` keep the iterators' index rules (a modifier returns where to go on).
// test/fast-parser.test.ts holds the trees to the library's own.
import type { Punctuation, Sentence, SentenceContent, Symbol as SymbolNode, Word, WordContent } from 'nlcst'
import type { Position } from 'unist'
import { toString } from 'nlcst-to-string'

// Copied from parse-latin 7.0.0 lib/expressions.js and parse-english 7.0.0 lib/regex.js.
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/
const numerical =
/^(?:[\d\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u09F4-\u09F9\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0B72-\u0B77\u0BE6-\u0BF2\u0C66-\u0C6F\u0C78-\u0C7E\u0CE6-\u0CEF\u0D58-\u0D5E\u0D66-\u0D78\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F33\u1040-\u1049\u1090-\u1099\u1369-\u137C\u16EE-\u16F0\u17E0-\u17E9\u17F0-\u17F9\u1810-\u1819\u1946-\u194F\u19D0-\u19DA\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA620-\uA629\uA6E6-\uA6EF\uA830-\uA835\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uA9F0-\uA9F9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19]|\uD800[\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDEE1-\uDEFB\uDF20-\uDF23\uDF41\uDF4A\uDFD1-\uDFD5]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDC58-\uDC5F\uDC79-\uDC7F\uDCA7-\uDCAF\uDCFB-\uDCFF\uDD16-\uDD1B\uDDBC\uDDBD\uDDC0-\uDDCF\uDDD2-\uDDFF\uDE40-\uDE48\uDE7D\uDE7E\uDE9D-\uDE9F\uDEEB-\uDEEF\uDF58-\uDF5F\uDF78-\uDF7F\uDFA9-\uDFAF]|\uD803[\uDCFA-\uDCFF\uDD30-\uDD39\uDE60-\uDE7E\uDF1D-\uDF26\uDF51-\uDF54\uDFC5-\uDFCB]|\uD804[\uDC52-\uDC6F\uDCF0-\uDCF9\uDD36-\uDD3F\uDDD0-\uDDD9\uDDE1-\uDDF4\uDEF0-\uDEF9]|\uD805[\uDC50-\uDC59\uDCD0-\uDCD9\uDE50-\uDE59\uDEC0-\uDEC9\uDF30-\uDF3B]|\uD806[\uDCE0-\uDCF2\uDD50-\uDD59]|\uD807[\uDC50-\uDC6C\uDD50-\uDD59\uDDA0-\uDDA9\uDF50-\uDF59\uDFC0-\uDFD4]|\uD809[\uDC00-\uDC6E]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDF50-\uDF59\uDF5B-\uDF61]|\uD81B[\uDE80-\uDE96]|\uD834[\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDFCE-\uDFFF]|\uD838[\uDD40-\uDD49\uDEF0-\uDEF9]|\uD839[\uDCF0-\uDCF9]|\uD83A[\uDCC7-\uDCCF\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9])+$/
const elisionPrefix = /^(ol?)$/
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/
const apostrophe = /^['’]$/

type Modifier = (child: Punctuation | SymbolNode, index: number, children: SentenceContent[]) => number | undefined
type Visitor = (child: Punctuation | SymbolNode, index: number, children: SentenceContent[]) => void

export function mergeWithinSentence(sentence: Sentence): void {
  const children = sentence.children
  visitSymbols(children, mergeEnglishElisionExceptions)
  modifySymbols(children, mergeInitialWordSymbol)
  modifySymbols(children, mergeFinalWordSymbol)
  modifySymbols(children, mergeInnerWordSymbol)
  modifySymbols(children, mergeInnerWordSlash)
  modifySymbols(children, mergeInitialisms)
  patchPosition(sentence)
}

// Every merge here starts at a punctuation or symbol node and does nothing at any other, so the
// loops call them at those only.

// array-iterate: the length is read afresh each step; a returned number is the next index (a
// negative one lands before the start, and the next step is 0).
function modifySymbols(children: SentenceContent[], modifier: Modifier): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (!isSymbolic(child)) continue
    const next = modifier(child, index, children)
    if (next !== undefined) index = Math.max(next, 0) - 1
  }
}

function visitSymbols(children: SentenceContent[], visitor: Visitor): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (isSymbolic(child)) visitor(child, index, children)
  }
}

const isSymbolic = (node: SentenceContent | WordContent): node is Punctuation | SymbolNode =>
  node.type === 'SymbolNode' || node.type === 'PunctuationNode'

// parse-english: "w/", "o'", "ol'", "'twas", "'n'".
function mergeEnglishElisionExceptions(child: SentenceContent, index: number, siblings: SentenceContent[]): void {
  if (!isSymbolic(child)) return
  const length = siblings.length
  const value = child.value
  if (value === '/') {
    const sibling = siblings[index - 1]
    if (sibling && sibling.type === 'WordNode' && toString(sibling).toLowerCase() === 'w') {
      siblings.splice(index, 1)
      sibling.children.push(child)
      if (sibling.position && child.position) sibling.position.end = child.position.end
    }
  } else if (apostrophe.test(value)) {
    const sibling = siblings[index - 1]
    if (
      index > 2 &&
      index < length - 1 &&
      sibling.type === 'WordNode' &&
      siblings[index - 2].type === 'WhiteSpaceNode' &&
      siblings[index + 1].type === 'WhiteSpaceNode' &&
      elisionPrefix.test(toString(sibling).toLowerCase())
    ) {
      siblings.splice(index, 1)
      sibling.children.push(child)
      if (sibling.position && child.position) sibling.position.end = child.position.end
      return
    }
    if (index !== length - 1 && siblings[index + 1].type === 'WordNode' && (index === 0 || siblings[index - 1].type !== 'WordNode')) {
      const next = siblings[index + 1] as Word
      const nextValue = toString(next).toLowerCase()
      const other = siblings[index + 2]
      if (elisionAffix.test(nextValue)) {
        siblings.splice(index, 1)
        next.children.unshift(child)
        if (next.position && child.position) next.position.start = child.position.start
      } else if (nextValue === 'n' && other && other.type === 'PunctuationNode' && apostrophe.test(other.value)) {
        siblings.splice(index, 1)
        siblings.splice(index + 1, 1)
        next.children.unshift(child)
        next.children.push(other)
        if (next.position) {
          if (child.position) next.position.start = child.position.start
          if (other.position) next.position.end = other.position.end
        }
      }
    }
  }
}

// "&" before a word, not after one.
function mergeInitialWordSymbol(child: SentenceContent, index: number, children: SentenceContent[]): number | undefined {
  if (!isSymbolic(child) || child.value !== '&') return undefined
  const next = children[index + 1]
  if ((index > 0 && children[index - 1].type === 'WordNode') || !(next && next.type === 'WordNode')) return undefined
  children.splice(index, 1)
  next.children.unshift(child)
  if (next.position && child.position) next.position.start = child.position.start
  return index - 1
}

// "-" after a word, not before one.
function mergeFinalWordSymbol(child: SentenceContent, index: number, children: SentenceContent[]): number | undefined {
  if (index > 0 && isSymbolic(child) && child.value === '-') {
    const previous = children[index - 1]
    const next = children[index + 1]
    if ((!next || next.type !== 'WordNode') && previous && previous.type === 'WordNode') {
      children.splice(index, 1)
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      return index
    }
  }
  return undefined
}

// Words joined by inner symbols ("can't", "e-mail", "example.com").
function mergeInnerWordSymbol(child: SentenceContent, index: number, siblings: SentenceContent[]): number | undefined {
  if (index > 0 && isSymbolic(child)) {
    const previous = siblings[index - 1]
    if (previous && previous.type === 'WordNode') {
      let position = index - 1
      const tokens: WordContent[] = []
      let queue: Array<Punctuation | SymbolNode> = []
      while (siblings[++position]) {
        const sibling = siblings[position]
        if (sibling.type === 'WordNode') {
          tokens.push(...queue, ...sibling.children)
          queue = []
        } else if (isSymbolic(sibling) && wordSymbolInner.test(sibling.value)) {
          queue.push(sibling)
        } else {
          break
        }
      }
      if (tokens.length > 0) {
        if (queue.length > 0) position -= queue.length
        siblings.splice(index, position - index)
        previous.children.push(...tokens)
        const last = tokens[tokens.length - 1]
        if (previous.position && last.position) previous.position.end = last.position.end
        return index
      }
    }
  }
  return undefined
}

// Short words around a slash ("and/or" is not, "w/o" is one).
function mergeInnerWordSlash(child: SentenceContent, index: number, siblings: SentenceContent[]): number | undefined {
  const previous = siblings[index - 1]
  if (previous && previous.type === 'WordNode' && isSymbolic(child) && child.value === '/') {
    const previousValue = toString(previous)
    let tail: SentenceContent = child
    const queue: WordContent[] = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.type === 'WordNode') {
      nextValue = toString(next)
      tail = next
      queue.push(...next.children)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      previous.children.push(...queue)
      siblings.splice(index, count)
      if (previous.position && tail.position) previous.position.end = tail.position.end
      return index
    }
  }
  return undefined
}

// The final full stop of an initialism ("U.S.A."), not of a number ("1.2.").
function mergeInitialisms(child: SentenceContent, index: number, siblings: SentenceContent[]): number | undefined {
  if (index > 0 && child.type === 'PunctuationNode' && child.value === '.') {
    const previous = siblings[index - 1]
    if (previous.type === 'WordNode' && previous.children && previous.children.length !== 1 && previous.children.length % 2 !== 0) {
      let position = previous.children.length
      let isAllDigits = true
      while (previous.children[--position]) {
        const value = toString(previous.children[position])
        if (position % 2 === 0) {
          if (value.length > 1) return undefined
          if (!numerical.test(value)) isAllDigits = false
        } else if (value !== '.') {
          if (position < previous.children.length - 2) break
          return undefined
        }
      }
      if (!isAllDigits) {
        siblings.splice(index, 1)
        previous.children.push(child)
        if (previous.position && child.position) previous.position.end = child.position.end
        return index
      }
    }
  }
  return undefined
}

// parse-latin's patchPosition: the sentence spans its first child's start to its last child's end.
function patchPosition(sentence: Sentence): void {
  const children = sentence.children
  if (children.length === 0) return
  const first = children[0]
  if (first.position && (!sentence.position || !sentence.position.start)) {
    sentence.position ??= {} as Position
    sentence.position.start = first.position.start
  }
  const last = children[children.length - 1]
  if (last.position && (!sentence.position || !sentence.position.end)) {
    sentence.position ??= {} as Position
    sentence.position.end = last.position.end
  }
}
