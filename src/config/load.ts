// Finds and loads configs (cosmiconfig), resolves `extends`, plugins and team phrase rules, and
// validates the result; every problem is a ConfigError naming the file, the key and what is allowed.
import type { CosmiconfigResult, PublicExplorer } from 'cosmiconfig'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Rule } from '../types.ts'
import { ConfigError } from '../errors.ts'
import { isPreset, presetConfig } from './presets.ts'
import { RuleSet } from './rule-set.ts'
import type { ConfigFile, RuleSetting } from './types.ts'
import { loadGlobs } from './globs.ts'
import { validateShape, validateRules, validatePhrasePatterns, loadValidator } from './validate.ts'
import { describeSyntaxError } from './syntax-error.ts'
import { importUserModule } from '../user-module.ts'

export { ConfigError }

export const SEARCH_PLACES = [
  'package.json',
  '.servicelintrc',
  '.servicelintrc.json',
  '.servicelintrc.yaml',
  '.servicelintrc.yml',
  '.servicelintrc.js',
  '.servicelintrc.cjs',
  '.servicelintrc.mjs',
  'servicelint.config.js',
  'servicelint.config.cjs',
  'servicelint.config.mjs',
]

/** A config with its extends chain flattened, not yet applied to a file. */
export interface LoadedConfig {
  /** The config file ('' for the built-in default). */
  filePath: string
  /** Base folder for `overrides` and `ignorePatterns`. */
  dir: string
  rules: Record<string, RuleSetting>
  overrides: Array<{ dir: string; files: string[]; excludedFiles: string[]; rules: Record<string, RuleSetting> }>
  ignorePatterns: string[]
  formats: Record<string, string>
  ruleSet: RuleSet
  /** Every config file and plugin read for it (the `--cache` key hashes their content). */
  sources?: string[]
}

// cosmiconfig (with its YAML and JSON parsers) loads only once a config may exist: a one-draft
// run without one starts without it.
let explorer: PublicExplorer | undefined
async function getExplorer(): Promise<PublicExplorer> {
  // A CommonJS module split into its own chunk: its exports are the default export.
  const mod = (await import('cosmiconfig')) as typeof import('cosmiconfig') & { default?: typeof import('cosmiconfig') }
  const { cosmiconfig } = mod.default ?? mod
  explorer ??= cosmiconfig('servicelint', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'global',
    stopDir: '/',
    packageProp: 'servicelint',
  })
  return explorer
}

/**
 * Whether cosmiconfig could find anything searching from `dir`: a search place in it or above (a
 * package.json only if it names the key), a global config folder, or a cosmiconfig meta config in
 * the working folder. When nothing exists the answer is "no config" without loading cosmiconfig.
 */
const probed = new Map<string, boolean>()
function mayHaveConfig(dir: string): boolean {
  let hit = probed.get(dir)
  if (hit === undefined) {
    const parent = dirname(dir)
    hit = SEARCH_PLACES.some((p) => candidate(join(dir, p), 'servicelint')) || (parent === dir ? mayHaveGlobalConfig() : mayHaveConfig(parent))
    probed.set(dir, hit)
  }
  return hit
}

function candidate(path: string, packageKey: string): boolean {
  if (!existsSync(path)) return false
  if (!path.endsWith('package.json')) return true
  try {
    const text = readFileSync(path, 'utf8')
    if (!text.includes(`"${packageKey}"`)) return false
    // The name alone is no config: a project that installs servicelint lists it in its
    // devDependencies, and that hit made every run load and run cosmiconfig. cosmiconfig reads only
    // the top-level key; a file JSON.parse refuses is left to it, to report.
    const json: unknown = JSON.parse(text)
    return !(json && typeof json === 'object' && !Array.isArray(json) && !Object.hasOwn(json, packageKey))
  } catch {
    return true
  }
}

function mayHaveGlobalConfig(): boolean {
  const home = homedir()
  const env = process.env
  const places = [
    join(env.XDG_CONFIG_HOME || join(home, '.config'), 'servicelint'),
    join(home, 'Library', 'Preferences', 'servicelint'),
    join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'servicelint'),
    join(process.cwd(), 'package.yaml'),
    join(process.cwd(), '.config'),
  ]
  return places.some((p) => existsSync(p)) || candidate(join(process.cwd(), 'package.json'), 'cosmiconfig')
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // cosmiconfig's first line only says which file ("JSON Error in …:"); the cause follows.
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).filter((l) => !/^(JSON|YAML) Error in .*:$/.test(l))
  return lines.slice(0, 1).join(' ') || text.split('\n')[0]
}

async function readConfig(filePath: string): Promise<ConfigFile> {
  let result: CosmiconfigResult
  try {
    result = await (await getExplorer()).load(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ConfigError(`${filePath}: config file not found`)
    throw new ConfigError(describeSyntaxError(filePath, error))
  }
  return (result?.config ?? {}) as ConfigFile
}

/** Folder → nearest config file path ('' for none). */
const searchCache = new Map<string, Promise<string>>()
export function findConfigFile(dir: string): Promise<string> {
  let hit = searchCache.get(dir)
  if (!hit) {
    hit = !mayHaveConfig(dir) ? Promise.resolve('') : getExplorer().then((e) => e.search(dir)).then(
      (r) => (r && !r.isEmpty ? r.filepath : r?.filepath ?? ''),
      (error: unknown) => {
        const file = (error as { filepath?: string }).filepath ?? dir
        throw new ConfigError(describeSyntaxError(file, error))
      },
    )
    searchCache.set(dir, hit)
  }
  return hit
}

const loadCache = new Map<string, Promise<LoadedConfig>>()

/** Forget every found and loaded config, so the next lint reads them again (the language server
 * calls this when a config file changes on disk). */
export function clearConfigCache(): void {
  searchCache.clear()
  loadCache.clear()
  probed.clear()
  explorer?.clearCaches()
}

/** Load a config file (or the default, for ''), flattening extends. Cached per file. */
export function loadConfig(filePath: string): Promise<LoadedConfig> {
  let hit = loadCache.get(filePath)
  if (!hit) {
    hit = load(filePath)
    loadCache.set(filePath, hit)
  }
  return hit
}

async function load(filePath: string): Promise<LoadedConfig> {
  const ruleSet = RuleSet.builtin()
  const base: LoadedConfig = {
    filePath,
    dir: filePath ? dirname(filePath) : process.cwd(),
    rules: {},
    overrides: [],
    ignorePatterns: [],
    formats: {},
    ruleSet,
    sources: [],
  }
  if (!filePath) {
    apply(base, presetConfig('servicelint:recommended', ruleSet.metas), base.dir)
    return base
  }
  const own = await readConfig(filePath)
  await flatten(own, filePath, base, [filePath])
  return base
}

// `dir` is where the config's paths resolve from: the file's folder, or the working folder for a
// config given as an object.
async function flatten(config: ConfigFile, file: string, into: LoadedConfig, chain: string[], dir = dirname(file)): Promise<void> {
  await loadValidator()
  validateShape(config, file)
  if (chain.length) into.sources?.push(file)
  await validatePhrasePatterns(config, file)
  // The default applies only when nothing is extended: a config that extends a preset means it.
  const extendsList = config.extends === undefined ? ['servicelint:recommended'] : ([] as string[]).concat(config.extends)
  for (const plugin of config.plugins ?? []) {
    into.sources?.push(resolveModule(plugin, dir, file, 'plugins'))
    await loadPlugin(plugin, dir, file, into.ruleSet)
  }
  for (const [id, def] of Object.entries(config.phrases ?? {})) into.ruleSet.addPhraseRule(id, def, file)
  for (const name of extendsList) {
    if (isPreset(name)) {
      apply(into, presetConfig(name, into.ruleSet.metas), dir)
      continue
    }
    if (name.startsWith('servicelint:')) {
      throw new ConfigError(`${file}: extends: unknown preset "${name}"; allowed: servicelint:recommended, servicelint:strict, servicelint:all, a path or a package`)
    }
    const target = resolveModule(name, dir, file, 'extends')
    if (chain.includes(target)) {
      throw new ConfigError(`${file}: extends: cycle ${[...chain, target].join(' → ')}`)
    }
    // Say which key pointed at a missing file, not just that some file is missing.
    if (!existsSync(target)) throw new ConfigError(`${file}: extends: "${name}" not found (${target})`)
    await flatten(await readConfig(target), target, into, [...chain, target])
  }
  // A team phrase rule is on at its own severity unless `rules` says otherwise.
  for (const [id, def] of Object.entries(config.phrases ?? {})) {
    into.rules[id] = def.severity ?? 'error'
  }
  validateRules(config.rules ?? {}, into.ruleSet, file, 'rules')
  config.overrides?.forEach((o, i) => validateRules(o.rules ?? {}, into.ruleSet, file, `overrides[${i}].rules`))
  apply(into, config, dir)
  if (into.overrides.length) await loadGlobs()
}

function apply(into: LoadedConfig, config: ConfigFile, dir: string): void {
  for (const [id, setting] of Object.entries(config.rules ?? {})) into.rules[id] = mergeSetting(into.rules[id], setting)
  for (const o of config.overrides ?? []) {
    into.overrides.push({
      dir,
      files: ([] as string[]).concat(o.files),
      excludedFiles: ([] as string[]).concat(o.excludedFiles ?? []),
      rules: o.rules ?? {},
    })
  }
  for (const p of config.ignorePatterns ?? []) into.ignorePatterns.push(p)
  Object.assign(into.formats, config.formats ?? {})
}

/** A severity alone keeps the options set before it, as in ESLint. */
export function mergeSetting(before: RuleSetting | undefined, after: RuleSetting): RuleSetting {
  if (Array.isArray(after) || before === undefined || !Array.isArray(before)) return after
  return [after, ...before.slice(1)] as RuleSetting
}

function resolveModule(name: string, dir: string, file: string, key: string): string {
  if (name.startsWith('.') || isAbsolute(name)) return resolve(dir, name)
  try {
    return createRequire(resolve(dir, 'noop.js')).resolve(name)
  } catch {
    throw new ConfigError(`${file}: ${key}: cannot find package "${name}" (install it next to the config)`)
  }
}

async function loadPlugin(name: string, dir: string, file: string, ruleSet: RuleSet): Promise<void> {
  const path = resolveModule(name, dir, file, 'plugins')
  let mod: Record<string, unknown>
  try {
    mod = await importUserModule(pathToFileURL(path).href)
  } catch (error) {
    throw new ConfigError(`${file}: plugins: cannot load "${name}": ${oneLine(error)}`)
  }
  const exported = (mod.default ?? mod) as { rules?: Record<string, Rule> | Rule[] }
  const rules = Array.isArray(exported.rules) ? exported.rules : Object.values(exported.rules ?? {})
  if (!rules.length) throw new ConfigError(`${file}: plugins: "${name}" exports no rules (expected { rules: [{ meta, plugin }] })`)
  for (const rule of rules) {
    if (!rule?.meta?.id || typeof rule.plugin !== 'function') {
      throw new ConfigError(`${file}: plugins: "${name}" has a rule without meta.id or plugin()`)
    }
    ruleSet.addRule(rule)
  }
}

/** What errors in a config given as an object (the API's `config` option) are attributed to. */
export const INLINE_CONFIG = 'config option'

/**
 * A config given as an object: validated and flattened exactly as a config file in `dir` would be
 * (no `extends` means servicelint:recommended; `plugins` and `extends` paths resolve from `dir`).
 */
export async function loadInlineConfig(config: unknown, dir: string): Promise<LoadedConfig> {
  const into: LoadedConfig = { filePath: INLINE_CONFIG, dir, rules: {}, overrides: [], ignorePatterns: [], formats: {}, ruleSet: RuleSet.builtin(), sources: [] }
  await flatten(config as ConfigFile, INLINE_CONFIG, into, [], dir)
  return into
}

export async function configForExplicitFile(path: string): Promise<LoadedConfig> {
  return loadConfig(resolve(path))
}
