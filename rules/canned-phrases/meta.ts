import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'canned-phrases',
  kind: 'phrase',
  description: 'Robotic stock lines ("we apologize for any inconvenience", "kindly", "rest assured")',
  recommended: 'error',
  url: ruleUrl('canned-phrases'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
  fixable: true,
}

export default meta
