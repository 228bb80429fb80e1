// Config validation with ajv: the file's shape, then each rule's severity and options against the
// rule's own schema. Errors name the file, the key and what is allowed.
import type AjvModule from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { configSchema } from './schema.ts'
import type { RuleSet } from './rule-set.ts'
import type { ConfigFile, RuleSetting } from './types.ts'
import { isSeverity } from './severity.ts'
import { ConfigError } from '../errors.ts'

type AjvClass = typeof AjvModule.default
type AjvInstance = InstanceType<AjvClass>
let Ajv: AjvClass | undefined
let ajv: AjvInstance | undefined
let shape: ValidateFunction | undefined
const optionValidators = new Map<string, ValidateFunction>()

/** ajv loads only when a config file or a --rule needs checking: a plain run has neither. */
export async function loadValidator(): Promise<void> {
  if (Ajv) return
  // ajv is CommonJS; its module object is the class, with the class again as `default`.
  const mod = (await import('ajv')).default as unknown as AjvClass & { default?: AjvClass }
  Ajv = mod.default ?? mod
}

function getAjv(): AjvInstance {
  if (!Ajv) throw new Error('config validation used before loadValidator()')
  ajv ??= new Ajv({ allErrors: false, strict: false, verbose: true })
  return ajv
}

function describe(e: ErrorObject): string {
  // JSON pointer segments escape `/` as ~1 (team rule ids like `team/refunds` contain one).
  const key = e.instancePath.replace(/^\//, '').split('/').map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~')).join('.') || '(top level)'
  if (e.keyword === 'required' && key.startsWith('phrases.')) return `${key}: needs "match" (literal words) or "pattern" (regular expressions)`
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty
    const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {})
    return `${key === '(top level)' ? '' : key + '.'}${extra}: unknown key; allowed: ${allowed.join(', ')}`
  }
  if (e.keyword === 'enum') return `${key}: ${e.message}: ${((e.params as { allowedValues: unknown[] }).allowedValues).map((v) => JSON.stringify(v)).join(', ')}`
  return `${key}: ${e.message}`
}

export function validateShape(config: unknown, file: string): asserts config is ConfigFile {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError(`${file}: a config must be an object`)
  }
  const check = (shape ??= getAjv().compile(configSchema))
  if (!check(config)) throw new ConfigError(`${file}: ${describe(check.errors![0])}`)
}

export function validateRules(rules: Record<string, RuleSetting>, ruleSet: RuleSet, file: string, key: string): void {
  for (const [id, setting] of Object.entries(rules)) {
    const source = ruleSet.rules.get(id)
    if (!source) {
      throw new ConfigError(`${file}: ${key}.${id}: unknown rule; known rules: ${ruleSet.ids.join(', ')}`)
    }
    const severity = Array.isArray(setting) ? setting[0] : setting
    if (!isSeverity(severity)) {
      throw new ConfigError(`${file}: ${key}.${id}: bad severity ${JSON.stringify(severity)}; allowed: "off", "warn", "error" (or 0, 1, 2), alone or as [severity, options]`)
    }
    if (Array.isArray(setting) && setting.length > 1) {
      if (setting.length > 2) throw new ConfigError(`${file}: ${key}.${id}: expected [severity, options], got ${setting.length} items`)
      const schema = source.meta.schema ?? { type: 'object', additionalProperties: false, properties: {} }
      const check = optionValidators.get(id) ?? getAjv().compile(schema)
      optionValidators.set(id, check)
      if (!check(setting[1])) {
        const e = check.errors![0]
        const path = e.instancePath.replace(/^\//, '').replaceAll('/', '.')
        throw new ConfigError(`${file}: ${key}.${id}: bad option${path ? ' ' + path : ''}: ${describeOption(e)}`)
      }
    }
  }
}

function describeOption(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty
    const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {})
    return `unknown option "${extra}"; allowed: ${allowed.join(', ') || 'none'}`
  }
  return e.message ?? 'invalid'
}

/**
 * Each team phrase `pattern` must compile and pass safe-regex2 (loaded only for a config that has
 * patterns: most have none, and it is a fair share of a cold start).
 */
export async function validatePhrasePatterns(config: ConfigFile, file: string): Promise<void> {
  const phrases = Object.entries(config.phrases ?? {})
  if (!phrases.some(([, def]) => def.pattern?.length)) return
  const { patternProblem } = await import('./safe-pattern.ts')
  for (const [id, def] of phrases) {
    def.pattern?.forEach((pattern, i) => {
      const problem = patternProblem(pattern)
      if (problem) throw new ConfigError(`${file}: phrases.${id}.pattern[${i}]: ${JSON.stringify(pattern)} ${problem}`)
    })
  }
}
