import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'blame-language',
  kind: 'phrase',
  description: 'Lecturing or blaming the customer ("you should have", "as I already explained")',
  recommended: 'error',
  url: ruleUrl('blame-language'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
}

export default meta
