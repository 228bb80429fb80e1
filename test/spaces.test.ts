// The whitespace helpers stand in for `\s` regular expressions: they must agree on every UTF-16 unit.
import { describe, expect, it } from 'vitest'
import { firstNonSpace, isSpaceCode, lastNonSpace } from '../src/extract/spaces.ts'

describe('spaces', () => {
  it('reads every UTF-16 unit as \\s does', () => {
    const differ: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c)
    expect(differ).toEqual([])
  })

  it('finds the words as search(/\\S/) and search(/\\S\\s*$/) do', () => {
    for (const text of ['', '   ', 'a', ' a ', '\u00a0Hi Ana,\n\n', 'x \u3000\ufeff', '\n\n  Best,\n Mo \r\n', '😀 ', ' \t😀']) {
      expect(firstNonSpace(text)).toBe(text.search(/\S/))
      expect(lastNonSpace(text)).toBe(text.search(/\S\s*$/))
    }
  })
})
