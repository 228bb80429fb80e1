// Every built-in rule's code but readability's, in one module: the bundle makes it one chunk, so
// the recommended preset loads one file at start-up instead of a dozen rule chunks and the small
// chunks they share (module compile, resolution and realpath cost per file). readability stays
// apart: its word lists and retext-readability load only when it is on.
import type { Rule } from '../src/types.ts'
import negativePhrasing from './negative-phrasing/index.ts'
import blameLanguage from './blame-language/index.ts'
import cannedPhrases from './canned-phrases/index.ts'
import shouting from './shouting/index.ts'
import vagueCommitment from './vague-commitment/index.ts'
import overpromising from './overpromising/index.ts'
import passingTheBuck from './passing-the-buck/index.ts'
import minimizingLanguage from './minimizing-language/index.ts'
import requireAcknowledgement from './require-acknowledgement/index.ts'
import requireNextSteps from './require-next-steps/index.ts'
import requireCheckback from './require-checkback/index.ts'
import requireGreeting from './require-greeting/index.ts'
import requireSignoff from './require-signoff/index.ts'

export const rules: Record<string, Rule> = {
  'negative-phrasing': negativePhrasing,
  'blame-language': blameLanguage,
  'canned-phrases': cannedPhrases,
  shouting,
  'vague-commitment': vagueCommitment,
  overpromising,
  'passing-the-buck': passingTheBuck,
  'minimizing-language': minimizingLanguage,
  'require-acknowledgement': requireAcknowledgement,
  'require-next-steps': requireNextSteps,
  'require-checkback': requireCheckback,
  'require-greeting': requireGreeting,
  'require-signoff': requireSignoff,
}
