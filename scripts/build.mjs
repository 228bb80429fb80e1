// Bundles the CLI and the API into dist/ with esbuild: one file to load at start-up (editors run
// us per keystroke pause), with rules and rare paths split into chunks loaded on demand.
import { build } from 'esbuild'
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))

// Some CommonJS dependencies call require(); the ESM bundle gets one from this banner.
const BANNER = "import { createRequire as __slCreateRequire } from 'node:module'; const require = __slCreateRequire(import.meta.url);"

// dist/ is not emptied first: a CLI process started during a rebuild keeps finding its chunks.
// Chunks of earlier builds are swept once they are a few minutes old (see sweepStaleChunks).
const result = await build({
  // worker: the lint worker thread of --concurrency, loaded by path from the pool.
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/workers/worker.ts' },
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
  define: { __SERVICELINT_VERSION__: JSON.stringify(version) },
  // cosmiconfig's TypeScript loader is only for .ts configs, which we never search for; bundled, its
  // 10 MB of typescript was parsed on every start.
  // write-file-atomic (CommonJS) names its temp files from __filename, which an ESM bundle lacks.
  external: ['typescript', 'write-file-atomic'],
  banner: { js: BANNER },
})

// The banner's require() is only used by the chunk that defines esbuild's __require shim (and any
// chunk calling require itself); in every other chunk it cost a createRequire() and an import.meta
// at start-up (~26 chunks load). It becomes an empty line there, so source maps keep their lines.
for (const out of Object.keys(result.metafile.outputs)) {
  if (!out.endsWith('.js')) continue
  const code = readFileSync(out, 'utf8')
  // `require` as code, not in a comment or a name like "require-checkback".
  const rest = code.slice(BANNER.length).replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
  if (!code.startsWith(BANNER) || /(?<![\w$.'"-])require(?![\w$'"-])/.test(rest)) continue
  writeFileSync(out, code.slice(BANNER.length))
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
for (const out of Object.keys(result.metafile.outputs).sort()) id.update(out).update(readFileSync(out))
writeFileSync('dist/build-id.txt', id.digest('hex').slice(0, 16) + '\n')

sweepStaleChunks(new Set(Object.keys(result.metafile.outputs).map((o) => o.replace(/^dist\//, ''))))

// Hashed chunks of earlier builds pile up (hundreds of MB during a day of rebuilds). A process
// started just before this build may still load them, so only those older than ten minutes go.
function sweepStaleChunks(current) {
  const cutoff = Date.now() - 10 * 60 * 1000
  for (const name of readdirSync('dist')) {
    if (!/\.js(?:\.map)?$/.test(name) || current.has(name) || current.has(name.replace(/\.map$/, ''))) continue
    const path = `dist/${name}`
    if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true })
  }
}
