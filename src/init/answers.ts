// What --init asks, its defaults, and the config the answers make. Pure: no input or output here.
import type { ConfigFile } from '../config/types.ts'

export const PRESET_CHOICES = ['recommended', 'strict', 'all'] as const
export type PresetChoice = (typeof PRESET_CHOICES)[number]

export interface HelpDesk {
  id: string
  name: string
  /** A placeholder as this help desk writes it, shown back so the team sees it is understood. */
  example: string
}

export const HELP_DESKS: readonly HelpDesk[] = [
  { id: 'zendesk', name: 'Zendesk (Liquid)', example: "Hi {{ticket.requester.first_name | default: 'there'}}," },
  { id: 'handlebars', name: 'Handlebars / Mustache', example: 'Hi {{customer.firstName}},' },
  { id: 'helpscout', name: 'Help Scout', example: 'Hi {%customer.firstName,fallback=there%},' },
  { id: 'intercom', name: 'Intercom', example: 'Hi {{first_name | fallback:"there"}},' },
  { id: 'freshdesk', name: 'Freshdesk', example: 'Hi {{ticket.requester.name}},' },
]

export interface InitAnswers {
  preset: PresetChoice
  ignorePatterns: string[]
  helpDesks: string[]
  /** Extra file extensions holding macros, linted as templates (e.g. ".tmpl"). */
  templateExtensions: string[]
}

export const DEFAULT_ANSWERS: InitAnswers = { preset: 'recommended', ignorePatterns: [], helpDesks: [], templateExtensions: [] }

/** "a, b c" → ['a', 'b', 'c']; empty input → []. */
export function splitList(input: string): string[] {
  return input.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean)
}

export function parsePreset(input: string): PresetChoice | undefined {
  const t = input.trim().toLowerCase()
  if (!t) return DEFAULT_ANSWERS.preset
  const byNumber = PRESET_CHOICES[Number(t) - 1]
  if (/^\d+$/.test(t)) return byNumber
  return PRESET_CHOICES.find((p) => p === t || p.startsWith(t))
}

/** Numbers or names from HELP_DESKS; undefined when something isn't one of them. */
export function parseHelpDesks(input: string): string[] | undefined {
  const out: string[] = []
  for (const item of splitList(input.toLowerCase())) {
    const desk = /^\d+$/.test(item) ? HELP_DESKS[Number(item) - 1] : HELP_DESKS.find((d) => d.id === item || d.id.startsWith(item))
    if (!desk) return undefined
    if (!out.includes(desk.id)) out.push(desk.id)
  }
  return out
}

export function parseExtensions(input: string): string[] | undefined {
  const out = splitList(input).map((e) => (e.startsWith('.') ? e : '.' + e).toLowerCase())
  return out.every((e) => /^\.[a-z0-9][a-z0-9_-]*$/.test(e)) ? out : undefined
}

export function configFrom(answers: InitAnswers): ConfigFile {
  const config: ConfigFile = { extends: `servicelint:${answers.preset}` }
  if (answers.ignorePatterns.length) config.ignorePatterns = answers.ignorePatterns
  if (answers.templateExtensions.length) {
    config.formats = Object.fromEntries(answers.templateExtensions.map((e) => [e, 'template']))
  }
  return config
}
