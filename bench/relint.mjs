// The editor path: one 300-word draft re-linted after each small edit, in-process, through the
// API the language server uses (a Linter kept alive between edits). Prints JSON: median and p90 ms.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { Linter } = await import(pathToFileURL(process.argv[3] ?? join(root, 'dist/index.js')).href)
const text = readFileSync(process.argv[2], 'utf8')
const linter = new Linter({ cwd: root, configLookup: false })

// Each edit types one word into the middle of the draft, as a person would between pauses.
const at = text.indexOf(' ', text.length >> 1)
const edit = (i) => text.slice(0, at) + ` word${i % 7}` + text.slice(at)

const times = []
for (let i = 0; i < 230; i++) {
  const t0 = process.hrtime.bigint()
  await linter.lintText(edit(i), 'draft.txt')
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (i >= 30) times.push(ms) // the first edits load rules and warm the JIT
}
times.sort((a, b) => a - b)
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
console.log(JSON.stringify({ via: 'Linter API', edits: times.length, medianMs: q(0.5), p90Ms: q(0.9) }))
