// Worker threads share a run with the main thread: how many a run gets, and that what the main
// thread keeps for itself (a very long draft, the drafts while the worker loads) and what the
// worker lints come out as one plain run would print them, in file order.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { cli, generateCorpus } from './helpers.ts'
import { AUTO_MIN_FILES, workerCount } from '../src/workers/concurrency.ts'
import { WORKER_MAX_CHARS } from '../src/workers/pool.ts'

// The machine as `auto` sees it: cores and load as the test sets them.
const machine = vi.hoisted(() => ({ load: 0, cores: 2 }))
vi.mock('node:os', async (original) => ({
  ...(await original<typeof import('node:os')>()),
  availableParallelism: () => machine.cores,
  loadavg: () => [machine.load, machine.load, machine.load],
}))

describe('workerCount', () => {
  it('counts the main thread among N threads', () => {
    expect(workerCount('off', 5000)).toBe(0)
    expect(workerCount(1, 5000)).toBe(0)
    expect(workerCount(2, 5000)).toBe(1)
    expect(workerCount(3, 5000)).toBe(2)
  })

  it('never more threads than files', () => {
    expect(workerCount(4, 1)).toBe(0)
    expect(workerCount(4, 2)).toBe(1)
  })

  it('auto: none for a small run', () => {
    machine.load = 0
    expect(workerCount('auto', AUTO_MIN_FILES - 1)).toBe(0)
  })

  it('auto on 2 cores: no workers (one thread already keeps both busy)', () => {
    machine.cores = 2
    machine.load = 0.5
    expect(workerCount('auto', 50_000)).toBe(0)
  })

  it('auto on more cores: workers beside the main thread while cores are free, none on a busy machine', () => {
    machine.cores = 4
    machine.load = 1.5
    expect(workerCount('auto', AUTO_MIN_FILES)).toBe(3)
    machine.load = 5
    expect(workerCount('auto', AUTO_MIN_FILES)).toBe(0)
    machine.cores = 16
    machine.load = 0
    expect(workerCount('auto', AUTO_MIN_FILES)).toBe(7)
    machine.cores = 2
  })
})

describe('a run shared between the main thread and a worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-workers-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  generateCorpus(dir, 120, 7)
  const drafts = readdirSync(dir).sort()
  // Too long for a worker: the main thread lints it, in its place among the others.
  const text = drafts.find((f) => f.endsWith('.txt'))!
  const long = readFileSync(join(dir, text), 'utf8')
  writeFileSync(join(dir, drafts[60].replace(/\.\w+$/, '-long.txt')), long.repeat(Math.ceil((WORKER_MAX_CHARS + 1) / long.length)))

  const run = (...args: string[]) => {
    const r = cli([dir, '--format', 'json', ...args], { env: { CI: '' } })
    expect(r.stderr).toBe('')
    expect([0, 1]).toContain(r.code)
    return r.stdout
  }

  it('prints what a single-threaded run prints', () => {
    const plain = run('--concurrency', 'off')
    expect(JSON.parse(plain)).toHaveLength(drafts.length + 1)
    expect(run('--concurrency', '2')).toBe(plain)
    expect(run('--concurrency', '3')).toBe(plain)
  }, 120_000)
})
