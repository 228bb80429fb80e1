// Liquid, Handlebars and Mustache templates: the plain pipeline already reads tags as placeholders
// and conditionals as branches; templates add inline directives in their comment syntax.
import { templateDirectives } from './directive-comments.ts'
import { plainDraft } from './plain.ts'
import type { Extraction } from './types.ts'

export function extractTemplate(source: string): Extraction {
  return { drafts: [plainDraft(source)], directives: templateDirectives(source) }
}
