// The CLI: parse flags, lint, format, and return ESLint's exit code (0 clean, 1 lint errors or too
// many warnings, 2 usage/config/input failure). It never calls process.exit.
import { dirname, resolve } from 'node:path'
import { fstatSync, mkdirSync, readFileSync } from 'node:fs'
import { parseArgs, type CliOptions } from './options.ts'
import { parseRuleFlags } from './rule-flag.ts'
import { decode } from './read.ts'
import { Linter } from '../lint/linter.ts'
import { lintTextWith, writeFixes } from '../fix/index.ts'
import { loadFormatter, loadStreamingFormatter } from '../formatters/index.ts'
import type { FormatterContext } from '../formatters/types.ts'
import { ReportStream } from './report-stream.ts'
import { ServicelintError, InputError } from '../errors.ts'
import { exitQuietlyOnSignal, interrupted, noteOnStop } from './signals.ts'
import type { LintResult } from '../types.ts'
import { VERSION } from '../version.ts'
import { formatOf, preloadExtractors } from '../extract/index.ts'
import { tuneRegExpCompilation } from '../workers/regexp-flags.ts'
// For the launcher's code caches (bin/servicelint.js).
export { restoreRegExpCompilation, startedLinting, compilesAsLoaded } from '../workers/regexp-flags.ts'

export interface Io {
  stdout: (s: string) => void
  stderr: (s: string) => void
  readStdin: () => Promise<string>
  isTTY: boolean
  cwd: string
  /** stderr is a terminal: long runs show a progress line there. */
  stderrIsTTY?: boolean
}

const defaultStreams = (): Omit<Io, 'cwd'> => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin: readAllStdin,
  isTTY: !!process.stdout.isTTY,
  stderrIsTTY: !!process.stderr.isTTY,
})

// A shell left in a deleted folder makes process.cwd() throw; that is an input problem, not a crash.
function currentFolder(): string {
  try {
    return process.cwd()
  } catch {
    throw new InputError('the current folder no longer exists; cd to an existing folder and run again')
  }
}

async function readAllStdin(): Promise<string> {
  // A file redirected to stdin (`servicelint --stdin < draft.txt`) is read at once, without
  // setting up a stream and its trips to the thread pool (~2 ms of a cold start). Pipes and
  // terminals are read as a stream: a synchronous read of them can fail with EAGAIN or block.
  if (stdinIsFile()) return decode(readFileSync(0), '<stdin>')
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return decode(Buffer.concat(chunks), '<stdin>')
}

function stdinIsFile(): boolean {
  try {
    return fstatSync(0).isFile()
  } catch {
    return false
  }
}

/** From this many files on, a streamable report is written file by file. */
const STREAM_FROM_FILES = 200

export async function main(argv: string[], given?: Io): Promise<number> {
  quietOnClosedPipe()
  exitQuietlyOnSignal()
  let debug = argv.includes('--debug')
  // The folder is read inside the try: a deleted one is a one-line error like any other.
  const io: Io = given ?? { ...defaultStreams(), cwd: '' }
  try {
    if (!given) io.cwd = currentFolder()
    const parsed = parseArgs(argv, VERSION)
    if (parsed.kind === 'exit') {
      io.stdout(parsed.output)
      return parsed.code
    }
    debug = parsed.options.debug
    return await run(parsed.options, io)
  } catch (error) {
    if (error instanceof ServicelintError) {
      io.stderr(`servicelint: ${error.message}\n`)
      if (debug && error.stack) io.stderr(error.stack + '\n')
      return error.exitCode
    }
    const e = error as Error
    io.stderr(`servicelint: internal error: ${e?.message?.split('\n')[0] ?? String(error)} (run with --debug for details)\n`)
    if (debug && e?.stack) io.stderr(e.stack + '\n')
    return 2
  }
}

// `servicelint … | head -1`: the reader left; finish quietly instead of an EPIPE trace.
let pipeGuard = false
function quietOnClosedPipe(): void {
  if (pipeGuard) return
  pipeGuard = true
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
}

async function run(o: CliOptions, io: Io): Promise<number> {
  const cwd = io.cwd
  if (o.lsp) return (await import('../lsp/server.ts')).serveLsp(o, cwd)
  if (o.mcp) return (await import('../mcp/server.ts')).serveMcp(o, cwd)
  if (o.init) return (await import('../init/index.ts')).runInit({ cwd, yes: o.yes, input: process.stdin, write: io.stdout })
  const linter = new Linter({
    cwd,
    configFile: o.config,
    configLookup: o.configLookup,
    rules: parseRuleFlags(o.rule),
    reportUnusedDisableDirectives: o.reportUnusedDisableDirectives,
  })

  if (o.printConfig) {
    const abs = resolve(cwd, o.printConfig)
    const config = await linter.configFor(abs)
    const printed = {
      configFile: config.filePath || null,
      format: formatOf(abs, config.formats) ?? null,
      rules: await linter.settingsFor(abs),
      ignorePatterns: config.ignorePatterns,
      formats: config.formats,
    }
    io.stdout(JSON.stringify(printed, null, 2) + '\n')
    return 0
  }

  if (o.stdin && o.patterns.length) throw new InputError('--stdin lints standard input; give no file patterns with it')
  if (o.stdinFilename && !o.stdin) throw new InputError('--stdin-filename needs --stdin')
  const formatter = await loadFormatter(o.format, cwd)

  const results: LintResult[] = []
  const warnings: string[] = []
  const lintMode = { fix: o.fix || o.fixDryRun, keepSource: o.format === 'html', errorsOnly: o.quiet }
  const color = o.outputFile ? false : (o.color ?? (io.isTTY && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0'))
  const context = { cwd, color, rulesMeta: {} as FormatterContext['rulesMeta'] }
  // A large plain lint with a line- or file-wise format streams its report (set up once the files
  // are known); --fix needs every result before it writes, and other formats (SARIF, JUnit, HTML…)
  // need the whole run. Small runs print all at once, so a failure midway prints no half report.
  const reportChunks: string[] = []
  let sink: ReportStream | undefined
  // The exit code counts every problem, whatever --quiet hides.
  let errorTotal = 0
  let warningTotal = 0
  const collect = (r: LintResult) => {
    errorTotal += r.errorCount
    warningTotal += r.warningCount
    if (sink) sink.add(o.quiet ? onlyErrors(r) : r)
    else results.push(r)
  }
  // Stopped before or during the writes, --fix says how far it got: which files to look at again.
  if (o.fix && !o.stdin) noteOnStop((n, signal) => `servicelint: stopped by ${signal}: ${n} fixed ${n === 1 ? 'file' : 'files'} written, the rest left as they were`)
  let fixedDraft: string | undefined
  if (o.stdin) {
    const text = await io.readStdin()
    await preloadExtractors([formatOf(o.stdinFilename ?? '<stdin>')], { parsers: false })
    tuneRegExpCompilation(1)
    collect(await lintTextWith(linter, text, o.stdinFilename ?? '<stdin>', lintMode))
    if (o.fix) fixedDraft = results[0].output ?? text
  } else {
    // The folder walk (tinyglobby, ignore), the cache and the worker pool (node:crypto with them)
    // load only for file runs, not for --stdin.
    const [{ listTargets, loadIgnoreFile }, { default: ignore }, { createRunner }, { lintTargets }, { workerCount }] = await Promise.all([
      import('./files.ts'),
      import('ignore'),
      import('../workers/runner.ts'),
      import('../lint/lint-targets.ts'),
      import('../workers/concurrency.ts'),
    ])
    const ig = o.ignore ? loadIgnoreFile(cwd, o.ignorePattern) : ignore()
    const targets = await listTargets(o.patterns.length ? o.patterns : ['.'], cwd, ig)
    // The extractors load (with their code caches) before a small run switches its regexp flags,
    // and the flags are set before a worker starts. A --cache run on this thread alone does both
    // only if a draft is not in the cache: a second run over unchanged drafts loads no extractor.
    let prepared: Promise<void> | undefined
    const prepare = () =>
      (prepared ??= preloadExtractors(new Set(targets.map((t) => formatOf(t.path)))).then(() => tuneRegExpCompilation(targets.length)))
    const cachedOnly = o.cache && !lintMode.fix && !lintMode.keepSource && workerCount(o.concurrency, targets.length) === 0
    if (!cachedOnly) await prepare()
    const streaming = !lintMode.fix && targets.length >= STREAM_FROM_FILES ? await loadStreamingFormatter(o.format) : undefined
    if (streaming) sink = new ReportStream(streaming, context, o.outputFile ? (t) => reportChunks.push(t) : io.stdout, !o.outputFile)
    // Cache and worker threads serve plain lint runs; --fix and the html report lint one by one.
    const runner = lintMode.fix || lintMode.keepSource
      ? undefined
      : createRunner({ linter, files: targets.length, concurrency: o.concurrency, cache: o.cache, cacheLocation: o.cacheLocation, progressTo: io.stderrIsTTY ? io.stderr : undefined, beforeFreshLint: prepare })
    await lintTargets(targets, {
      linter,
      useIgnore: o.ignore,
      maxFileSize: o.maxFileSize,
      mode: lintMode,
      runner,
      onWarning: (w) => warnings.push(w),
      onResult: collect,
    })
    await runner?.close()
  }
  if (o.fix && !o.stdin) {
    await writeFixes(results)
    // The signal handler exits once the last write settles; a report now would be cut off.
    if (interrupted()) return Number(process.exitCode)
  }

  for (const w of warnings) io.stderr(`servicelint: warning: ${w}\n`)
  let report: string
  if (sink) {
    sink.end()
    report = reportChunks.join('')
  } else {
    const shown = o.quiet ? results.map(onlyErrors) : results
    context.rulesMeta = Object.fromEntries((await linter.configFor(resolve(cwd, 'x.txt'))).ruleSet.metas.map((m) => [m.id, m]))
    try {
      report = await formatter(shown, context)
    } catch (error) {
      throw new InputError(`--format ${o.format}: the formatter failed: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`)
    }
  }
  if (o.outputFile) {
    const out = resolve(cwd, o.outputFile)
    try {
      mkdirSync(dirname(out), { recursive: true })
      await (await import('node:fs/promises')).writeFile(out, report)
    } catch (error) {
      throw new InputError(`${o.outputFile}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  } else if (report && !sink) (fixedDraft !== undefined ? io.stderr : io.stdout)(report.endsWith('\n') ? report : report + '\n')
  // `--stdin --fix` is a filter: stdout carries the fixed draft and nothing else (the report goes to
  // stderr), and only once the run has not failed, so `> out.txt` never gets half a result on exit 2.
  if (fixedDraft !== undefined) io.stdout(fixedDraft)

  if (errorTotal) return 1
  if (o.maxWarnings >= 0 && warningTotal > o.maxWarnings) {
    io.stderr(`servicelint found too many warnings (maximum: ${o.maxWarnings}).\n`)
    return 1
  }
  return 0
}

function onlyErrors(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2)
  return { ...r, messages, warningCount: 0, fixableWarningCount: 0 }
}
