#!/usr/bin/env node
// Launcher. The CLI's core is one CommonJS bundle, dist/cli.cjs (scripts/build.mjs), run here as a
// script with a V8 code cache: Node 20 keeps no compiled code for ES modules between runs, and
// compiling the core was about a third of a cold start (editors run us per keystroke pause).
//
// The cache is V8's own format, checked by V8 against its version and flags; a cache it rejects
// costs one ordinary compile and is written again. It lives in a folder of this user's only
// (SERVICELINT_CODE_CACHE: a folder, or "off"), named by the build, so a rebuilt or updated
// servicelint never reads another build's cache. Nothing here may fail a run: any problem with the
// cache means running without it.
//
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry a few ms sooner than an ES
// module one, which is a tenth of what a cold start adds to Node's own.
'use strict'
const { readFileSync, statSync, mkdirSync, writeFileSync, renameSync, readdirSync, rmSync, lstatSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')
const { Script } = require('node:vm')

const dist = join(__dirname, '..', 'dist')
const file = join(dist, 'cli.cjs')

// The core has no module loader of its own for configs, plugins and formatters the user names.
globalThis[Symbol.for('servicelint.import')] = (url) => import(url)

const cachePath = codeCachePath()
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
const cli = { exports: {} }
script.runInThisContext()(cli.exports, require('node:module').createRequire(file), cli, file, dist)

cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  if (cachePath && (!cachedData || script.cachedDataRejected)) writeCodeCache(cachePath)
})

function codeCachePath() {
  const setting = process.env.SERVICELINT_CODE_CACHE
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined
  try {
    const uid = process.getuid?.() ?? 0
    const dir = setting || join(tmpdir(), `servicelint-code-cache-${uid}`)
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // Cached code runs as ours: only from a folder no one else can write to.
    const s = lstatSync(dir)
    if (!s.isDirectory() || (process.getuid && s.uid !== uid) || (s.mode & 0o022) !== 0) return undefined
    const build = readFileSync(join(dist, 'build-id.txt'), 'utf8').trim()
    const { size, mtimeMs } = statSync(file)
    return join(dir, `cli-${build}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.bin`)
  } catch {
    return undefined
  }
}

function writeCodeCache(path) {
  try {
    // V8 takes a cache only under the flags it was made with: those of the start of the run.
    cli.exports.restoreRegExpCompilation()
    const tmp = `${path}.${process.pid}.tmp`
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 })
    renameSync(tmp, path)
    pruneOldCaches(path)
  } catch {}
}

// One file per build: keep the few newest (several installs may take turns), drop the rest.
function pruneOldCaches(current) {
  const dir = join(current, '..')
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('cli-') && f.endsWith('.bin'))
    .map((f) => ({ path: join(dir, f), at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const { path } of files.slice(8)) if (path !== current) rmSync(path, { force: true })
}
