#!/usr/bin/env node
// Launcher. The CLI is CommonJS bundles (scripts/build.mjs): its core, dist/cli.cjs, and parts it
// requires on demand, dist/cli-*.cjs. They run here as scripts with a V8 code cache: Node 20 keeps
// no compiled code between runs, and compiling the core was about a third of a cold start (editors
// run us per keystroke pause).
//
// The cache is V8's own format, checked by V8 against its version and flags; a cache it rejects
// costs one ordinary compile and is written again. It lives in a folder of this user's only
// (SERVICELINT_CODE_CACHE: a folder, or "off"), one file per bundle named by the build, so a
// rebuilt or updated servicelint never reads another build's cache. Nothing here may fail a run:
// any problem with the cache means running without it.
//
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry a few ms sooner than an ES
// module one, which is a tenth of what a cold start adds to Node's own.
'use strict'
const { readFileSync, statSync, mkdirSync, writeFileSync, renameSync, readdirSync, rmSync, lstatSync } = require('node:fs')
const { createRequire } = require('node:module')
const { tmpdir } = require('node:os')
const { join } = require('node:path')
const { Script } = require('node:vm')

const dist = join(__dirname, '..', 'dist')

// The regexp flags every run compiles under (src/workers/regexp-flags.ts, BASE_FLAGS), set before
// any bundle loads or runs and never changed after: turning tier-up off once a pattern has run
// crashes V8. A one-draft --stdin run, start-up bound, also skips optimised regexp code from the
// start (a small run over files switches it off once its bundles are loaded). Code caches are made
// and taken under these flags, one set per kind of run.
const { setFlagsFromString } = require('node:v8')
// A code cache holds the functions the run that wrote it compiled. A one-draft `--stdin` run (an
// editor's, at every pause) needs far fewer than a run over files, and deserialising a larger cache
// cost it ~2 ms of CPU: each kind of run keeps its own caches, as it has its own flags.
const runKind = process.argv.includes('--stdin') ? 'stdin' : 'files'
const regExpFlags = ['--no-regexp-tier-up', '--no-regexp-peephole-optimization']
if (runKind === 'stdin') regExpFlags.push('--no-regexp-optimization')
for (const flag of regExpFlags) setFlagsFromString(flag)
globalThis[Symbol.for('servicelint.regexpFlags')] = regExpFlags

// The bundles have no module loader of their own for configs, plugins and formatters the user names.
globalThis[Symbol.for('servicelint.import')] = (url) => import(url)

const cacheDir = codeCacheDir()
/** @type {Map<string, { module: { exports: any }, script: Script, cached: boolean, cachePath?: string }>} */
const bundles = new Map()
/** dist/build-id.txt, read once. */
let build

let cli
try {
  cli = loadBundle('cli.cjs')
} catch (error) {
  // Only a broken install gets here (the CLI reports its own errors): say so in one line.
  const reason = error?.code === 'ENOENT' ? `${error.path} is missing (run \`npm run build\`, or reinstall servicelint)` : String(error?.message ?? error)
  process.stderr.write(`servicelint: cannot start: ${reason}\n`)
  process.exit(2)
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  writeCodeCaches()
})

/** Run a bundle of dist/ once, with its code cache when there is a valid one; its exports. */
function loadBundle(name) {
  const known = bundles.get(name)
  if (known) return known.module.exports
  const file = join(dist, name)
  // A cache is taken only under the flags it was made with: a bundle loaded while a small run has
  // optimised regexp code off compiles without one (the CLI loads the ones a run needs before).
  const cachePath = cacheDir && !(name !== 'cli.cjs' && !cli.compilesAsLoaded()) ? cacheFile(file, name) : undefined
  let cachedData
  if (cachePath) {
    try {
      cachedData = readFileSync(cachePath)
    } catch {}
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
  })
  const module = { exports: {} }
  bundles.set(name, { module, script, cached: !!cachedData && !script.cachedDataRejected, cachePath })
  script.runInThisContext()(module.exports, requireFrom(file), module, file, dist)
  return module.exports
}

/** `require` for a bundle: its siblings in dist/ through `loadBundle`, anything else as Node does. */
function requireFrom(file) {
  const nodeRequire = createRequire(file)
  return Object.assign((id) => (/^\.\/cli-[\w-]+\.cjs$/.test(id) ? loadBundle(id.slice(2)) : nodeRequire(id)), nodeRequire)
}

function codeCacheDir() {
  const setting = process.env.SERVICELINT_CODE_CACHE
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined
  try {
    const uid = process.getuid?.() ?? 0
    const dir = setting || join(tmpdir(), `servicelint-code-cache-${uid}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // Cached code runs as ours: only from a folder no one else can write to.
    const s = lstatSync(dir)
    if (!s.isDirectory() || (process.getuid && s.uid !== uid) || (s.mode & 0o022) !== 0) return undefined
    return dir
  } catch {
    return undefined
  }
}

function cacheFile(file, name) {
  try {
    build ??= readFileSync(join(dist, 'build-id.txt'), 'utf8').trim()
    const { size, mtimeMs } = statSync(file)
    return join(cacheDir, `${name.replace(/\.cjs$/, '')}@${build}-${runKind}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.bin`)
  } catch {
    return undefined
  }
}

function writeCodeCaches() {
  const missing = [...bundles.values()].filter((b) => b.cachePath && !b.cached)
  // A cache keeps what its run compiled, and is written once: a run that linted nothing
  // (`--version`, `--help`, a usage or config error) would leave every later run compiling the
  // rules, the parser and the report on its own.
  if (!missing.length || !cli.startedLinting()) return
  try {
    // V8 takes a cache only under the flags it was made with: those bundles are loaded under.
    cli.restoreRegExpCompilation()
    for (const { script, cachePath } of missing) {
      const tmp = `${cachePath}.${process.pid}.tmp`
      writeFileSync(tmp, script.createCachedData(), { mode: 0o600 })
      renameSync(tmp, cachePath)
    }
    pruneOldCaches()
  } catch {}
}

// A few files per bundle: the newest builds (several installs may take turns); the rest go.
function pruneOldCaches() {
  const byBundle = new Map()
  for (const f of readdirSync(cacheDir)) {
    const at = f.indexOf('@')
    if (at < 0 || !f.endsWith('.bin')) continue
    const path = join(cacheDir, f)
    const bundle = f.slice(0, at)
    if (!byBundle.has(bundle)) byBundle.set(bundle, [])
    byBundle.get(bundle).push({ path, at: statSync(path).mtimeMs })
  }
  for (const files of byBundle.values()) {
    files.sort((a, b) => b.at - a.at)
    for (const { path } of files.slice(8)) rmSync(path, { force: true })
  }
}
