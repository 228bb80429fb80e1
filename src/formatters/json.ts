// ESLint's JSON result array, with the vfile extras (actual/expected/note/url) kept on messages.
// Streamed a file at a time: the same text as JSON.stringify of the whole array.
import { wholeFrom, type Formatter, type StreamingFormatter } from './types.ts'

export const streaming: StreamingFormatter = {
  begin: () => '[',
  file: (result, _context, index) => (index ? ',' : '') + JSON.stringify(result),
  end: () => ']',
}

const json: Formatter = wholeFrom(streaming)
export default json
