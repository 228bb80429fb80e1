// The command line, with commander. Parsing only: no file is read here.
import { Command, CommanderError, Option } from 'commander'
import { UsageError } from '../errors.ts'
import { parseConcurrency, type Concurrency } from '../workers/concurrency.ts'

export interface CliOptions {
  patterns: string[]
  config?: string
  configLookup: boolean
  stdin: boolean
  stdinFilename?: string
  format: string
  outputFile?: string
  maxWarnings: number
  quiet: boolean
  color?: boolean
  rule: string[]
  ignorePattern: string[]
  ignore: boolean
  printConfig?: string
  maxFileSize: number
  debug: boolean
  /** Reuse results of unchanged files from the cache file (`--cache-location`). */
  cache: boolean
  cacheLocation?: string
  concurrency: Concurrency
  /** Report servicelint-disable comments that suppress nothing (as errors, like ESLint's flag). */
  reportUnusedDisableDirectives: boolean
  /** Apply safe fixes and write the files (with --stdin: print the fixed draft). */
  fix: boolean
  /** Apply fixes in memory only; the fixed text is in the JSON `output`. */
  fixDryRun: boolean
  /** Write a .servicelintrc.json after asking a few questions. */
  init: boolean
  /** With --init: take the defaults without asking, and replace an existing config. */
  yes: boolean
  /** Serve the Language Server Protocol on stdio instead of linting files. */
  lsp: boolean
  /** Serve the Model Context Protocol on stdio instead of linting files. */
  mcp: boolean
}

const collect = (value: string, previous: string[]) => [...previous, value]

export function buildProgram(version: string): Command {
  const program = new Command()
  program
    .name('servicelint')
    .description('Lint customer-support reply drafts: tone, acknowledgement, next steps, checkbacks.')
    .usage('[options] [file|dir|glob ...]')
    .argument('[patterns...]', 'files, folders or globs to lint (default: .)')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'lint with the built-in defaults only (servicelint:recommended)')
    .option('--stdin', 'lint the draft given on standard input', false)
    .option('--stdin-filename <name>', 'file name for --stdin: picks the format and the config')
    .option('-f, --format <name>', 'output format: stylish, json, compact, unix, github, sarif, rdjson, junit, summary, html, or a formatter package/path', 'stylish')
    .option('-o, --output-file <file>', 'write the report to this file')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', '-1')
    .option('--quiet', 'report errors only', false)
    .addOption(new Option('--color', 'force colour in the output'))
    .addOption(new Option('--no-color', 'no colour in the output'))
    .option('--rule <rule>', "set a rule, e.g. 'negative-phrasing: warn' (repeatable)", collect, [])
    .option('--ignore-pattern <pattern>', 'ignore files matching this pattern, .gitignore style (repeatable)', collect, [])
    .option('--no-ignore', 'do not use .servicelintignore, ignorePatterns or --ignore-pattern')
    .option('--print-config <file>', 'print the config that applies to this file, and exit')
    .option('--max-file-size <bytes>', 'skip files larger than this, with a warning (0: no limit)', String(5 * 1024 * 1024))
    .option('--debug', 'print stack traces for internal errors', false)
    .option('--cache', 'only lint files that changed since the last --cache run', false)
    .option('--cache-location <path>', 'cache file or folder (default: .servicelintcache)')
    .option('--concurrency <n>', 'threads that lint: auto, off, or N (the main thread and N − 1 workers)', 'auto')
    .option('--report-unused-disable-directives', 'report servicelint-disable comments that suppress nothing, as errors', false)
    .option('--fix', 'apply safe rewrites and save the files (with --stdin: print the fixed draft)', false)
    .option('--fix-dry-run', 'apply safe rewrites without saving; the text is in the JSON "output"', false)
    .option('--init', 'create a .servicelintrc.json by answering a few questions', false)
    .option('-y, --yes', 'with --init: take the defaults without asking, replacing an existing config', false)
    .option('--lsp', 'run as a language server on stdio (for editors; see docs/editors.md)', false)
    .option('--mcp', 'run as a Model Context Protocol server on stdio (for AI agents; see docs/mcp.md)', false)
    // LSP clients (vscode-languageclient and others) append --stdio; it is what --lsp does anyway.
    .addOption(new Option('--stdio').hideHelp())
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,\n2 a usage, config or input problem.',
    )
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
  return program
}

export type ParseOutcome = { kind: 'run'; options: CliOptions } | { kind: 'exit'; code: number; output: string }

export function parseArgs(argv: string[], version: string): ParseOutcome {
  const program = buildProgram(version)
  let output = ''
  program.exitOverride()
  program.configureOutput({
    writeOut: (s) => (output += s),
    writeErr: (s) => (output += s),
  })
  try {
    program.parse(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return { kind: 'exit', code: 0, output }
      }
      throw new UsageError(error.message.replace(/^error:\s*/, '').split('\n')[0] + ' (see --help)')
    }
    throw error
  }
  const o = program.opts()
  const maxWarnings = Number(o.maxWarnings)
  if (!Number.isInteger(maxWarnings)) throw new UsageError(`--max-warnings: expected a whole number, got "${o.maxWarnings}"`)
  const maxFileSize = Number(o.maxFileSize)
  if (!Number.isFinite(maxFileSize) || maxFileSize < 0) throw new UsageError(`--max-file-size: expected a number of bytes, got "${o.maxFileSize}"`)
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together')
  return {
    kind: 'run',
    options: {
      patterns: program.args,
      config: o.config,
      configLookup: o.configLookup !== false,
      stdin: !!o.stdin,
      stdinFilename: o.stdinFilename,
      format: o.format,
      outputFile: o.outputFile,
      maxWarnings,
      quiet: !!o.quiet,
      color: o.color,
      rule: o.rule,
      ignorePattern: o.ignorePattern,
      ignore: o.ignore !== false,
      printConfig: o.printConfig,
      maxFileSize,
      debug: !!o.debug,
      cache: !!o.cache,
      cacheLocation: o.cacheLocation,
      concurrency: parseConcurrency(String(o.concurrency)),
      reportUnusedDisableDirectives: !!o.reportUnusedDisableDirectives,
      fix: !!o.fix,
      fixDryRun: !!o.fixDryRun,
      init: !!o.init,
      yes: !!o.yes,
      lsp: !!o.lsp,
      mcp: !!o.mcp,
    },
  }
}
