import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'require-acknowledgement',
  kind: 'document',
  description: 'The reply must acknowledge the customer: an apology, empathy or thanks (apology or empathy when they are upset)',
  recommended: 'error',
  url: ruleUrl('require-acknowledgement'),
  schema: { type: 'object', properties: {}, additionalProperties: false },
  hasSuggestions: true,
}

export default meta
