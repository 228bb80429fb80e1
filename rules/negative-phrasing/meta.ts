import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'negative-phrasing',
  kind: 'phrase',
  description: 'Refusals and negative framing ("unfortunately", "we can\'t") where a positive reframe reads better',
  recommended: 'error',
  url: ruleUrl('negative-phrasing'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
}

export default meta
