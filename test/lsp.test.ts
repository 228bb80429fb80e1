// The language server through the real CLI process, driven with raw JSON-RPC as an editor would.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, test } from 'vitest'
import { LspClient, applyEdits } from './lsp/client.ts'

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

const wholeDoc = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }

describe('servicelint --lsp', () => {
  test('diagnostics on open, quick fixes with edits, new diagnostics on change', async () => {
    const ws = workspace()
    client = new LspClient(ws.dir)
    const init = await client.initialize(pathToFileURL(ws.dir).href)
    expect(init.capabilities.textDocumentSync).toBe(1)
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.servicelint'])

    const uri = ws.uri('reply.txt')
    open(client, uri, BAD)
    const diagnostics = await client.diagnostics(uri, 1)
    const first = diagnostics.find((d) => d.range.start.character === 0)
    expect(first).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } },
      severity: 1,
      source: 'servicelint',
      code: 'negative-phrasing',
      codeDescription: { href: expect.stringMatching(/^https:\/\/.*negative-phrasing/) },
      message: expect.any(String),
    })

    // The cursor on "can't": only that message's suggestions, each an edit of this document version.
    const cant = { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } }
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: cant, context: { diagnostics } })
    const quick = actions.filter((a: { kind: string }) => a.kind === 'quickfix')
    expect(quick.length).toBeGreaterThan(0)
    for (const action of quick) {
      expect(action.diagnostics[0].code).toBe('negative-phrasing')
      const [change] = action.edit.documentChanges
      expect(change.textDocument).toEqual({ uri, version: 1 })
      const fixed = applyEdits(BAD, change.edits)
      expect(fixed).not.toContain("can't")
      expect(fixed.startsWith('Unfortunately ')).toBe(true)
    }

    change(client, uri, 2, 'Hi Sam,\n\nThe refund went out today; you should see it by Friday.\n\nBest,\nAl\n')
    const after = await client.diagnostics(uri, 2)
    expect(after.some((d: { code: string }) => d.code === 'negative-phrasing')).toBe(false)
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
    expect(applyEdits(KINDLY, edits)).toBe('Hi Jo,\n\nPlease note the refund is on its way. Please note it takes three days.\n\nThanks,\nAl\n')

    // The preferred quick fix for one message is that message's fix.
    const quick = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, context: { diagnostics: [], only: ['quickfix'] } })
    expect(quick).toHaveLength(1)
    expect(quick[0]).toMatchObject({ title: 'Replace “Kindly note that” with “Please note” (no-kindly)', isPreferred: true })
  })

  test('a changed config file is read again and open drafts re-linted', async () => {
    const ws = workspace({ '.servicelintrc.json': JSON.stringify(CONFIG) })
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href)
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

  test('files that are not drafts are left alone; unsaved buffers are linted by language', async () => {
    const ws = workspace()
    client = new LspClient(ws.dir)
    await client.initialize(pathToFileURL(ws.dir).href)
    const code = ws.uri('script.py')
    open(client, code, `# ${BAD}`, 'python')
    expect(await client.diagnostics(code, 1)).toEqual([])

    open(client, 'untitled:Untitled-1', `# Reply\n\n${BAD}`, 'markdown')
    const untitled = await client.diagnostics('untitled:Untitled-1', 1)
    expect(untitled.map((d: { range: { start: { line: number } } }) => d.range.start.line)).toContain(2)

    client.notify('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } })
    const cleared = await client.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === 'untitled:Untitled-1' && m.params.version === undefined)
    expect(cleared.params.diagnostics).toEqual([])
  })
})
