import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'passing-the-buck',
  kind: 'phrase',
  description: 'Deflecting the customer to someone else ("not my department")',
  recommended: 'warn',
  url: ruleUrl('passing-the-buck'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
}

export default meta
