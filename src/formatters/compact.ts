// Only the problem lines of `unix`: nothing else, so `wc -l` counts problems.
import { wholeFrom, type Formatter } from './types.ts'
import { lineStreaming } from './unix.ts'

export const streaming = lineStreaming(false)

const compact: Formatter = wholeFrom(streaming)
export default compact
