import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'vague-commitment',
  kind: 'phrase',
  description: 'Promises with no time ("we\'ll get back to you soon")',
  recommended: 'warn',
  url: ruleUrl('vague-commitment'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
}

export default meta
