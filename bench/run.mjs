#!/usr/bin/env node
// servicelint's benchmark: whole processes, timed side by side in one run. The machines are
// shared and noisy, so every comparison is interleaved (A B C D, A B C D, …) and only medians and
// the ratios between tools measured in the same run are reported.
//
//   npm run bench                       (from the repo root: builds, installs bench/ on first use)
//   node bench/run.mjs [--rounds=5] [--skip-peers] [--bin=path/to/bin/servicelint.js]
//
// --bin times another build (e.g. a copy of bin/ and dist/ taken before a change), so a long
// run isn't disturbed by a rebuild of dist/ halfway through.
//
// Prints a table and the ratios against the targets of issue 7, and writes everything as JSON to
// bench/results/<timestamp>.json.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=')
    return [k, v ?? true]
  }),
)
const ROUNDS = Number(args.rounds ?? 5)
const COLD_ROUNDS = ROUNDS * 4
const bin = resolve(typeof args.bin === 'string' ? args.bin : join(root, 'bin/servicelint.js'))
const genCorpus = resolve(root, '../shared/bench/gen-corpus.mjs')
const work = join(tmpdir(), 'servicelint-bench')

// --- setup ------------------------------------------------------------------------------------

function installPeers() {
  if (existsSync(join(here, 'node_modules/alex/package.json'))) return
  console.error('bench: installing the peers into bench/node_modules (first run)…')
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' })
  if (r.status !== 0) throw new Error('bench: npm ci in bench/ failed')
}

/** The corpus is deterministic (seed 42), so a folder already there is reused. */
function corpus(n, words = 150) {
  const dir = join(work, `corpus-${n}-${words}`)
  if (!existsSync(dir) || readdirSync(dir).length !== n) {
    rmSync(dir, { recursive: true, force: true })
    const r = spawnSync(process.execPath, [genCorpus, dir, String(n), '--seed=42', `--words=${words}`], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (r.status !== 0) throw new Error(`bench: gen-corpus failed for ${n} drafts`)
  }
  return dir
}

const filesOf = (dir) => readdirSync(dir).sort().map((f) => join(dir, f))

// --- measuring --------------------------------------------------------------------------------

/**
 * Run one process to completion; wall time from spawn to exit. With `rss`, it runs under
 * /usr/bin/time so the peak RSS of the process is known too.
 */
function timeProcess({ cmd, argv, cwd = root, stdinFile, env, anyExit = false }, { rss = false } = {}) {
  return new Promise((done, fail) => {
    const rssFile = rss ? join(work, `rss-${process.pid}.txt`) : undefined
    const [c, a] = rss ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...argv]] : [cmd, argv]
    const fd = stdinFile ? openSync(stdinFile, 'r') : 'ignore'
    const t0 = process.hrtime.bigint()
    const child = spawn(c, a, { cwd, stdio: [fd, 'ignore', 'pipe'], env: { ...process.env, ...env } })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', fail)
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (typeof fd === 'number') closeSync(fd)
      // Linters exit 1 when they find problems; anything beyond that is a broken run.
      if (code !== 0 && code !== 1 && !anyExit) {
        return fail(new Error(`${[cmd, ...argv.slice(0, 3)].join(' ')} … exited ${code}: ${stderr.slice(0, 400)}`))
      }
      let kb
      if (rssFile) kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())
      done({ ms, rssMB: kb ? kb / 1024 : undefined })
    })
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Interleave: every round runs each job once, in order, so drift hits them all alike. */
async function interleaved(jobs, rounds, opts) {
  const runs = Object.fromEntries(jobs.map((j) => [j.name, []]))
  for (let r = 0; r < rounds; r++) {
    for (const j of jobs) {
      if (j.before) j.before()
      runs[j.name].push(await timeProcess(j, opts))
    }
    process.stderr.write(`\rbench: round ${r + 1}/${rounds}   `)
  }
  process.stderr.write('\n')
  return Object.fromEntries(
    jobs.map((j) => {
      const ms = runs[j.name].map((x) => x.ms)
      const rss = runs[j.name].map((x) => x.rssMB).filter((x) => x !== undefined)
      return [j.name, { medianMs: median(ms), minMs: Math.min(...ms), runs: ms.map((x) => +x.toFixed(1)), peakRssMB: rss.length ? Math.max(...rss) : undefined }]
    }),
  )
}

const node = process.execPath
const ours = (...argv) => ({ cmd: node, argv: [bin, ...argv] })
const peerBin = (pkg, file) => join(here, 'node_modules', pkg, file)

// --- the benchmarks ---------------------------------------------------------------------------

async function peers(dir) {
  const files = filesOf(dir)
  const jobs = [
    { name: 'servicelint', ...ours(dir) },
    // write-good exits with its count of suggestions.
    { name: 'write-good', cmd: node, argv: [peerBin('write-good', 'bin/write-good.js'), ...files], anyExit: true },
    { name: 'textlint+write-good', cmd: node, argv: [peerBin('textlint', 'bin/textlint.js'), '--rule', 'write-good', ...files], cwd: here },
    { name: 'alex', cmd: node, argv: [peerBin('alex', 'cli.js'), ...files], cwd: here },
  ]
  return interleaved(jobs, ROUNDS)
}

async function scaling(dirs) {
  const jobs = Object.entries(dirs).map(([n, dir]) => ({ name: `servicelint ×${n}`, ...ours(dir) }))
  return interleaved(jobs, ROUNDS, { rss: true })
}

async function coldStart(draft) {
  const jobs = [
    { name: 'node -e 0', cmd: node, argv: ['-e', '0'] },
    { name: 'servicelint --stdin', ...ours('--stdin', '--format', 'json'), stdinFile: draft },
    // The launcher keeps V8's compiled code between runs (bin/servicelint.js); this is a start
    // without it, as the very first run after an install or a Node upgrade is.
    { name: 'servicelint --stdin, no code cache', ...ours('--stdin', '--format', 'json'), stdinFile: draft, env: { SERVICELINT_CODE_CACHE: 'off' } },
  ]
  return interleaved(jobs, COLD_ROUNDS)
}

async function cache(dir) {
  const location = join(work, 'cachefile')
  const jobs = [
    { name: 'first run (no cache)', ...ours(dir, '--cache', '--cache-location', location), before: () => rmSync(location, { force: true }) },
    { name: 'second run (cached)', ...ours(dir, '--cache', '--cache-location', location) },
  ]
  return interleaved(jobs, ROUNDS)
}

/** Re-lint one 300-word draft after a one-word edit, in-process, as the language server does. */
function relint(draftFile) {
  const r = spawnSync(node, [join(here, 'relint.mjs'), draftFile, join(dirname(bin), '../dist/index.js')], { cwd: root, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`bench: relint failed: ${r.stderr}`)
  return JSON.parse(r.stdout)
}

function supportsCache() {
  const r = spawnSync(node, [bin, '--help'], { encoding: 'utf8' })
  return r.stdout.includes('--cache-location')
}

// --- report -----------------------------------------------------------------------------------

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
const ratio = (a, b) => +(a / b).toFixed(3)

function check(name, value, op, limit) {
  const ok = op === '<=' ? value <= limit : value >= limit
  return { name, value: +value.toFixed(3), target: `${op} ${limit}`, ok }
}

async function mainBench() {
  installPeers()
  mkdirSync(work, { recursive: true })
  const dirs = { 250: corpus(250), 1000: corpus(1000), 4000: corpus(4000) }
  const one = join(corpus(1), readdirSync(corpus(1))[0])
  const one300 = join(corpus(1, 300), readdirSync(corpus(1, 300))[0])

  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim(),
    rounds: ROUNDS,
  }
  const rows = []
  const checks = []

  if (!args['skip-peers']) {
    console.error('bench: 1,000 drafts, servicelint vs peers')
    const p = await peers(dirs[1000])
    out.peers = p
    const us = p.servicelint.medianMs
    for (const [name, r] of Object.entries(p)) rows.push([`1,000 drafts: ${name}`, fmt(r.medianMs), name === 'servicelint' ? '' : `ours ${ratio(us, r.medianMs)}×`])
    checks.push(check('ours / write-good (1,000 drafts)', us / p['write-good'].medianMs, '<=', 0.5))
    checks.push(check('ours / textlint+write-good (1,000 drafts)', us / p['textlint+write-good'].medianMs, '<=', 0.35))
    checks.push(check('ours / alex (1,000 drafts)', us / p.alex.medianMs, '<=', 0.1))
  }

  console.error('bench: scaling 250 / 1,000 / 4,000 drafts')
  const s = await scaling(dirs)
  out.scaling = s
  const t = (n) => s[`servicelint ×${n}`].medianMs
  for (const n of [250, 1000, 4000]) rows.push([`scaling: ${n} drafts`, fmt(t(n)), `peak RSS ${s[`servicelint ×${n}`].peakRssMB.toFixed(0)} MB`])
  checks.push(check('scaling 250 → 1,000', t(1000) / t(250), '<=', 4.4))
  checks.push(check('scaling 1,000 → 4,000', t(4000) / t(1000), '<=', 4.4))
  checks.push(check('peak RSS at 4,000 drafts (MB)', s['servicelint ×4000'].peakRssMB, '<=', 300))

  console.error('bench: cold start, one 150-word draft on --stdin')
  const c = await coldStart(one)
  out.coldStart = c
  rows.push(['cold start: node -e 0', fmt(c['node -e 0'].medianMs), ''])
  rows.push(['cold start: --stdin --format json', fmt(c['servicelint --stdin'].medianMs), `${ratio(c['servicelint --stdin'].medianMs, c['node -e 0'].medianMs)}× node`])
  const noCodeCache = c['servicelint --stdin, no code cache']
  if (noCodeCache) rows.push(['cold start: the same, no code cache', fmt(noCodeCache.medianMs), `${ratio(noCodeCache.medianMs, c['node -e 0'].medianMs)}× node`])
  checks.push(check('cold start / node -e 0', c['servicelint --stdin'].medianMs / c['node -e 0'].medianMs, '<=', 1.5))

  if (supportsCache()) {
    console.error('bench: --cache, 1,000 unchanged drafts')
    const k = await cache(dirs[1000])
    out.cache = k
    const [first, second] = [k['first run (no cache)'].medianMs, k['second run (cached)'].medianMs]
    rows.push(['--cache: first run, 1,000 drafts', fmt(first), ''])
    rows.push(['--cache: second run, unchanged', fmt(second), `${ratio(second, first)}× first`])
    checks.push(check('cache second / first', second / first, '<=', 0.2))
  }

  console.error('bench: re-lint of a 300-word draft, in-process')
  const r = relint(one300)
  out.relint = r
  rows.push([`re-lint 300 words (${r.via})`, `${r.medianMs.toFixed(2)} ms`, `p90 ${r.p90Ms.toFixed(2)} ms`])
  checks.push(check('re-lint median (ms)', r.medianMs, '<=', 10))

  out.checks = checks
  const w = Math.max(...rows.map((x) => x[0].length))
  console.log(`\nservicelint bench — ${out.date}, ${out.cpus} × ${out.cpu}, Node ${out.node}, ${ROUNDS} rounds (medians)\n`)
  console.log(`| ${'what'.padEnd(w)} | time     | note |`)
  console.log(`|${'-'.repeat(w + 2)}|----------|------|`)
  for (const [a, b, c2] of rows) console.log(`| ${a.padEnd(w)} | ${b.padStart(8)} | ${c2} |`)
  console.log('\ntargets:')
  for (const k of checks) console.log(`  ${k.ok ? 'ok  ' : 'MISS'} ${k.name}: ${k.value} (target ${k.target})`)
  const resultsDir = join(here, 'results')
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `${out.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n')
  console.log(`\nwrote ${file}`)
}

await mainBench()
