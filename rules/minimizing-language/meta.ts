import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'
import { phraseOptionsSchema } from '../../src/lint/phrase-options.ts'

const meta: RuleMeta = {
  id: 'minimizing-language',
  kind: 'phrase',
  description: 'Condescending minimisers in instructions ("just", "simply", "obviously")',
  recommended: 'off',
  strictOnly: true,
  url: ruleUrl('minimizing-language'),
  schema: phraseOptionsSchema,
  hasSuggestions: true,
  fixable: true,
}

export default meta
