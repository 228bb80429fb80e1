import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'overpromising',
  kind: 'phrase',
  description: 'Pie-in-the-sky promises ("I guarantee", "this will never happen again")',
  recommended: 'warn',
  url: ruleUrl('overpromising'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
}

export default meta
