// Paths as reports show them: relative to the folder the user ran us in, `/`-separated so a report
// made on Windows reads the same in CI; `<stdin>` and other pseudo-paths stay as they are.
import { isAbsolute, relative, sep } from 'node:path'

export function isPseudoPath(filePath: string): boolean {
  return filePath.startsWith('<')
}

export function displayPath(filePath: string, cwd: string): string {
  if (isPseudoPath(filePath) || !isAbsolute(filePath)) return filePath
  const rel = relative(cwd, filePath)
  return (rel || filePath).split(sep).join('/')
}

/** Inside `cwd` (so a relative path is meaningful to a CI checkout), not `..`-escaping it. */
export function isInside(filePath: string, cwd: string): boolean {
  if (isPseudoPath(filePath) || !isAbsolute(filePath)) return false
  const rel = relative(cwd, filePath)
  return !!rel && !rel.startsWith('..') && !isAbsolute(rel)
}
