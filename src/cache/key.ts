// The cache key of one file: its text, and everything its config decides (rule settings after
// overrides and --rule, format mapping, and the content of every config file and plugin read).
import { readFileSync } from 'node:fs'
import type { LoadedConfig } from '../config/load.ts'
import type { RuleSetting } from '../config/types.ts'
import { hashOf } from './hash.ts'

const configIds = new WeakMap<LoadedConfig, string>()

function configId(config: LoadedConfig): string {
  let id = configIds.get(config)
  if (id === undefined) {
    const files = config.sources ?? (config.filePath ? [config.filePath] : [])
    id = hashOf(JSON.stringify(config.formats), ...files.flatMap((f) => [f, contentOf(f)]))
    configIds.set(config, id)
  }
  return id
}

function contentOf(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export function cacheKey(text: string, config: LoadedConfig, settings: Record<string, RuleSetting>): string {
  return hashOf(text, configId(config), JSON.stringify(settings))
}
