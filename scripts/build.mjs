// Bundles servicelint into dist/ with esbuild, in two shapes:
// - The CLI (bin/servicelint.js) runs dist/cli.cjs: one CommonJS file holding everything a lint of
//   text on the command line or stdin needs, which the launcher runs with a V8 code cache (editors
//   start us per keystroke pause, and Node 20 caches no compiled code for ES modules). What only some
//   runs need (Markdown/HTML/MIME/macro extractors, the servers, the worker pool, rare formatters) is
//   in dist/cli-*.cjs files, required on demand.
// - The API (package.json "exports") is ES modules: dist/index.js and its chunks, with the lint
//   worker of --concurrency (dist/worker.js).
import { build } from 'esbuild'
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
const define = { __SERVICELINT_VERSION__: JSON.stringify(version) }

// Some CommonJS dependencies call require(); the ESM bundle gets one from this banner.
const BANNER = "import { createRequire as __slCreateRequire } from 'node:module'; const require = __slCreateRequire(import.meta.url);"

// dist/ is not emptied first: a CLI process started during a rebuild keeps finding its chunks.
// Chunks of earlier builds are swept once they are a few minutes old (see sweepStaleChunks).
const result = await build({
  // worker: the lint worker thread of --concurrency, loaded by path from the pool.
  entryPoints: { index: 'src/index.ts', worker: 'src/workers/worker.ts' },
  metafile: true,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define,
  // cosmiconfig's TypeScript loader is only for .ts configs, which we never search for; bundled, its
  // 10 MB of typescript was parsed on every start.
  // write-file-atomic (CommonJS) names its temp files from __filename, which an ESM bundle lacks.
  external: ['typescript', 'write-file-atomic'],
  banner: { js: BANNER },
})

// The banner's require() is only used by the chunk that defines esbuild's __require shim (and any
// chunk calling require itself); in every other chunk it cost a createRequire() and an import.meta
// each time the API or a worker loads it. It becomes an empty line there, so source maps keep their lines.
for (const out of Object.keys(result.metafile.outputs)) {
  if (!out.endsWith('.js')) continue
  const code = readFileSync(out, 'utf8')
  // `require` as code, not in a comment or a name like "require-checkback".
  const rest = withoutComments(code.slice(BANNER.length))
  if (!code.startsWith(BANNER) || /(?<![\w$.'"-])require(?![\w$'"-])/.test(rest)) continue
  writeFileSync(out, code.slice(BANNER.length))
}

const cli = await buildCli()

/** Bundle code with its comments dropped, for the checks above and below (a word in a comment is not code). */
function withoutComments(code) {
  return code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
}

// Type declarations for the API (package.json "types"), emitted by tsc: esbuild only strips types.
// Incremental, so an unchanged tree costs little; the buildinfo lives in dist/types and goes with it.
await emitDeclarations()

async function emitDeclarations() {
  const { spawnSync } = await import('node:child_process')
  const { createRequire } = await import('node:module')
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
  if (r.status !== 0) throw new Error('tsc -p tsconfig.build.json failed: see the errors above')
  // Our sources import './x.ts'; published declarations must say './x.js' to resolve for users.
  for (const entry of readdirSync('dist/types', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue
    const file = `${entry.parentPath ?? entry.path}/${entry.name}`
    const text = readFileSync(file, 'utf8')
    const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2')
    if (fixed !== text) writeFileSync(file, fixed)
  }
}

// --cache trusts a result only from the same code: the id hashes every file this build emitted.
const id = createHash('sha1')
const outputs = [...Object.keys(result.metafile.outputs), ...Object.keys(cli.metafile.outputs)]
for (const out of outputs.sort()) id.update(out).update(readFileSync(out))
writeFileSync('dist/build-id.txt', id.digest('hex').slice(0, 16) + '\n')

sweepStaleChunks(new Set(outputs.map((o) => o.replace(/^dist\//, ''))))

// Hashed chunks of earlier builds pile up (hundreds of MB during a day of rebuilds). A process
// started just before this build may still load them, so only those older than ten minutes go.
function sweepStaleChunks(current) {
  const cutoff = Date.now() - 10 * 60 * 1000
  for (const name of readdirSync('dist')) {
    if (!/\.c?js(?:\.map)?$/.test(name) || current.has(name) || current.has(name.replace(/\.map$/, ''))) continue
    const path = `dist/${name}`
    if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true })
  }
}

// The CLI's bundles. The core is run by the launcher as a classic script, so it must not need a
// module loader: parts loaded on demand become require() of their own bundle (sibling files in
// dist/, so paths relative to the bundle hold), CommonJS packages loaded on demand stay packages,
// and a module the user names (config, plugin, formatter) is imported by the launcher.
async function buildCli() {
  const onDemand = {
    'src/extract/template.ts': 'cli-template',
    'src/extract/markdown.ts': 'cli-markdown',
    'src/extract/html.ts': 'cli-html',
    'src/extract/eml.ts': 'cli-eml',
    'src/extract/macros.ts': 'cli-macros',
    'src/lsp/server.ts': 'cli-lsp',
    'src/mcp/server.ts': 'cli-mcp',
    'src/init/index.ts': 'cli-init',
    'src/workers/pool.ts': 'cli-pool',
    'src/formatters/sarif.ts': 'cli-sarif',
    'src/formatters/rdjson.ts': 'cli-rdjson',
    'src/formatters/junit.ts': 'cli-junit',
    'src/formatters/summary.ts': 'cli-summary',
    'src/formatters/html.ts': 'cli-html-report',
    'src/config/safe-pattern.ts': 'cli-safe-pattern',
    'src/extract/html-parse.ts': 'cli-html-parse',
    'src/extract/markdown-parse.ts': 'cli-markdown-parse',
  }
  const byPath = new Map(Object.entries(onDemand).map(([src, name]) => [resolve(src), name]))
  // The full parsers, which the extractors call only for a document their fast path does not take:
  // a static import of one becomes a stand-in that requires its bundle on the first call, so a lint
  // of simple Markdown or HTML never loads micromark or parse5. (The ESM build keeps the import.)
  const lazyExports = new Map([
    [resolve('src/extract/html-parse.ts'), ['parseHtml']],
    [resolve('src/extract/markdown-parse.ts'), ['parseMarkdown']],
  ])
  // CommonJS packages only some runs need; cosmiconfig must stay one, as it import()s JS configs.
  const packages = ['ajv', 'cosmiconfig', 'picomatch', 'ignore', 'typescript', 'write-file-atomic']
  const result = await build({
    entryPoints: { cli: 'src/cli/main.ts', ...Object.fromEntries(Object.entries(onDemand).map(([src, name]) => [name, src])) },
    metafile: true,
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Node applies source maps to modules it loads, not to scripts run through vm: a map here would
    // only add ~9 MB to the package. Stack traces (--debug) name the bundle's own lines.
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { ...define, 'import.meta.url': '__slImportMetaUrl' },
    banner: { js: "var __slImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    external: packages,
    // import() of what is left (the parts above) becomes require().
    supported: { 'dynamic-import': false },
    plugins: [
      {
        name: 'on-demand',
        setup(b) {
          b.onResolve({ filter: /^\./ }, (args) => {
            const path = resolve(args.resolveDir, args.path)
            if (args.kind === 'import-statement' && lazyExports.has(path)) return { path, namespace: 'lazy' }
            if (args.kind !== 'dynamic-import') return undefined
            const name = byPath.get(path)
            return name ? { path: name, namespace: 'on-demand' } : undefined
          })
          b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
            loader: 'js',
            contents: lazyExports
              .get(args.path)
              .map((name) => `export function ${name}(...args) { return require('./${byPath.get(args.path)}.cjs').${name}(...args) }`)
              .join('\n'),
          }))
          // A stand-in module re-exports the bundle, so `import()` sees its exports as the module's
          // own (esbuild's Node-style interop would make the bundle's whole exports the default).
          b.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
            loader: 'js',
            contents: `export * from './${args.path}.cjs'\nexport { default } from './${args.path}.cjs'\n`,
          }))
          b.onResolve({ filter: /^\.\/cli-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }))
          // commander loads child_process at start-up (~2 ms of a cold start) for executable
          // subcommands, which servicelint has none of: load it when a spawn is asked for.
          b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
            const code = readFileSync(args.path, 'utf8')
            const eager = "const childProcess = require('node:child_process');"
            if (!code.includes(eager)) throw new Error(`${args.path}: commander no longer loads child_process as expected; update scripts/build.mjs`)
            return { loader: 'js', contents: code.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };") }
          })
          b.onLoad({ filter: /[\\/]src[\\/]user-module\.ts$/ }, () => ({
            loader: 'js',
            contents: `export function importUserModule(url) {
  const load = globalThis[Symbol.for('servicelint.import')]
  if (typeof load !== 'function') throw new Error('servicelint: the CLI bundle runs under bin/servicelint.js, which imports user modules for it')
  return load(url)
}`,
          }))
        },
      },
    ],
  })
  for (const out of Object.keys(result.metafile.outputs)) {
    if (!out.endsWith('.cjs')) continue
    const code = readFileSync(out, 'utf8')
    // A dynamic import left in would fail at run time, and only on the path that reaches it.
    if (/(?<![\w$.'"])import\(/.test(withoutComments(code))) {
      throw new Error(`${out}: a dynamic import() is left in the CLI bundle`)
    }
    if (out === 'dist/cli.cjs') writeFileSync(out, asciiOnly(out, code))
  }
  return result
}

// esbuild leaves non-ASCII characters raw in regular expression literals. In the core, one of them
// makes the launcher's read of it a UTF-8 decode into a two-byte string (twice the memory, ~1 ms more
// per start) instead of an ASCII copy. `\uXXXX` means the same code unit in a string, template,
// regex (with or without `u`, surrogate pairs included), identifier or comment; it would not after
// a backslash, or in a raw template, so either fails the build.
function asciiOnly(out, code) {
  if (/\\[^\x00-\x7f]/.test(code) || /String\.raw|\.raw\b/.test(code)) {
    throw new Error(`${out}: a non-ASCII character after a backslash or in a raw template; asciiOnly() cannot escape it`)
  }
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
