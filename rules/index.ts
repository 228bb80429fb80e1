// The built-in rules. Metadata is loaded eagerly (config validation and presets need it); a
// rule's code only when a config turns the rule on. Adding a rule: a folder and a line in each list.
import type { Rule, RuleMeta } from '../src/types.ts'
import negativePhrasing from './negative-phrasing/meta.ts'
import blameLanguage from './blame-language/meta.ts'
import cannedPhrases from './canned-phrases/meta.ts'
import shouting from './shouting/meta.ts'
import vagueCommitment from './vague-commitment/meta.ts'
import overpromising from './overpromising/meta.ts'
import passingTheBuck from './passing-the-buck/meta.ts'
import minimizingLanguage from './minimizing-language/meta.ts'
import readability from './readability/meta.ts'
import requireAcknowledgement from './require-acknowledgement/meta.ts'
import requireNextSteps from './require-next-steps/meta.ts'
import requireCheckback from './require-checkback/meta.ts'
import requireGreeting from './require-greeting/meta.ts'
import requireSignoff from './require-signoff/meta.ts'

export const builtinMetas: RuleMeta[] = [
  negativePhrasing,
  blameLanguage,
  cannedPhrases,
  shouting,
  vagueCommitment,
  overpromising,
  passingTheBuck,
  minimizingLanguage,
  readability,
  requireAcknowledgement,
  requireNextSteps,
  requireCheckback,
  requireGreeting,
  requireSignoff,
]

export const builtinLoaders: Record<string, () => Promise<{ default: Rule }>> = {
  'negative-phrasing': () => import('./negative-phrasing/index.ts'),
  'blame-language': () => import('./blame-language/index.ts'),
  'canned-phrases': () => import('./canned-phrases/index.ts'),
  shouting: () => import('./shouting/index.ts'),
  'vague-commitment': () => import('./vague-commitment/index.ts'),
  overpromising: () => import('./overpromising/index.ts'),
  'passing-the-buck': () => import('./passing-the-buck/index.ts'),
  'minimizing-language': () => import('./minimizing-language/index.ts'),
  readability: () => import('./readability/index.ts'),
  'require-acknowledgement': () => import('./require-acknowledgement/index.ts'),
  'require-next-steps': () => import('./require-next-steps/index.ts'),
  'require-checkback': () => import('./require-checkback/index.ts'),
  'require-greeting': () => import('./require-greeting/index.ts'),
  'require-signoff': () => import('./require-signoff/index.ts'),
}
