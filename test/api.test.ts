// The programmatic API (`import { lint, lintFiles, loadConfig, formatters } from 'servicelint'`):
// its exact surface, what each function does, and the packed tarball working as users install it.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.ts'
import { LINTABLE_EXTENSIONS } from '../src/extract/index.ts'

const BAD = "Hi Sam,\n\nUnfortunately we can't refund this order.\n\nThanks,\nAl\n"

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-api-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

describe('the exported surface', () => {
  it('is exactly this list (a new export is a decision, not an accident)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ConfigError',
      'InputError',
      'Linter',
      'ServicelintError',
      'UsageError',
      'applyFixes',
      'findConfigFile',
      'formatterContext',
      'formatters',
      'lint',
      'lintFiles',
      'loadConfig',
      'loadFormatter',
      'main',
      'phraseRule',
      'report',
      'version',
      'writeFixes',
    ])
  })
})

describe('lint', () => {
  it('lints text with the defaults and gives ESLint-shaped results', async () => {
    const r = await api.lint(BAD, { configLookup: false })
    expect(r.filePath).toBe('<text>')
    const neg = r.messages.find((m) => m.ruleId === 'negative-phrasing')!
    expect(neg).toMatchObject({ severity: 2, line: 3, column: 1 })
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length)
  })

  it('takes rules as the CLI --rule does', async () => {
    const r = await api.lint(BAD, { configLookup: false, rules: { 'negative-phrasing': 'off' } })
    expect(r.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(false)
  })

  it('uses the config found from filePath, and fixes when asked', async () => {
    const dir = folder({
      '.servicelintrc.json': JSON.stringify({ extends: [], phrases: { 'no-kindly': { match: ['kindly'], suggest: 'please', fix: true } } }),
    })
    const r = await api.lint('Kindly send the receipt.\n', { cwd: dir, filePath: 'reply.txt', fix: true })
    expect(r.output).toBe('Please send the receipt.\n')
    expect(r.messages).toEqual([])
    expect(existsSync(join(dir, 'reply.txt'))).toBe(false)
  })

  it('throws a ConfigError for a broken config', async () => {
    const dir = folder({ '.servicelintrc.json': '{ "rules": { "no-such-rule": "error" } }' })
    await expect(api.lint('Hi', { cwd: dir, filePath: 'a.txt' })).rejects.toBeInstanceOf(api.ConfigError)
  })
})

describe('an inline config object', () => {
  const kindly = { extends: [], phrases: { 'no-kindly': { match: ['kindly'], suggest: 'please', fix: true } } }

  it('replaces lookup for lint and lintFiles, with team phrases, fixes and overrides', async () => {
    // A config file in the folder that must not apply: the object replaces lookup, as configFile does.
    const dir = folder({ 'macros/a.txt': 'Kindly wait.\n', 'macros/b.md': 'Kindly wait.\n', '.servicelintrc.json': '{ "rules": { "no-such-rule": "error" } }' })
    const r = await api.lint('Kindly wait.\n', { cwd: dir, config: kindly, fix: true })
    expect([r.output, r.messages]).toEqual(['Please wait.\n', []])
    const config = { ...kindly, overrides: [{ files: '*.md', rules: { 'no-kindly': 'off' as const } }] }
    const results = await api.lintFiles('macros', { cwd: dir, config })
    expect(results.map((x) => [x.filePath, x.messages.map((m) => m.ruleId)])).toEqual([
      [resolve(dir, 'macros/a.txt'), ['no-kindly']],
      [resolve(dir, 'macros/b.md'), []],
    ])
  })

  it('without extends starts from servicelint:recommended, as a file does', async () => {
    const withObject = await api.lint(BAD, { config: { rules: { 'require-signoff': 'off' } } })
    const defaults = await api.lint(BAD, { configLookup: false, rules: { 'require-signoff': 'off' } })
    expect(withObject.messages).toEqual(defaults.messages)
    expect(withObject.messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(true)
  })

  it('is validated as a config file is, with errors naming the option', async () => {
    const bad = async (config: unknown) => {
      const error = await api.lint('Hi', { config: config as api.ConfigFile }).then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(api.ConfigError)
      return (error as Error).message
    }
    expect(await bad({ rules: { 'no-such-rule': 'error' } })).toMatch(/^config option: rules\.no-such-rule: unknown rule; known rules: /)
    expect(await bad({ rules: { 'negative-phrasing': 'loud' } })).toMatch(/^config option: rules\.negative-phrasing: bad severity "loud"/)
    expect(await bad({ rulez: {} })).toMatch(/^config option: rulez: unknown key; allowed: .*\brules\b/)
    expect(await bad({ phrases: { 'team/x': { pattern: ['(a+)+$'] } } })).toMatch(/^config option: phrases\.team\/x\.pattern\[0\]/)
    expect(await bad([])).toBe('config option: a config must be an object')
    await expect(api.lint('Hi', { config: kindly, configFile: 'x.json' })).rejects.toThrow(/either `config` or `configFile`/)
  })

  it('resolves plugins and extends from cwd', async () => {
    const dir = folder({ 'base.json': JSON.stringify(kindly) })
    const r = await api.lint('Kindly wait.\n', { cwd: dir, config: { extends: './base.json' } })
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-kindly'])
  })
})

describe('lintFiles', () => {
  it('walks folders and globs, honours ignore files, and reports skips', async () => {
    const dir = folder({
      'macros/refund.txt': BAD,
      'macros/old/legacy.txt': BAD,
      'macros/notes.bin': 'x',
      '.servicelintignore': 'macros/old/\n',
    })
    const warnings: string[] = []
    const results = await api.lintFiles(['macros'], { cwd: dir, configLookup: false, onWarning: (w) => warnings.push(w) })
    expect(results.map((r) => r.filePath)).toEqual([resolve(dir, 'macros/refund.txt')])
    expect(await api.lintFiles('macros/**/*.txt', { cwd: dir, configLookup: false, ignore: false })).toHaveLength(2)
    expect(warnings).toEqual([])
  })

  it('with cache, a second run returns the same results from the cache file', async () => {
    const dir = folder({ 'a.txt': BAD, 'b.txt': 'Hi Jo,\n\nSorry! I refunded it today.\n\nDoes that work?\n\nBest,\nAl\n' })
    const first = await api.lintFiles('.', { cwd: dir, configLookup: false, cache: true })
    expect(existsSync(join(dir, '.servicelintcache'))).toBe(true)
    const second = await api.lintFiles('.', { cwd: dir, configLookup: false, cache: true })
    expect(second).toEqual(first)
    expect(first.map((r) => r.filePath)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')])
  })

  it('with fix, computes output; writeFixes saves it', async () => {
    const dir = folder({
      'a.txt': 'Kindly wait.\n',
      '.servicelintrc.json': JSON.stringify({ extends: [], phrases: { 'no-kindly': { match: ['kindly'], suggest: 'please', fix: true } } }),
    })
    const results = await api.lintFiles('a.txt', { cwd: dir, fix: true })
    expect(results[0].output).toBe('Please wait.\n')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Kindly wait.\n')
    expect(await api.writeFixes(results)).toBe(1)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Please wait.\n')
  })
})

describe('loadConfig and formatters', () => {
  it('loads a config with its extends flattened', async () => {
    const dir = folder({ '.servicelintrc.json': JSON.stringify({ extends: 'servicelint:strict', ignorePatterns: ['archive/'] }) })
    const found = await api.findConfigFile(dir)
    expect(found).toBe(join(dir, '.servicelintrc.json'))
    const config = await api.loadConfig(found)
    expect(config.ignorePatterns).toEqual(['archive/'])
    expect(Object.values(config.rules).every((s) => s === 'error')).toBe(true)
  })

  it('formats results with every built-in formatter, with context defaults', async () => {
    const r = await api.lint(BAD, { configLookup: false, filePath: resolve('drafts/refund.txt') })
    const sarif = JSON.parse(await api.formatters.sarif([r]))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/refund.txt')
    expect(await api.formatters.compact([r], { cwd: resolve('drafts') })).toMatch(/^refund\.txt:3:1: .*\[Error\/negative-phrasing\]$/m)
    expect(Object.keys(api.formatters).sort()).toEqual(['compact', 'github', 'html', 'json', 'junit', 'rdjson', 'sarif', 'stylish', 'summary', 'unix'])
  })

  it('loadFormatter takes a module path as the CLI does', async () => {
    const dir = folder({ 'count.mjs': 'export default (results) => `files: ${results.length}`' })
    const f = await api.loadFormatter('./count.mjs', dir)
    expect(await f([], api.formatterContext())).toBe('files: 0')
  })
})

// The tarball as npm publishes it: `npm pack`, unpacked into a fresh project's node_modules, run
// with `npx servicelint`. The package is built from a copy of the sources into a clean dist/ (the
// working dist/ keeps old chunks across rebuilds). Dependencies are linked from this checkout's
// node_modules rather than installed from the registry, so the test is offline and well under a
// minute; a separate check makes sure what the bundle imports at run time is a declared dependency.
describe('the packed tarball (slow: build and npm pack)', () => {
  it('runs `npx servicelint`, lints, and exposes typed exports', () => {
    const root = resolve('.')
    const tmp = mkdtempSync(join(tmpdir(), 'sl-pack-'))
    const stage = join(tmp, 'stage')
    for (const item of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'bin', 'scripts', 'src', 'rules']) {
      if (existsSync(item)) cpSync(item, join(stage, item), { recursive: true })
    }
    symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'))
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: stage, encoding: 'utf8' })
    expect(build.status, build.stderr).toBe(0)
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: stage, encoding: 'utf8' })
    expect(pack.status, pack.stderr).toBe(0)
    const tarball = join(tmp, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0].filename)

    const project = join(tmp, 'project')
    const installed = join(project, 'node_modules', 'servicelint')
    mkdirSync(installed, { recursive: true })
    expect(spawnSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']).status).toBe(0)
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '.bin' || name === 'servicelint' || name.startsWith('.')) continue
      symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name))
    }
    mkdirSync(join(project, 'node_modules', '.bin'))
    symlinkSync('../servicelint/bin/servicelint.js', join(project, 'node_modules', '.bin', 'servicelint'))
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    writeFileSync(join(project, 'refund.txt'), BAD)

    const npx = (args: string[]) => spawnSync('npx', ['--no-install', 'servicelint', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    const version = npx(['--version'])
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
    const lint = npx(['--format', 'compact', '--no-config-lookup', 'refund.txt'])
    expect(lint.status).toBe(1)
    expect(lint.stdout).toMatch(/^refund\.txt:3:1: .*\[Error\/negative-phrasing\]$/m)

    // The API through the package's `exports`, as a user's program imports it.
    writeFileSync(join(project, 'use.mjs'), "import { lint } from 'servicelint'\nconst r = await lint('Unfortunately no.', { configLookup: false })\nconsole.log(r.messages.some((m) => m.ruleId === 'negative-phrasing'))\n")
    expect(spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }).stdout.trim()).toBe('true')

    // And its types: a strict TypeScript consumer compiles against dist/types.
    // The @ts-expect-error lines fail the compile if the types resolved to `any`.
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { lint, formatters, type LintResult } from 'servicelint'",
        "const r: LintResult = await lint('Hi', { filePath: 'a.md', fix: true })",
        'const s: string = await formatters.sarif([r])',
        'export const n: number = r.errorCount + s.length',
        '// @ts-expect-error: text must be a string',
        'await lint(42)',
        '// @ts-expect-error: no such formatter',
        'await formatters.nope([r])',
        '// @ts-expect-error: errorCount is a number',
        'export const bad: string = r.errorCount',
        '',
      ].join('\n'),
    )
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }, files: ['use.ts'] }))
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, 120000)

  it('declares every package the bundle leaves external', () => {
    // esbuild bundles every import except node: built-ins and the `external` list in the build.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    const list = /external:\s*\[([^\]]*)\]/.exec(readFileSync('scripts/build.mjs', 'utf8'))?.[1] ?? ''
    const external = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1])
    expect(external).toContain('write-file-atomic')
    // typescript: cosmiconfig's loader for .ts configs, which servicelint never searches for.
    expect(external.filter((name) => !pkg.dependencies[name] && name !== 'typescript')).toEqual([])
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('runs servicelint as a node hook on exactly the extensions it reads', () => {
    // Flat `key: value` lines are all this file has; values are plain YAML scalars.
    const text = readFileSync('.pre-commit-hooks.yaml', 'utf8')
    const hook = Object.fromEntries([...text.matchAll(/^-? +(\w+): (.+)$/gm)].map((m) => [m[1], m[2].trim()]))
    expect(hook).toMatchObject({ id: 'servicelint', entry: 'servicelint', language: 'node' })
    const files = new RegExp(hook.files)
    for (const ext of LINTABLE_EXTENSIONS) expect(files.test(`macros/reply${ext}`), ext).toBe(true)
    expect(files.test('src/app.js')).toBe(false)
    const exclude = new RegExp(hook.exclude)
    expect(['package.json', 'web/tsconfig.build.json', '.servicelintrc.json'].every((p) => exclude.test(p))).toBe(true)
    expect(exclude.test('macros/zendesk-export.json')).toBe(false)
  })
})
