// Workers and the cache are optimisations: a run with them must print exactly what a plain run
// prints. The built CLI lints one generated corpus every way and the JSON reports are compared.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, generateCorpus } from './helpers.ts'

const DRAFTS = 200
let root: string
let corpus: string
let plain: string

function lint(...args: string[]) {
  const r = cli([corpus, '--format', 'json', ...args], { cwd: root, env: { CI: '' } })
  expect(r.stderr).toBe('')
  expect([0, 1]).toContain(r.code)
  return r.stdout
}

beforeAll(() => {
  if (!existsSync('dist/cli.cjs') || !existsSync('dist/worker.js')) throw new Error('run `npm run build` first (npm test does)')
  root = mkdtempSync(join(tmpdir(), 'sl-consistency-'))
  corpus = join(root, 'drafts')
  generateCorpus(corpus, DRAFTS, 42)
  plain = lint('--concurrency', 'off')
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('same report with and without workers and cache', () => {
  it('the plain run reports every draft', () => {
    const results = JSON.parse(plain) as Array<{ filePath: string; messages: unknown[] }>
    expect(results).toHaveLength(DRAFTS)
    expect(results.some((r) => r.messages.length)).toBe(true)
  })

  it('worker threads: same results in the same order', () => {
    expect(lint('--concurrency', '2')).toBe(plain)
    expect(lint('--concurrency', '3')).toBe(plain)
  }, 120_000)

  it('cache: the first run and the cached second run', () => {
    const location = join(root, 'cache-a')
    expect(lint('--cache', '--cache-location', location, '--concurrency', 'off')).toBe(plain)
    expect(existsSync(location)).toBe(true)
    expect(lint('--cache', '--cache-location', location, '--concurrency', 'off')).toBe(plain)
  }, 120_000)

  it('cache and workers together', () => {
    const location = join(root, 'cache-b')
    expect(lint('--cache', '--cache-location', location, '--concurrency', '2')).toBe(plain)
    expect(lint('--cache', '--cache-location', location, '--concurrency', '2')).toBe(plain)
  }, 120_000)

  it('a changed config or draft is not served from the cache', () => {
    const location = join(root, 'cache-c')
    lint('--cache', '--cache-location', location)
    const config = join(root, '.servicelintrc.json')
    writeFileSync(config, JSON.stringify({ rules: { 'negative-phrasing': 'off' } }))
    try {
      const fresh = lint('--concurrency', 'off')
      expect(fresh).not.toBe(plain)
      expect(lint('--cache', '--cache-location', location)).toBe(fresh)
      const first = join(corpus, 'draft-00000.txt')
      writeFileSync(first, readFileSync(first, 'utf8') + '\nUnfortunately we CANNOT do that.\n')
      const edited = lint('--concurrency', 'off')
      expect(lint('--cache', '--cache-location', location)).toBe(edited)
    } finally {
      rmSync(config)
    }
  }, 120_000)

  // A --cache run loads the extractors and sets its regexp flags only once a draft is not in the
  // cache (a second run over unchanged drafts needs neither); a Markdown or HTML draft edited since
  // is then linted as in a plain run.
  it('a cached run prepares for linting only when a draft needs it', () => {
    const location = join(root, 'cache-e')
    const codeCache = mkdtempSync(join(tmpdir(), 'sl-consistency-cc-'))
    // (An earlier case edited a draft: this run's own plain report is the reference.)
    const before = lint('--concurrency', 'off')
    expect(lint('--cache', '--cache-location', location)).toBe(before)
    const cachedRun = cli([corpus, '--format', 'json', '--cache', '--cache-location', location], { cwd: root, env: { CI: '', SERVICELINT_CODE_CACHE: codeCache } })
    expect(cachedRun.stdout === before).toBe(true)
    // The launcher writes code caches only after a run that set its flags.
    expect(readdirSync(codeCache)).toEqual([])
    for (const ext of ['md', 'html']) {
      const file = readdirSync(corpus).find((f) => f.endsWith(`.${ext}`))!
      const path = join(corpus, file)
      writeFileSync(path, readFileSync(path, 'utf8') + (ext === 'md' ? '\nUnfortunately we **cannot** do that.\n' : '<p>Unfortunately we CANNOT do that.</p>\n'))
    }
    const edited = lint('--concurrency', 'off')
    expect(edited === before).toBe(false)
    expect(lint('--cache', '--cache-location', location) === edited).toBe(true)
    rmSync(codeCache, { recursive: true, force: true })
  }, 120_000)

  it('a cache written by another build is ignored', () => {
    const location = join(root, 'cache-d')
    lint('--cache', '--cache-location', location)
    const data = JSON.parse(readFileSync(location, 'utf8')) as { build: string; entries: Record<string, { result: { messages: unknown[] } }> }
    // Same keys, results tampered with, but from "another version": must not be used.
    for (const e of Object.values(data.entries)) e.result.messages = []
    writeFileSync(location, JSON.stringify({ ...data, build: 'another-version' }))
    expect(lint('--cache', '--cache-location', location)).toBe(lint('--concurrency', 'off'))
  }, 120_000)

  it('no progress line when stderr is not a terminal', () => {
    const r = cli([corpus, '--format', 'json', '--concurrency', 'off'], { cwd: root })
    expect(r.stderr).toBe('')
  }, 120_000)
})
