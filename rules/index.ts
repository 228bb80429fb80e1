// The built-in rules. Metadata is loaded eagerly (config validation and presets need it); a
// rule's code only when a config turns a rule on. Adding a rule: a folder and a line in each list
// (builtin.ts too, unless it is as heavy and rarely on as readability).
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

// One dynamic import serves every rule but readability (see builtin.ts): the first rule a config
// turns on loads them all, which costs less than a chunk per rule. Still lazy: a run that only
// lists rules or validates a config loads no rule code.
const fromBuiltin = (id: string) => async (): Promise<{ default: Rule }> => ({ default: (await import('./builtin.ts')).rules[id] })

export const builtinLoaders: Record<string, () => Promise<{ default: Rule }>> = {
  'negative-phrasing': fromBuiltin('negative-phrasing'),
  'blame-language': fromBuiltin('blame-language'),
  'canned-phrases': fromBuiltin('canned-phrases'),
  shouting: fromBuiltin('shouting'),
  'vague-commitment': fromBuiltin('vague-commitment'),
  overpromising: fromBuiltin('overpromising'),
  'passing-the-buck': fromBuiltin('passing-the-buck'),
  'minimizing-language': fromBuiltin('minimizing-language'),
  readability: () => import('./readability/index.ts'),
  'require-acknowledgement': fromBuiltin('require-acknowledgement'),
  'require-next-steps': fromBuiltin('require-next-steps'),
  'require-checkback': fromBuiltin('require-checkback'),
  'require-greeting': fromBuiltin('require-greeting'),
  'require-signoff': fromBuiltin('require-signoff'),
}
