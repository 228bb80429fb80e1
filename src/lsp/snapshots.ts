// Lints open documents and remembers the result per document version, so code actions computed
// after a lint use the offsets of exactly the text that was linted.
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import ignore, { type Ignore } from 'ignore'
import { isIgnored, loadIgnoreFile } from '../cli/files.ts'
import { formatOf } from '../extract/index.ts'
import { ServicelintError } from '../errors.ts'
import type { Linter } from '../lint/linter.ts'
import type { LintMessage } from '../types.ts'

export type Snapshot =
  | { kind: 'linted'; version: number; messages: LintMessage[] }
  /** Not a draft format (we say nothing rather than lint code as prose), or ignored by the config. */
  | { kind: 'skipped'; version: number; reason: string }
  /** A config or input problem the user must fix; shown as one diagnostic at the top. */
  | { kind: 'failed'; version: number; reason: string }

// Unsaved buffers have no file name; their language decides the format, the workspace the config.
const EXTENSION_BY_LANGUAGE: Record<string, string> = {
  markdown: '.md',
  html: '.html',
  handlebars: '.hbs',
  liquid: '.liquid',
  json: '.json',
}

interface Entry {
  version: number
  generation: number
  snapshot: Promise<Snapshot>
}

export class Snapshots {
  // One lint per document version, shared by everyone who asks while it runs (the open, the
  // debounced change, a code action), so no two lints of one version race to publish.
  private readonly cache = new Map<string, Entry>()
  /** Bumped when the config changes: results of lints started before are not to be shown. */
  private generation = 0

  /** .servicelintignore plus --ignore-pattern, read again after a config change. */
  private workspaceIgnore: Ignore | undefined

  constructor(
    private readonly linter: Linter,
    private readonly root: string,
    private readonly ignore: { use: boolean; patterns: string[] },
  ) {}

  /** The path that decides config and format, as the CLI's file argument would. */
  pathOf(doc: TextDocument): string {
    if (doc.uri.startsWith('file:')) return fileURLToPath(doc.uri)
    return resolve(this.root, 'untitled' + (EXTENSION_BY_LANGUAGE[doc.languageId] ?? '.txt'))
  }

  /** The snapshot of this exact version, linting it now if needed. */
  current(doc: TextDocument): Promise<Snapshot> {
    const hit = this.cache.get(doc.uri)
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit.snapshot
    const entry: Entry = { version: doc.version, generation: this.generation, snapshot: this.lint(doc) }
    this.cache.set(doc.uri, entry)
    // A failed lint is not remembered: the next request tries again.
    entry.snapshot.catch(() => {
      if (this.cache.get(doc.uri) === entry) this.cache.delete(doc.uri)
    })
    return entry.snapshot
  }

  /** False once the config changed after this snapshot's lint began. */
  isCurrent(snapshot: Snapshot, uri: string): boolean {
    const entry = this.cache.get(uri)
    return !!entry && entry.generation === this.generation && entry.version === snapshot.version
  }

  forget(uri: string): void {
    this.cache.delete(uri)
  }

  /** After a config change every result may be wrong, including lints still running. */
  clear(): void {
    this.generation++
    this.cache.clear()
    this.workspaceIgnore = undefined
  }

  private async lint(doc: TextDocument): Promise<Snapshot> {
    // The document object is updated in place as the user types: take this version's text now.
    const { version } = doc
    const text = doc.getText()
    const path = this.pathOf(doc)
    try {
      const config = await this.linter.configFor(path)
      if (!formatOf(path, config.formats)) {
        return { kind: 'skipped', version, reason: `${path}: not a draft format (map its extension in "formats" to lint it)` }
      }
      // Ignored as on the command line: .servicelintignore in the workspace, ignorePatterns, --ignore-pattern.
      if (this.ignore.use && (this.ignoredByWorkspace(path) || (config.ignorePatterns.length && isIgnored(ignore().add(config.ignorePatterns), config.dir, path)))) {
        return { kind: 'skipped', version, reason: `${path}: ignored` }
      }
      const result = await this.linter.lintText(text, path)
      return { kind: 'linted', version, messages: result.messages }
    } catch (error) {
      if (error instanceof ServicelintError) return { kind: 'failed', version, reason: error.message }
      throw error
    }
  }

  private ignoredByWorkspace(path: string): boolean {
    this.workspaceIgnore ??= loadIgnoreFile(this.root, this.ignore.patterns)
    return isIgnored(this.workspaceIgnore, this.root, path)
  }
}
