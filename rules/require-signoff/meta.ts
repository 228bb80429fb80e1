import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'require-signoff',
  kind: 'document',
  description: 'The reply must end with the agent\'s name after a closing',
  recommended: 'off',
  strictOnly: true,
  url: ruleUrl('require-signoff'),
  schema: { type: 'object', properties: {}, additionalProperties: false },
  hasSuggestions: true,
}

export default meta
