// Patterns on the command line → files to lint. Files named are linted whatever they are; folders
// are walked for lintable extensions; globs are expanded here, quoted or not.
import { statSync, lstatSync, existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import ignore, { type Ignore } from 'ignore'
import { LINTABLE_EXTENSIONS } from '../extract/index.ts'
import { InputError } from '../errors.ts'

export interface Target {
  path: string
  /** Named on the command line: problems with it are errors, not skips. */
  explicit: boolean
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export function loadIgnoreFile(cwd: string, extra: string[]): Ignore {
  const ig = ignore()
  const file = join(cwd, '.servicelintignore')
  if (existsSync(file)) ig.add(readFileSync(file, 'utf8'))
  ig.add(extra)
  return ig
}

export function isIgnored(ig: Ignore, cwd: string, path: string): boolean {
  const rel = relative(cwd, path).split('\\').join('/')
  if (!rel || rel.startsWith('..')) return false
  return ig.ignores(rel)
}

export async function listTargets(patterns: string[], cwd: string, ig: Ignore): Promise<Target[]> {
  const seen = new Set<string>()
  const out: Target[] = []
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    out.push({ path, explicit })
  }
  const extGlob = `**/*.{${LINTABLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern)
    let kind: 'file' | 'dir' | 'none' = 'none'
    try {
      kind = statSync(abs).isDirectory() ? 'dir' : 'file'
    } catch (error) {
      // A dangling link or a loop is named by the user: say so rather than "no such file".
      if (isLink(abs)) throw new InputError(`${pattern}: ${(error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link'}`)
    }
    if (kind === 'file') {
      add(abs, true)
      continue
    }
    if (kind === 'dir') {
      const found = await glob(extGlob, { cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false })
      const kept = found.filter((f) => !isIgnored(ig, cwd, f)).sort()
      if (!kept.length) throw new InputError(`${pattern}: no lintable files in this folder (looked for ${LINTABLE_EXTENSIONS.join(' ')})`)
      for (const f of kept) add(f, false)
      continue
    }
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false, followSymbolicLinks: false })
      const kept = found.filter((f) => !isIgnored(ig, cwd, f)).sort()
      if (!kept.length) throw new InputError(`No files matching the pattern "${pattern}" were found`)
      for (const f of kept) add(f, false)
      continue
    }
    throw new InputError(`${pattern}: no such file or folder`)
  }
  return out
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
