import type { RuleMeta } from '../../src/types.ts'
import { ruleUrl } from '../url.ts'

const meta: RuleMeta = {
  id: 'readability',
  kind: 'phrase',
  description: 'Sentences too hard to read for the configured reading age',
  recommended: 'warn',
  url: ruleUrl('readability'),
  schema: {
    type: 'object',
    properties: {
      // Reading age the reply should suit; 16 is a secondary-school reader, a fair bar for support.
      age: { type: 'integer', minimum: 5, maximum: 30 },
      // Share of retext-readability's 7 formulas that must agree a sentence is too hard.
      threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      // Shorter sentences are skipped (default 10): one long word skews every formula on a short line,
      // and a short sentence is rarely what makes a reply hard going.
      minWords: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  defaultOptions: { age: 16, threshold: 4 / 7, minWords: 10 },
}

export default meta
