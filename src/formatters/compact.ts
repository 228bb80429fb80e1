// Only the problem lines of `unix`: nothing else, so `wc -l` counts problems.
import type { Formatter } from './types.ts'
import { problemLines } from './unix.ts'

const compact: Formatter = (results, { cwd }) => {
  const lines = problemLines(results, cwd)
  return lines.length ? lines.join('\n') + '\n' : ''
}
export default compact
