// The linting session behind the CLI and the API: config per file, then the engine.
import { dirname, resolve } from 'node:path'
import { activeRules, settingsForFile } from '../config/for-file.ts'
import { findConfigFile, loadConfig, loadInlineConfig, type LoadedConfig } from '../config/load.ts'
import type { ConfigFile, RuleSetting } from '../config/types.ts'
import { loadValidator, validateRules } from '../config/validate.ts'
import { formatOf, type FormatName } from '../extract/index.ts'
import { ConfigError, InputError } from '../errors.ts'
import type { LintResult } from '../types.ts'
import { lintSource, type ActiveRule } from './engine.ts'

export interface LinterOptions {
  cwd?: string
  /** A config file that replaces lookup. */
  configFile?: string
  /** A config object that replaces lookup, read as a config file in `cwd` would be. */
  config?: ConfigFile
  /** Look configs up from each file's folder (default true). */
  configLookup?: boolean
  /** Rules set on the command line, applied last. */
  rules?: Record<string, RuleSetting>
  /** Report inline directives that suppress nothing (as ESLint's flag: errors). */
  reportUnusedDisableDirectives?: boolean
}

export class Linter {
  readonly cwd: string
  /** As given; worker threads build their own Linter from it. */
  readonly options: LinterOptions
  private readonly validated = new WeakSet<LoadedConfig>()
  /** Per config without overrides, where every file gets the same rules: resolved once. */
  private readonly sameForAll = new WeakMap<LoadedConfig, Promise<ActiveRule[]>>()
  private inline?: Promise<LoadedConfig>

  constructor(options: LinterOptions = {}) {
    this.options = options
    this.cwd = resolve(options.cwd ?? process.cwd())
  }

  /** The config that applies to a file (which need not exist). */
  async configFor(filePath: string): Promise<LoadedConfig> {
    const { configFile, configLookup = true } = this.options
    let config: LoadedConfig
    if (this.options.config !== undefined) {
      // Two configs that each replace lookup: neither can win without surprising someone.
      if (configFile) throw new ConfigError('give either `config` or `configFile`, not both')
      config = await (this.inline ??= loadInlineConfig(this.options.config, this.cwd))
    } else if (configFile) config = await loadConfig(resolve(this.cwd, configFile))
    else if (!configLookup) config = await loadConfig('')
    else config = await loadConfig(await findConfigFile(dirname(resolve(this.cwd, filePath))))
    if (!this.validated.has(config)) {
      if (Object.keys(this.options.rules ?? {}).length) await loadValidator()
      validateRules(this.options.rules ?? {}, config.ruleSet, '--rule', 'rules')
      this.validated.add(config)
    }
    return config
  }

  async settingsFor(filePath: string): Promise<Record<string, RuleSetting>> {
    const abs = resolve(this.cwd, filePath)
    return settingsForFile(await this.configFor(abs), abs, this.options.rules)
  }

  private rulesFor(config: LoadedConfig, abs: string): Promise<ActiveRule[]> {
    if (config.overrides.length) return activeRules(config, settingsForFile(config, abs, this.options.rules))
    let rules = this.sameForAll.get(config)
    if (!rules) this.sameForAll.set(config, (rules = activeRules(config, settingsForFile(config, abs, this.options.rules))))
    return rules
  }

  /** Lint text as if it were the file `filePath` (which decides the format and the config). */
  async lintText(text: string, filePath = '<stdin>'): Promise<LintResult> {
    const real = filePath !== '<stdin>' && filePath !== '<text>'
    const abs = real ? resolve(this.cwd, filePath) : resolve(this.cwd, 'stdin.txt')
    const config = await this.configFor(abs)
    const format: FormatName | undefined = formatOf(abs, config.formats) ?? (real ? undefined : 'text')
    if (!format) throw new InputError(`${filePath}: not a format servicelint reads (.txt, .md, .html, .eml, .json, .liquid, .hbs, .mustache); set "formats" in the config to map it`)
    const rules = await this.rulesFor(config, abs)
    const result = await lintSource(text, real ? abs : filePath, format, rules, {
      reportUnused: this.options.reportUnusedDisableDirectives ? 2 : 0,
    })
    return result
  }
}
