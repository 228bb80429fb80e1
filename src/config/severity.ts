import type { Severity } from '../types.ts'
import type { RuleSetting, SeverityInput } from './types.ts'

export const SEVERITY_NAMES = ['off', 'warn', 'error'] as const

export function toSeverity(s: SeverityInput): Severity {
  if (s === 0 || s === 'off') return 0
  if (s === 1 || s === 'warn') return 1
  return 2
}

export function isSeverity(s: unknown): s is SeverityInput {
  return s === 0 || s === 1 || s === 2 || s === 'off' || s === 'warn' || s === 'error'
}

/** `"warn"` or `["warn", {…}]` → severity and options (options absent: undefined). */
export function splitSetting(setting: RuleSetting): { severity: SeverityInput; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] as Record<string, unknown> | undefined }
  return { severity: setting }
}
