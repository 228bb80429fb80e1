import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'shouting',
  kind: 'phrase',
  description: 'All-caps words and runs of exclamation marks',
  recommended: 'warn',
  url: ruleUrl('shouting'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
  fixable: true,
}

export default meta
