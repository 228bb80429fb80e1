// Most of a one-draft run is V8 compiling the rules' large regular expressions on their first use.
// V8 runs a new pattern in its bytecode interpreter first and compiles it only on the second use
// ("tier-up"); our cue patterns backtrack a lot, and their first, interpreted run cost more than
// compiling them outright (require-next-steps' instruction cues: ~80 ms interpreted vs ~6 ms
// compiled and run). Two more of its regexp optimisations cost more than they return at that scale:
// the bytecode peephole pass (no measurable gain even over 1,000 drafts) and optimised code
// generation (pays only once a batch runs long: +25% CPU over 1,000 drafts without it, −60% of a
// cold start). Flags change how a pattern is compiled, never what it matches.
//
// Tier-up and the peephole pass are turned off once, before any of our code runs (the launcher,
// bin/servicelint.js, does it before it loads a bundle, and for a --stdin run optimised code too;
// `tuneRegExpCompilation` makes sure of the first two otherwise). Turning tier-up off after a pattern has run exactly once in the interpreter crashes
// V8 11 (Node 20) the next time that pattern runs, so it is never changed mid-run. Only optimised
// code generation is switched, for runs under SMALL_RUN_FILES, and back before the launcher
// writes its code caches (V8 takes a cache only under the flags it was made with).
import { setFlagsFromString } from 'node:v8'

/** Below this many files a run is start-up bound: skip optimised regexp code too. */
export const SMALL_RUN_FILES = 100

/** Off for every run, from the start. */
export const BASE_FLAGS = ['--no-regexp-tier-up', '--no-regexp-peephole-optimization']

// What the launcher set before loading the bundles (bin/servicelint.js): BASE_FLAGS, and for a
// --stdin run optimised code off as well.
const fromLauncher = (globalThis as Record<symbol, unknown>)[Symbol.for('servicelint.regexpFlags')] as string[] | undefined
let baseSet = !!fromLauncher
let lintStarted = false
// Optimised code off since before the bundles loaded (their code caches still apply).
const offFromStart = !!fromLauncher?.includes('--no-regexp-optimization')
// Optimised code switched off by this run, after the bundles loaded.
let optimizationOff = false

/** Turn off what every run turns off (the launcher has, before loading any bundle). */
function setBaseRegExpFlags(): void {
  if (baseSet) return
  baseSet = true
  for (const flag of BASE_FLAGS) setFlagsFromString(flag)
}

export function tuneRegExpCompilation(files: number): void {
  setBaseRegExpFlags()
  lintStarted = true
  if (files < SMALL_RUN_FILES && !offFromStart && !optimizationOff) {
    optimizationOff = true
    setFlagsFromString('--no-regexp-optimization')
  }
}

/** Put back what `tuneRegExpCompilation` switched for this run (the launcher writes its caches after). */
export function restoreRegExpCompilation(): void {
  if (!optimizationOff) return
  setFlagsFromString('--regexp-optimization')
  optimizationOff = false
}

/** Whether this run is about to lint, or has: the launcher writes code caches only then. */
export function startedLinting(): boolean {
  return lintStarted
}

/**
 * Whether code compiles now under the flags bundles are loaded with: the launcher uses a bundle's
 * code cache only then (a run under SMALL_RUN_FILES loads the bundles it needs before).
 */
export function compilesAsLoaded(): boolean {
  return !optimizationOff
}
