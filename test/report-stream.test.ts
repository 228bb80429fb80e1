// A large run writes its report file by file; the text must be exactly what the whole-results
// formatter makes of the same results.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers.ts'
import { loadFormatter } from '../src/formatters/index.ts'
import type { LintResult } from '../src/types.ts'

const DRAFTS = [
  "Hi Sam,\n\nUnfortunately we can't refund this order. Kindly send the receipt!!\n\nBest,\nAna\n",
  "Hi Jo,\n\nI'm sorry the parcel was late. I've refunded the fee; you'll see it within 3 days.\n\nDoes that work for you?\n\nBest,\nAl\n",
  'Hello,\n\nWe will look into it SOON. Please DO NOT reply.\n',
]

describe('streamed reports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-stream-'))
  // Past the streaming threshold (200 files), with clean and flagged drafts mixed.
  for (let i = 0; i < 230; i++) writeFileSync(join(dir, `d${String(i).padStart(3, '0')}.txt`), DRAFTS[i % DRAFTS.length])
  const results = JSON.parse(cli(['--format', 'json', '--concurrency', 'off', dir]).stdout) as LintResult[]

  it('json streams a complete, ordered result array', () => {
    expect(results).toHaveLength(230)
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort())
  })

  for (const name of ['stylish', 'compact', 'unix', 'github']) {
    it(`${name}: the streamed text equals the whole-results formatter's`, async () => {
      const streamed = cli(['--format', name, '--concurrency', 'off', dir])
      const whole = await (await loadFormatter(name, process.cwd()))(results, { cwd: process.cwd(), color: false, rulesMeta: {} })
      expect(streamed.stdout).toBe(whole.endsWith('\n') || !whole ? whole : whole + '\n')
      expect(streamed.code).toBe(1)
    })
  }

  it('--quiet streams errors only but exits on every problem', () => {
    const r = cli(['--format', 'compact', '--quiet', '--concurrency', 'off', dir])
    expect(r.stdout).not.toMatch(/\[Warning\//)
    expect(r.code).toBe(1)
  })

  it('worker threads stream the same report', () => {
    expect(cli(['--format', 'json', '--concurrency', '2', dir]).stdout).toBe(JSON.stringify(results) + '\n')
  })
})
