// Every built-in formatter: unit cases on hand-built results (escaping, paths, fixes), the SARIF log
// against the SARIF 2.1.0 schema, and each format end to end through the built CLI.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from './helpers.ts'
import { loadFormatter, BUILTIN_FORMATTERS } from '../src/formatters/index.ts'
import type { FormatterContext } from '../src/formatters/types.ts'
import type { LintMessage, LintResult, RuleMeta } from '../src/types.ts'
import { resultOf } from '../src/lint/engine.ts'
import { escapeData, escapeProperty } from '../src/formatters/github.ts'
import { bar, countByRule } from '../src/formatters/summary.ts'
import { splitRuns } from '../src/formatters/html-marks.ts'
import { width } from '../src/formatters/stylish.ts'
import fc from 'fast-check'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const CWD = '/work/repo'
const TEXT = 'Hi Jo,\n\nKindly note: we can’t do 100% of this, sorry.\n'

const meta = (id: string, recommended: RuleMeta['recommended'] = 'error', url = `https://example.test/rules/${id}`): RuleMeta => ({
  id,
  kind: 'phrase',
  description: `${id} description`,
  recommended,
  url,
})
const rulesMeta: Record<string, RuleMeta> = {
  'negative-phrasing': meta('negative-phrasing'),
  'canned-phrases': meta('canned-phrases', 'warn'),
  'team-words': meta('team-words', 'off', '/work/repo/.servicelintrc.json'),
}
const ctx: FormatterContext = { cwd: CWD, color: false, rulesMeta }

function msg(over: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'range' | 'message'>): LintMessage {
  const [start, end] = over.range!
  const before = TEXT.slice(0, start).split('\n')
  const after = TEXT.slice(0, end).split('\n')
  return {
    severity: 2,
    line: before.length,
    column: before[before.length - 1].length + 1,
    endLine: after.length,
    endColumn: after[after.length - 1].length + 1,
    ...over,
  }
}

const kindly = msg({
  ruleId: 'canned-phrases',
  severity: 1,
  range: [8, 14],
  message: '`Kindly` sounds like a form letter',
  actual: 'Kindly',
  expected: ['Please'],
  fix: { range: [8, 14], text: 'Please' },
  suggestions: [{ desc: 'Replace `Kindly` with `Please`', fix: { range: [8, 14], text: 'Please' } }],
  url: 'https://example.test/rules/canned-phrases',
})
const cant = msg({
  ruleId: 'negative-phrasing',
  range: [23, 31],
  message: '`we can’t` reads as a refusal, 100%: say what you can do,\nnot what you can’t',
  expected: ['here is what I can do'],
  suggestions: [{ desc: 'Replace', fix: { range: [23, 31], text: 'here is what I can do' } }],
  url: 'https://example.test/rules/negative-phrasing',
})
const team = msg({ ruleId: 'team-words', severity: 1, range: [48, 53], message: '<sorry> & "apologies" are banned here', url: '/work/repo/.servicelintrc.json' })

const dirty: LintResult = { ...resultOf(`${CWD}/macros/refund, "late".txt`, [kindly, cant, team]), source: TEXT }
const clean: LintResult = resultOf(`${CWD}/macros/clean.txt`, [])
const results = [dirty, clean]

const run = async (name: string, rs: LintResult[] = results) => (await loadFormatter(name, CWD))(rs, ctx)

describe('compact and unix', () => {
  it('print one file:line:col line per problem', async () => {
    const lines = (await run('compact')).trimEnd().split('\n')
    expect(lines).toEqual([
      'macros/refund, "late".txt:3:1: `Kindly` sounds like a form letter (try: “Please”) [Warning/canned-phrases]',
      'macros/refund, "late".txt:3:16: `we can’t` reads as a refusal, 100%: say what you can do, not what you can’t (try: “here is what I can do”) [Error/negative-phrasing]',
      'macros/refund, "late".txt:3:41: <sorry> & "apologies" are banned here [Warning/team-words]',
    ])
  })

  it('keeps a rewrite that opens a new paragraph on one line', async () => {
    const point = msg({ ruleId: 'negative-phrasing', range: [53, 53], message: 'Check back\nbefore you sign off', expected: ['\n\nDoes that work for you?'] })
    expect(await run('compact', [resultOf(`${CWD}/x.txt`, [point])])).toBe('x.txt:3:46: Check back before you sign off (try: “Does that work for you?”) [Error/negative-phrasing]\n')
  })

  it('unix adds the count line; both print nothing for clean results', async () => {
    expect(await run('unix')).toMatch(/\[Warning\/team-words\]\n\n3 problems\n$/)
    expect(await run('unix', [clean])).toBe('')
    expect(await run('compact', [clean])).toBe('')
  })
})

describe('github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('writes ::error and ::warning commands with positions and a title', async () => {
    const lines = (await run('github')).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe('::warning file=macros/refund%2C "late".txt,line=3,col=1,endLine=3,endColumn=7,title=servicelint (canned-phrases)::`Kindly` sounds like a form letter (try: “Please”)')
    expect(lines[1]).toMatch(/^::error file=macros\/refund%2C "late"\.txt,line=3,col=16,endLine=3,endColumn=24,title=servicelint \(negative-phrasing\)::`we can’t` reads as a refusal, 100%25: say/)
    // A message never breaks the one-command-per-line format.
    expect(lines.every((l) => /^::(error|warning) /.test(l))).toBe(true)
  })
})

describe('sarif', () => {
  const schema = JSON.parse(readFileSync('test/schemas/sarif-2.1.0-subset.json', 'utf8')) as object
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }))
  const validate = ajv.compile(schema)

  it('is valid SARIF 2.1.0', async () => {
    const log = JSON.parse(await run('sarif'))
    const ok = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('the schema rejects what SARIF forbids (so the check above means something)', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }
    expect(validate(bad)).toBe(false)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'not a uri' }] } } }] })).toBe(false)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(false)
  })

  it('lists every rule and points results at them, with fixes', async () => {
    const log = JSON.parse(await run('sarif'))
    const r = log.runs[0]
    expect(r.tool.driver.name).toBe('servicelint')
    expect(r.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['negative-phrasing', 'canned-phrases', 'team-words'])
    const off = r.tool.driver.rules[2]
    expect(off.defaultConfiguration).toEqual({ enabled: false, level: 'warning' })
    expect(off.helpUri).toBe('file:///work/repo/.servicelintrc.json')
    expect(r.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/')
    const [first, second] = r.results
    expect(first).toMatchObject({ ruleId: 'canned-phrases', ruleIndex: 1, level: 'warning' })
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'macros/refund%2C%20%22late%22.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 7, charOffset: 8, charLength: 6 },
    })
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 7, charOffset: 8, charLength: 6 },
      insertedContent: { text: 'Please' },
    })
    // A suggestion is not a fix: SARIF `fixes` are for rewrites safe to apply.
    expect(second.fixes).toBeUndefined()
  })

  it('stays valid for stdin, files outside the folder and an empty run', async () => {
    const odd = [resultOf('<stdin>', [cant]), resultOf('/elsewhere/x.txt', [team])]
    const log = JSON.parse(await run('sarif', odd))
    expect(validate(log)).toBe(true)
    expect(log.runs[0].results[1].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.txt' })
    expect(validate(JSON.parse(await run('sarif', [])))).toBe(true)
  })
})

describe('rdjson', () => {
  it('gives reviewdog diagnostics with UTF-8 byte columns and suggestions', async () => {
    const r = JSON.parse(await run('rdjson'))
    expect(r.source.name).toBe('servicelint')
    expect(r.diagnostics).toHaveLength(3)
    const [k, c, t] = r.diagnostics
    expect(k).toEqual({
      message: '`Kindly` sounds like a form letter',
      location: { path: 'macros/refund, "late".txt', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 7 } } },
      severity: 'WARNING',
      code: { value: 'canned-phrases', url: 'https://example.test/rules/canned-phrases' },
      suggestions: [{ range: { start: { line: 3, column: 1 }, end: { line: 3, column: 7 } }, text: 'Please' }],
    })
    // `’` is three bytes in UTF-8: the end column after "can’t" moves two past the UTF-16 one.
    expect(c.location.range).toEqual({ start: { line: 3, column: 16 }, end: { line: 3, column: 26 } })
    expect(c.suggestions).toEqual([{ range: c.location.range, text: 'here is what I can do' }])
    expect(t.code).toEqual({ value: 'team-words', url: 'file:///work/repo/.servicelintrc.json' })
    expect(t.suggestions).toBeUndefined()
  })

  it('falls back to the message positions when the text is unavailable', async () => {
    const r = JSON.parse(await run('rdjson', [resultOf('<stdin>', [kindly])]))
    expect(r.diagnostics[0].location).toEqual({ path: '<stdin>', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 7 } } })
    expect(r.diagnostics[0].suggestions).toHaveLength(1)
  })
})

describe('junit', () => {
  it('has a suite per file, a failing case per problem and a passing case per clean file', async () => {
    const xml = await run('junit')
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="servicelint" tests="4" failures="3" errors="0" time="0">/)
    expect(xml.match(/<testsuite /g)).toHaveLength(2)
    expect(xml).toContain('<testsuite name="macros/refund, &quot;late&quot;.txt" tests="3" failures="3"')
    expect(xml).toContain('<failure type="warning" message="&lt;sorry&gt; &amp; &quot;apologies&quot; are banned here">')
    expect(xml).toContain('<testcase name="macros/clean.txt has no problems" classname="macros/clean.txt" time="0"/>')
    // Nothing unescaped: every & starts an entity, no < inside attribute values or text.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/)
    expect(xml.replace(/<\/?[a-z?][^<>]*>/g, '')).not.toMatch(/[<>]/)
  })

  it('drops control characters XML cannot carry', async () => {
    const weird = resultOf(`${CWD}/w.txt`, [{ ...kindly, message: 'bell\u0007 and form\u000c feed' }])
    const xml = await run('junit', [weird])
    expect(xml).toContain('message="bell and form feed')
  })
})

describe('summary', () => {
  it('counts per rule, sorted by count, with a bar scaled to the most frequent', async () => {
    const many = [resultOf(`${CWD}/a.txt`, [cant, cant, cant, cant, kindly]), resultOf(`${CWD}/b.txt`, [cant, kindly, team])]
    expect(countByRule(many)).toEqual([
      { rule: 'negative-phrasing', count: 5, errors: 5, warnings: 0, files: 2 },
      { rule: 'canned-phrases', count: 2, errors: 0, warnings: 2, files: 2 },
      { rule: 'team-words', count: 1, errors: 0, warnings: 1, files: 1 },
    ])
    const out = await run('summary', many)
    const rows = out.split('\n').slice(1, 4)
    expect(rows[0]).toMatch(/^negative-phrasing +5 +█{30} +5 +0 +2$/)
    expect(rows[1]).toMatch(/^canned-phrases +2 +█{12} +0 +2 +2$/)
    expect(rows[2]).toMatch(/^team-words +1 +█{6} +0 +1 +1$/)
    expect(out).toContain('2 files checked, 2 with problems; 8 problems (5 errors, 3 warnings) from 3 rules.')
  })

  it('draws partial blocks and never hides a count above zero', () => {
    expect(bar(1, 1000)).toBe('▏')
    expect(bar(1, 16, 30)).toBe('█▉')
    expect(bar(3, 16, 8)).toBe('█▌')
    expect(bar(0, 5)).toBe('')
  })

  it('says so when there is nothing to count', async () => {
    expect(await run('summary', [clean])).toBe('1 file checked, 0 with problems; no problems.\n')
  })
})

describe('html marks', () => {
  it('splits overlapping and point messages without nesting', () => {
    const text = 'abcdefghij'
    const m = (range: [number, number], severity: 1 | 2 = 1) => ({ ruleId: 'r', severity, message: 'm', line: 1, column: 1, range }) as LintMessage
    const { runs, pins } = splitRuns(text, [m([2, 6]), m([4, 8], 2), m([0, 0])])
    expect(runs.map((r) => [r.text, r.refs, r.severity])).toEqual([
      ['ab', [], 0],
      ['cd', [1], 1],
      ['ef', [1, 2], 2],
      ['gh', [2], 2],
      ['ij', [], 0],
    ])
    expect(pins).toEqual([{ offset: 0, refs: [3], severity: 1 }])
  })
})

describe('html', () => {
  it('is one page with no external resources and everything escaped', async () => {
    const html = await run('html')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i)
    expect(html).toContain('<mark class="sev-1" title="`Kindly` sounds like a form letter">Kindly<sup class="ref"><a href="#f1-m1">1</a></sup></mark>')
    expect(html).toContain('&lt;sorry&gt; &amp; &quot;apologies&quot; are banned here')
    expect(html).toContain('Try: <q>Please</q>')
    expect(html).toContain('<li>macros/clean.txt</li>')
    expect(html).not.toContain('<sorry>')
  })
})

describe('loading formatters', () => {
  it('has every format the docs list', () => {
    expect(BUILTIN_FORMATTERS()).toEqual(expect.arrayContaining(['stylish', 'json', 'compact', 'unix', 'github', 'sarif', 'rdjson', 'junit', 'summary', 'html']))
  })
})

// End to end: the built CLI, a real draft, each format.
describe('each format through the CLI', () => {
  let dir: string
  const BAD = "Hi Sam,\n\nUnfortunately we can't refund this order & that's final.\n\nThanks,\nAl\n"
  beforeAll(() => {
    if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first (npm test does)')
    dir = mkdtempSync(join(tmpdir(), 'sl-fmt-'))
    writeFileSync(join(dir, 'refund.txt'), BAD)
    writeFileSync(join(dir, 'good.txt'), 'Hi Sam,\n\nThanks for the photos. I have sent a new mug today; it arrives by Friday. Does that work for you?\n\nBest,\nAl\n')
  })
  const lint = (format: string) => cli(['--format', format, '--no-config-lookup', 'refund.txt', 'good.txt'], { cwd: dir })

  it.each(['compact', 'unix'])('%s', (format) => {
    const r = lint(format)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^refund\.txt:3:1: .+ \[Error\/negative-phrasing\]$/m)
  })

  it('github', () => {
    expect(lint('github').stdout).toMatch(/^::error file=refund\.txt,line=3,col=1,endLine=3,endColumn=\d+,title=servicelint \(negative-phrasing\)::/m)
  })

  it('sarif validates against the schema', () => {
    const schema = JSON.parse(readFileSync('test/schemas/sarif-2.1.0-subset.json', 'utf8')) as object
    const validate = addFormats(new Ajv({ strict: false })).compile(schema)
    const log = JSON.parse(lint('sarif').stdout)
    expect(validate(log)).toBe(true)
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(0)
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'negative-phrasing')).toMatchObject({ ruleId: 'negative-phrasing', locations: [{ physicalLocation: { artifactLocation: { uri: 'refund.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } } }] })
  })

  it('rdjson', () => {
    const r = JSON.parse(lint('rdjson').stdout)
    expect(r.diagnostics.find((d: { code: { value: string } }) => d.code.value === 'negative-phrasing')).toMatchObject({ location: { path: 'refund.txt', range: { start: { line: 3, column: 1 } } }, code: { value: 'negative-phrasing' } })
    expect(r.diagnostics.some((d: { suggestions?: unknown[] }) => d.suggestions?.length)).toBe(true)
  })

  it('junit', () => {
    const xml = lint('junit').stdout
    expect(xml).toMatch(/<testsuite name="refund\.txt" tests="\d+" failures="\d+"/)
    expect(xml).toContain('<testcase name="good.txt has no problems"')
  })

  it('summary', () => {
    expect(lint('summary').stdout).toMatch(/^negative-phrasing +\d+ +█+/m)
  })

  it('html, with the draft and marks, also written with -o', () => {
    const r = cli(['--format', 'html', '--no-config-lookup', '-o', 'report.html', 'refund.txt', 'good.txt'], { cwd: dir })
    expect(r.stdout).toBe('')
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    expect(html).toMatch(/<mark class="sev-2"[^>]*>Unfortunately/)
    expect(html).toContain('refund this order &amp; that&#39;s final.')
  })

  it('html shows a draft read from stdin', () => {
    const r = cli(['--format', 'html', '--no-config-lookup', '--stdin'], { input: BAD, cwd: dir })
    expect(r.stdout).toMatch(/<mark class="sev-2"[^>]*>Unfortunately/)
  })
})

// stylish aligns columns by display width, read by code unit for speed; it must count as a walk by
// code point does: one per code point, two for the wide ranges, nothing for colour codes.
describe('stylish column width', () => {
  const ESC = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g')
  const byCodePoint = (s: string) => {
    let w = 0
    for (const ch of s.replace(ESC, '')) {
      const c = ch.codePointAt(0)!
      w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff)) ? 2 : 1
    }
    return w
  }
  it('counts as a walk by code point does', () => {
    for (const s of ['', 'abc', '“quoted” — dash', '日本語', '😊 ok', '\ud83d', 'x\udc00y', '\ud83d\ud83d\ude0a', '\x1b[31merror\x1b[39m', '한국어 ﬁ ｆｕｌｌ']) expect(width(s), JSON.stringify(s)).toBe(byCodePoint(s))
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('\x1b[2m', '\x1b[0m', '\ud800', '\udfff', '😀', '日')), { maxLength: 8 }), (parts) => {
        const s = parts.join('')
        expect(width(s)).toBe(byCodePoint(s))
      }),
      { numRuns: 2000 },
    )
  })
})
