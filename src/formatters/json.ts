// ESLint's JSON result array, with the vfile extras (actual/expected/note/url) kept on messages.
import type { Formatter } from './types.ts'

const json: Formatter = (results) => JSON.stringify(results)
export default json
