// A bare LSP client for tests: JSON-RPC with Content-Length framing over the real CLI's stdio.
// Every byte on stdout must parse as a frame, so stray output fails the test that caused it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { BIN } from '../helpers.ts'

export interface RpcMessage {
  jsonrpc: '2.0'
  id?: number
  method?: string
  params?: any
  result?: any
  error?: { code: number; message: string }
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams
  readonly received: RpcMessage[] = []
  stderr = ''
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private waiters: Array<() => void> = []

  constructor(cwd: string, args: string[] = []) {
    this.child = spawn(process.execPath, [BIN, '--lsp', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk))
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n')
      if (head < 0) return
      const header = this.buffer.subarray(0, head).toString('ascii')
      const match = /^Content-Length: (\d+)$/im.exec(header)
      if (!match) throw new Error(`not an LSP frame on stdout: ${JSON.stringify(header.slice(0, 80))}`)
      const end = head + 4 + Number(match[1])
      if (this.buffer.length < end) return
      const message = JSON.parse(this.buffer.subarray(head + 4, end).toString('utf8')) as RpcMessage
      this.received.push(message)
      this.buffer = this.buffer.subarray(end)
      // The server's own requests (client/registerCapability, …) get an empty success, as from a
      // client that did what was asked.
      if (message.id !== undefined && message.method) this.send({ id: message.id, result: null })
      for (const wake of this.waiters.splice(0)) wake()
    }
  }

  send(message: Omit<RpcMessage, 'jsonrpc'>): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message })
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params })
  }

  async request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++
    this.send({ id, method, params })
    const reply = await this.waitFor((m) => m.id === id && m.method === undefined)
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`)
    return reply.result
  }

  /** The first message (already received or still to come) that matches, skipping `after` earlier ones. */
  async waitFor(match: (m: RpcMessage) => boolean, timeoutMs = 10000, after = 0): Promise<RpcMessage> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const hit = this.received.slice(after).find(match)
      if (hit) return hit
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`timed out; received: ${JSON.stringify(this.received.map((m) => m.method ?? m.id))}; stderr: ${this.stderr}`)
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          wake()
        })
      })
    }
  }

  /** The next diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number): Promise<any[]> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version).then((m) => m.params.diagnostics)
  }

  async initialize(rootUri: string, capabilities: unknown = { workspace: { workspaceEdit: { documentChanges: true } } }): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri, capabilities })
    this.notify('initialized', {})
    return result
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode
    const exited = new Promise<number | null>((done) => this.child.once('exit', (code) => done(code)))
    await this.request('shutdown', null)
    this.notify('exit', null)
    return exited
  }
}

type Position = { line: number; character: number }
type TextEdit = { range: { start: Position; end: Position }; newText: string }

/** Apply LSP text edits to a text the way a client does (all ranges refer to the text before). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  const offset = (p: Position) => Math.min(starts[p.line] + p.character, text.length)
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end))
  return text
}
