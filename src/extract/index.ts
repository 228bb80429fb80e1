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

// Loaded on demand: a plain-text lint should not pay for the Markdown or HTML parsers. A format whose
// extractor has a fast path (markdown-plain.ts, html-fast.ts) says which sources still need its full
// parser, which loads on the first such document.
interface Loaded {
  extract: Extractor
  needsParser?: (source: string) => boolean
}
const always = () => true
const LOADERS: Record<FormatName, () => Promise<Loaded>> = {
  text: async () => ({ extract: extractPlain }),
  template: async () => ({ extract: (await import('./template.ts')).extractTemplate }),
  markdown: async () => {
    const m = await import('./markdown.ts')
    return { extract: m.extractMarkdown, needsParser: m.needsMarkdownParser }
  },
  html: async () => {
    const m = await import('./html.ts')
    return { extract: m.extractHtml, needsParser: m.needsHtmlParser }
  },
  eml: async () => ({ extract: (await import('./eml.ts')).extractEml, needsParser: always }),
  json: async () => ({ extract: (await import('./macros.ts')).extractMacros, needsParser: always }),
}
const PARSERS: Partial<Record<FormatName, () => Promise<unknown>>> = {
  markdown: () => import('./markdown-parse.ts'),
  html: () => import('./html-parse.ts'),
  eml: () => import('./html-parse.ts'),
  json: () => import('./html-parse.ts'),
}

// Once per format: a dynamic import of a module already loaded still resolves it again, per file.
const loaded = new Map<FormatName, Promise<Loaded>>()

function extractorFor(format: FormatName): Promise<Loaded> {
  let extractor = loaded.get(format)
  if (!extractor) {
    loaded.set(format, (extractor = LOADERS[format]()))
    // A failed load is tried again by the next file, as before.
    extractor.catch(() => loaded.delete(format))
  }
  return extractor
}

export async function extract(format: FormatName, source: string, filePath: string): Promise<Extraction> {
  return await (await extractorFor(format)).extract(source, filePath)
}

/**
 * Load the extractors of these formats now, and the full parsers they may need: for `source` (a
 * `--stdin` run's one draft) only if its fast path does not take it, else always. The CLI does it
 * before a small run switches optimised regexp code off, so the launcher can load their bundles with
 * a code cache (bin/servicelint.js). A load that fails is left for `extract` to report on the file
 * that needs it.
 */
export async function preloadExtractors(formats: Iterable<FormatName | undefined>, source?: string): Promise<void> {
  await Promise.all(
    [...new Set(formats)].map(async (f) => {
      if (!f) return
      try {
        const { needsParser } = await extractorFor(f)
        if (needsParser && (source === undefined || needsParser(source))) await PARSERS[f]?.()
      } catch {
        // reported by `extract`
      }
    }),
  )
}
