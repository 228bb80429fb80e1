// Most of a one-draft run is V8 compiling the rules' large regular expressions on their first use.
// V8 runs a new pattern in its bytecode interpreter first and compiles it only on the second use
// ("tier-up"); our cue patterns backtrack a lot, and their first, interpreted run cost more than
// compiling them outright (require-next-steps' instruction cues: ~80 ms interpreted vs ~6 ms
// compiled and run). Two more of its regexp optimisations cost more than they return at that scale: the bytecode peephole
// pass (no measurable gain even over 1,000 drafts) and optimised code generation (pays only once a
// batch runs long: +25% CPU over 1,000 drafts without it, −60% of a cold start). Flags change how a
// pattern is compiled, never what it matches. They are process-wide, so they are set once, before
// the first lint (and so before any worker starts).
import { setFlagsFromString } from 'node:v8'

/** Below this many files a run is start-up bound: skip optimised regexp code too. */
export const SMALL_RUN_FILES = 100

// The flags this run turned off (V8 has them all on by default), once tuned.
let turnedOff: string[] | undefined

export function tuneRegExpCompilation(files: number): void {
  if (turnedOff) return
  turnedOff = ['regexp-tier-up', 'regexp-peephole-optimization']
  if (files < SMALL_RUN_FILES) turnedOff.push('regexp-optimization')
  for (const flag of turnedOff) setFlagsFromString(`--no-${flag}`)
}

/**
 * Put back the flags `tuneRegExpCompilation` changed. V8 accepts a code cache only under the flags
 * it was made with, and the launcher makes its caches at the end of a run (bin/servicelint.js).
 */
export function restoreRegExpCompilation(): void {
  if (!turnedOff) return
  for (const flag of turnedOff) setFlagsFromString(`--${flag}`)
  turnedOff = undefined
}

/**
 * Whether this run's flags are set. The launcher loads a bundle with its code cache only before
 * they are (a cache is taken only under the flags it was made with, and flags must not change
 * while worker threads may be compiling): the CLI loads the extractors a run needs first.
 */
export function regExpFlagsTuned(): boolean {
  return turnedOff !== undefined
}
