// The MCP tools: lint a draft (messages with suggestions, as `--format json` gives them) and fix a
// draft (every safe fix, as `--fix` would). Linting goes through the same Linter as the CLI.
import { z } from 'zod'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { RuleSetting } from '../config/types.ts'
import { ServicelintError } from '../errors.ts'
import { Linter, type LinterOptions } from '../lint/linter.ts'
import { fixText } from './fix.ts'

const severity = z.union([z.enum(['off', 'warn', 'error']), z.literal(0), z.literal(1), z.literal(2)])

export const lintInput = {
  text: z.string().describe('The reply draft to check.'),
  filename: z
    .string()
    .optional()
    .describe('A file name for the draft (need not exist): its extension picks the format (.txt, .md, .html, .eml, …), its folder the config. Default: plain text with the config of the working folder.'),
  rules: z
    .record(z.string(), z.union([severity, z.array(z.unknown()).min(1)]))
    .optional()
    .describe('Rule settings applied last, like --rule: {"negative-phrasing": "warn", "require-greeting": "off", "readability": ["warn", {"age": 12}]}.'),
}

export const fixInput = { text: lintInput.text, filename: lintInput.filename }

const message = z.looseObject({
  ruleId: z.string().nullable(),
  severity: z.union([z.literal(1), z.literal(2)]),
  message: z.string(),
  line: z.number(),
  column: z.number(),
})

export const lintOutput = {
  errorCount: z.number(),
  warningCount: z.number(),
  fixableErrorCount: z.number(),
  fixableWarningCount: z.number(),
  messages: z.array(message).describe('ESLint-shaped messages: 1-based line/column, range (offsets), actual, expected, suggestions [{desc, fix: {range, text}}], fix when safe, url.'),
}

export const fixOutput = {
  output: z.string().describe('The draft with every safe fix applied.'),
  passes: z.number().describe('How many fix passes changed the text (0: nothing to fix).'),
  remaining: z.array(message).describe('Messages left in the fixed draft (they need a person: see their suggestions).'),
}

type Base = Pick<LinterOptions, 'cwd' | 'configFile' | 'configLookup' | 'rules'>

export interface LintArgs {
  text: string
  filename?: string
  rules?: Record<string, unknown>
}

// A plain-text draft with no file name is linted as text under the working folder's config.
const TEXT = '<text>'

export async function lintDraft(base: Base, args: LintArgs): Promise<CallToolResult> {
  return reportingErrors(async () => {
    const linter = new Linter({ ...base, rules: { ...base.rules, ...(args.rules as Record<string, RuleSetting> | undefined) } })
    const r = await linter.lintText(args.text, args.filename ?? TEXT)
    const structured = {
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      messages: r.messages,
    }
    return { content: [{ type: 'text', text: JSON.stringify(structured, null, 2) }], structuredContent: structured }
  })
}

export async function fixDraft(base: Base, args: LintArgs): Promise<CallToolResult> {
  return reportingErrors(async () => {
    const outcome = await fixText(new Linter(base), args.text, args.filename ?? TEXT)
    const structured = { output: outcome.output, passes: outcome.passes, remaining: outcome.result.messages }
    return { content: [{ type: 'text', text: outcome.output }], structuredContent: structured }
  })
}

// A bad rule setting or an unknown file extension is the caller's to correct: say so as a tool
// error (which the model reads) rather than a protocol error (which it may never see).
async function reportingErrors(run: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof ServicelintError) return { isError: true, content: [{ type: 'text', text: error.message }] }
    throw error
  }
}
