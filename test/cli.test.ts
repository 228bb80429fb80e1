// The real CLI as a subprocess: exit codes, stdin, globs, folders, config lookup, bad config and
// bad input — what a newcomer and a CI job meet first.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, mkdirSync, openSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from './helpers.ts'

const GOOD = readFileSync('fixtures/demo/good-reply.txt', 'utf8')
const BAD = "Unfortunately we can't refund this order. As I already explained, you should have read our policy.\n"

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const json = (s: string) => JSON.parse(s) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number; range: [number, number]; suggestions?: unknown[]; url?: string }>; errorCount: number; warningCount: number }>
const isOneLineError = (r: { code: number | null; stderr: string }) =>
  r.code === 2 && r.stderr.trim().split('\n').length === 1 && !/\n\s+at /.test(r.stderr)

beforeAll(() => {
  if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first (npm test does)')
})

describe('exit codes and output', () => {
  it('a clean draft exits 0 and prints nothing', () => {
    const r = cli(['--stdin', '--rule', 'require-acknowledgement: off', '--rule', 'require-next-steps: off', '--rule', 'require-checkback: off'], { input: GOOD })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
  })

  it('errors exit 1 with stylish rows and a summary', () => {
    const r = cli(['--stdin'], { input: BAD })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^<stdin>$/m)
    expect(r.stdout).toMatch(/^ {2}1:1 {2}.*error.*negative-phrasing$/m)
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/)
    expect(r.stdout).not.toMatch(/\u001b\[/)
  })

  it('--color forces colour even into a pipe', () => {
    expect(cli(['--stdin', '--color'], { input: BAD }).stdout).toMatch(/\u001b\[/)
  })

  it('json is ESLint-shaped with 1-based, end-exclusive positions in the original file', () => {
    const r = cli(['--stdin', '--format', 'json'], { input: BAD })
    const [result] = json(r.stdout)
    expect(result.filePath).toBe('<stdin>')
    const m = result.messages.find((x) => x.ruleId === 'negative-phrasing')!
    expect(m).toMatchObject({ severity: 2, line: 1, column: 1, endLine: 1, endColumn: 14 })
    expect(BAD.slice(m.range[0], m.range[1])).toBe('Unfortunately')
    expect(m.url).toMatch(/negative-phrasing/)
    expect(result.errorCount).toBeGreaterThan(0)
  })

  it('stdin redirected from a file (read at once) reads like stdin from a pipe (read as a stream)', () => {
    const dir = tree({ 'draft.txt': `\uFEFF${BAD}` })
    const fd = openSync(join(dir, 'draft.txt'), 'r')
    try {
      const fromFile = spawnSync(process.execPath, ['bin/servicelint.js', '--stdin', '--format', 'json'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' })
      const fromPipe = cli(['--stdin', '--format', 'json'], { input: `\uFEFF${BAD}` })
      expect(fromFile.status).toBe(1)
      expect(fromFile.stdout).toBe(fromPipe.stdout)
      expect(json(fromFile.stdout)[0].messages.length).toBeGreaterThan(0)
    } finally {
      closeSync(fd)
    }
  })

  it('warnings alone exit 0, and 1 past --max-warnings', () => {
    const args = ['--stdin', '--no-config-lookup', '--rule', 'negative-phrasing: warn', '--rule', 'require-acknowledgement: off', '--rule', 'require-next-steps: off', '--rule', 'require-checkback: off']
    for (const id of ['blame-language', 'canned-phrases']) args.push('--rule', `${id}: off`)
    const input = "Unfortunately that's how it is.\n"
    expect(cli(args, { input }).code).toBe(0)
    const r = cli([...args, '--max-warnings', '0'], { input })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/too many warnings/)
  })

  it('--quiet shows errors only but the exit code counts everything', () => {
    const r = cli(['--stdin', '--quiet', '--format', 'json', '--rule', 'negative-phrasing: warn'], { input: BAD })
    expect(json(r.stdout)[0].messages.every((m) => m.severity === 2)).toBe(true)
  })

  it('-o writes the report to a file', () => {
    const dir = tree({})
    const out = join(dir, 'reports/lint.json')
    const r = cli(['--stdin', '--format', 'json', '-o', out], { input: BAD })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(json(readFileSync(out, 'utf8'))[0].messages.length).toBeGreaterThan(0)
  })
})

describe('files, folders and globs', () => {
  const dir = tree({
    'macros/refund.txt': BAD,
    'macros/billing/late.txt': BAD,
    'macros/notes.md': BAD,
    'node_modules/pkg/x.txt': BAD,
    '.git/x.txt': BAD,
    'skipme/x.txt': BAD,
    '.servicelintignore': 'skipme/\n',
    'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
  })
  const names = (stdout: string) => json(stdout).map((r) => r.filePath.slice(dir.length + 1)).sort()

  it('no pattern lints the current folder, recursing, skipping node_modules, .git and ignored paths', () => {
    const r = cli(['--format', 'json'], { cwd: dir })
    expect(names(r.stdout)).toEqual(['macros/billing/late.txt', 'macros/notes.md', 'macros/refund.txt'])
  })

  it('expands quoted globs itself', () => {
    expect(names(cli(['--format', 'json', 'macros/**/*.txt'], { cwd: dir }).stdout)).toEqual(['macros/billing/late.txt', 'macros/refund.txt'])
  })

  it('takes several patterns at once without duplicates', () => {
    expect(names(cli(['--format', 'json', 'macros/refund.txt', 'macros'], { cwd: dir }).stdout)).toHaveLength(3)
  })

  it('--ignore-pattern skips matching files', () => {
    expect(names(cli(['--format', 'json', '--ignore-pattern', 'billing/', '.'], { cwd: dir }).stdout)).toEqual(['macros/notes.md', 'macros/refund.txt'])
  })
})

describe('config', () => {
  it('is looked up from the linted file’s folder upward', () => {
    const dir = tree({ 'team/.servicelintrc.json': JSON.stringify({ rules: { 'negative-phrasing': 'off' } }), 'team/sub/a.txt': BAD, 'b.txt': BAD })
    const [a] = json(cli(['--format', 'json', join(dir, 'team/sub/a.txt')]).stdout)
    const [b] = json(cli(['--format', 'json', join(dir, 'b.txt')]).stdout)
    expect(a.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)
    expect(b.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(true)
  })

  it('reads YAML, package.json and JS configs', () => {
    for (const [name, body] of [
      ['.servicelintrc.yaml', 'rules:\n  negative-phrasing: "off"\n'],
      ['package.json', JSON.stringify({ name: 'x', servicelint: { rules: { 'negative-phrasing': 'off' } } })],
      ['servicelint.config.mjs', "export default { rules: { 'negative-phrasing': 'off' } }\n"],
    ]) {
      const dir = tree({ [name]: body, 'a.txt': BAD })
      const [a] = json(cli(['--format', 'json', 'a.txt'], { cwd: dir }).stdout)
      expect(a.messages.some((m) => m.ruleId === 'negative-phrasing'), name).toBe(false)
    }
  })

  it('--stdin-filename decides which override applies', () => {
    const dir = tree({ '.servicelintrc.json': JSON.stringify({ overrides: [{ files: ['macros/**'], rules: { 'negative-phrasing': 'off' } }] }) })
    const inMacros = json(cli(['--stdin', '--stdin-filename', 'macros/a.txt', '--format', 'json'], { input: BAD, cwd: dir }).stdout)[0]
    const elsewhere = json(cli(['--stdin', '--stdin-filename', 'other/a.txt', '--format', 'json'], { input: BAD, cwd: dir }).stdout)[0]
    expect(inMacros.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)
    expect(elsewhere.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(true)
  })

  it('-c replaces lookup; --no-config-lookup uses the recommended preset', () => {
    const dir = tree({ '.servicelintrc.json': JSON.stringify({ rules: { 'negative-phrasing': 'off' } }), 'strict.json': JSON.stringify({ extends: 'servicelint:all' }), 'a.txt': BAD })
    const viaC = json(cli(['--format', 'json', '-c', 'strict.json', 'a.txt'], { cwd: dir }).stdout)[0]
    expect(viaC.messages.find((m) => m.ruleId === 'negative-phrasing')?.severity).toBe(1)
    const none = json(cli(['--format', 'json', '--no-config-lookup', 'a.txt'], { cwd: dir }).stdout)[0]
    expect(none.messages.find((m) => m.ruleId === 'negative-phrasing')?.severity).toBe(2)
  })

  it('extends a path and keeps options when only the severity changes', () => {
    const dir = tree({
      'base.json': JSON.stringify({ rules: { 'negative-phrasing': ['error', { remove: ['unfortunately'] }] } }),
      '.servicelintrc.json': JSON.stringify({ extends: ['servicelint:recommended', './base.json'], rules: { 'negative-phrasing': 'warn' } }),
    })
    const r = cli(['--print-config', 'a.txt'], { cwd: dir })
    expect(JSON.parse(r.stdout).rules['negative-phrasing']).toEqual(['warn', { remove: ['unfortunately'] }])
  })

  it('the example config in the repository is valid', () => {
    const r = cli(['--print-config', 'macros/a.txt', '-c', '.servicelintrc.example.json'])
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout).rules['acme/no-refund-promise']).toBe('error')
  })

  it('--print-config prints the resolved rules for a file', () => {
    const r = cli(['--print-config', 'draft.txt', '--no-config-lookup'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).rules['negative-phrasing']).toBe('error')
  })

  it('--rule sets a rule from the command line', () => {
    const r = json(cli(['--stdin', '--format', 'json', '--rule', 'negative-phrasing: off'], { input: BAD }).stdout)[0]
    expect(r.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)
  })

  it('team phrase rules come from config', () => {
    const dir = tree({
      '.servicelintrc.json': JSON.stringify({ phrases: { 'acme/no-refund-promise': { severity: 'error', match: ['full refund guaranteed'], message: 'Refunds go through billing review', suggest: 'a refund, once billing confirms' } } }),
    })
    const r = json(cli(['--stdin', '--stdin-filename', 'a.txt', '--format', 'json'], { input: 'You get a Full Refund guaranteed today.\n', cwd: dir }).stdout)[0]
    const m = r.messages.find((x) => x.ruleId === 'acme/no-refund-promise')
    expect(m?.severity).toBe(2)
  })

  const badConfigs: Array<[string, string, RegExp]> = [
    ['broken JSON', '{ rules: ', /\.servicelintrc\.json/],
    ['unknown rule', JSON.stringify({ rules: { 'no-such-rule': 'error' } }), /no-such-rule.*unknown rule/],
    ['bad severity', JSON.stringify({ rules: { 'negative-phrasing': 'loud' } }), /negative-phrasing.*severity.*"off", "warn", "error"/],
    ['bad option', JSON.stringify({ rules: { 'negative-phrasing': ['warn', { nope: 1 }] } }), /negative-phrasing.*nope/],
    ['unknown key', JSON.stringify({ rulez: {} }), /rulez: unknown key/],
    ['unknown preset', JSON.stringify({ extends: 'servicelint:loud' }), /unknown preset/],
    ['missing plugin', JSON.stringify({ plugins: ['servicelint-plugin-nope'] }), /servicelint-plugin-nope/],
  ]
  for (const [what, body, pattern] of badConfigs) {
    it(`${what}: one-line error naming file and key, exit 2`, () => {
      const dir = tree({ '.servicelintrc.json': body, 'a.txt': GOOD })
      const r = cli(['a.txt'], { cwd: dir })
      expect(isOneLineError(r), r.stderr).toBe(true)
      expect(r.stderr).toMatch(pattern)
    })
  }

  it('an extends cycle is a clear error', () => {
    const dir = tree({ 'a.json': JSON.stringify({ extends: './b.json' }), 'b.json': JSON.stringify({ extends: './a.json' }), 'x.txt': GOOD })
    const r = cli(['-c', 'a.json', 'x.txt'], { cwd: dir })
    expect(isOneLineError(r)).toBe(true)
    expect(r.stderr).toMatch(/cycle/)
  })

  it('a plugin adds rules of the same shape', () => {
    const plugin = `export default { rules: [{ meta: { id: 'acme/no-hey', kind: 'phrase', description: 'No hey', recommended: 'error', url: 'https://example.com' },
      plugin: () => (tree, file) => { const i = String(file.value).indexOf('Hey'); if (i >= 0) file.message('Say hi', { place: { start: { line: 1, column: i + 1, offset: i }, end: { line: 1, column: i + 4, offset: i + 3 } } }) } }] }\n`
    const dir = tree({ 'plugin.mjs': plugin, '.servicelintrc.json': JSON.stringify({ plugins: ['./plugin.mjs'], rules: { 'acme/no-hey': 'error' } }) })
    const r = json(cli(['--stdin', '--stdin-filename', 'a.txt', '--format', 'json'], { input: 'Hey Sam, all sorted.\n', cwd: dir }).stdout)[0]
    expect(r.messages.find((m) => m.ruleId === 'acme/no-hey')).toMatchObject({ line: 1, column: 1, endColumn: 4, severity: 2 })
  })
})

describe('bad input: one line, exit 2, no stack', () => {
  it('missing file', () => expect(isOneLineError(cli(['no/such/file.txt']))).toBe(true))
  it('unknown flag', () => {
    const r = cli(['--no-such-flag'])
    expect(isOneLineError(r)).toBe(true)
    expect(r.stderr).toMatch(/--no-such-flag/)
  })
  it('folder with no lintable file', () => {
    const r = cli([tree({ 'a.png': 'x' })])
    expect(isOneLineError(r)).toBe(true)
    expect(r.stderr).toMatch(/no lintable files/)
  })
  it('binary file named', () => {
    const dir = tree({ 'x.txt': Buffer.from([0x48, 0, 0, 1, 2, 0xff]) })
    const r = cli([join(dir, 'x.txt')])
    expect(isOneLineError(r)).toBe(true)
    expect(r.stderr).toMatch(/x\.txt/)
  })
  it('invalid UTF-8', () => {
    const dir = tree({ 'x.txt': Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]) })
    const r = cli([join(dir, 'x.txt')])
    expect(isOneLineError(r)).toBe(true)
    expect(r.stderr).toMatch(/x\.txt.*UTF-8/)
  })
  it('bad --max-warnings', () => expect(isOneLineError(cli(['--max-warnings', 'lots', '--stdin'], { input: GOOD }))).toBe(true))
  it('unknown --format', () => expect(isOneLineError(cli(['--format', 'nope-nope', '--stdin'], { input: GOOD }))).toBe(true))
})
