// One self-contained HTML page for a support lead: totals and a per-rule chart at the top, then each
// file's draft with the flagged words marked and, beside it, each message with its rewrite.
// Inline CSS only: no scripts, fonts or images, so it opens offline and from a mail attachment.
import type { Formatter } from './types.ts'
import type { LintMessage, LintResult, RuleMeta } from '../types.ts'
import { escapeXml as x } from './escape.ts'
import { displayPath } from './paths.ts'
import { sourceOf } from './source.ts'
import { countByRule } from './summary.ts'
import { splitRuns, type Pin } from './html-marks.ts'
import { docUri } from './uri.ts'
import { VERSION } from '../version.ts'

const CSS = `
:root{--err:#b42318;--err-bg:#fde2df;--warn:#8a5a00;--warn-bg:#fff1c2;--ink:#1f2328;--mute:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f8fa}
header,main{max-width:1180px;margin:0 auto;padding:16px 24px}
h1{font-size:24px;margin:8px 0}
h2{font-size:17px;margin:0 0 8px;word-break:break-all}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.total{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px}
.total b{display:block;font-size:22px}
.total.errors b{color:var(--err)}
.total.warnings b{color:var(--warn)}
table.chart{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:8px}
.chart th,.chart td{text-align:left;padding:4px 10px;border-bottom:1px solid #eef1f4;white-space:nowrap}
.chart td.barcell{width:55%}
.chart .num{text-align:right;font-variant-numeric:tabular-nums}
.bar{height:14px;border-radius:3px;background:var(--warn)}
.bar.error{background:var(--err)}
section.file{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px;margin:18px 0}
.counts{color:var(--mute);font-size:13px;margin-bottom:8px}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
pre.draft{margin:0;padding:12px;background:#fbfcfd;border:1px solid #eef1f4;border-radius:6px;white-space:pre-wrap;word-break:break-word;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark.sev-2{background:var(--err-bg);box-shadow:inset 0 -2px 0 var(--err)}
mark.sev-1{background:var(--warn-bg);box-shadow:inset 0 -2px 0 var(--warn)}
sup.ref,.pin{font:bold 10px/1 system-ui,sans-serif;color:#fff;border-radius:8px;padding:1px 4px;margin-left:1px;vertical-align:super}
.sev-2 sup.ref,.pin.sev-2{background:var(--err)}
.sev-1 sup.ref,.pin.sev-1{background:var(--warn)}
sup.ref a,.pin a{color:#fff;text-decoration:none}
ol.messages{margin:0;padding:0;list-style:none}
ol.messages li{border-left:4px solid var(--warn);background:#fffdf5;padding:6px 10px;margin:0 0 8px;border-radius:0 6px 6px 0}
ol.messages li.sev-2{border-color:var(--err);background:#fff8f7}
ol.messages li:target{outline:2px solid #0969da}
.where{color:var(--mute);font-size:12px}
.rule{font:12px ui-monospace,monospace;color:var(--mute)}
.rewrite{margin-top:2px}
.rewrite q{background:#dafbe1;border-radius:3px;padding:0 3px;quotes:"“" "”"}
.note{color:var(--mute);font-size:13px;margin-top:2px}
.clean{color:#1a7f37}
footer{color:var(--mute);font-size:12px;text-align:center;padding:24px}
@media (max-width:800px){.cols{grid-template-columns:1fr}}
@media print{body{background:#fff}section.file{break-inside:avoid}}
`

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function totals(results: LintResult[]): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.warningCount, 0)
  const fixable = results.reduce((n, r) => n + r.fixableErrorCount + r.fixableWarningCount, 0)
  const withProblems = results.filter((r) => r.messages.length).length
  const box = (cls: string, n: number, label: string) => `<div class="total ${cls}"><b>${n}</b>${x(label)}</div>`
  return `<div class="totals">${[
    box('files', results.length, 'files checked'),
    box('dirty', withProblems, 'with problems'),
    box('errors', errors, errors === 1 ? 'error' : 'errors'),
    box('warnings', warnings, warnings === 1 ? 'warning' : 'warnings'),
    box('fixable', fixable, 'fixable with --fix'),
  ].join('')}</div>`
}

function chart(results: LintResult[], rulesMeta: Record<string, RuleMeta>): string {
  const rows = countByRule(results)
  if (!rows.length) return '<p class="clean">No problems found.</p>'
  const max = rows[0].count
  const body = rows
    .map((r) => {
      const pct = Math.max(1, Math.round((r.count / max) * 100))
      const title = rulesMeta[r.rule]?.description ?? ''
      return `<tr><th scope="row" title="${x(title)}">${ruleLink(r.rule, rulesMeta)}</th><td class="num">${r.count}</td><td class="barcell"><div class="bar${r.errors ? ' error' : ''}" style="width:${pct}%"></div></td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td><td class="num">${r.files}</td></tr>`
    })
    .join('\n')
  return `<table class="chart"><caption hidden>Problems per rule</caption><thead><tr><th>Rule</th><th class="num">Count</th><th></th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Files</th></tr></thead><tbody>\n${body}\n</tbody></table>`
}

function ruleLink(rule: string, rulesMeta: Record<string, RuleMeta>, url?: string): string {
  const href = docUri(url ?? rulesMeta[rule]?.url)
  return href ? `<a class="rule" href="${x(href)}">${x(rule)}</a>` : `<span class="rule">${x(rule)}</span>`
}

function pinHtml(pin: Pin, fileId: string): string {
  return `<span class="pin sev-${pin.severity}">${pin.refs.map((n) => `<a href="#${fileId}-m${n}">${n}</a>`).join(',')}</span>`
}

function draftHtml(text: string, messages: LintMessage[], fileId: string): string {
  const { runs, pins } = splitRuns(text, messages)
  let html = ''
  let p = 0
  const pinsUpTo = (offset: number) => {
    while (p < pins.length && pins[p].offset <= offset) html += pinHtml(pins[p++], fileId)
  }
  // A message's number goes after the last piece of its highlight, not after every piece.
  const lastRun = new Map<number, number>()
  runs.forEach((run, i) => run.refs.forEach((n) => lastRun.set(n, i)))
  runs.forEach((run, i) => {
    pinsUpTo(run.start)
    if (!run.refs.length) {
      html += x(run.text)
      return
    }
    const title = run.refs.map((n) => messages[n - 1].message).join('\n')
    const ending = run.refs.filter((n) => lastRun.get(n) === i)
    const refs = ending.map((n) => `<a href="#${fileId}-m${n}">${n}</a>`).join(',')
    html += `<mark class="sev-${run.severity}" title="${x(title)}">${x(run.text)}${refs ? `<sup class="ref">${refs}</sup>` : ''}</mark>`
  })
  pinsUpTo(Number.POSITIVE_INFINITY)
  return `<pre class="draft">${html}</pre>`
}

function messageHtml(m: LintMessage, n: number, fileId: string, rulesMeta: Record<string, RuleMeta>): string {
  // Rewrites that open a new paragraph carry their line breaks; the list shows the words.
  const rewrites = (m.expected ?? []).map((e) => e.trim())
  const rewrite = rewrites.length
    ? `<div class="rewrite">Try: ${rewrites.map((e) => (e ? `<q>${x(e)}</q>` : '<em>remove it</em>')).join(' or ')}${m.fix ? ' <span class="where">(fixable)</span>' : ''}</div>`
    : ''
  return (
    `<li id="${fileId}-m${n}" class="sev-${m.severity}"><span class="where">${n}. line ${m.line}:${m.column} · ${m.severity === 2 ? 'error' : 'warning'} · </span>` +
    `${m.ruleId ? ruleLink(m.ruleId, rulesMeta, m.url) : ''}<div>${x(m.message)}</div>${rewrite}${m.note ? `<div class="note">${x(m.note)}</div>` : ''}</li>`
  )
}

function fileHtml(r: LintResult, i: number, cwd: string, rulesMeta: Record<string, RuleMeta>): string {
  const fileId = `f${i + 1}`
  const text = sourceOf(r)
  const counts = `${plural(r.errorCount, 'error')}, ${plural(r.warningCount, 'warning')}`
  const list = `<ol class="messages">${r.messages.map((m, k) => messageHtml(m, k + 1, fileId, rulesMeta)).join('\n')}</ol>`
  const draft = text === undefined ? '<p class="note">The draft text is not available.</p>' : draftHtml(text, r.messages, fileId)
  return `<section class="file" id="${fileId}"><h2>${x(displayPath(r.filePath, cwd))}</h2><div class="counts">${counts}</div><div class="cols">${draft}${list}</div></section>`
}

const html: Formatter = (results, { cwd, rulesMeta }) => {
  const dirty = results.filter((r) => r.messages.length)
  const clean = results.filter((r) => !r.messages.length)
  const files = results.map((r, i) => (r.messages.length ? fileHtml(r, i, cwd, rulesMeta) : '')).filter(Boolean)
  const cleanList = clean.length
    ? `<section class="file"><h2 class="clean">${plural(clean.length, 'clean file')}</h2><ul>${clean.map((r) => `<li>${x(displayPath(r.filePath, cwd))}</li>`).join('')}</ul></section>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="servicelint ${x(VERSION)}">
<title>servicelint report: ${dirty.length ? plural(dirty.length, 'draft') + ' to revise' : 'all clear'}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>servicelint report</h1>
${totals(results)}
${chart(results, rulesMeta)}
</header>
<main>
${files.join('\n')}
${cleanList}
</main>
<footer>servicelint ${x(VERSION)}</footer>
</body>
</html>
`
}
export default html
