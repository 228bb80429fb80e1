// The language server through the real CLI process, driven with raw JSON-RPC as an editor would.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { afterEach, describe, expect, test } from 'vitest'
import { minimalEdit } from '../src/lsp/actions.ts'
import { BIN, cli } from './helpers.ts'
import { LspClient, applyEdits } from './lsp/client.ts'
import type { LintMessage } from '../src/types.ts'

const BAD = "Unfortunately we can't refund this order. As I already explained, you should have read our policy.\n"
// A team phrase rule with a safe fix, so fix-all has something to do whatever the built-in rules fix.
const CONFIG = { phrases: { 'no-kindly': { match: ['kindly note that'], suggest: 'please note', fix: true, message: 'Drop the stock phrase' } } }
const KINDLY = 'Hi Jo,\n\nKindly note that the refund is on its way. Kindly note that it takes three days.\n\nThanks,\nAl\n'

let client: LspClient | undefined
afterEach(async () => {
  client?.child.kill()
  client = undefined
})

function workspace(files: Record<string, string> = {}): { dir: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'sl-lsp-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href }
}

function open(c: LspClient, uri: string, text: string, languageId = 'plaintext'): void {
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
}

function change(c: LspClient, uri: string, version: number, text: string): void {
  c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })
}

// The CLI's --format json messages: the engine's own type.
type CliMessage = LintMessage

/** What the CLI reports for this text as this file: the reference the server must agree with. */
function cliMessages(text: string, dir: string, name: string): CliMessage[] {
  const r = cli(['--stdin', '--stdin-filename', join(dir, name), '--format', 'json'], { input: text, cwd: dir })
  return (JSON.parse(r.stdout) as Array<{ messages: CliMessage[] }>)[0].messages
}

/** What `--fix` would make of this text as this file. */
function cliFixed(text: string, dir: string, name: string): string {
  const r = cli(['--stdin', '--stdin-filename', join(dir, name), '--fix-dry-run', '--format', 'json'], { input: text, cwd: dir })
  return (JSON.parse(r.stdout) as Array<{ output?: string }>)[0].output ?? text
}

function asDiagnostic(m: CliMessage) {
  return {
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 } },
    severity: m.severity === 2 ? 1 : 2,
    source: 'servicelint',
    code: m.ruleId,
    ...(m.url ? { codeDescription: { href: m.url.includes(':') ? m.url : pathToFileURL(m.url).href } } : {}),
    message: m.message,
  }
}

function splice(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
}

const wholeDoc = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }

describe('servicelint --lsp', () => {
  test('diagnostics on open match the CLI; quick fixes carry each fix and suggestion; change re-lints', async () => {
    const ws = workspace()
    client = new LspClient(ws.dir)
    const init = await client.initialize(pathToFileURL(ws.dir).href)
    expect(init.capabilities.textDocumentSync).toBe(1)
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.servicelint'])

    const uri = ws.uri('reply.txt')
    open(client, uri, BAD)
    const expected = cliMessages(BAD, ws.dir, 'reply.txt')
    expect(expected.length).toBeGreaterThan(0)
    const diagnostics = await client.diagnostics(uri, 1)
    expect(diagnostics).toEqual(expected.map(asDiagnostic))
    expect(diagnostics[0]).toMatchObject({ source: 'servicelint', code: 'negative-phrasing', codeDescription: { href: expect.stringMatching(/^https:/) } })

    // The cursor inside a message with suggestions: one action per fix or suggestion of every
    // message under the cursor, each an edit of this document version that does what it says.
    const target = expected.find((m) => m.suggestions?.length)!
    const at = { line: target.line - 1, character: target.column }
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics } })
    const quick = actions.filter((a: { kind: string }) => a.kind === 'quickfix')
    const under = expected.filter((m) => m.line - 1 === at.line && m.column - 1 <= at.character && at.character <= m.endColumn! - 1)
    const wantTexts = new Set(under.flatMap((m) => [m.fix, ...(m.suggestions ?? []).map((x) => x.fix)].filter((f) => f !== undefined).map((f) => splice(BAD, f!))))
    expect(quick.length).toBe(wantTexts.size)
    for (const action of quick) {
      const [edit] = action.edit.documentChanges
      expect(edit.textDocument).toEqual({ uri, version: 1 })
      expect(wantTexts.has(applyEdits(BAD, edit.edits))).toBe(true)
      expect(action.diagnostics).toHaveLength(1)
    }

    const GOOD = 'Hi Sam,\n\nThe refund went out today; you should see it by Friday.\n\nBest,\nAl\n'
    change(client, uri, 2, GOOD)
    const after = await client.diagnostics(uri, 2)
    expect(after).toEqual(cliMessages(GOOD, ws.dir, 'reply.txt').map(asDiagnostic))
    expect(after).not.toEqual(diagnostics)
    expect(await client.stop()).toBe(0)
  })

  test('typing bursts are debounced: one lint for the last version', async () => {
    const ws = workspace()
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href)
    const uri = ws.uri('burst.txt')
    open(client, uri, 'Hi,\n')
    await client.diagnostics(uri, 1)
    for (let v = 2; v <= 6; v++) change(client, uri, v, BAD.slice(0, v * 10))
    change(client, uri, 7, BAD)
    const last = await client.diagnostics(uri, 7)
    expect(last.length).toBeGreaterThan(0)
    const published = client.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri)
    expect(published.map((m) => m.params.version)).toEqual([1, 7])
  })

  test('fix all applies every safe fix as one minimal edit', async () => {
    const ws = workspace({ '.servicelintrc.json': JSON.stringify(CONFIG) })
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href, {})
    const uri = ws.uri('kindly.txt')
    open(client, uri, KINDLY)
    const diagnostics = await client.diagnostics(uri, 1)
    expect(diagnostics.filter((d: { code: string }) => d.code === 'no-kindly')).toHaveLength(2)
    // A team rule's docs are its config file: the link is a file URI, not a bare path.
    expect(diagnostics.find((d: { code: string }) => d.code === 'no-kindly').codeDescription.href).toBe(ws.uri('.servicelintrc.json'))

    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: wholeDoc, context: { diagnostics: [], only: ['source.fixAll'] } })
    expect(actions.map((a: { kind: string }) => a.kind)).toEqual(['source.fixAll.servicelint'])
    // Without documentChanges support the client gets plain `changes`.
    const edits = actions[0].edit.changes[uri]
    expect(edits).toHaveLength(1)
    expect(edits[0].range.start).toEqual({ line: 2, character: 0 })
    const fixed = applyEdits(KINDLY, edits)
    expect(fixed).not.toMatch(/kindly/i)
    expect(fixed).toMatch(/^Hi Jo,\n\nPlease note .*Please note /)
    expect(fixed).toBe(cliFixed(KINDLY, ws.dir, 'kindly.txt'))

    // The preferred quick fix for one message is that message's fix.
    const quick = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, context: { diagnostics: [], only: ['quickfix'] } })
    const ours = quick.filter((a: { title: string }) => a.title.endsWith('(no-kindly)'))
    expect(ours).toHaveLength(1)
    expect(ours[0]).toMatchObject({ title: 'Replace “Kindly note that” with “Please note” (no-kindly)', isPreferred: true })
  })

  test('a changed config file is read again and open drafts re-linted', async () => {
    const ws = workspace({ '.servicelintrc.json': JSON.stringify(CONFIG) })
    client = new LspClient(ws.dir)
    // A client that watches files: the server asks it to, and leaves the watching to it.
    await client.initialize(pathToFileURL(ws.dir).href, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } })
    const registration = await client.waitFor((m) => m.method === 'client/registerCapability')
    expect(registration.params.registrations[0]).toMatchObject({ method: 'workspace/didChangeWatchedFiles' })
    expect(registration.params.registrations[0].registerOptions.watchers[0].globPattern).toMatch(/^\*\*\/\{.*\.servicelintrc\.json.*\}$/)
    const uri = ws.uri('kindly.txt')
    open(client, uri, KINDLY)
    expect((await client.diagnostics(uri, 1)).some((d: { code: string }) => d.code === 'no-kindly')).toBe(true)

    const seen = client.received.length
    writeFileSync(join(ws.dir, '.servicelintrc.json'), JSON.stringify({ ...CONFIG, rules: { 'no-kindly': 'off' } }))
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.servicelintrc.json'), type: 2 }] })
    const relinted = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000, seen)
    expect(relinted.params.diagnostics.some((d: { code: string }) => d.code === 'no-kindly')).toBe(false)

    // A broken config is shown on the draft instead of failing silently.
    writeFileSync(join(ws.dir, '.servicelintrc.json'), '{ "rules": ')
    const before = client.received.length
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.servicelintrc.json'), type: 2 }] })
    const broken = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000, before)
    expect(broken.params.diagnostics).toHaveLength(1)
    expect(broken.params.diagnostics[0].message).toMatch(/servicelintrc\.json/)
  })

  test('without a client that watches files, the server notices a config saved on disk itself', async () => {
    const ws = workspace({ '.servicelintrc.json': JSON.stringify(CONFIG) })
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href, { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } })
    const uri = ws.uri('kindly.txt')
    open(client, uri, KINDLY)
    expect((await client.diagnostics(uri, 1)).some((d: { code: string }) => d.code === 'no-kindly')).toBe(true)
    const seen = client.received.length
    // Saved the way editors do: a new file renamed over the old one.
    const tmp = join(ws.dir, '.servicelintrc.json.tmp')
    writeFileSync(tmp, JSON.stringify({ ...CONFIG, rules: { 'no-kindly': 'off' } }))
    renameSync(tmp, join(ws.dir, '.servicelintrc.json'))
    const relinted = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000, seen)
    expect(relinted.params.diagnostics.some((d: { code: string }) => d.code === 'no-kindly')).toBe(false)
  })

  test('a byte order mark kept in the buffer shifts line 1, and edits still land on the words', async () => {
    const ws = workspace()
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href, {})
    const uri = ws.uri('bom.txt')
    const text = '\uFEFF' + BAD
    open(client, uri, text)
    const expected = cliMessages(BAD, ws.dir, 'bom.txt')
    const diagnostics = await client.diagnostics(uri, 1)
    expect(diagnostics.map((d: { range: { start: { character: number } } }) => d.range.start.character)).toEqual(expected.map((m) => m.column))
    const target = expected.find((m) => m.suggestions?.length)!
    const at = { line: 0, character: target.column }
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })
    const edited = actions.map((action: { edit: { changes: Record<string, []> } }) => applyEdits(text, action.edit.changes[uri]))
    expect(edited).toContain('\uFEFF' + splice(BAD, target.fix ?? target.suggestions![0].fix))
  })

  test('files that are not drafts, or ignored, are left alone; unsaved buffers are linted by language', async () => {
    const ws = workspace({ '.servicelintignore': 'archive/\n', '.servicelintrc.json': JSON.stringify({ ignorePatterns: ['*.old.txt'] }) })
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href)
    const code = ws.uri('script.py')
    open(client, code, `# ${BAD}`, 'python')
    expect(await client.diagnostics(code, 1)).toEqual([])
    for (const name of ['archive/reply.txt', 'reply.old.txt']) {
      open(client, ws.uri(name), BAD)
      expect(await client.diagnostics(ws.uri(name), 1)).toEqual([])
    }
    open(client, ws.uri('reply.txt'), BAD)
    expect((await client.diagnostics(ws.uri('reply.txt'), 1)).length).toBeGreaterThan(0)

    open(client, 'untitled:Untitled-1', `# Reply\n\n${BAD}`, 'markdown')
    const untitled = await client.diagnostics('untitled:Untitled-1', 1)
    expect(untitled.map((d: { range: { start: { line: number } } }) => d.range.start.line)).toContain(2)

    client.notify('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } })
    const cleared = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === 'untitled:Untitled-1' && m.params.version === undefined)
    expect(cleared.params.diagnostics).toEqual([])
  })
})

// A real editor: Neovim's built-in client (Debian's 0.7 or newer) attached to `servicelint --lsp`.
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' })
const hasNvim = nvim.status === 0
if (!hasNvim) console.log('skipping the Neovim end-to-end test: nvim is not installed (apt-get install neovim)')

describe.skipIf(!hasNvim)('servicelint --lsp in headless Neovim', () => {
  test('shows diagnostics, applies a code action, re-lints the edited buffer', () => {
    const ws = workspace({ 'draft.txt': BAD })
    const out = join(ws.dir, 'result.json')
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${resolve('test/fixtures-nvim/servicelint.lua')}`], {
      env: { ...process.env, SL_OUT: out, SL_NODE: process.execPath, SL_BIN: BIN, SL_DRAFT: join(ws.dir, 'draft.txt') },
      encoding: 'utf8',
      timeout: 60000,
    })
    expect(run.error).toBeUndefined()
    const result = JSON.parse(readFileSync(out, 'utf8'))
    expect(result.error).toBeUndefined()

    const draft = join(ws.dir, 'draft.txt')
    const before = cliMessages(BAD, ws.dir, 'draft.txt')
    const asNvim = (m: CliMessage) => ({ lnum: m.line - 1, col: m.column - 1, end_col: m.endColumn! - 1, message: m.message, source: 'servicelint', severity: m.severity === 2 ? 1 : 2 })
    expect(result.before).toEqual(before.map(asNvim))
    // The first action offered on the first diagnostic is that message's fix, else its first suggestion.
    const first = before[0]
    const fix = first.fix ?? first.suggestions![0].fix
    expect(result.titles.length).toBeGreaterThan(0)
    const edited = splice(BAD, fix)
    // The edit reached the buffer, the buffer was saved, and the server re-linted the edited text.
    expect(result.lines.join('\n') + '\n').toBe(edited)
    expect(readFileSync(draft, 'utf8')).toBe(edited)
    expect(result.after).toEqual(cliMessages(edited, ws.dir, 'draft.txt').map(asNvim))
  })
})

describe('fix-all edit', () => {
  // The edit replaces only what changed; applied to the old text it must give the new one exactly,
  // whatever the line endings and astral characters around the change.
  test('minimalEdit turns any text into any other', () => {
    const alphabet = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '😀', '😁', 'é')
    const text = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, (before, after) => {
        const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, before)
        const edit = minimalEdit(doc, before, after)
        const start = doc.offsetAt(edit.range.start)
        const end = doc.offsetAt(edit.range.end)
        expect(before.slice(0, start) + edit.newText + before.slice(end)).toBe(after)
        expect(TextDocument.applyEdits(doc, [edit])).toBe(after)
      }),
      { numRuns: 2000 },
    )
  })
})
