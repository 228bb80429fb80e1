// Test helpers: lint a text with one rule (through the real engine), and run the built CLI.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { builtinLoaders } from '../rules/index.ts'
import { lintSource } from '../src/lint/engine.ts'
import { formatOf } from '../src/extract/index.ts'
import type { LintMessage, RuleOptions } from '../src/types.ts'

export async function lintWithRule(id: string, text: string, ext = 'txt', options: RuleOptions = {}): Promise<LintMessage[]> {
  const rule = (await builtinLoaders[id]()).default
  const file = `case.${ext}`
  const result = await lintSource(text, file, formatOf(file) ?? 'text', [{ rule, severity: 2, options }])
  return result.messages
}

/** The words each message covers, from its range. */
export function flagged(text: string, messages: LintMessage[]): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return messages.map((m) => body.slice(m.range![0], m.range![1]))
}

export const BIN = resolve('bin/servicelint.js')

/** The benchmark's generator (../shared/bench/gen-corpus.mjs, as `npm run bench` runs it, 150 words). */
export const GEN_CORPUS = resolve('../shared/bench/gen-corpus.mjs')

/** Write `drafts` generated drafts (txt, md, html) into `dir`; throws with the generator's stderr. */
export function generateCorpus(dir: string, drafts: number, seed: number): void {
  const g = spawnSync(process.execPath, [GEN_CORPUS, dir, String(drafts), `--seed=${seed}`, '--words=150'], { encoding: 'utf8' })
  if (g.status !== 0) throw new Error(`gen-corpus failed: ${g.stderr}`)
}

/**
 * `use` a folder of generated drafts: SERVICELINT_CORPUS when set (a corpus of one's own), else
 * `drafts` fresh ones in a temporary folder, removed afterwards.
 */
export async function withCorpus<T>(drafts: number, seed: number, use: (dir: string) => Promise<T>): Promise<T> {
  if (process.env.SERVICELINT_CORPUS) return use(resolve(process.env.SERVICELINT_CORPUS))
  const dir = mkdtempSync(join(tmpdir(), 'servicelint-corpus-'))
  try {
    generateCorpus(dir, drafts, seed)
    return await use(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function cli(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input,
    cwd: opts.cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
