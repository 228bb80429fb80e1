import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'readability',
  kind: 'phrase',
  description: 'Sentences too hard to read for the configured reading age',
  recommended: 'warn',
  url: ruleUrl('readability'),
}

export default meta
