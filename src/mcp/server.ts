// `servicelint --mcp`: a Model Context Protocol server on stdio for AI agents, with the official
// SDK. Loaded only with --mcp. Ends when the client closes stdin.
import { resolve } from 'node:path'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CliOptions } from '../cli/options.ts'
import { parseRuleFlags } from '../cli/rule-flag.ts'
import { Linter } from '../lint/linter.ts'
import { routeConsoleToStderr } from '../lsp/stdio-guard.ts'
import { VERSION } from '../version.ts'
import { registerRuleResources } from './resources.ts'
import { fixDraft, fixInput, fixOutput, lintDraft, lintInput, lintOutput } from './tools.ts'

const INSTRUCTIONS = [
  'servicelint checks customer-support reply drafts for negative phrasing, blame, missing acknowledgement',
  'or next steps, robotic canned lines, shouting and vague promises. Call lint_draft on a draft before it',
  'is sent and rewrite what it flags (each message has suggestions); fix_draft applies only the safe',
  'mechanical fixes. Read servicelint://rules for what each rule means.',
].join(' ')

export async function serveMcp(options: CliOptions, cwd: string): Promise<number> {
  routeConsoleToStderr()
  const base = {
    cwd,
    configFile: options.config ? resolve(cwd, options.config) : undefined,
    configLookup: options.configLookup,
    rules: parseRuleFlags(options.rule),
  }
  const server = new McpServer({ name: 'servicelint', version: VERSION }, { instructions: INSTRUCTIONS })

  server.registerTool(
    'lint_draft',
    {
      title: 'Lint a support reply draft',
      description: 'Check a customer-support reply draft. Returns the problems found as JSON messages (rule, severity, position, the flagged words, suggested rewrites).',
      inputSchema: lintInput,
      outputSchema: lintOutput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) => lintDraft(base, args),
  )
  server.registerTool(
    'fix_draft',
    {
      title: 'Apply safe fixes to a draft',
      description: 'Apply every safe automatic fix to a draft (as `servicelint --fix` does) and return the fixed text. Problems that need rewording are left; lint the result to see them.',
      inputSchema: fixInput,
      outputSchema: fixOutput,
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    (args) => fixDraft(base, args),
  )
  // The rule list is that of the working folder's config (team phrase rules and plugins included).
  const linter = new Linter(base)
  registerRuleResources(server, async () => (await linter.configFor(resolve(cwd, 'draft.txt'))).ruleSet.metas)

  const transport = new StdioServerTransport()
  const closed = new Promise<void>((resolveClosed) => {
    transport.onclose = () => resolveClosed()
    process.stdin.once('end', () => void server.close())
  })
  await server.connect(transport)
  await closed
  return 0
}
