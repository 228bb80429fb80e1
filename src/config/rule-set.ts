// Every rule a config can name: the built-ins, a plugin's and the team's own phrase rules.
import { builtinLoaders, builtinMetas } from '../../rules/index.ts'
import type { Rule, RuleMeta } from '../types.ts'
import type { CustomPhraseRule } from './types.ts'
import { literalPattern } from '../lint/sentences.ts'

export interface RuleSource {
  meta: RuleMeta
  load: () => Promise<Rule>
}

export class RuleSet {
  readonly rules = new Map<string, RuleSource>()

  static builtin(): RuleSet {
    const set = new RuleSet()
    for (const meta of builtinMetas) {
      set.rules.set(meta.id, { meta, load: async () => (await builtinLoaders[meta.id]()).default })
    }
    return set
  }

  clone(): RuleSet {
    const set = new RuleSet()
    for (const [k, v] of this.rules) set.rules.set(k, v)
    return set
  }

  addRule(rule: Rule): void {
    this.rules.set(rule.meta.id, { meta: rule.meta, load: async () => rule })
  }

  addPhraseRule(id: string, def: CustomPhraseRule, from: string): void {
    const meta: RuleMeta = {
      id,
      kind: 'phrase',
      description: def.message ?? `Team phrase rule from ${from}`,
      recommended: def.severity === 'off' || def.severity === 0 ? 'off' : def.severity === 'warn' || def.severity === 1 ? 'warn' : 'error',
      url: from,
      schema: { type: 'object' },
      hasSuggestions: def.suggest !== undefined,
      fixable: def.fix === true,
    }
    this.rules.set(id, {
      meta,
      load: async () => {
        const { phraseRule } = await import('../lint/phrase-rule.ts')
        const suggest = def.suggest === undefined ? undefined : ([] as string[]).concat(def.suggest)
        return {
          meta,
          plugin: phraseRule([
            {
              id,
              // `match` holds literal words; `pattern` regular expressions, already checked by
              // safe-regex2 at load (validatePhrasePatterns) so none can backtrack catastrophically.
              match: [...(def.match ?? []).map(literalPattern), ...(def.pattern ?? [])],
              message: def.message ?? '`{actual}` is on the team list of phrases to avoid',
              suggest,
              fix: def.fix === true && suggest !== undefined,
            },
          ]),
        }
      },
    })
  }

  get ids(): string[] {
    return [...this.rules.keys()]
  }

  get metas(): RuleMeta[] {
    return [...this.rules.values()].map((r) => r.meta)
  }
}
