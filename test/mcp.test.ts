// The MCP server through the real CLI process, driven by the SDK's own client.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { BIN, cli } from './helpers.ts'

const BAD = "Unfortunately we can't refund this order. As I already explained, you should have read our policy.\n"
const CONFIG = { phrases: { 'no-kindly': { match: ['kindly note that'], suggest: 'please note', fix: true, message: 'Drop the stock phrase' } } }
const KINDLY = 'Hi Jo,\n\nKindly note that the refund is on its way. Kindly note that it takes three days.\n\nThanks,\nAl\n'

interface Message {
  ruleId: string
  severity: number
  line: number
  column: number
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>
}

let client: Client
let dir: string
const protocolErrors: Error[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-mcp-'))
  writeFileSync(join(dir, '.servicelintrc.json'), JSON.stringify(CONFIG))
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, '--mcp'], cwd: dir, stderr: 'inherit' })
  client = new Client({ name: 'servicelint-test', version: '0' })
  // A line on stdout that isn't JSON-RPC (a stray log) surfaces here.
  client.onerror = (error) => protocolErrors.push(error)
  await client.connect(transport)
})

afterAll(async () => {
  await client?.close()
})

// callTool's result type is a union with the legacy `toolResult` shape; ours always has content.
function text(result: unknown): string {
  const [first] = (result as { content: Array<{ type: string; text: string }> }).content
  expect(first.type).toBe('text')
  return first.text
}

describe('servicelint --mcp', () => {
  test('lists lint_draft and fix_draft with input schemas', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['fix_draft', 'lint_draft'])
    const lint = tools.find((t) => t.name === 'lint_draft')!
    expect(lint.inputSchema.required).toEqual(['text'])
    expect(Object.keys(lint.inputSchema.properties ?? {}).sort()).toEqual(['filename', 'rules', 'text'])
    expect(lint.annotations?.readOnlyHint).toBe(true)
    expect(client.getInstructions()).toMatch(/lint_draft/)
  })

  test('lint_draft returns the messages with suggestions, as text and as structured content', async () => {
    const result = await client.callTool({ name: 'lint_draft', arguments: { text: BAD } })
    expect(result.isError).toBeFalsy()
    const structured = result.structuredContent as { errorCount: number; messages: Message[] }
    expect(JSON.parse(text(result))).toEqual(structured)
    const first = structured.messages[0]
    expect(first).toMatchObject({ ruleId: 'negative-phrasing', line: 1, column: 1, severity: 2 })
    expect(structured.messages.some((m) => m.suggestions?.length)).toBe(true)
    expect(structured.errorCount).toBe(structured.messages.filter((m) => m.severity === 2).length)
  })

  test('lint_draft applies rule settings like --rule, and the filename picks the format', async () => {
    const warned = await client.callTool({ name: 'lint_draft', arguments: { text: BAD, rules: { 'negative-phrasing': 'warn' } } })
    const messages = (warned.structuredContent as { messages: Message[] }).messages
    expect(messages.filter((m) => m.ruleId === 'negative-phrasing').map((m) => m.severity)).toContain(1)
    expect(messages.filter((m) => m.ruleId === 'negative-phrasing').every((m) => m.severity === 1)).toBe(true)

    const off = await client.callTool({ name: 'lint_draft', arguments: { text: BAD, rules: { 'negative-phrasing': 'off' } } })
    expect((off.structuredContent as { messages: Message[] }).messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)

    // The example in the tool's description is valid: a severity with options.
    const options = await client.callTool({ name: 'lint_draft', arguments: { text: BAD, rules: { readability: ['warn', { age: 12 }] } } })
    expect(options.isError).toBeFalsy()

    // In Markdown, code is not prose: the same words inside backticks are not flagged.
    const md = await client.callTool({ name: 'lint_draft', arguments: { text: "Run `we can't` in the console.\n", filename: 'reply.md' } })
    expect((md.structuredContent as { messages: Message[] }).messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)
  })

  test('a bad call is a tool error the model can read', async () => {
    const unknown = await client.callTool({ name: 'lint_draft', arguments: { text: BAD, rules: { 'no-such-rule': 'warn' } } })
    expect(unknown.isError).toBe(true)
    expect(text(unknown)).toMatch(/no-such-rule/)
    const format = await client.callTool({ name: 'lint_draft', arguments: { text: BAD, filename: 'reply.py' } })
    expect(format.isError).toBe(true)
    expect(text(format)).toMatch(/not a format/)
  })

  test('fix_draft returns the draft with every safe fix applied', async () => {
    const result = await client.callTool({ name: 'fix_draft', arguments: { text: KINDLY } })
    expect(result.isError).toBeFalsy()
    const fixed = text(result)
    expect(fixed).not.toMatch(/kindly/i)
    expect(fixed).toMatch(/^Hi Jo,\n\nPlease note .*Please note /)
    // The same text `--fix` gives for the same draft under the same config.
    const r = cli(['--stdin', '--stdin-filename', join(dir, 'draft.txt'), '--fix-dry-run', '--format', 'json'], { input: KINDLY, cwd: dir })
    expect(fixed).toBe((JSON.parse(r.stdout) as Array<{ output?: string }>)[0].output)
    expect(result.structuredContent).toMatchObject({ output: fixed, passes: expect.any(Number) })
    // Suggestions that need judgement are not applied.
    const bad = await client.callTool({ name: 'fix_draft', arguments: { text: BAD } })
    expect(text(bad)).toBe(BAD)
    expect((bad.structuredContent as { remaining: Message[] }).remaining.length).toBeGreaterThan(0)
  })

  test('the rules resource lists every rule with its docs; each rule has its own page', async () => {
    const { resources } = await client.listResources()
    expect(resources.map((r) => r.uri)).toContain('servicelint://rules')
    expect(resources.map((r) => r.uri)).toContain('servicelint://rules/negative-phrasing')

    const list = await client.readResource({ uri: 'servicelint://rules' })
    expect(list.contents[0].mimeType).toBe('application/json')
    const rules = JSON.parse(String((list.contents[0] as { text: string }).text)) as Array<{ id: string; description: string; url: string; docs: string | null }>
    const ids = rules.map((r) => r.id)
    expect(ids).toContain('negative-phrasing')
    // The team's phrase rule from the working folder's config is listed too.
    expect(ids).toContain('no-kindly')
    for (const rule of rules) {
      expect(rule.description.length).toBeGreaterThan(0)
      // Docs are the rule's docs.md in the package, or null (team rules, rules not yet documented).
      const docs = join('rules', rule.id, 'docs.md')
      expect(rule.docs).toBe(existsSync(docs) ? readFileSync(docs, 'utf8') : null)
    }

    const page = await client.readResource({ uri: 'servicelint://rules/no-kindly' })
    expect(page.contents[0]).toMatchObject({ mimeType: 'text/markdown', text: expect.stringContaining('# no-kindly') })
    await expect(client.readResource({ uri: 'servicelint://rules/nope' })).rejects.toThrow(/no rule "nope"/)
  })

  test('nothing but protocol on stdout', () => {
    expect(protocolErrors).toEqual([])
  })
})
