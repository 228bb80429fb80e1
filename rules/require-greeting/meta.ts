import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'require-greeting',
  kind: 'document',
  description: 'The reply must open with a greeting',
  recommended: 'off',
  strictOnly: true,
  url: ruleUrl('require-greeting'),
  schema: { type: 'object', properties: {}, additionalProperties: false },
  hasSuggestions: true,
}

export default meta
