// The options every phrase rule takes (kept apart so rule metadata loads without the matcher).
import type { OptionSchema } from '../types.ts'

/** Options every phrase rule takes: a team adds or removes phrases from config. */
export interface PhraseOptions {
  add?: Array<string | { phrase: string; message?: string; suggest?: string | string[] }>
  remove?: string[]
}

export const phraseOptionsSchema: OptionSchema = {
  type: 'object',
  properties: {
    add: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            required: ['phrase'],
            additionalProperties: false,
            properties: {
              phrase: { type: 'string', minLength: 1 },
              message: { type: 'string' },
              suggest: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            },
          },
        ],
      },
    },
    remove: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
}

