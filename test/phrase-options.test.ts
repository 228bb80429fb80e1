// Teams tune a built-in phrase rule from config alone: `add` phrases, `remove` entries or words.
import { describe, expect, it } from 'vitest'
import { flagged, lintWithRule } from './helpers.ts'

describe('phrase rule options', () => {
  const text = 'We can help at this point in time, or at this moment in time. We appreciate your business.'

  it('add flags the team’s phrases with the team’s message and rewrite', async () => {
    const messages = await lintWithRule('canned-phrases', text, 'txt', { add: [{ phrase: 'we appreciate your business', message: 'Say thanks plainly', suggest: 'thank you' }] })
    const m = messages.find((x) => x.actual === 'We appreciate your business')
    expect(m?.message).toBe('Say thanks plainly')
    expect(m?.expected).toEqual(['Thank you'])
  })

  it('add takes plain strings, any case and curly apostrophes', async () => {
    const messages = await lintWithRule('canned-phrases', 'It’s Per My Records now.', 'txt', { add: ["it's per my records"] })
    expect(flagged('It’s Per My Records now.', messages)).toEqual(['It’s Per My Records'])
  })

  it('remove by entry id drops the entry and all its variants', async () => {
    const messages = await lintWithRule('canned-phrases', text, 'txt', { remove: ['at-this-point-in-time'] })
    expect(flagged(text, messages)).toEqual([])
  })

  it('remove by words keeps the entry’s other variants', async () => {
    const messages = await lintWithRule('canned-phrases', text, 'txt', { remove: ['At this point in time'] })
    expect(flagged(text, messages)).toEqual(['at this moment in time'])
  })

  it('a custom phrase has a message even without one', async () => {
    const [m] = await lintWithRule('negative-phrasing', 'That is out of scope.', 'txt', { add: ['out of scope'] })
    expect(m.message).toMatch(/`out of scope`/)
  })
})
