// --fix, --fix-dry-run and `--stdin --fix`: the splice, the guard that keeps placeholders and quoted
// text untouched, the multi-pass loop, atomic writes that keep mode and encoding, and the CLI.
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { BIN, cli, lintWithRule } from './helpers.ts'
import { applyFixes } from '../src/fix/apply.ts'
import { guardFor, insideQuotes } from '../src/fix/guard.ts'
import { lintAndFix, MAX_PASSES } from '../src/fix/run.ts'
import { encodeLike } from '../src/fix/write.ts'
import { writeFixes } from '../src/fix/index.ts'
import { resultOf } from '../src/lint/engine.ts'
import type { LintMessage, SuggestionFix } from '../src/types.ts'

const fix = (start: number, end: number, text: string): SuggestionFix => ({ range: [start, end], text })

describe('applyFixes', () => {
  it('applies non-overlapping fixes from the end, earlier fix winning an overlap', () => {
    const r = applyFixes('abcdefghij', [fix(6, 8, 'XY'), fix(0, 2, '1'), fix(1, 4, 'no'), fix(9, 9, '!')])
    expect(r.output).toBe('1cdefXYi!j')
    expect(r.applied.map((f) => f.text)).toEqual(['1', 'XY', '!'])
    expect(r.skipped.map((f) => f.text)).toEqual(['no'])
  })

  it('drops out-of-range fixes and merges identical ones', () => {
    const r = applyFixes('abc', [fix(2, 9, 'x'), fix(-1, 1, 'y'), fix(0, 1, 'A'), fix(0, 1, 'A')])
    expect(r.output).toBe('Abc')
    expect(r.applied).toHaveLength(1)
    expect(r.skipped).toHaveLength(2)
  })

  it('skips what the guard refuses', () => {
    const r = applyFixes('abcdef', [fix(0, 1, 'A'), fix(3, 4, 'D')], ([s]) => s !== 3)
    expect(r.output).toBe('Abcdef')
  })
})

describe('the guard', () => {
  const DRAFT = 'Hi {{ticket.requester.first_name}},\n\nKindly find the label attached, kindly.\n\nOn Mon, Jo wrote:\n> kindly refund me\n'
  const at = (word: string, from = 0) => DRAFT.indexOf(word, from)

  it('allows the agent’s own words', async () => {
    const ok = await guardFor(DRAFT, 'draft.txt', 'text')
    expect(ok([at('Kindly'), at('Kindly') + 6], 'please')).toBe(true)
    expect(ok([at('kindly.'), at('kindly.') + 6], 'please')).toBe(true)
  })

  it('refuses placeholders, quoted thread text and insertions inside them', async () => {
    const ok = await guardFor(DRAFT, 'draft.txt', 'text')
    const ph = at('{{')
    expect(ok([ph, ph + 5], 'please')).toBe(false)
    expect(ok([ph + 3, ph + 9], 'please')).toBe(false)
    const quoted = at('kindly refund')
    expect(ok([quoted, quoted + 6], 'please')).toBe(false)
    expect(ok([quoted - 1, quoted - 1], 'please')).toBe(false)
    // Whitespace inside the blanked quote matches the draft's spaces, and is still refused.
    expect(ok([quoted + 6, quoted + 7], 'please')).toBe(false)
  })

  it('allows a fix at the end of a line followed by quoted text', async () => {
    const text = 'Check your inbox!!!\n\n> Kindly hurry\n'
    const ok = await guardFor(text, 'draft.txt', 'text')
    expect(ok([16, 19], 'please')).toBe(true)
    expect(ok([text.indexOf('Kindly'), text.indexOf('Kindly') + 6], 'please')).toBe(false)
  })

  it('refuses text that means something in the file’s syntax', async () => {
    const json = '{"name": "Hold", "text": "Kindly wait, it\'s on \\"hold\\"."}'
    const ok = await guardFor(json, 'reply.json', 'json')
    const at = json.indexOf('Kindly')
    expect(ok([at, at + 6], 'Please')).toBe(true)
    expect(ok([at, at + 6], 'Say "please"')).toBe(false)
    // A JSON escape is one character in the draft and two in the file: never rewritten.
    const esc = json.indexOf('\\"hold')
    expect(ok([esc, esc + 2], 'x')).toBe(false)
    // Next to an escape is fine: "soon!!!\n" in a JSON string.
    const json2 = '{"name": "Hold", "text": "Back soon!!!\\nAl"}'
    const bang = json2.indexOf('!!!')
    expect((await guardFor(json2, 'reply.json', 'json'))([bang, bang + 3], '!')).toBe(true)
    const html = '<p>Kindly wait &amp; see.</p>'
    const okHtml = await guardFor(html, 'reply.html', 'html')
    expect(okHtml([3, 9], 'Please')).toBe(true)
    expect(okHtml([3, 9], '<b>Please</b>')).toBe(false)
  })

  it('refuses words the agent is quoting', async () => {
    const text = 'You wrote “kindly cancel it” and "kindly hurry", so kindly wait.\n'
    const ok = await guardFor(text, 'draft.txt', 'text')
    expect(insideQuotes(text, text.indexOf('kindly cancel'))).toBe(true)
    expect(ok([text.indexOf('kindly cancel'), text.indexOf('kindly cancel') + 6], 'please')).toBe(false)
    expect(ok([text.indexOf('kindly hurry'), text.indexOf('kindly hurry') + 6], 'please')).toBe(false)
    expect(ok([text.indexOf('kindly wait'), text.indexOf('kindly wait') + 6], 'please')).toBe(true)
  })
})

describe('the fix loop', () => {
  // A stand-in linter: every "aa" is fixable to "a", so "aaaa" takes two passes.
  const lint = async (text: string) => {
    const messages: LintMessage[] = []
    for (const m of text.matchAll(/aa/g)) {
      messages.push({ ruleId: 'squash', severity: 2, message: 'aa', line: 1, column: m.index + 1, range: [m.index, m.index + 2], fix: fix(m.index, m.index + 2, 'a') })
    }
    return resultOf('x.txt', messages)
  }

  it('re-lints until nothing is left to fix, and reports what remains', async () => {
    const out = await lintAndFix('aaaa baaaaaaaac', { lint, filePath: 'x.txt', format: 'text' })
    expect(out.output).toBe('a bac')
    expect(out.result.output).toBe('a bac')
    expect(out.result.messages).toEqual([])
    expect(out.passes).toBe(3)
  })

  it('stops after MAX_PASSES when fixes never settle', async () => {
    const flip = async (text: string) => resultOf('x.txt', [{ ruleId: 'flip', severity: 2, message: 'f', line: 1, column: 1, range: [0, 1], fix: fix(0, 1, text[0] === 'a' ? 'b' : 'a') }])
    const out = await lintAndFix('a', { lint: flip, filePath: 'x.txt', format: 'text' })
    expect(out.passes).toBe(MAX_PASSES)
  })

  it('keeps a BOM and leaves `output` unset when nothing changed', async () => {
    expect((await lintAndFix('\ufeffaa', { lint, filePath: 'x.txt', format: 'text' })).output).toBe('\ufeffa')
    const same = await lintAndFix('abc', { lint, filePath: 'x.txt', format: 'text' })
    expect(same.result.output).toBeUndefined()
    expect(same.passes).toBe(0)
  })
})

describe('writeFixes', () => {
  it('never empties a file, whatever the fixes say', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-fix-'))
    const file = join(dir, 'a.txt')
    writeFileSync(file, 'Kindly wait.\n')
    await expect(writeFixes([{ ...resultOf(file, []), output: ' \n' }])).rejects.toThrow(/would leave the file empty/)
    expect(readFileSync(file, 'utf8')).toBe('Kindly wait.\n')
    expect(await writeFixes([{ ...resultOf(file, []), output: 'Please wait.\n' }, resultOf('<stdin>', [])])).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe('Please wait.\n')
  })
})

describe('encoding on write', () => {
  it('writes UTF-16 back as UTF-16 with its BOM, UTF-8 as UTF-8', () => {
    expect([...encodeLike('hé', Buffer.from([0xff, 0xfe]))]).toEqual([0xff, 0xfe, 0x68, 0, 0xe9, 0])
    expect([...encodeLike('hé', Buffer.from([0xfe, 0xff]))]).toEqual([0xfe, 0xff, 0, 0x68, 0, 0xe9])
    expect(encodeLike('hé', Buffer.from('hi')).toString('utf8')).toBe('hé')
  })
})

// Through the CLI, with a plugin rule of our own: "kindly" → "please" (a fix), and a rule that
// tries to rewrite placeholder text, which the guard must refuse.
const PLUGIN = `
const pt = (offset) => ({ line: 1, column: 1, offset })
const report = (file, start, end, actual, rewrite) => {
  const m = file.message(actual + ' reads stiff', { place: { start: pt(start), end: pt(end) } })
  m.actual = actual
  m.expected = [rewrite]
  m.fixable = true
}
const meta = (id) => ({ id, kind: 'phrase', description: id, recommended: 'error', url: 'https://example.test/' + id, fixable: true, hasSuggestions: true })
export default { rules: [
  { meta: meta('test/kindly'), plugin: () => (tree, file) => {
    for (const m of String(file.value).matchAll(/\\bkindly\\b/gi)) report(file, m.index, m.index + 6, m[0], m[0][0] === 'K' ? 'Please' : 'please')
  } },
  { meta: meta('test/placeholder-vandal'), plugin: () => (tree, file) => {
    for (const p of file.data.servicelint.placeholders) report(file, p.start, p.end, 'placeholder', 'VANDALISED')
  } },
] }
`
const CONFIG = JSON.stringify({ extends: [], plugins: ['./plugin.mjs'], rules: { 'test/kindly': 'error', 'test/placeholder-vandal': 'warn' } })
const DRAFT = 'Hi {{ticket.requester.first_name}},\n\nKindly find the label attached. We kindly ask you to print it.\n\nOn Mon, Jo wrote:\n> kindly refund me\n'
const FIXED = 'Hi {{ticket.requester.first_name}},\n\nPlease find the label attached. We please ask you to print it.\n\nOn Mon, Jo wrote:\n> kindly refund me\n'

function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sl-fix-'))
  writeFileSync(join(dir, 'plugin.mjs'), PLUGIN)
  writeFileSync(join(dir, '.servicelintrc.json'), CONFIG)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('`fix` only where --fix would apply it', () => {
  // "kindly" next to a template tag and inside quotation marks: the guard refuses both rewrites, so
  // they stay suggestions; the free-standing one is a fix. Every output reads the same `fix`.
  const LIQUID = 'Hi {{ customer.name }},\n\nKindly{% if vip %} hold on{% endif %}. You wrote "kindly hurry", so we kindly ask you to wait.\n'
  const files = () => project({ 'r.liquid': LIQUID })

  it('leaves refused rewrites as suggestions and counts only the rest as fixable', () => {
    const r = cli(['--format', 'json', 'r.liquid'], { cwd: files() })
    const [result] = JSON.parse(r.stdout)
    const kindly = result.messages.filter((m: LintMessage) => m.ruleId === 'test/kindly')
    expect(kindly.map((m: LintMessage) => LIQUID.slice(m.range![0] - 2, m.range![1]))).toEqual(['\n\nKindly', ' "kindly', 'e kindly'])
    expect(kindly.map((m: LintMessage) => !!m.fix)).toEqual([false, false, true])
    expect(kindly.every((m: LintMessage) => m.suggestions?.length === 1)).toBe(true)
    expect(result.fixableErrorCount).toBe(1)
    expect(result.fixableWarningCount).toBe(0)
  })

  it('stylish, SARIF and --fix agree with it', () => {
    const dir = files()
    expect(cli(['r.liquid'], { cwd: dir }).stdout).toMatch(/\n {2}1 problem is fixable with the `--fix` option\.\n/)
    const sarif = JSON.parse(cli(['--format', 'sarif', 'r.liquid'], { cwd: dir }).stdout)
    expect(sarif.runs[0].results.filter((x: { fixes?: unknown[] }) => x.fixes?.length)).toHaveLength(1)
    const fixed = JSON.parse(cli(['--fix', '--format', 'json', 'r.liquid'], { cwd: dir }).stdout)[0]
    expect(readFileSync(join(dir, 'r.liquid'), 'utf8')).toBe(LIQUID.replace('we kindly', 'we please'))
    // What is left after --fix is not fixable, and says so.
    expect(fixed.messages.filter((m: LintMessage) => m.ruleId === 'test/kindly')).toHaveLength(2)
    expect(fixed.fixableErrorCount + fixed.fixableWarningCount).toBe(0)
  })

  it('removes an unused directive comment whole, as ESLint’s --fix does, and nothing around it', () => {
    const input = 'Hi Ana,\n\nYour refund is on its way.\n{# servicelint-disable-next-line negative-phrasing #}\nThanks for your patience.\n'
    const args = ['--no-config-lookup', '--report-unused-disable-directives', '--stdin', '--stdin-filename', 'reply.liquid']
    const before = JSON.parse(cli([...args, '-f', 'json'], { input }).stdout)[0]
    expect(before.messages.filter((m: LintMessage) => m.ruleId === null && m.fix)).toHaveLength(1)
    const r = cli([...args, '--fix'], { input })
    expect(r.stdout).toBe('Hi Ana,\n\nYour refund is on its way.\n\nThanks for your patience.\n')
    expect(r.stderr).not.toMatch(/Unused servicelint/)
  })

  it('holds for the built-in rules through the engine', async () => {
    const text = 'Hi Sam,\n\nYou wrote “kindly refund me”, and I kindly ask you to wait.\n'
    const messages = (await lintWithRule('canned-phrases', text)).filter((m) => /kindly/i.test(text.slice(m.range![0], m.range![1])))
    expect(messages).toHaveLength(2)
    expect(messages.map((m) => [!!m.fix, m.suggestions?.length ?? 0])).toEqual([[false, 1], [true, 1]])
  })
})

describe('--fix through the CLI', () => {
  beforeAll(() => {
    readFileSync('dist/cli.cjs')
  })

  it('rewrites the file, keeps its mode, reports what is left, and is idempotent', () => {
    const dir = project({ 'a.txt': DRAFT })
    const file = join(dir, 'a.txt')
    chmodSync(file, 0o640)
    const first = cli(['--fix', '--format', 'json', 'a.txt'], { cwd: dir })
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    const [result] = JSON.parse(first.stdout)
    expect(result.output).toBe(FIXED)
    // The placeholder rule's fix was refused, so its warning is what remains.
    expect(result.messages.map((m: LintMessage) => m.ruleId)).toEqual(['test/placeholder-vandal'])
    expect(first.code).toBe(0)
    const second = cli(['--fix', '--format', 'json', 'a.txt'], { cwd: dir })
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(JSON.parse(second.stdout)[0].output).toBeUndefined()
    // No temporary files are left next to it.
    expect(readdirSync(dir).sort()).toEqual(['.servicelintrc.json', 'a.txt', 'plugin.mjs'])
  })

  it('--fix-dry-run leaves the file and puts the fixed text in JSON output', () => {
    const dir = project({ 'a.txt': DRAFT })
    const r = cli(['--fix-dry-run', '--format', 'json', 'a.txt'], { cwd: dir })
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(DRAFT)
    expect(JSON.parse(r.stdout)[0].output).toBe(FIXED)
  })

  it('--stdin --fix prints the fixed draft on stdout and the report on stderr', () => {
    const dir = project()
    const r = cli(['--stdin', '--fix'], { cwd: dir, input: DRAFT })
    expect(r.stdout).toBe(FIXED)
    expect(r.stderr).toMatch(/test\/placeholder-vandal/)
    expect(readdirSync(dir).sort()).toEqual(['.servicelintrc.json', 'plugin.mjs'])
  })

  it('--stdin --fix --format json: only the draft on stdout, the report on stderr, the exit code for what is left', () => {
    const dir = project()
    const strict = JSON.stringify({ extends: [], plugins: ['./plugin.mjs'], rules: { 'test/kindly': 'error', 'test/placeholder-vandal': 'error' } })
    writeFileSync(join(dir, '.servicelintrc.json'), strict)
    const left = cli(['--stdin', '--fix', '--format', 'json'], { cwd: dir, input: DRAFT })
    expect(left.stdout).toBe(FIXED)
    const [report] = JSON.parse(left.stderr)
    expect(report.output).toBe(FIXED)
    expect(report.messages.map((m: LintMessage) => m.ruleId)).toEqual(['test/placeholder-vandal'])
    expect(left.code).toBe(1)
    // Every error it had was fixed: exit 0, as a filter in a pipeline expects.
    writeFileSync(join(dir, '.servicelintrc.json'), JSON.stringify({ extends: [], plugins: ['./plugin.mjs'], rules: { 'test/kindly': 'error' } }))
    const clean = cli(['--stdin', '--fix', '--format', 'json'], { cwd: dir, input: DRAFT })
    expect([clean.stdout, clean.code, JSON.parse(clean.stderr)[0].errorCount]).toEqual([FIXED, 0, 0])
    // With -o the report goes to the file and stderr stays empty.
    const toFile = cli(['--stdin', '--fix', '--format', 'json', '-o', 'r.json'], { cwd: dir, input: DRAFT })
    expect([toFile.stdout, toFile.stderr]).toEqual([FIXED, ''])
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))[0].output).toBe(FIXED)
  })

  it('--stdin --fix prints no draft when the run fails (exit 2), so `> out.txt` is never a partial result', () => {
    const dir = project({ 'broken.mjs': 'export default () => { throw new Error("boom") }\n' })
    const r = cli(['--stdin', '--fix', '--format', './broken.mjs'], { cwd: dir, input: DRAFT })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/the formatter failed: boom/)
  })

  it('prints a clean draft unchanged', () => {
    const dir = project()
    const r = cli(['--stdin', '--fix'], { cwd: dir, input: 'Hi Jo,\n\nThanks!\n' })
    expect(r.stdout).toBe('Hi Jo,\n\nThanks!\n')
    expect(r.code).toBe(0)
  })

  it('keeps a UTF-16 file UTF-16', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kindly wait.\n', 'utf16le')])
    const dir = project({ 'u.txt': utf16 })
    cli(['--fix', 'u.txt'], { cwd: dir })
    const bytes = readFileSync(join(dir, 'u.txt'))
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString('utf16le')).toBe('Please wait.\n')
  })

  it('applies the built-in safe rewrites, never in placeholders or the quoted thread', () => {
    const draft = 'Hi {{ticket.requester.first_name}},\n\nKindly note the refund is on its way. Check your inbox!!!\n\nOn Mon, Jo wrote:\n> Kindly hurry!!!\n'
    const r = cli(['--stdin', '--fix', '--no-config-lookup'], { input: draft })
    expect(r.stdout).toContain('Please note the refund is on its way. Check your inbox!\n')
    expect(r.stdout).toMatch(/^Hi \{\{ticket\.requester\.first_name\}\},\n/)
    expect(r.stdout).toMatch(/\n> Kindly hurry!!!\n$/)
    // Idempotent: the fixed draft has nothing left to fix.
    expect(cli(['--stdin', '--fix', '--no-config-lookup'], { input: r.stdout }).stdout).toBe(r.stdout)
  })

  it('with --quiet fixes errors only, as ESLint does', () => {
    const dir = project({ 'a.txt': 'Kindly wait.\n' })
    writeFileSync(join(dir, '.servicelintrc.json'), JSON.stringify({ extends: [], plugins: ['./plugin.mjs'], rules: { 'test/kindly': 'warn' } }))
    cli(['--fix', '--quiet', 'a.txt'], { cwd: dir })
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Kindly wait.\n')
    cli(['--fix', 'a.txt'], { cwd: dir })
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Please wait.\n')
  })

  it('refuses --fix with --fix-dry-run', () => {
    const r = cli(['--fix', '--fix-dry-run', 'x.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot be used together/)
  })

  it('a killed --fix leaves each file whole: the old text or the new, never part of one', async () => {
    // Big enough that linting takes a while, so kills land before, during and after the writes.
    const big = (DRAFT.replace('On Mon', 'Later') + '\n').repeat(400)
    // The quoted customer line keeps its "kindly".
    const fixedBig = big.replace(/^(?!>).*$/gm, (line) => line.replace(/\bkindly\b/g, 'please').replace(/\bKindly\b/g, 'Please'))
    expect(fixedBig).not.toBe(big)
    const names = ['a.txt', 'b.txt', 'c.txt']
    const dir = project(Object.fromEntries(names.map((n) => [n, big])))
    const seen = new Set<string>()
    for (const delay of [50, 300, 700, 1100, 1600, 2200]) {
      for (const n of names) writeFileSync(join(dir, n), big)
      const child = spawn(process.execPath, [BIN, '--fix', ...names], { cwd: dir, stdio: 'ignore' })
      const exited = new Promise((r) => child.once('exit', r))
      await new Promise((r) => setTimeout(r, delay))
      child.kill('SIGKILL')
      await exited
      for (const n of names) {
        const text = readFileSync(join(dir, n), 'utf8')
        expect(text === big || text === fixedBig).toBe(true)
        seen.add(text === big ? 'old' : 'new')
      }
    }
    // Left alone, the same run writes exactly `fixedBig`: the "new" above is the real fixed text.
    for (const n of names) writeFileSync(join(dir, n), big)
    expect(cli(['--fix', ...names], { cwd: dir }).code).toBe(0)
    for (const n of names) expect(readFileSync(join(dir, n), 'utf8')).toBe(fixedBig)
    expect(seen.has('old')).toBe(true)
  }, 60000)

  it('Ctrl-C during the writes finishes the file under way, starts no other, and says how many it wrote', async () => {
    const small = 'Hi Jo,\n\nKindly print the label.\n'
    const fixedSmall = small.replace('Kindly', 'Please')
    const names = Array.from({ length: 600 }, (_, i) => `f${String(i).padStart(3, '0')}.txt`)
    const dir = project(Object.fromEntries(names.map((n) => [n, small])))
    const child = spawn(process.execPath, [BIN, '--fix', ...names], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } })
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (b: Buffer) => (stderr += b))
    child.stdout.on('data', (b: Buffer) => (stdout += b))
    const exited = new Promise<number | null>((r) => child.once('close', (c) => r(c)))
    // Files are written in the order given: the first one changing means the writes have begun.
    const started = Date.now()
    while (readFileSync(join(dir, names[0]), 'utf8') === small && child.exitCode === null && Date.now() - started < 15000) {
      await new Promise((r) => setTimeout(r, 2))
    }
    child.kill('SIGINT')
    const code = await exited
    const texts = names.map((n) => readFileSync(join(dir, n), 'utf8'))
    const written = texts.filter((t) => t === fixedSmall).length
    expect(texts.filter((t) => t !== small && t !== fixedSmall)).toEqual([])
    expect(written, 'the signal landed before the last write').toBeLessThan(names.length)
    expect(written).toBeGreaterThan(0)
    // Written in order and stopped at a file boundary: a prefix is fixed, the rest untouched.
    expect(texts.slice(0, written).every((t) => t === fixedSmall)).toBe(true)
    expect(code).toBe(130)
    expect(stderr).toBe(`servicelint: stopped by SIGINT: ${written} fixed ${written === 1 ? 'file' : 'files'} written, the rest left as they were\n`)
    // No report after a stop, and no temporary file left behind.
    expect(stdout).toBe('')
    expect(readdirSync(dir).filter((f) => !names.includes(f)).sort()).toEqual(['.servicelintrc.json', 'plugin.mjs'])
  }, 20000)
})
