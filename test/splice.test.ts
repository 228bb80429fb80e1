// Splice-safe rewrites (src/lint/splice.ts): applying a phrase rule's first suggestion leaves a
// clean sentence, in plain text and in formats whose draft differs from the file.
import { describe, expect, it } from 'vitest'
import { baseForm } from '../src/lint/splice.ts'
import { lintWithRule } from './helpers.ts'

async function rewrite(rule: string, text: string, messageId: string, ext = 'txt'): Promise<string> {
  const m = (await lintWithRule(rule, text, ext)).find((x) => x.messageId === messageId)
  const fix = m?.suggestions?.[0]?.fix
  if (!fix) throw new Error(`no ${messageId} suggestion on ${JSON.stringify(text)}`)
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
}

describe('deletions', () => {
  it('take the comma and capitalise the next word at the start of a sentence', async () => {
    expect(await rewrite('negative-phrasing', 'Unfortunately, the courier missed it.', 'unfortunately')).toBe('The courier missed it.')
    expect(await rewrite('canned-phrases', 'Please be advised that the key is active.', 'please-be-advised')).toBe('The key is active.')
  })

  it('leave a capital or a placeholder alone', async () => {
    expect(await rewrite('canned-phrases', "Rest assured, I'm on it.", 'rest-assured')).toBe("I'm on it.")
    expect(await rewrite('negative-phrasing', 'Unfortunately {{product}} is sold out.', 'unfortunately')).toBe('{{product}} is sold out.')
  })

  it('close the gap in the middle or at the end of a sentence', async () => {
    expect(await rewrite('negative-phrasing', 'We, unfortunately, cannot do that.', 'unfortunately')).toBe('We cannot do that.')
    expect(await rewrite('negative-phrasing', 'The parcel unfortunately got lost.', 'unfortunately')).toBe('The parcel got lost.')
    expect(await rewrite('blame-language', 'It is booked for Friday, as I already explained.', 'as-i-said')).toBe('It is booked for Friday.')
  })

  it('remove a sentence that is only the phrase, with its line break in plain text', async () => {
    expect(await rewrite('canned-phrases', 'Hi Ana,\n\nI hope this email finds you well.\n\nYour order ships today.', 'finds-you-well')).toBe(
      'Hi Ana,\n\nYour order ships today.',
    )
    expect(await rewrite('canned-phrases', 'Hi Ana. I hope this email finds you well. Your order ships today.', 'finds-you-well')).toBe(
      'Hi Ana. Your order ships today.',
    )
  })

  it('never cut through HTML tags', async () => {
    const html = '<p>Hi Ana,</p>\n<p>I hope this email finds you well.</p>\n<p>Your order ships today.</p>'
    expect(await rewrite('canned-phrases', html, 'finds-you-well', 'html')).toBe('<p>Hi Ana,</p>\n<p></p>\n<p>Your order ships today.</p>')
  })

  it('take Markdown emphasis along with the words', async () => {
    expect(await rewrite('canned-phrases', 'Hi Ana,\n\n**Rest assured**, your data is safe.\n', 'rest-assured', 'md')).toBe('Hi Ana,\n\nYour data is safe.\n')
  })
})

describe('templates', () => {
  it('follow the agent\'s "we" or "I"', async () => {
    expect(await rewrite('canned-phrases', 'I apologize for the inconvenience.', 'apologize-for-inconvenience')).toBe("I'm sorry for the trouble.")
    expect(await rewrite('canned-phrases', 'We apologise for any inconvenience caused.', 'apologize-for-inconvenience')).toBe("We're sorry for the trouble.")
    expect(await rewrite('negative-phrasing', 'Sorry, I can’t reissue it.', 'we-cant')).toBe("Sorry, I don't have a way to reissue it.")
  })

  it('keep the refused verb in its base form', async () => {
    expect(await rewrite('negative-phrasing', 'We are currently not accepting returns.', 'we-dont-offer')).toBe("We're not set up to accept returns.")
    expect(['offering', 'shipping', 'giving refunds', 'providing', 'issuing', 'permitting', 'processing'].map(baseForm)).toEqual([
      'offer', 'ship', 'give refunds', 'provide', 'issue', 'permit', 'process',
    ])
  })

  it('take a capital only where the sentence starts', async () => {
    expect(await rewrite('canned-phrases', 'Kindly share your order number.', 'kindly')).toBe('Please share your order number.')
    expect(await rewrite('canned-phrases', 'Thanks, and kindly share your order number.', 'kindly')).toBe('Thanks, and please share your order number.')
  })
})
