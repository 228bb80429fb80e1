// The built-in rules. Metadata is loaded eagerly (config validation and presets need it); a
// rule's code only when a config turns the rule on. Adding a rule: a folder and a line in each list.
import type { Rule, RuleMeta } from '../src/types.ts'
import negativePhrasing from './negative-phrasing/meta.ts'
import shouting from './shouting/meta.ts'
import vagueCommitment from './vague-commitment/meta.ts'

export const builtinMetas: RuleMeta[] = [
  negativePhrasing,
  shouting,
  vagueCommitment,
]

export const builtinLoaders: Record<string, () => Promise<{ default: Rule }>> = {
  'negative-phrasing': () => import('./negative-phrasing/index.ts'),
  shouting: () => import('./shouting/index.ts'),
  'vague-commitment': () => import('./vague-commitment/index.ts'),
}
