import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'require-checkback',
  kind: 'document',
  description: 'The reply must check back with the customer ("Does that work for you?")',
  recommended: 'error',
  url: ruleUrl('require-checkback'),
  schema: { type: 'object', properties: {}, additionalProperties: false },
  hasSuggestions: true,
}

export default meta
