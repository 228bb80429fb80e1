// Formatters for programs: `await formatters.sarif(results)` with sensible context defaults, or
// loadFormatter(name) for any name the CLI accepts (packages and paths too).
import { BUILTIN_FORMATTERS, loadFormatter } from '../formatters/index.ts'
import type { FormatterContext } from '../formatters/types.ts'
import { builtinMetas } from '../../rules/index.ts'
import type { LintResult } from '../types.ts'

export type BuiltinFormatterName = 'stylish' | 'json' | 'compact' | 'unix' | 'github' | 'sarif' | 'rdjson' | 'junit' | 'summary' | 'html'

export type FormatFunction = (results: LintResult[], context?: Partial<FormatterContext>) => Promise<string>

/** Context defaults: this process's folder, no colour, the built-in rules' metadata. */
export function formatterContext(context: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: context.cwd ?? process.cwd(),
    color: context.color ?? false,
    rulesMeta: context.rulesMeta ?? Object.fromEntries(builtinMetas.map((m) => [m.id, m])),
  }
}

function byName(name: string): FormatFunction {
  return async (results, context) => {
    const ctx = formatterContext(context)
    return (await loadFormatter(name, ctx.cwd))(results, ctx)
  }
}

const NAMES: BuiltinFormatterName[] = ['stylish', 'json', 'compact', 'unix', 'github', 'sarif', 'rdjson', 'junit', 'summary', 'html']

/** Every built-in formatter, loaded on first use. */
export const formatters: Readonly<Record<BuiltinFormatterName, FormatFunction>> = Object.freeze(
  Object.fromEntries(NAMES.map((n) => [n, byName(n)])) as Record<BuiltinFormatterName, FormatFunction>,
)

export { BUILTIN_FORMATTERS, loadFormatter }
