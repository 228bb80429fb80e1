// Bad input through the real CLI: every failure is exit 2 and one line on stderr naming the file
// and the problem (a stack only with --debug); skips are warnings; nothing hangs, nothing is lost.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, cli } from './helpers.ts'
import { compilePattern } from '../src/lint/sentences.ts'
import { isSafeSource } from '../src/config/safe-pattern.ts'
import type { PhraseEntry } from '../src/lint/phrase-rule.ts'

const BAD = "Unfortunately we can't refund this order.\n"
const GOOD = "Hi Sam,\n\nI'm sorry your parcel arrived late. I've refunded the shipping fee, and you'll see it on your card within 3 business days.\n\nDoes that work for you?\n\nBest,\nAna\n"
const asRoot = process.getuid?.() === 0

function tree(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bad-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/** The CLI with a time limit: a hang fails the test instead of stalling the suite. */
function sl(args: string[], opts: { cwd?: string; timeout?: number; env?: Record<string, string>; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeout ?? 20000,
    maxBuffer: 1 << 27,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...opts.env },
  })
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

type Run = { code: number | null; stderr: string }

/** Exit 2, exactly one stderr line `servicelint: …` holding every needle, no stack frame. */
function expectOneLineError(r: Run, ...needles: Array<string | RegExp>): void {
  expect(r.code, r.stderr).toBe(2)
  const lines = r.stderr.trimEnd().split('\n')
  expect(lines, r.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^servicelint: /)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  for (const n of needles) expect(lines[0]).toMatch(typeof n === 'string' ? new RegExp(escape(n)) : n)
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('servicelint: warning: '))
const jsonOf = (s: string) => JSON.parse(s) as Array<{ filePath: string; messages: Array<{ ruleId: string }>; errorCount: number }>

beforeAll(() => {
  if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first (npm test does)')
})

describe('files that are not there', () => {
  it('missing file', () => {
    expectOneLineError(sl(['no/such/draft.txt']), 'no/such/draft.txt', 'no such file')
  })

  it('folder with no lintable file', () => {
    const d = tree({ 'notes.dat': 'x', 'img.png': Buffer.from([0x89, 0x50]) })
    expectOneLineError(sl([d]), d, 'no lintable files')
  })

  it('broken symlink, named', () => {
    const d = tree()
    symlinkSync(join(d, 'gone.txt'), join(d, 'dangling.txt'))
    expectOneLineError(sl([join(d, 'dangling.txt')]), 'dangling.txt', 'broken symbolic link')
  })

  it('broken symlink in a folder walk: skipped, the rest linted', () => {
    const d = tree({ 'a.txt': BAD })
    symlinkSync(join(d, 'gone.txt'), join(d, 'dangling.txt'))
    const r = sl(['--format', 'json', d])
    expect(r.code).toBe(1)
    expect(jsonOf(r.stdout).map((f) => basename(f.filePath))).toEqual(['a.txt'])
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('symlink loop, named', () => {
    const d = tree()
    symlinkSync(join(d, 'b.txt'), join(d, 'a.txt'))
    symlinkSync(join(d, 'a.txt'), join(d, 'b.txt'))
    expectOneLineError(sl([join(d, 'a.txt')]), 'a.txt', 'symbolic link loop')
  })

  it('symlink loop in a folder walk terminates', () => {
    const d = tree({ 'sub/a.txt': BAD })
    symlinkSync(d, join(d, 'sub', 'up'))
    symlinkSync(join(d, 'sub'), join(d, 'sub', 'self'))
    const r = sl(['--format', 'json', d], { timeout: 20000 })
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    expect(jsonOf(r.stdout).map((f) => basename(f.filePath))).toEqual(['a.txt'])
  })
})

describe('files that cannot be read', () => {
  // Root reads mode-000 files, so the check runs as `nobody` when setpriv can drop privileges.
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p))
  it.skipIf(asRoot && !setpriv)('unreadable file (permission denied)', () => {
    const d = tree({ 'locked.txt': BAD })
    chmodSync(d, 0o755)
    chmodSync(join(d, 'locked.txt'), 0o000)
    const file = join(d, 'locked.txt')
    const r = asRoot
      ? spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, file], {
          encoding: 'utf8',
          cwd: d,
          env: { ...process.env, NO_COLOR: '1', HOME: d },
          timeout: 20000,
        })
      : spawnSync(process.execPath, [BIN, file], { encoding: 'utf8', timeout: 20000 })
    expectOneLineError({ code: r.status, stderr: r.stderr }, 'locked.txt', 'permission denied')
  })
})

describe('files that are not UTF-8 text', () => {
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0])

  it('binary file, named: an error', () => {
    const d = tree({ 'photo.txt': binary })
    expectOneLineError(sl([join(d, 'photo.txt')]), 'photo.txt', 'binary file')
  })

  it('binary file in a folder walk: skipped with a warning, the others linted', () => {
    const d = tree({ 'photo.txt': binary, 'a.txt': BAD })
    const r = sl(['--format', 'json', d])
    expect(r.code).toBe(1)
    expect(jsonOf(r.stdout).map((f) => basename(f.filePath))).toEqual(['a.txt'])
    expect(warnings(r.stderr)).toEqual([expect.stringMatching(/photo\.txt: binary file.*skipped/)])
  })

  it('a stray NUL in a UTF-8 draft is still text', () => {
    const d = tree({ 'pasted.txt': `Hi,\n\nUnfortunately we can't\u0000 refund this.\n` })
    const r = sl(['--format', 'json', join(d, 'pasted.txt')])
    expect(r.code).toBe(1)
    expect(jsonOf(r.stdout)[0].messages.map((m) => m.ruleId)).toContain('negative-phrasing')
  })

  it('invalid UTF-8: names the byte offset', () => {
    const d = tree({ 'latin1.txt': Buffer.from('Hi,\n\nsorry about the caf\xe9 order\n', 'latin1') })
    expectOneLineError(sl([join(d, 'latin1.txt')]), 'latin1.txt', /not valid UTF-8 \(bad byte at offset 24\)/)
  })

  it('UTF-16 LE and BE with a BOM: decoded and linted', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    const d = tree({ 'le.txt': le, 'be.txt': be })
    for (const f of ['le.txt', 'be.txt']) {
      const r = sl(['--format', 'json', join(d, f)])
      expect(r.code, r.stderr).toBe(1)
      expect(jsonOf(r.stdout)[0].messages.map((m) => m.ruleId)).toContain('negative-phrasing')
    }
  })

  it('UTF-16 without a BOM: an error that says so', () => {
    const le = Buffer.from(GOOD, 'utf16le')
    const be = Buffer.from(le)
    be.swap16()
    const d = tree({ 'le.txt': le, 'be.txt': be })
    for (const f of ['le.txt', 'be.txt']) expectOneLineError(sl([join(d, f)]), f, 'UTF-16 without a byte order mark')
  })
})

describe('empty and huge files', () => {
  it('empty or blank file: clean, exit 0, even with every rule on', () => {
    const d = tree({ 'empty.txt': '', 'blank.md': '\n\n  \r\n', 'bom.txt': '\uFEFF', '.servicelintrc.json': JSON.stringify({ extends: 'servicelint:all' }) })
    for (const f of ['empty.txt', 'blank.md', 'bom.txt']) {
      const r = sl(['--format', 'json', join(d, f)], { cwd: d })
      expect(r.code, r.stdout).toBe(0)
      expect(jsonOf(r.stdout)[0].messages).toEqual([])
    }
  })

  it('a 50 MB file is skipped with a warning, quickly; the others decide the exit code', () => {
    const d = tree({ 'a.txt': BAD, 'ok.txt': GOOD })
    writeFileSync(join(d, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'We will reply soon. '))
    const started = Date.now()
    const named = sl([join(d, 'huge.txt'), join(d, 'ok.txt')])
    expect(named.code).toBe(0)
    expect(warnings(named.stderr)).toEqual([expect.stringMatching(/huge\.txt: skipped, 50\.0 MB is over --max-file-size 5\.0 MB/)])
    const walked = sl(['--format', 'json', d])
    expect(walked.code).toBe(1)
    expect(jsonOf(walked.stdout).map((f) => basename(f.filePath)).sort()).toEqual(['a.txt', 'ok.txt'])
    expect(Date.now() - started).toBeLessThan(30000)
  }, 60000)

  it('--max-file-size lowers the limit', () => {
    const d = tree({ 'a.txt': BAD })
    const r = sl(['--max-file-size', '10', join(d, 'a.txt')])
    expect(r.code).toBe(0)
    expect(warnings(r.stderr)).toEqual([expect.stringMatching(/a\.txt: skipped/)])
  })
})

describe('bad configs', () => {
  const withConfig = (name: string, text: string) => {
    const d = tree({ [name]: text, 'a.txt': BAD })
    return { d, r: sl([join(d, 'a.txt')], { cwd: d }) }
  }

  it('malformed JSON: file, line and column', () => {
    const { r } = withConfig('.servicelintrc.json', '{\n  "rules": {\n    "negative-phrasing": "warn",\n  }\n}\n')
    expectOneLineError(r, /\.servicelintrc\.json:4:3: invalid JSON: /)
  })

  it('malformed JSON, truncated: points at the end', () => {
    const { r } = withConfig('.servicelintrc.json', '{\n  "rules": {\n')
    expectOneLineError(r, /\.servicelintrc\.json:3:1: invalid JSON: /)
  })

  it('malformed JSON in an extensionless .servicelintrc', () => {
    const { r } = withConfig('.servicelintrc', '{\n  "rules": { "negative-phrasing": "warn" ]\n}\n')
    expectOneLineError(r, /\.servicelintrc:2:42: invalid JSON: /)
  })

  it('malformed YAML: file, line and column', () => {
    const { r } = withConfig('.servicelintrc.yaml', 'rules:\n  negative-phrasing: [warn\n')
    expectOneLineError(r, /\.servicelintrc\.yaml:3:1: invalid YAML: /)
  })

  it('unknown rule', () => {
    const { r } = withConfig('.servicelintrc.json', JSON.stringify({ rules: { 'no-such-rule': 'error' } }))
    expectOneLineError(r, '.servicelintrc.json', 'rules.no-such-rule: unknown rule')
  })

  it('bad severity', () => {
    const { r } = withConfig('.servicelintrc.json', JSON.stringify({ rules: { 'negative-phrasing': 'loud' } }))
    expectOneLineError(r, 'rules.negative-phrasing: bad severity "loud"')
  })

  it('bad option', () => {
    const { r } = withConfig('.servicelintrc.json', JSON.stringify({ rules: { 'negative-phrasing': ['warn', { ad: ['x'] }] } }))
    expectOneLineError(r, 'rules.negative-phrasing: bad option', '"ad"')
  })

  it('unknown top-level key', () => {
    const { r } = withConfig('.servicelintrc.json', JSON.stringify({ rulez: {} }))
    expectOneLineError(r, 'rulez: unknown key')
  })

  it('extends cycle', () => {
    const d = tree({ 'a.json': JSON.stringify({ extends: './b.json' }), 'b.json': JSON.stringify({ extends: './a.json' }), 'x.txt': BAD })
    expectOneLineError(sl(['--config', join(d, 'a.json'), join(d, 'x.txt')]), 'extends: cycle', 'a.json', 'b.json')
  })

  it('missing plugin package', () => {
    const { r } = withConfig('.servicelintrc.json', JSON.stringify({ plugins: ['servicelint-plugin-nowhere'] }))
    expectOneLineError(r, 'plugins: cannot find package "servicelint-plugin-nowhere"')
  })

  it('--config file that does not exist', () => {
    const d = tree({ 'a.txt': BAD })
    expectOneLineError(sl(['--config', join(d, 'nope.json'), join(d, 'a.txt')]), 'nope.json', 'not found')
  })

  it('a config error shows its stack only with --debug', () => {
    const d = tree({ '.servicelintrc.json': JSON.stringify({ rules: { nope: 'error' } }), 'a.txt': BAD })
    const r = sl(['--debug', join(d, 'a.txt')], { cwd: d })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^servicelint: .*nope: unknown rule/)
    expect(r.stderr).toMatch(/\n\s+at /)
  })
})

describe('hostile patterns', () => {
  const evil = '(a+)+$'
  const victim = 'a'.repeat(40) + '!'

  it('a team phrase `pattern` that backtracks catastrophically is rejected at load', () => {
    const d = tree({ '.servicelintrc.json': JSON.stringify({ phrases: { 'team/evil': { pattern: [evil], message: 'x' } } }), 'a.txt': victim })
    expectOneLineError(sl([join(d, 'a.txt')], { cwd: d, timeout: 10000 }), 'phrases.team/evil.pattern[0]', 'backtrack catastrophically')
  })

  it('a team phrase `pattern` that is not a regex is rejected at load', () => {
    const d = tree({ '.servicelintrc.json': JSON.stringify({ phrases: { 'team/x': { pattern: ['(per policy'] } } }), 'a.txt': BAD })
    expectOneLineError(sl([join(d, 'a.txt')], { cwd: d }), 'phrases.team/x.pattern[0]', 'not a valid regular expression')
  })

  it('a safe team `pattern` lints', () => {
    const d = tree({
      '.servicelintrc.json': JSON.stringify({ phrases: { 'team/policy': { pattern: ['(?:as )?per (?:our|the) polic(?:y|ies)'], message: 'no policy talk' } } }),
      'a.txt': 'Hi,\n\nAs per our policy, we refund in 3 days.\n',
    })
    const r = sl(['--format', 'json', join(d, 'a.txt')], { cwd: d })
    expect(r.code, r.stderr).toBe(1)
    expect(jsonOf(r.stdout)[0].messages.map((m) => m.ruleId)).toContain('team/policy')
  })

  it('the same text as a literal `match` is harmless: words, not a regex', () => {
    const d = tree({ '.servicelintrc.json': JSON.stringify({ phrases: { 'team/evil': { match: [evil] } } }), 'a.txt': victim })
    const r = sl(['--format', 'json', join(d, 'a.txt')], { cwd: d, timeout: 10000 })
    expect(r.signal).toBeNull()
    expect([0, 1]).toContain(r.code)
    expect(jsonOf(r.stdout)[0].messages.map((m) => m.ruleId)).not.toContain('team/evil')
  })

  it('the safety check: nested unbounded repetition is refused; optional words and small bounds are not', () => {
    const verdicts = Object.fromEntries(
      ['(a+)+$', '(a*)*', '([a-z]+)*', '(?<w>a+)+', '(?<!x)(a+)+', '(x+){0,50}', '(x+){2,}', '(?:the )?polic(?:y|ies)', '(?:(?:very |top )+)?priority', '(?:[\\w-]+ ){0,3}team', '[?{]+', '\\?+'].map((p) => [p, isSafeSource(compilePattern(p).source)]),
    )
    expect(verdicts).toEqual({
      '(a+)+$': false,
      '(a*)*': false,
      '([a-z]+)*': false,
      '(?<w>a+)+': false,
      '(?<!x)(a+)+': false,
      '(x+){0,50}': false,
      '(x+){2,}': false,
      '(?:the )?polic(?:y|ies)': true,
      '(?:(?:very |top )+)?priority': true,
      '(?:[\\w-]+ ){0,3}team': true,
      '[?{]+': true,
      '\\?+': true,
    })
  })

  it('every built-in phrase pattern passes safe-regex2 (compiled as the engine compiles it)', async () => {
    const root = resolve('rules')
    const files = readdirSync(root).map((r) => join(root, r, 'phrases.ts')).filter((f) => existsSync(f))
    expect(files.length).toBeGreaterThan(0)
    const unsafe: string[] = []
    let checked = 0
    for (const file of files) {
      const mod = (await import(pathToFileURL(file).href)) as { default?: PhraseEntry[] } & Record<string, unknown>
      const lists = Object.values(mod).filter((v): v is PhraseEntry[] => Array.isArray(v) && v.every((e) => Array.isArray((e as PhraseEntry)?.match)))
      for (const entry of lists.flat()) {
        for (const pattern of entry.match) {
          checked++
          if (!isSafeSource(compilePattern(pattern).source)) unsafe.push(`${basename(join(file, '..'))}/${entry.id}: ${pattern}`)
        }
      }
    }
    expect(checked).toBeGreaterThan(0)
    expect(unsafe).toEqual([])
  })
})

describe('formatters and output', () => {
  it('unknown --format', () => {
    const d = tree({ 'a.txt': GOOD })
    expectOneLineError(sl(['--format', 'nope-nope', join(d, 'a.txt')]), '--format nope-nope', 'no such formatter')
  })

  it('a formatter module that throws', () => {
    const d = tree({ 'a.txt': BAD, 'boom.cjs': "module.exports = () => { throw new Error('boom\\nsecond line') }" })
    expectOneLineError(sl(['--format', join(d, 'boom.cjs'), join(d, 'a.txt')]), 'boom.cjs', 'the formatter failed: boom')
  })

  it('a formatter module that does not load', () => {
    const d = tree({ 'a.txt': BAD, 'broken.cjs': 'module.exports = (' })
    expectOneLineError(sl(['--format', join(d, 'broken.cjs'), join(d, 'a.txt')]), 'broken.cjs', 'cannot load')
  })

  it('output to a closed pipe exits quietly', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 400; i++) files[`f${i}.txt`] = BAD.repeat(20)
    const d = tree(files)
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" "${d}" | head -1 >/dev/null; echo "status $?" >&2`], {
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, NO_COLOR: '1' },
    })
    const lines = r.stderr.trim().split('\n')
    expect(lines.at(-1)).toMatch(/^status (0|1|141)$/)
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at |internal error/)
  }, 60000)

  it('--output-file into a path that cannot be written', () => {
    const d = tree({ 'a.txt': BAD, 'file': 'x' })
    expectOneLineError(sl(['--output-file', join(d, 'file', 'report.txt'), join(d, 'a.txt')]), 'report.txt', 'cannot write the report')
  })
})

describe('security', () => {
  it('--stdin never writes a file, even with --stdin-filename naming one', () => {
    const d = tree({ 'draft.txt': BAD })
    const fixFlag = supportsFix() ? ['--fix'] : []
    const r = sl(['--stdin', '--stdin-filename', 'draft.txt', ...fixFlag], { cwd: d, input: 'Kindly reply. Unfortunately we cannot refund this.\n' })
    expect([0, 1, 2]).toContain(r.code)
    expect(readdirSync(d)).toEqual(['draft.txt'])
    expect(readFileSync(join(d, 'draft.txt'), 'utf8')).toBe(BAD)
  })

  it('no network access, whatever the config and drafts hold', () => {
    // A preload that makes every way out throw and leaves a mark on stderr.
    const guard = join(tree(), 'no-network.cjs')
    writeFileSync(
      guard,
      `const deny = (what) => function () { process.stderr.write('NETWORK-ATTEMPT ' + what + '\\n'); throw new Error('network access: ' + what) }
for (const [mod, fns] of [['net', ['connect', 'createConnection']], ['tls', ['connect']], ['http', ['request', 'get']], ['https', ['request', 'get']], ['dns', ['lookup', 'resolve']], ['dgram', ['createSocket']]]) {
  const m = require(mod)
  for (const f of fns) m[f] = deny(mod + '.' + f)
}
require('dns').promises.lookup = deny('dns.promises.lookup')
globalThis.fetch = deny('fetch')
require('module').syncBuiltinESMExports()
`,
    )
    const d = tree({
      '.servicelintrc.json': JSON.stringify({
        $schema: 'https://example.com/servicelint.schema.json',
        phrases: { 'team/links': { match: ['http://example.com/refunds'], message: 'see https://intranet.example.com/style' } },
        ignorePatterns: ['https://example.com/**'],
      }),
      'a.md': 'Hi,\n\nSee [our policy](https://example.com/policy) and <img src="http://example.com/x.png">.\n',
      'b.html': '<p>Hi, <a href="https://example.com">here</a><img src="https://example.com/p.gif"></p>',
      'c.eml': 'From: a@example.com\nContent-Type: text/html\n\n<p>Hi <img src="http://example.com/t.png"></p>\n',
    })
    // The guard itself works: a script that does fetch is caught.
    const control = spawnSync(process.execPath, ['-e', "fetch('http://example.com').catch(() => {}); require('node:https').get('https://example.com').on('error', () => {})"], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${guard}` },
      timeout: 10000,
    })
    expect(control.stderr).toMatch(/NETWORK-ATTEMPT fetch/)
    const r = sl(['--format', 'json', d], { cwd: d, env: { NODE_OPTIONS: `--require ${guard}` } })
    expect(r.stderr).not.toMatch(/NETWORK-ATTEMPT/)
    expect([0, 1]).toContain(r.code)
    expect(jsonOf(r.stdout)).toHaveLength(3)
  })
})

function supportsFix(): boolean {
  return /--fix\b/.test(cli(['--help']).stdout)
}

describe('interrupted --fix', () => {
  // Every rule on, and a draft with something for each fixable rule.
  const config = JSON.stringify({ extends: 'servicelint:all' })
  const src = 'Hi Sam,\n\nPlease be advised that you just need to SEND THE RECEIPT NOW!!! Kindly reply.\n\nThanks,\nAl\n'

  // --fix is another piece of work; this runs as soon as the CLI has it.
  it.skipIf(!supportsFix())('SIGINT and SIGTERM mid-run: every file old or new, never half; exit 130/143 quietly', async () => {
    const probe = tree({ '.servicelintrc.json': config, 'one.txt': src })
    sl(['--fix', join(probe, 'one.txt')])
    const fixed = readFileSync(join(probe, 'one.txt'), 'utf8')
    expect(fixed, 'the draft has something --fix changes').not.toBe(src)

    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const files: Record<string, string> = { '.servicelintrc.json': config }
      for (let i = 0; i < 1500; i++) files[`d${i % 10}/f${i}.txt`] = src
      const d = tree(files)
      const child = spawn(process.execPath, [BIN, '--fix', d], { env: { ...process.env, NO_COLOR: '1' } })
      let stderr = ''
      child.stderr.on('data', (b: Buffer) => (stderr += b))
      child.stdout.resume()
      // Wait for the first rewritten file, so the signal lands while writes are under way.
      const started = Date.now()
      const firstFile = join(d, 'd0', 'f0.txt')
      while (readFileSync(firstFile, 'utf8') === src && Date.now() - started < 20000 && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 5))
      }
      child.kill(signal)
      const exit = await new Promise<number | null>((r) => child.on('close', (c) => r(c)))
      const all = Object.keys(files).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8'))
      const damaged = all.filter((t) => t !== src && t !== fixed)
      expect(damaged, `${damaged.length} files half-written`).toEqual([])
      const leftovers = readdirSync(d, { recursive: true }).map(String).filter((f) => !/^(?:d\d(\/f\d+\.txt)?|\.servicelintrc\.json)$/.test(f))
      expect(leftovers, 'temp files left behind').toEqual([])
      // Stopped mid-way it exits 130/143; a run that finished before the signal landed, 0/1.
      const changed = all.filter((t) => t === fixed).length
      if (changed < all.length) expect(exit).toBe(code)
      else expect([0, 1]).toContain(exit)
      expect(stderr).not.toMatch(/\n\s+at |internal error/)
    }
  }, 90000)
})
