// `overrides[].files` globs. picomatch loads with the first config that has overrides: most
// configs have none, and a one-draft editor run should not pay for it.
import type picomatchType from 'picomatch'

let picomatch: typeof picomatchType | undefined
const matchers = new Map<string, (path: string) => boolean>()

export async function loadGlobs(): Promise<void> {
  picomatch ??= (await import('picomatch')).default
}

/** Does a path relative to the config's folder match any of `globs`? */
export function globMatcher(globs: string[]): (path: string) => boolean {
  if (!picomatch) throw new Error('globMatcher() used before loadGlobs()')
  const key = globs.join('\0')
  let m = matchers.get(key)
  if (!m) {
    // A pattern without a slash matches the file name anywhere, as in .gitignore and ESLint.
    const full = picomatch(globs, { dot: true })
    const base = picomatch(globs.filter((g) => !g.includes('/')), { dot: true, basename: true })
    matchers.set(key, (m = (p) => full(p) || base(p)))
  }
  return m
}
