// Lints a generated tree of many small drafts and reports wall time and peak memory, to show a
// big folder walk stays bounded. Usage: node scripts/many-files.mjs [count=100000] [--messages]
// (run `npm run build` first). Prints one JSON line: { files, seconds, maxRssMb, exit }.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const count = Number(process.argv[2] ?? 100000)
const withMessages = process.argv.includes('--messages')
const bin = resolve('bin/servicelint.js')
const clean = "Hi Sam,\n\nI'm sorry your parcel arrived late. I've refunded the shipping fee, and you'll see it on your card within 3 business days.\n\nDoes that work for you?\n\nBest,\nAna\n"
const noisy = 'Hi,\n\nUnfortunately we cannot refund this order.\n'

const root = mkdtempSync(join(tmpdir(), 'sl-many-'))
try {
  // 100 files per folder, 100 folders per level: a shape real help-centre exports have.
  for (let i = 0; i < count; i++) {
    const dir = join(root, `d${Math.floor(i / 10000)}`, `e${Math.floor(i / 100) % 100}`)
    if (i % 100 === 0) mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `r${i}.txt`), withMessages ? noisy : clean)
  }
  const started = Date.now()
  // A child that reports its own peak RSS: works where /usr/bin/time is missing.
  // (A file, not --eval: worker threads inherit the parent's flags and --input-type breaks them.)
  const probe = join(root, 'probe.mjs')
  writeFileSync(probe, `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 1); await import(${JSON.stringify(pathToFileURL(bin).href)})`)
  const r = spawnSync(process.execPath, [probe, bin, ...(process.env.SL_ARGS ? process.env.SL_ARGS.split(' ') : []), '--no-config-lookup', '--format', 'json', '--output-file', join(root, 'report.json'), root], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 600000,
  })
  const seconds = (Date.now() - started) / 1000
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? '')
  console.log(JSON.stringify({ files: count, messages: withMessages, seconds, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null, exit: r.status, stderr: (r.stderr ?? '').replace(/\nMAXRSS \d+\n/, '').slice(0, 300) }))
} finally {
  rmSync(root, { recursive: true, force: true })
}
