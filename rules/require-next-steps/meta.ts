import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'require-next-steps',
  kind: 'document',
  description: 'The reply must say what happens next: an action, an instruction or an outcome with a time',
  recommended: 'error',
  url: ruleUrl('require-next-steps'),
  schema: { type: 'object', properties: {}, additionalProperties: false },
  hasSuggestions: true,
}

export default meta
