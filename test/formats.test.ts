// Real containers: the same draft in .txt, .md, .html, .eml (quoted-printable and 8bit) and a
// Zendesk macro export gives the same diagnostics, every diagnostic points at the offending words
// in the original bytes, a folder of every format lints in one run, and nothing is reported from
// quoted text, code, URLs, tags or placeholders.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { builtinLoaders, builtinMetas } from '../rules/index.ts'
import { lintSource, type ActiveRule } from '../src/lint/engine.ts'
import { extract, formatOf } from '../src/extract/index.ts'
import type { LintMessage, LintResult } from '../src/types.ts'
import { cli } from './helpers.ts'

const DIR = 'fixtures/formats'
const read = (name: string) => readFileSync(join(DIR, name), 'utf8')

// Every rule that has an implementation today (others are being written alongside).
let rules: ActiveRule[] = []
beforeAll(async () => {
  for (const meta of builtinMetas) {
    try {
      const rule = (await builtinLoaders[meta.id]()).default
      rules.push({ rule, severity: 1, options: {} })
    } catch {
      // not implemented yet
    }
  }
  rules = rules.filter((r) => r.rule.meta.id !== 'readability')
})

async function lint(name: string, source = read(name)): Promise<LintMessage[]> {
  const format = formatOf(name)
  if (!format) throw new Error(`no format for ${name}`)
  return (await lintSource(source, name, format, rules)).messages
}

const key = (m: LintMessage) => `${m.ruleId}: ${m.actual ?? '(document)'}`

describe('the same draft in every container', () => {
  const containers = ['draft.txt', 'macro.md', 'draft.html', 'gmail-reply.eml', 'apple-reply.eml', 'thunderbird-flowed.eml']

  it('gives the same rule ids and flagged words', async () => {
    const expected = (await lint('draft.txt')).map(key).sort()
    expect(expected).toContain("negative-phrasing: we can't")
    for (const name of containers) expect({ name, got: (await lint(name)).map(key).sort() }).toEqual({ name, got: expected })
  })

  it('gives them for each of the two reply texts of a Zendesk macro export', async () => {
    const expected = (await lint('draft.txt')).map(key).sort()
    const messages = await lint('zendesk-macros.json')
    const source = read('zendesk-macros.json')
    // Each macro's text sits on its own line of the export.
    const htmlLine = source.split('\n').findIndex((l) => l.includes('"comment_value_html"')) + 2
    const byLine = (line: number) => messages.filter((m) => m.line === line).map(key).sort()
    expect(byLine(htmlLine)).toEqual(expected)
    expect(messages.length).toBe(expected.length * 2)
  })
})

describe('positions point at the offending words in the original bytes', () => {
  // What the source slice must read as once the container's own encoding is undone.
  const undo: Record<string, (s: string) => string> = {
    'gmail-reply.eml': (s) => s.replace(/=\r?\n/g, '').replace(/=E2=80=99/g, '’'),
    // format=flowed: a line ending in a space goes on, a leading space is stuffing.
    'thunderbird-flowed.eml': (s) => s.replace(/ \r?\n ?/g, ' '),
    'draft.html': (s) => s.replace(/&rsquo;/g, '’'),
    'outlook-reply.html': (s) => s.replace(/&#8217;/g, '’').replace(/&nbsp;/g, '\u00a0'),
    'gmail-signature.html': (s) => s.replace(/&#39;/g, "'"),
    'zendesk-macros.json': (s) => JSON.parse(`"${s}"`) as string,
    'freshdesk-canned-responses.json': (s) => JSON.parse(`"${s}"`) as string,
    'helpscout-saved-replies.json': (s) => JSON.parse(`"${s}"`) as string,
  }
  const exact = readdirSync(DIR).filter((f) => formatOf(f) && f !== 'settings.json' && f !== 'outlook-base64.eml')

  for (const name of exact) {
    it(name, async () => {
      const source = read(name)
      const messages = (await lint(name)).filter((m) => m.actual !== undefined)
      expect(messages.length).toBeGreaterThan(0)
      for (const m of messages) {
        const slice = source.slice(m.range![0], m.range![1])
        expect((undo[name] ?? ((s: string) => s))(slice)).toBe(m.actual)
      }
    })
  }

  it('counts columns in UTF-16 units after CRLF line ends (Outlook HTML)', async () => {
    const source = read('outlook-reply.html')
    expect(source).toContain('\r\n')
    const m = (await lint('outlook-reply.html')).find((x) => x.actual === 'we are not able to')!
    const line = source.split(/\r\n/)[m.line - 1]
    expect(line.slice(m.column - 1, m.endColumn! - 1)).toBe('we are not able to')
  })

  it('maps through JSON escapes (\\u2019, \\n, \\") to the exact source bytes', async () => {
    const json = JSON.stringify({ macro: { title: 'x', actions: [{ field: 'comment_value', value: 'Hi "Ana",\n\nI’m sorry. Unfortunately we can’t do that.' }] } }).replace(/’/g, '\\u2019')
    const m = (await lint('m.json', json)).find((x) => x.ruleId === 'negative-phrasing' && /can/.test(x.actual ?? ''))!
    expect(json.slice(m.range![0], m.range![1])).toBe('we can\\u2019t')
  })

  it('counts columns in UTF-16 units after a BOM, emoji and tabs, in Markdown and JSON', async () => {
    const md = '\ufeffHi Zoë,\n\n😀\t**Sorry!** We cannot refund it.\n'
    const m = (await lint('a.md', md)).find((x) => x.actual === 'We cannot')!
    expect([m.line, m.column]).toEqual([3, 15])
    const json = '\ufeff' + JSON.stringify([{ id: 1, title: 'x', content: 'Hi 😀\tSorry! We cannot refund it.' }])
    const j = (await lint('a.json', json)).find((x) => x.actual === 'We cannot')!
    expect(json.slice(1).slice(j.range![0], j.range![1])).toBe('We cannot')
  })

  it('maps HTML entities inside a flagged span to their source text', async () => {
    const html = '<p>Hi Ana,</p><p>Sorry! We can&rsquo;t do that &amp; we won&#8217;t.</p>'
    const m = (await lint('a.html', html)).find((x) => x.actual === 'We can’t')!
    expect(html.slice(m.range![0], m.range![1])).toBe('We can&rsquo;t')
  })

  it('puts every message of a base64 part on the part’s first line (documented)', async () => {
    const source = read('outlook-base64.eml')
    const firstLine = source.split('\n').findIndex((l, i, all) => i > 0 && all[i - 1] === '' && /^[A-Za-z0-9+/]{20,}/.test(l)) + 1
    const messages = await lint('outlook-base64.eml')
    expect(messages.map(key).sort()).toEqual((await lint('draft.txt')).map(key).sort())
    for (const m of messages) expect([m.line, m.column]).toEqual([firstLine, 1])
  })
})

describe('a folder of every format, one CLI run', () => {
  let results: LintResult[]
  let stderr: string
  beforeAll(() => {
    const r = cli(['--no-config-lookup', '--rule', 'negative-phrasing: error', '-f', 'json', DIR])
    expect(r.code).toBe(1)
    results = JSON.parse(r.stdout) as LintResult[]
    stderr = r.stderr
  })

  it('lints every draft file and skips the JSON that is no macro export, quietly', () => {
    const linted = results.map((r) => r.filePath.split('/').pop()).sort()
    expect(linted).toEqual(readdirSync(DIR).filter((f) => f !== 'settings.json').sort())
    expect(stderr).not.toContain('settings.json')
  })

  it('reads each file in its own format (refusals found in each, only in the agent’s words)', () => {
    const expected: Record<string, string[]> = {
      'draft.txt': ["we can't"],
      'macro.md': ["we can't"],
      'draft.html': ["we can't"],
      'gmail-reply.eml': ["we can't"],
      'apple-reply.eml': ["we can't"],
      'thunderbird-flowed.eml': ["we can't"],
      'outlook-base64.eml': ["we can't"],
      'zendesk-macros.json': ["we can't", "we can't"],
      'freshdesk-canned-responses.json': ['We are unable to'],
      'helpscout-saved-replies.json': ['I can’t'],
      'outlook-reply.html': ['we are not able to'],
      'gmail-signature.html': ["we can't"],
      'engraving.hbs': ['We are not able to'],
      'delivery.liquid': ["we don't offer"],
    }
    for (const r of results) {
      const name = r.filePath.split('/').pop()!
      const refusals = r.messages.filter((m) => m.ruleId === 'negative-phrasing' && !/^Unfortunately/.test(m.actual ?? ''))
      expect({ name, got: refusals.map((m) => m.actual) }).toEqual({ name, got: expected[name] })
    }
  })

  it('names the shapes it understands when a non-macro JSON is given explicitly (exit 2)', () => {
    const r = cli(['--no-config-lookup', join(DIR, 'settings.json')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/settings\.json: not a macro export.*Zendesk.*Freshdesk.*Help Scout/)
  })

  it('picks the format from --stdin-filename', () => {
    const r = cli(['--no-config-lookup', '--rule', 'negative-phrasing: error', '-f', 'json', '--stdin', '--stdin-filename', 'reply.html'], {
      input: '<p>Hi,</p><pre>we cannot</pre><p title="we cannot">Sadly we can&#39;t.</p>',
    })
    const messages = (JSON.parse(r.stdout) as LintResult[])[0].messages.filter((m) => m.ruleId === 'negative-phrasing')
    expect(messages.length).toBe(2)
    expect(messages.map((m) => m.actual)).toContain("we can't")
    // Only the last paragraph's words: the <pre> and the title attribute say "we cannot" too.
    expect(messages.every((m) => m.range![0] > 40)).toBe(true)
  })
})

describe('nothing is reported from quoted text, code, URLs, tags, headers or placeholders', () => {
  // Spans of each fixture that are not the agent's words.
  const FORBIDDEN: RegExp[] = [
    /^>.*$/gm, // quoted lines
    /^On Mon, 3 Jun 2024[\s\S]*/gm, // attribution and all after it
    /<(?:pre|script|style|title|head)\b[\s\S]*?<\/(?:pre|script|style|title|head)>/g,
    /<[^>]*>/g, // tags and attributes
    /```[\s\S]*?```/g,
    /`[^`\n]*`/g,
    /\bhttps?:\/\/[^\s)">]+/g,
    /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g,
    /<div class="gmail_quote[\s\S]*/g,
    /<div id="divRplyFwdMsg"[\s\S]*/g,
    /"(?:title|description|raw_title|url|name)": "[^"]*"/g,
    /^[\s\S]*?\r?\n\r?\n/g, // headers of an .eml (tested on .eml files only)
  ]
  const files = readdirSync(DIR).filter((f) => formatOf(f) && f !== 'settings.json' && f !== 'outlook-base64.eml')

  for (const name of files) {
    it(name, async () => {
      const source = read(name)
      const spans: Array<[number, number]> = []
      for (const re of FORBIDDEN) {
        if (re.source.startsWith('^[\\s\\S]*?') && !name.endsWith('.eml')) continue
        for (const m of source.matchAll(re)) spans.push([m.index, m.index + m[0].length])
      }
      for (const m of await lint(name)) {
        const [s, e] = m.range!
        const inside = spans.find(([a, b]) => s < b && e > a && !(m.actual === undefined && e - s === 0))
        expect({ message: `${m.ruleId} ${m.actual}`, inside }).toEqual({ message: `${m.ruleId} ${m.actual}`, inside: undefined })
      }
    })
  }

  it('the planted refusals in those places really are refusals (so the check above means something)', async () => {
    const planted = read('macro.md').match(/```\n([^\n]+)/)![1]
    const messages = await lint('planted.txt', `Hi,\n\n${planted}\n`)
    expect(messages.some((m) => m.ruleId === 'negative-phrasing')).toBe(true)
  })
})

describe('threads inside Markdown and HTML', () => {
  const refusals = async (name: string, text: string) =>
    (await lint(name, text)).filter((m) => m.ruleId === 'negative-phrasing').map((m) => text.slice(m.range![0], m.range![1]))

  it('a lazy continuation line of a Markdown blockquote is still quoted', async () => {
    const md = 'Hi Ana,\n\nOn Mon, 3 Jun 2024, Ana <ana@example.com> wrote:\n> we cannot find the parcel\nand we cannot reach you\n\nThanks, I found it: we cannot lose it again.\n'
    expect(await refusals('a.md', md)).toEqual(['we cannot'])
  })

  it('Outlook desktop "From: … Sent: …" blocks start the quoted thread', async () => {
    const html = `<div class=WordSection1><p class=MsoNormal>Hi Jonas,<o:p></o:p></p><p class=MsoNormal>I have reissued the invoice. Does that work for you?</p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Jonas Berg &lt;jonas@berg.se&gt;<br><b>Sent:</b> Tuesday, June 4, 2024 9:12 AM<br><b>To:</b> Billing<br><b>Subject:</b> VAT</p></div>
<p class=MsoNormal>Unfortunately we cannot accept this invoice.</p></div>`
    expect(await refusals('a.html', html)).toEqual([])
  })

  it('Gmail quotes and everything from the Outlook reply header on are context, not linted', async () => {
    for (const [name, marker] of [['draft.html', 'gmail_quote'], ['outlook-reply.html', 'divRplyFwdMsg']]) {
      const source = read(name)
      const cut = source.indexOf(marker)
      const ms = (await lint(name)).filter((m) => m.ruleId === 'negative-phrasing')
      expect(ms.length).toBeGreaterThan(0)
      expect(ms.filter((m) => m.range![1] > cut)).toEqual([])
      // The quoted customer says "can't" and "cannot" after the marker: that text is there.
      expect(source.slice(cut)).toMatch(/can(?:&#8217;|’|')t|cannot/)
    }
  })
})

describe('document rules in HTML', () => {
  const html = '<div dir="ltr"><p>Hi Sam,</p>\n<p>We shipped your order &amp; the invoice today.</p>\n<div>Best,</div></div>'
  const eml = `From: a@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`
  const insertionsIn = async (name: string, source: string) => {
    const messages = await lint(name, source)
    const at = (ruleId: string) => messages.find((m) => m.ruleId === ruleId)!
    return { source, ack: at('require-acknowledgement'), checkback: at('require-checkback'), signoff: at('require-signoff') }
  }

  it('point just after the last word of the line, inside its element, not at the closing tag', async () => {
    for (const [name, source] of [['a.html', html], ['a.eml', eml]]) {
      const { ack, checkback, signoff } = await insertionsIn(name, source)
      const before = (m: LintMessage) => source.slice(0, m.range![0])
      expect({ name, ack: before(ack), checkback: before(checkback), signoff: before(signoff) }).toEqual({
        name,
        ack: expect.stringMatching(/<p>Hi Sam,$/),
        checkback: expect.stringMatching(/invoice today\.$/),
        signoff: expect.stringMatching(/<div>Best,$/),
      })
      for (const m of [ack, checkback, signoff]) expect(m.range![1]).toBe(m.range![0])
    }
  })

  it('insert the missing line inside the element, leaving every tag whole', async () => {
    const { checkback } = await insertionsIn('a.html', html)
    const fix = checkback.suggestions![0].fix
    expect(fix.range[0]).toBe(fix.range[1])
    const fixed = html.slice(0, fix.range[0]) + fix.text + html.slice(fix.range[1])
    expect(fixed).toContain(`today.${fix.text}</p>`)
    expect(fixed.match(/<[^>]*>/g)).toEqual(html.match(/<[^>]*>/g))
    expect((await lint('a.html', fixed)).filter((m) => m.ruleId === 'require-checkback')).toEqual([])
  })
})

describe('HTML signature blocks', () => {
  const signoffs = async (name: string, source: string) => (await lint(name, source)).filter((m) => m.ruleId === 'require-signoff')

  it('a name only in a Gmail signature block signs the reply; a team name there does not', async () => {
    const source = read('gmail-signature.html')
    expect(await signoffs('gmail-signature.html', source)).toEqual([])
    const team = source.replace('<div>Tomás Rivera</div>', '<div>Northwind Support</div>')
    const [m] = await signoffs('gmail-signature.html', team)
    expect(team.slice(0, m.range![0])).toMatch(/<div>Best,$/)
  })

  it('keeps the block as the draft’s signature, out of the linted text', async () => {
    const source = read('gmail-signature.html')
    const [draft] = (await extract('html', source, 'gmail-signature.html')).drafts
    expect(draft.signature?.text).toMatch(/^Tomás Rivera\nCustomer Care · Northwind Home\b/)
    expect(draft.text).not.toContain('Tomás')
    const planted = source.replace('Customer Care · Northwind Home', 'Unfortunately we cannot help')
    expect((await lint('gmail-signature.html', planted)).filter((m) => m.ruleId === 'negative-phrasing').map((m) => m.actual)).toEqual(['Unfortunately', "we can't"])
  })

  it('reads Gmail’s block without the `-- ` prefix, Thunderbird’s .moz-signature, Outlook’s #Signature, and `-- ` in plain HTML', async () => {
    const body = '<div>Hi Sam,</div><div>Thanks for your patience: I refunded the order today. Does that work for you?</div><div>Best,</div>'
    const signed = [
      `${body}<div class="gmail_signature"><div>Ana Lee</div><div>Acme Support</div></div>`,
      `${body}<div class="moz-signature">-- <br>Ana Lee</div>`,
      `${body}<div>-- </div><div>Ana Lee</div>`,
      // Outlook on the web: the block follows the reply, its words in nested divs and paragraphs.
      `${body}<div id="Signature"><div><p style="margin:0">Ana Lee</p><p style="margin:0">Acme Support</p></div></div>`,
      `${body}<div id="ms-outlook-mobile-signature">Ana Lee</div>`,
    ]
    for (const html of signed) expect({ html, got: await signoffs('a.html', html) }).toEqual({ html, got: [] })
    for (const html of signed) {
      const unsigned = html.replace('Ana Lee', 'Acme Support Team')
      expect({ unsigned, got: (await signoffs('a.html', unsigned)).length }).toEqual({ unsigned, got: 1 })
    }
  })

  it('keeps Outlook’s #Signature out of the linted text, and reads a quoted x_Signature as context', async () => {
    const html = '<div>Hi Sam,</div><div>I refunded the order today. Does that work for you?</div><div>Best,</div>' +
      '<div id="Signature"><p>Ana Lee</p><p>Unfortunately we cannot reply on weekends</p></div>' +
      '<hr><div id="divRplyFwdMsg"><b>From:</b> Sam</div><div><div id="x_Signature"><p>Sam Park, we cannot wait</p></div></div>'
    const [draft] = (await extract('html', html, 'a.html')).drafts
    expect(draft.signature?.text).toMatch(/^Ana Lee\n+Unfortunately/)
    expect(draft.text).not.toContain('Ana Lee')
    expect((await lint('a.html', html)).filter((m) => m.ruleId === 'negative-phrasing')).toEqual([])
  })
})

describe('templates', () => {
  it('lints both branches of {{#if}}…{{else}} and of {% if %}…{% else %}', async () => {
    const hbs = '{{#if vip}}\nWe cannot ship express.\n{{else}}\nUnfortunately we are unable to ship it.\n{{/if}}\n'
    const liquid = hbs.replace('{{#if vip}}', '{% if vip %}').replace('{{else}}', '{% else %}').replace('{{/if}}', '{% endif %}')
    for (const [name, text] of [['t.hbs', hbs], ['t.mustache', hbs], ['t.liquid', liquid]]) {
      const got = (await lint(name, text)).filter((m) => m.ruleId === 'negative-phrasing').map((m) => text.slice(m.range![0], m.range![1]))
      expect(got).toContain('We cannot')
      expect(got).toContain('we are unable to')
    }
  })

  it('does not lint comments in any template syntax', async () => {
    const text = '{% comment %}we cannot{% endcomment %}{# we cannot #}{{! we cannot }}{{!-- we cannot --}}\nHi Ana, here is your refund.\n'
    for (const name of ['t.liquid', 't.hbs']) expect((await lint(name, text)).filter((m) => m.ruleId === 'negative-phrasing')).toEqual([])
  })
})

describe('extractors load lazily', () => {
  // The CLI's core is dist/cli.cjs; parts loaded on demand are dist/cli-*.cjs, required by name.
  it('a .txt lint loads none of the Markdown, HTML or MIME parsers', () => {
    const core = readFileSync(join('dist', 'cli.cjs'), 'utf8')
    expect(core).not.toMatch(/PostalMime|micromark|parse5|fromMarkdown/)
    for (const name of ['cli-markdown', 'cli-html', 'cli-eml', 'cli-macros', 'cli-template']) {
      expect(core).toContain(`require("./${name}.cjs")`)
    }
    // …and they are in the bundles the core requires on demand: the full Markdown and HTML parsers
    // in bundles of their own, which the extractors require only for a document their fast path
    // does not take.
    expect(readFileSync(join('dist', 'cli-eml.cjs'), 'utf8')).toMatch(/PostalMime/)
    for (const [extractor, parser, marker] of [['cli-markdown', 'cli-markdown-parse', /node_modules\/micromark\//], ['cli-html', 'cli-html-parse', /node_modules\/parse5\//]] as const) {
      const code = readFileSync(join('dist', `${extractor}.cjs`), 'utf8')
      expect(code).not.toMatch(marker)
      expect(code).toContain(`require("./${parser}.cjs")`)
      expect(readFileSync(join('dist', `${parser}.cjs`), 'utf8')).toMatch(marker)
    }
  })
})

// Enough of quoted-printable for the property below: bytes outside printable ASCII, and "=", as =XX.
function quotedPrintable(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => (b === 10 || b === 13 || (b >= 32 && b < 127 && b !== 61) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('')
}

describe('position maps hold for any input (property)', () => {
  const pieces = ['<p>', '</p>', '<div>', '<br>', '&amp;', '&rsquo;', '&#x1F600;', '&nbsp;', 'we can’t', "can't", '😀', '\r\n', '\r', '\n', ' ', 'é', '\uD800', '<!-- servicelint-disable -->', '{{name}}', '> quoted', 'On Mon, Ana wrote:', '<blockquote>', '`code`', '[link](https://x.io)', '\t', '"', '\\', 'Unfortunately']
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''))

  it('every draft offset maps into the source, in every format', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.hbs', 'a.json', 'a.eml', 'qp.eml', 'flowed.eml'), async (body, name) => {
        const eml = (type: string, encoding: string, text: string) =>
          `From: a@example.com\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${text}`
        const source =
          name === 'a.json'
            ? JSON.stringify({ macro: { actions: [{ field: 'comment_value', value: body }, { field: 'comment_value_html', value: body }] } })
            : name === 'a.eml'
              ? eml('text/plain; charset=utf-8', '8bit', body)
              : name === 'qp.eml'
                ? eml('text/html; charset=utf-8', 'quoted-printable', quotedPrintable(body))
                : name === 'flowed.eml'
                  ? eml('text/plain; charset=utf-8; format=flowed; delsp=yes', '8bit', body)
                  : body
        const { drafts } = await extract(formatOf(name)!, source, name)
        for (const d of drafts) {
          const map = d.toSource ?? ((o: number) => (d.base ?? 0) + o)
          if (!d.toSource) expect(d.text.length).toBe(source.length)
          for (let i = 0; i <= d.text.length; i++) {
            const at = map(i)
            expect(at).toBeGreaterThanOrEqual(0)
            expect(at).toBeLessThanOrEqual(source.length)
          }
          // A letter the agent wrote sits at its own place in the source (JSON: unless escaped).
          for (let i = 0; i < d.text.length; i++) {
            if (!/[a-z]/i.test(d.text[i]) || d.placeholders.some((p) => i >= p.start && i < p.end)) continue
            if (source[map(i)] !== '\\' && source[map(i)] !== '&') expect(source[map(i)]).toBe(d.text[i])
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
