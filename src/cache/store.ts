// `--cache`: results of files whose text and settings have not changed since the last run. The
// whole file is dropped when servicelint's version or rule code differs; an entry is reused only
// when its key (text hash + everything the file's config decides) matches. Written atomically, so
// an interrupted run leaves the old cache or the new one, never half of one.
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { LintResult } from '../types.ts'
import { buildId } from './build-id.ts'

export const DEFAULT_CACHE_LOCATION = '.servicelintcache'

interface Entry {
  key: string
  result: LintResult
}

interface CacheFile {
  build: string
  entries: Record<string, Entry>
}

export class LintCache {
  readonly location: string
  private readonly old: Record<string, Entry>
  private readonly fresh = new Map<string, Entry>()
  private dirty = false

  private constructor(location: string, old: Record<string, Entry>) {
    this.location = location
    this.old = old
  }

  /** Opens the cache at `location`; a missing, unreadable or foreign file is an empty cache. */
  static open(location: string): LintCache {
    let old: Record<string, Entry> = {}
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as CacheFile
      if (data && data.build === buildId() && typeof data.entries === 'object') old = data.entries
    } catch {
      // First run, or a cache from something else: start empty.
    }
    return new LintCache(location, old)
  }

  get(path: string, key: string): LintResult | undefined {
    const hit = this.old[path]
    if (hit?.key !== key) return undefined
    this.fresh.set(path, hit)
    return hit.result
  }

  set(path: string, key: string, result: LintResult): void {
    this.fresh.set(path, { key, result })
    this.dirty = true
  }

  /** Writes the cache: this run's entries, plus earlier ones whose file still exists. */
  save(): void {
    const entries: Record<string, Entry> = {}
    for (const [path, entry] of Object.entries(this.old)) {
      if (this.fresh.has(path)) continue
      if (existsSync(path)) entries[path] = entry
      else this.dirty = true
    }
    if (!this.dirty) return
    for (const [path, entry] of this.fresh) entries[path] = entry
    const body: CacheFile = { build: buildId(), entries }
    const tmp = `${this.location}.${process.pid}.tmp`
    try {
      writeFileSync(tmp, JSON.stringify(body))
      renameSync(tmp, this.location)
    } catch (error) {
      try {
        unlinkSync(tmp)
      } catch {
        // Nothing was written.
      }
      throw error
    }
  }
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to put it in. */
export function cacheLocation(cwd: string, option: string | undefined): string {
  const path = resolve(cwd, option ?? DEFAULT_CACHE_LOCATION)
  if (option && (/[\\/]$/.test(option) || isDir(path))) return join(path, DEFAULT_CACHE_LOCATION)
  return path
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
