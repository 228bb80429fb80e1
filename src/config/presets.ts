// The three presets, derived from each rule's metadata so a new rule joins them by its meta alone.
import type { RuleMeta } from '../types.ts'
import type { ConfigFile, RuleSetting } from './types.ts'

export const PRESETS = ['servicelint:recommended', 'servicelint:strict', 'servicelint:all'] as const
export type Preset = (typeof PRESETS)[number]

export function isPreset(name: string): name is Preset {
  return (PRESETS as readonly string[]).includes(name)
}

export function presetConfig(name: Preset, metas: RuleMeta[]): ConfigFile {
  const rules: Record<string, RuleSetting> = {}
  for (const m of metas) {
    if (name === 'servicelint:all') rules[m.id] = 'warn'
    else if (name === 'servicelint:strict') rules[m.id] = 'error'
    else rules[m.id] = m.strictOnly ? 'off' : m.recommended
  }
  return { rules }
}
