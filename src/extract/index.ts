// Picks the extractor for a file by its extension (or a configured override).
import { extname } from 'node:path'
import { extractPlain } from './plain.ts'
import type { Extraction, Extractor } from './types.ts'

export type FormatName = 'text' | 'markdown' | 'html' | 'eml' | 'json' | 'template'

const BY_EXTENSION: Record<string, FormatName> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'eml',
  '.json': 'json',
  '.liquid': 'template',
  '.hbs': 'template',
  '.handlebars': 'template',
  '.mustache': 'template',
}

export const LINTABLE_EXTENSIONS = Object.keys(BY_EXTENSION)

export function formatOf(filePath: string, overrides: Record<string, string> = {}): FormatName | undefined {
  const ext = extname(filePath).toLowerCase()
  const forced = overrides[ext] ?? overrides[ext.slice(1)]
  if (forced && isFormat(forced)) return forced
  return BY_EXTENSION[ext]
}

export function isFormat(name: string): name is FormatName {
  return ['text', 'markdown', 'html', 'eml', 'json', 'template'].includes(name)
}

// Loaded on demand: a plain-text lint should not pay for the Markdown or HTML parsers. The Markdown
// and HTML extractors have fast paths (markdown-plain.ts, html-fast.ts) and load their full parsers
// on the first document they need them for; PARSERS lets a run load those up front.
const LOADERS: Record<FormatName, () => Promise<Extractor>> = {
  text: async () => extractPlain,
  template: async () => (await import('./template.ts')).extractTemplate,
  markdown: async () => (await import('./markdown.ts')).extractMarkdown,
  html: async () => (await import('./html.ts')).extractHtml,
  eml: async () => (await import('./eml.ts')).extractEml,
  json: async () => (await import('./macros.ts')).extractMacros,
}
const PARSERS: Partial<Record<FormatName, () => Promise<unknown>>> = {
  markdown: () => import('./markdown-parse.ts'),
  html: () => import('./html-parse.ts'),
  eml: () => import('./html-parse.ts'),
  json: () => import('./html-parse.ts'),
}

// Once per format: a dynamic import of a module already loaded still resolves it again, per file.
const loaded = new Map<FormatName, Promise<Extractor>>()

function extractorFor(format: FormatName): Promise<Extractor> {
  let extractor = loaded.get(format)
  if (!extractor) {
    loaded.set(format, (extractor = LOADERS[format]()))
    // A failed load is tried again by the next file, as before.
    extractor.catch(() => loaded.delete(format))
  }
  return extractor
}

export async function extract(format: FormatName, source: string, filePath: string): Promise<Extraction> {
  return await (await extractorFor(format))(source, filePath)
}

/**
 * Load the extractors of these formats now, and with `parsers` the full parsers they may need. The
 * CLI does it before a small run over files switches optimised regexp code off, so the launcher can
 * load their bundles with a code cache (bin/servicelint.js); a --stdin run never switches it, so
 * its parser can load when a draft needs it. A load that fails is left for `extract` to report on
 * the file that needs it.
 */
export async function preloadExtractors(formats: Iterable<FormatName | undefined>, { parsers = true } = {}): Promise<void> {
  await Promise.all(
    [...new Set(formats)].map(async (f) => {
      if (!f) return
      try {
        await extractorFor(f)
        if (parsers) await PARSERS[f]?.()
      } catch {
        // reported by `extract`
      }
    }),
  )
}
