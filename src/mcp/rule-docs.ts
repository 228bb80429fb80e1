// Rule metadata with its docs, for the MCP rules resources. Docs are rules/<id>/docs.md in the
// package; a rule without one (a team phrase rule, a plugin, a rule still being written) has none.
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RuleMeta } from '../types.ts'

export interface RuleEntry {
  id: string
  description: string
  kind: RuleMeta['kind']
  recommended: RuleMeta['recommended']
  fixable: boolean
  hasSuggestions: boolean
  url: string
  /** The rule's docs page as Markdown, or null when it has none. */
  docs: string | null
}

// The bundle runs from dist/ (or a chunk beside it), the sources from src/mcp/: walk up to our own
// package.json rather than assume a depth.
let root: string | undefined
export function packageRoot(): string {
  if (root) return root
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && isOurs(manifest)) return (root = dir)
    const up = dirname(dir)
    if (up === dir) return (root = process.cwd())
    dir = up
  }
}

function isOurs(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'servicelint'
  } catch {
    return false
  }
}

export async function ruleDocs(id: string): Promise<string | null> {
  // Ids come from rule metadata, but a resource URI is client input: keep it to one folder name.
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(id)) return null
  try {
    return await readFile(join(packageRoot(), 'rules', id, 'docs.md'), 'utf8')
  } catch {
    return null
  }
}

export async function ruleEntries(metas: RuleMeta[]): Promise<RuleEntry[]> {
  return Promise.all(
    metas.map(async (m) => ({
      id: m.id,
      description: m.description,
      kind: m.kind,
      recommended: m.recommended,
      fixable: !!m.fixable,
      hasSuggestions: !!m.hasSuggestions,
      url: m.url,
      docs: await ruleDocs(m.id),
    })),
  )
}
