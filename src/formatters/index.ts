// Formatter by name: built-ins load on demand; any other name is a package
// `servicelint-formatter-NAME` or `eslint-formatter-NAME`, or a path to a module.
import { createRequire } from 'node:module'
import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UsageError } from '../errors.ts'
import { importUserModule } from '../user-module.ts'
import type { Formatter, StreamingFormatter } from './types.ts'

const BUILTIN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.ts'),
  json: () => import('./json.ts'),
  compact: () => import('./compact.ts'),
  unix: () => import('./unix.ts'),
  github: () => import('./github.ts'),
  sarif: () => import('./sarif.ts'),
  rdjson: () => import('./rdjson.ts'),
  junit: () => import('./junit.ts'),
  summary: () => import('./summary.ts'),
  html: () => import('./html.ts'),
}

export const BUILTIN_FORMATTERS = (): string[] => Object.keys(BUILTIN)

export function registerFormatter(name: string, load: () => Promise<{ default: Formatter }>): void {
  BUILTIN[name] = load
}

export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = BUILTIN[name]
  if (builtin) return (await builtin()).default
  const req = createRequire(resolve(cwd, 'noop.js'))
  const candidates =
    name.startsWith('.') || isAbsolute(name) || /\.[cm]?js$/.test(name)
      ? [resolve(cwd, name)]
      : [`servicelint-formatter-${name}`, `eslint-formatter-${name}`, name]
  for (const candidate of candidates) {
    let path: string
    try {
      path = req.resolve(candidate)
    } catch {
      continue
    }
    let mod: { default?: unknown }
    try {
      mod = await importUserModule(pathToFileURL(path).href)
    } catch (error) {
      throw new UsageError(`--format ${name}: cannot load ${path}: ${(error as Error).message.split('\n')[0]}`)
    }
    const fn = typeof mod.default === 'function' ? mod.default : typeof mod === 'function' ? mod : undefined
    if (typeof fn !== 'function') throw new UsageError(`--format ${name}: ${path} does not export a formatter function`)
    return fn as Formatter
  }
  throw new UsageError(
    `--format ${name}: no such formatter; built in: ${Object.keys(BUILTIN).join(', ')}; or a package servicelint-formatter-${name} / eslint-formatter-${name}, or a path to a module`,
  )
}

// Built-ins whose output can be written file by file (see StreamingFormatter).
const STREAMING: Record<string, () => Promise<{ streaming: StreamingFormatter }>> = {
  stylish: () => import('./stylish.ts'),
  json: () => import('./json.ts'),
  compact: () => import('./compact.ts'),
  unix: () => import('./unix.ts'),
  github: () => import('./github.ts'),
}

/** The streaming form of a built-in formatter, or undefined when it needs every result at once. */
export async function loadStreamingFormatter(name: string): Promise<StreamingFormatter | undefined> {
  const load = STREAMING[name]
  return load ? (await load()).streaming : undefined
}
