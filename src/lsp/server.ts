// `servicelint --lsp`: a language server on stdio. Diagnostics on open and (debounced) on change,
// quick fixes for every fix and suggestion, a fix-all source action, and config reload when a
// config file changes. Loaded only with --lsp, so plain CLI runs never pay for it.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { CliOptions } from '../cli/options.ts'
import { parseRuleFlags } from '../cli/rule-flag.ts'
import { clearConfigCache, SEARCH_PLACES } from '../config/load.ts'
import type { RuleSetting } from '../config/types.ts'
import { Linter } from '../lint/linter.ts'
import { VERSION } from '../version.ts'
import { fixText } from '../mcp/fix.ts'
import { FIX_ALL_KIND, fixAllAction, quickFixes, wanted } from './actions.ts'
import { ConfigWatcher } from './config-watch.ts'
import { bomShift, SOURCE, toDiagnostic } from './convert.ts'
import { Snapshots, type Snapshot } from './snapshots.ts'
import { routeConsoleToStderr } from './stdio-guard.ts'

/** Typing pauses shorter than this don't start a lint. */
const DEBOUNCE_MS = 150

export function serveLsp(options: CliOptions, cwd: string): Promise<number> {
  // A bad --rule is a usage error before the protocol starts (exit 2, one line on stderr).
  const rules = parseRuleFlags(options.rule)
  routeConsoleToStderr()
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
  const done = new Promise<number>((resolveExit) => connection.onExit(() => resolveExit(0)))
  new LanguageServer(connection, options, rules, cwd).listen()
  return done
}

class LanguageServer {
  private readonly documents = new TextDocuments(TextDocument)
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly published = new Map<string, Snapshot>()
  // Editors ask for code actions on every cursor move; the fix-all text of a version is computed once.
  private readonly fixed = new WeakMap<Snapshot, Promise<string>>()
  private snapshots!: Snapshots
  private linter!: Linter
  private versionedEdits = false
  private watchRegistration = false
  /** Our own watch on config folders, when the client can't watch files for us. */
  private watcher: ConfigWatcher | undefined

  constructor(
    private readonly connection: Connection,
    private readonly options: CliOptions,
    private readonly rules: Record<string, RuleSetting>,
    private readonly cwd: string,
  ) {}

  listen(): void {
    const { connection, documents } = this
    connection.onInitialize((params) => this.initialize(params))
    connection.onInitialized(() => void this.watchConfigFiles())
    documents.onDidOpen(({ document }) => {
      void this.publish(document.uri)
      void this.watchConfigOf(document)
    })
    documents.onDidChangeContent(({ document }) => this.schedule(document.uri))
    documents.onDidClose(({ document }) => this.close(document.uri))
    connection.onDidChangeWatchedFiles(() => this.reloadConfig())
    connection.onShutdown(() => this.watcher?.close())
    connection.onCodeAction((params) => this.codeActions(params.textDocument.uri, params.range, params.context.only))
    documents.listen(connection)
    connection.listen()
  }

  private initialize(params: InitializeParams): InitializeResult {
    // Configs are found from each draft's folder; the workspace root only anchors unsaved buffers
    // and a relative --config.
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    const root = folder?.startsWith('file:') ? fileURLToPath(folder) : this.cwd
    this.linter = new Linter({
      cwd: root,
      configFile: this.options.config ? resolve(this.cwd, this.options.config) : undefined,
      configLookup: this.options.configLookup,
      rules: this.rules,
    })
    this.snapshots = new Snapshots(this.linter, root, { use: this.options.ignore, patterns: this.options.ignorePattern })
    const caps = params.capabilities
    this.versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges
    this.watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration
    if (!this.watchRegistration) this.watcher = new ConfigWatcher(() => this.reloadConfig())
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Full,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: SOURCE, version: VERSION },
    }
  }

  /** Ask the client to tell us about config files; clients that can't register send nothing. */
  private async watchConfigFiles(): Promise<void> {
    if (!this.watchRegistration) return
    const names = [...SEARCH_PLACES, '.servicelintignore'].join(',')
    await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/{${names}}` }],
    })
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.set(uri, setTimeout(() => void this.publish(uri), DEBOUNCE_MS))
  }

  private close(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    this.snapshots.forget(uri)
    this.published.delete(uri)
    void this.connection.sendDiagnostics({ uri, diagnostics: [] })
  }

  private reloadConfig(): void {
    clearConfigCache()
    this.snapshots.clear()
    for (const doc of this.documents.all()) {
      void this.publish(doc.uri)
      // The new config may extend other files.
      void this.watchConfigOf(doc)
    }
  }

  private async publish(uri: string): Promise<void> {
    this.timers.delete(uri)
    const doc = this.documents.get(uri)
    if (!doc) return
    let snapshot: Snapshot
    try {
      snapshot = await this.snapshots.current(doc)
    } catch (error) {
      this.connection.console.error(`servicelint: linting ${uri} failed: ${(error as Error)?.stack ?? String(error)}`)
      return
    }
    // A newer version is on its way, the buffer closed, or the config changed mid-lint: the
    // newer lint will publish.
    if (this.documents.get(uri)?.version !== snapshot.version || !this.snapshots.isCurrent(snapshot, uri)) return
    // TextDocuments reports an open as a change too; the same snapshot needs no second publish.
    if (this.published.get(uri) === snapshot) return
    this.published.set(uri, snapshot)
    await this.connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics: diagnosticsOf(snapshot, doc) })
  }

  private async watchConfigOf(doc: TextDocument): Promise<void> {
    if (!this.watcher || !doc.uri.startsWith('file:')) return
    const path = this.snapshots.pathOf(doc)
    try {
      const config = await this.linter.configFor(path)
      this.watcher?.track(path, config.sources ?? (config.filePath ? [config.filePath] : []))
    } catch {
      // A broken config: still watch the folders, so fixing it is noticed.
      this.watcher?.track(path, [])
    }
  }

  private async codeActions(uri: string, range: Range, only: string[] | undefined): Promise<CodeAction[]> {
    const doc = this.documents.get(uri)
    if (!doc) return []
    const snapshot = await this.snapshots.current(doc)
    // The document object is updated in place: if it moved on while we linted, these offsets are
    // stale, and the client will ask again for the new version.
    if (snapshot.kind !== 'linted' || snapshot.version !== doc.version) return []
    const editFor = (d: TextDocument, edits: TextEdit[]) => this.edit(d, edits)
    const actions = wanted(CodeActionKind.QuickFix, only) ? quickFixes(doc, snapshot.messages, range, editFor) : []
    if (wanted(FIX_ALL_KIND, only)) {
      const path = this.snapshots.pathOf(doc)
      const fixAll = await fixAllAction(doc, snapshot.messages, (t) => this.fixedText(snapshot, t, path), editFor)
      if (fixAll) actions.push(fixAll)
    }
    return actions
  }

  private fixedText(snapshot: Snapshot, text: string, path: string): Promise<string> {
    let hit = this.fixed.get(snapshot)
    if (!hit) {
      hit = fixText(this.linter, text, path).then((outcome) => outcome.output)
      this.fixed.set(snapshot, hit)
    }
    return hit
  }

  private edit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (this.versionedEdits) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    return { changes: { [doc.uri]: edits } }
  }
}

function diagnosticsOf(snapshot: Snapshot, doc: TextDocument): Diagnostic[] {
  if (snapshot.kind === 'skipped') return []
  if (snapshot.kind === 'failed') {
    const diagnostic: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: `servicelint could not lint this draft: ${snapshot.reason}`,
    }
    return [diagnostic]
  }
  const shift = bomShift(doc.getText())
  return snapshot.messages.map((m) => toDiagnostic(m, shift))
}
