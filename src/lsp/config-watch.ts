// For clients that can't watch files for us (Neovim before 0.9, some others): watch the folders
// where a draft's config could be, ourselves, and report when a config file there changes.
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import { SEARCH_PLACES } from '../config/load.ts'

/** Changes within this window come from one save (editors write, rename, touch). */
const SETTLE_MS = 100

export class ConfigWatcher {
  private readonly watchers = new Map<string, FSWatcher | null>()
  /** File names that matter besides the search places: configs reached by `extends`, plugins. */
  private readonly names = new Set<string>([...SEARCH_PLACES, '.servicelintignore'])
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly onChange: () => void) {}

  /** Watch every folder a config for `draft` may be found in, and the folders of its sources. */
  track(draft: string, sources: string[]): void {
    for (const source of sources) {
      this.names.add(basename(source))
      this.watchFolder(dirname(source))
    }
    // Folders, not files: editors save by writing a new file and renaming it over the old one,
    // which ends a watch on the file; and a config created later must be noticed too.
    for (let dir = dirname(draft); ; dir = dirname(dir)) {
      this.watchFolder(dir)
      if (dirname(dir) === dir) break
    }
  }

  close(): void {
    clearTimeout(this.timer)
    for (const w of this.watchers.values()) w?.close()
    this.watchers.clear()
  }

  private watchFolder(dir: string): void {
    if (this.watchers.has(dir)) return
    let watcher: FSWatcher | null = null
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name && this.names.has(basename(name.toString()))) this.changed()
      })
      // A folder that goes away, or a watch the system refuses later: stop quietly.
      watcher.on('error', () => watcher?.close())
    } catch {
      // Unreadable or too many watches: config reload then needs a restart, linting still works.
    }
    this.watchers.set(dir, watcher)
  }

  private changed(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(this.onChange, SETTLE_MS)
  }
}
