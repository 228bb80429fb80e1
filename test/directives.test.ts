// Inline `servicelint-*` directives in each format's comment syntax, applied as ESLint applies
// `eslint-disable` comments, and `--report-unused-disable-directives`.
import { describe, expect, it } from 'vitest'
import { builtinLoaders } from '../rules/index.ts'
import { lintSource, type ActiveRule } from '../src/lint/engine.ts'
import { formatOf } from '../src/extract/index.ts'
import type { LintMessage, LintResult } from '../src/types.ts'
import { cli } from './helpers.ts'

async function active(...ids: string[]): Promise<ActiveRule[]> {
  return Promise.all(ids.map(async (id) => ({ rule: (await builtinLoaders[id]()).default, severity: 2 as const, options: {} })))
}

async function lint(name: string, text: string, ids = ['negative-phrasing'], reportUnused: 0 | 1 | 2 = 0): Promise<LintMessage[]> {
  return (await lintSource(text, name, formatOf(name)!, await active(...ids), { reportUnused })).messages
}

/** `line:ruleId` of each message, ruleId null as "unused". */
const lines = (ms: LintMessage[]) => ms.map((m) => `${m.line}:${m.ruleId ?? 'unused'}`)

describe('servicelint-disable-next-line / -line', () => {
  it('Markdown <!-- --> covers the next line only', async () => {
    const md = 'Hi Ana,\n\n<!-- servicelint-disable-next-line negative-phrasing -->\nWe cannot refund it.\n\nWe cannot swap it either.\n'
    expect(lines(await lint('a.md', md))).toEqual(['6:negative-phrasing'])
  })

  it('HTML <!-- --> disable-line covers its own line', async () => {
    const html = '<p>Hi Ana,</p>\n<p>We cannot refund it.</p> <!-- servicelint-disable-line -->\n<p>We cannot swap it.</p>\n'
    expect(lines(await lint('a.html', html))).toEqual(['3:negative-phrasing'])
  })

  it('a directive naming another rule suppresses nothing', async () => {
    const md = '<!-- servicelint-disable-next-line canned-phrases, shouting -->\nWe cannot refund it.\n'
    expect(lines(await lint('a.md', md))).toEqual(['2:negative-phrasing'])
  })

  it('Handlebars {{! }} and {{!-- --}}, with a `-- reason` after the rule list', async () => {
    const hbs = '{{! servicelint-disable-next-line negative-phrasing -- legal wording }}\nWe cannot refund it.\n{{!-- servicelint-disable-next-line --}}\nWe cannot swap it.\nWe cannot ship it.\n'
    expect(lines(await lint('a.hbs', hbs))).toEqual(['5:negative-phrasing'])
  })
})

describe('servicelint-disable / servicelint-enable', () => {
  it('Liquid {# #} and {% comment %} switch a rule off and back on', async () => {
    const liquid = [
      'We cannot refund it.',
      '{# servicelint-disable negative-phrasing #}',
      'We cannot swap it.',
      '{% comment %}servicelint-enable negative-phrasing{% endcomment %}',
      'We cannot ship it.',
    ].join('\n')
    expect(lines(await lint('a.liquid', liquid))).toEqual(['1:negative-phrasing', '5:negative-phrasing'])
  })

  it('a blanket disable with one rule enabled again (ESLint semantics)', async () => {
    const md = '<!-- servicelint-disable -->\n<!-- servicelint-enable negative-phrasing -->\nWe cannot refund it. We will get back to you soon.\n'
    expect(lines(await lint('a.md', md, ['negative-phrasing', 'vague-commitment']))).toEqual(['3:negative-phrasing'])
  })

  it('applies from the comment’s position: words before it on the same line still count', async () => {
    const html = '<p>We cannot refund it. <!-- servicelint-disable --> We cannot swap it.</p>'
    const ms = await lint('a.html', html)
    expect(ms.map((m) => html.slice(m.range![0], m.range![1]))).toEqual(['We cannot'])
    expect(ms[0].column).toBe(4)
  })

  it('suppresses a document rule whose message lands on a disabled line', async () => {
    const body = 'Hi Ana,\n\nYour refund is on its way and should arrive by Friday.\n\nBest,\nSam\n'
    const before = await lint('a.md', body, ['require-checkback'])
    expect(lines(before)).toHaveLength(1)
    const disabled = await lint('a.md', `<!-- servicelint-disable require-checkback -->\n${body}`, ['require-checkback'])
    expect(disabled).toEqual([])
  })

  it('plain text has no comment syntax: an HTML comment in a .txt is just text', async () => {
    const txt = '<!-- servicelint-disable -->\nWe cannot refund it.\n'
    expect(lines(await lint('a.txt', txt))).toEqual(['2:negative-phrasing'])
  })

  it('directives inside an HTML e-mail body map back to the .eml', async () => {
    const eml = 'From: a@example.com\nContent-Type: text/html; charset=utf-8\n\n<p>Hi,</p>\n<!-- servicelint-disable-next-line -->\n<p>We cannot refund it.</p>\n<p>We cannot swap it.</p>\n'
    expect(lines(await lint('a.eml', eml))).toEqual(['7:negative-phrasing'])
  })
})

describe('unused directives', () => {
  it('are not reported unless asked for', async () => {
    expect(await lint('a.md', '<!-- servicelint-disable-next-line -->\nHi Ana, here you go.\n')).toEqual([])
  })

  it('reports each unused rule of a directive with ESLint’s wording, ruleId null', async () => {
    const md = '<!-- servicelint-disable-next-line negative-phrasing, shouting, canned-phrases -->\nWe cannot refund it.\n'
    const ms = await lint('a.md', md, ['negative-phrasing'], 2)
    expect(ms).toHaveLength(1)
    expect(ms[0]).toMatchObject({
      ruleId: null,
      severity: 2,
      line: 1,
      column: 1,
      message: "Unused servicelint-disable directive (no problems were reported from 'shouting' or 'canned-phrases').",
    })
    // Part of the directive is in use: removing it all would be wrong, so no fix.
    expect(ms[0].fix).toBeUndefined()
  })

  it('offers to remove a directive that does nothing, and reports an idle enable', async () => {
    const html = '<p>Hi Ana.</p>\n<!-- servicelint-disable -->\n<!-- servicelint-enable -->\n<!-- servicelint-enable shouting -->\n'
    const ms = await lint('a.html', html, ['negative-phrasing'], 1)
    expect(ms.map((m) => [m.line, m.message])).toEqual([
      [2, 'Unused servicelint-disable directive (no problems were reported).'],
      [4, "Unused servicelint-enable directive (no matching servicelint-disable directives were found for 'shouting')."],
    ])
    expect(html.slice(ms[0].fix!.range[0], ms[0].fix!.range[1])).toBe('<!-- servicelint-disable -->')
    expect(ms[0].severity).toBe(1)
  })

  it('--report-unused-disable-directives makes them errors on the CLI (exit 1), as ESLint’s flag does', () => {
    const input = 'Hi Ana,\n\nYour refund is on its way.\n{# servicelint-disable-next-line negative-phrasing #}\nThanks for your patience.\n'
    const args = ['--no-config-lookup', '--rule', 'negative-phrasing: error', '-f', 'json', '--stdin', '--stdin-filename', 'reply.liquid']
    const off = cli(args, { input })
    const offMessages = (JSON.parse(off.stdout) as LintResult[])[0].messages
    expect(offMessages.filter((m) => m.ruleId === null)).toEqual([])
    const on = cli([...args, '--report-unused-disable-directives'], { input })
    expect(on.code).toBe(1)
    const unused = (JSON.parse(on.stdout) as LintResult[])[0].messages.filter((m) => m.ruleId === null)
    expect(unused).toMatchObject([{ severity: 2, line: 4, column: 1, message: "Unused servicelint-disable directive (no problems were reported from 'negative-phrasing')." }])
  })
})
