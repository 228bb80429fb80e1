import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const strings = { type: 'array', items: { type: 'string', minLength: 1 } }

const meta: RuleMeta = {
  id: 'shouting',
  kind: 'phrase',
  description: 'All-caps words and runs of exclamation marks',
  recommended: 'warn',
  url: ruleUrl('shouting'),
  schema: {
    type: 'object',
    properties: {
      allow: strings,
      add: strings,
      remove: { type: 'array', items: { enum: ['caps-word', 'caps-run', 'punctuation-run', 'exclamations'] } },
      maxExclamations: { type: 'integer', minimum: 0 },
    },
    additionalProperties: false,
  },
  defaultOptions: { allow: [], add: [], remove: [], maxExclamations: 2 },
  hasSuggestions: true,
  fixable: true,
}

export default meta
