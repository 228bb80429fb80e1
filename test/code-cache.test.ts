// The launcher's V8 code cache (bin/servicelint.js): a run with it, without it, or with a damaged
// one prints the same thing; it is written once per build, kept in a folder only this user can
// write to, and never makes a run fail. And the errors the bundles throw stay recognisable across
// the copies of their classes each bundle holds.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { cli } from './helpers.ts'

const DRAFT = "Unfortunately we can't refund this order. As I already explained, you should have read our policy.\n"
const ARGS = ['--stdin', '--format', 'json', '--no-config-lookup']

const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.bin'))

beforeAll(() => {
  if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first (npm test does)')
})

describe('code cache', () => {
  const plain = () => cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: 'off' } })

  it('is written on the first run, read on the next, and changes nothing in the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    const expected = plain()
    expect(expected.code).toBe(1)

    const first = cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: dir } })
    expect(first).toEqual(expected)
    const [file] = caches(dir)
    expect(caches(dir)).toHaveLength(1)
    expect(file).toContain(process.version)
    const written = statSync(join(dir, file))
    expect(written.mode & 0o077).toBe(0)

    const second = cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: dir } })
    expect(second).toEqual(expected)
    // Accepted, so not written again.
    expect(statSync(join(dir, file)).mtimeMs).toBe(written.mtimeMs)
    expect(caches(dir)).toEqual([file])
  })

  it('bundles loaded on demand mid-run get theirs, kept across runs of both sizes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    const md = '# Hi Ana\n\nUnfortunately we cannot refund this order.\n'
    const files = mkdtempSync(join(tmpdir(), 'sl-cc-files-'))
    // Over SMALL_RUN_FILES files a run compiles regexps under other flags than a one-draft run.
    for (let i = 0; i < 120; i++) writeFileSync(join(files, `d${i}.${i % 2 ? 'md' : 'txt'}`), md)
    const env = { SERVICELINT_CODE_CACHE: dir }
    const small = ['--stdin', '--stdin-filename', 'a.md', '--format', 'json', '--no-config-lookup']
    const expected = cli(small, { input: md, env: { SERVICELINT_CODE_CACHE: 'off' } })
    expect(cli(small, { input: md, env })).toEqual(expected)
    // A heading: the plain path does not take it, so remark-parse is loaded before the run's flags.
    expect(caches(dir).map((f) => f.slice(0, f.indexOf('@'))).sort()).toEqual(['cli', 'cli-markdown', 'cli-markdown-parse'])
    const stamps = () => caches(dir).map((f) => `${f} ${statSync(join(dir, f)).mtimeMs}`)
    const before = stamps()
    const bigArgs = [files, '--format', 'json', '--no-config-lookup', '--concurrency', 'off']
    const big = cli(bigArgs, { env })
    expect(big.code).toBe(1)
    // A run over files keeps caches of its own (it compiles far more than a one-draft run needs).
    const mine = caches(dir).filter((f) => f.includes('-files-'))
    expect(mine.map((f) => f.slice(0, f.indexOf('@'))).sort()).toEqual(['cli', 'cli-markdown', 'cli-markdown-parse'])
    expect(cli(small, { input: md, env })).toEqual(expected)
    expect(cli(bigArgs, { env })).toEqual(big)
    expect(stamps().filter((f) => f.includes('-stdin-'))).toEqual(before)
    expect(stamps()).toHaveLength(6)
  })

  // The bundles a run loads are the caches it writes: a draft the fast path takes never loads the
  // full parser (micromark, parse5), one it does not loads it then, with its cache (a --stdin run
  // never switches its regexp flags). The Markdown reply with a quote once crashed V8: its fast
  // path's patterns ran once before the run switched tier-up off, and again after.
  it('simple Markdown and HTML on stdin load no full parser', () => {
    const cases: Array<[string, string, string[]]> = [
      ['a.md', 'Hi Ana,\n\nUnfortunately we cannot refund this.\n\n- Open **Orders**.\n- Tap [Refund](https://example.com).\n', ['cli', 'cli-markdown']],
      ['a.md', 'Hi Ana,\n\nUnfortunately we cannot refund this.\n\n> On Monday you wrote:\n> Refund me.\n', ['cli', 'cli-markdown']],
      ['a.md', '## Hi Ana\n\nUnfortunately we cannot refund this.\n', ['cli', 'cli-markdown', 'cli-markdown-parse']],
      ['a.html', '<p>Hi Ana,</p>\n<p>Unfortunately we cannot refund this.</p>\n', ['cli', 'cli-html']],
      ['a.html', '<table><tr><td>Unfortunately we cannot refund this.</td></tr></table>\n', ['cli', 'cli-html', 'cli-html-parse']],
    ]
    for (const [name, input, bundles] of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
      const args = ['--stdin', '--stdin-filename', name, '--format', 'json', '--no-config-lookup']
      const r = cli(args, { input, env: { SERVICELINT_CODE_CACHE: dir } })
      expect(r).toEqual(cli(args, { input, env: { SERVICELINT_CODE_CACHE: 'off' } }))
      expect(r.code).toBe(1)
      expect(caches(dir).map((f) => f.slice(0, f.indexOf('@'))).sort(), input).toEqual(bundles)
    }
  })

  // The cache is written once and holds what its run compiled: a run that linted nothing must not
  // be the one to write it.
  it('is not written by a run that lints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    const env = { SERVICELINT_CODE_CACHE: dir }
    expect(cli(['--version'], { env }).code).toBe(0)
    expect(cli(['--no-such-flag'], { env }).code).toBe(2)
    expect(caches(dir)).toEqual([])
    expect(cli(ARGS, { input: DRAFT, env })).toEqual(plain())
    expect(caches(dir)).toHaveLength(1)
  })

  it('a damaged cache is set aside by V8: same output, and it is written again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: dir } })
    const [file] = caches(dir)
    const garbage = Buffer.alloc(statSync(join(dir, file)).size, 7)
    writeFileSync(join(dir, file), garbage)

    const r = cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: dir } })
    expect(r).toEqual(plain())
    expect(readFileSync(join(dir, file)).equals(garbage)).toBe(false)
  })

  it('is not used from a folder others can write to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    chmodSync(dir, 0o777)
    const r = cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: dir } })
    expect(r).toEqual(plain())
    expect(caches(dir)).toEqual([])
  })

  it('"off" writes nothing, and an unusable location is no error', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sl-cc-'))
    const off = cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: 'off', TMPDIR: tmp } })
    expect(off).toEqual(plain())
    expect(readdirSync(tmp)).toEqual([])

    const file = join(tmp, 'a-file')
    writeFileSync(file, '')
    expect(cli(ARGS, { input: DRAFT, env: { SERVICELINT_CODE_CACHE: join(file, 'below') } })).toEqual(plain())
  })
})

describe('launcher', () => {
  // The launcher sets the regexp flags every run compiles under before it loads a bundle (turning
  // tier-up off after a pattern ran once crashes V8); they must be the ones the CLI expects.
  it('sets the base regexp flags the CLI declares', async () => {
    const { BASE_FLAGS } = await import('../src/workers/regexp-flags.ts')
    const launcher = readFileSync(join('bin', 'servicelint.js'), 'utf8')
    const set = /const regExpFlags = (\[[^\]]*\])/.exec(launcher)
    expect(set, 'the launcher lists its flags in one array').not.toBeNull()
    expect(JSON.parse(set![1].replaceAll("'", '"'))).toEqual(BASE_FLAGS)
    expect(launcher.indexOf('for (const flag of regExpFlags) setFlagsFromString(flag)')).toBeGreaterThan(0)
    expect(launcher.indexOf('setFlagsFromString(flag)')).toBeLessThan(launcher.indexOf("loadBundle('cli.cjs')"))
  })

  it('an install without its bundles fails in one line, exit 2', () => {
    const root = mkdtempSync(join(tmpdir(), 'sl-nodist-'))
    mkdirSync(join(root, 'bin'))
    for (const f of ['servicelint.js', 'package.json']) copyFileSync(join('bin', f), join(root, 'bin', f))
    const r = spawnSync(process.execPath, [join(root, 'bin', 'servicelint.js'), '--version'], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^servicelint: cannot start: .*cli\.cjs is missing \(run `npm run build`, or reinstall servicelint\)\n$/)
  })
})

describe('errors across bundle copies', () => {
  it('instanceof holds between two copies of the error classes, by kind', async () => {
    const a = await import('../src/errors.ts')
    const notADraftA = (await import('../src/extract/types.ts')).NotADraft
    vi.resetModules()
    const b = await import('../src/errors.ts')
    const notADraftB = (await import('../src/extract/types.ts')).NotADraft
    expect(b.ConfigError).not.toBe(a.ConfigError)

    const config = new a.ConfigError('bad config')
    expect(config).toBeInstanceOf(b.ConfigError)
    expect(config).toBeInstanceOf(b.ServicelintError)
    expect(config).toBeInstanceOf(Error)
    expect(config instanceof b.InputError).toBe(false)
    expect(config.exitCode).toBe(2)
    expect(config.message).toBe('bad config')

    const skipped = new notADraftB('not a macro export')
    expect(skipped).toBeInstanceOf(notADraftA)
    expect(skipped).toBeInstanceOf(a.InputError)
    expect(new b.InputError('x') instanceof notADraftA).toBe(false)
    expect(new Error('plain') instanceof a.ServicelintError).toBe(false)
    expect((null as unknown as object) instanceof a.ServicelintError).toBe(false)
  })
})
