// MCP resources: `servicelint://rules` (every rule the working folder's config knows, with docs) and
// `servicelint://rules/{id}` (one rule's docs page as Markdown).
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { RuleMeta } from '../types.ts'
import { ruleDocs, ruleEntries } from './rule-docs.ts'

export const RULES_URI = 'servicelint://rules'

export function registerRuleResources(server: McpServer, metas: () => Promise<RuleMeta[]>): void {
  server.registerResource(
    'rules',
    RULES_URI,
    { title: 'servicelint rules', description: 'Every rule with its id, description, default severity, fixability and docs (Markdown).', mimeType: 'application/json' },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(await ruleEntries(await metas()), null, 2) }],
    }),
  )
  server.registerResource(
    'rule-docs',
    new ResourceTemplate(`${RULES_URI}/{id}`, {
      list: async () => ({
        resources: (await metas()).map((m) => ({ uri: `${RULES_URI}/${m.id}`, name: m.id, description: m.description, mimeType: 'text/markdown' })),
      }),
    }),
    { title: 'A rule’s docs', description: 'Why the rule exists, what it flags, how to rewrite, its options.', mimeType: 'text/markdown' },
    async (uri, { id }) => {
      const ruleId = String(id)
      const meta = (await metas()).find((m) => m.id === ruleId)
      if (!meta) throw new Error(`no rule "${ruleId}" (read ${RULES_URI} for the list)`)
      // A rule from a team config or plugin has no docs page: its description is what there is.
      const text = (await ruleDocs(ruleId)) ?? `# ${meta.id}\n\n${meta.description}\n\nMore: ${meta.url}\n`
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] }
    },
  )
}
