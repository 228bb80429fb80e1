// JUnit XML for CI dashboards (Jenkins, GitLab, Azure): one <testsuite> per file, one failing
// <testcase> per problem, and a passing one for a clean file so the dashboard counts it. Warnings
// fail their test case too (as ESLint's junit formatter does); `type` tells them apart.
import type { Formatter } from './types.ts'
import { displayPath } from './paths.ts'
import { escapeXml as x } from './escape.ts'
import { messageLine, severityWord } from './severity.ts'

const junit: Formatter = (results, { cwd }) => {
  let tests = 0
  let failures = 0
  const suites: string[] = []
  for (const r of results) {
    const file = displayPath(r.filePath, cwd)
    const cases: string[] = []
    for (const m of r.messages) {
      const where = `${file}:${m.line}:${m.column}`
      const detail = `${where}: ${severityWord(m)} - ${messageLine(m)}${m.ruleId ? ` (${m.ruleId})` : ''}${m.note ? `\n${m.note}` : ''}${m.url ? `\n${m.url}` : ''}`
      cases.push(
        `    <testcase name="${x(`${m.ruleId ?? 'servicelint'} at ${m.line}:${m.column}`)}" classname="${x(file)}" time="0">\n` +
          `      <failure type="${m.severity === 2 ? 'error' : 'warning'}" message="${x(messageLine(m))}">${x(detail)}</failure>\n` +
          `    </testcase>`,
      )
    }
    if (!cases.length) cases.push(`    <testcase name="${x(`${file} has no problems`)}" classname="${x(file)}" time="0"/>`)
    tests += cases.length
    failures += r.messages.length
    suites.push(
      `  <testsuite name="${x(file)}" tests="${cases.length}" failures="${r.messages.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    )
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="servicelint" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    (suites.length ? suites.join('\n') + '\n' : '') +
    `</testsuites>\n`
  )
}
export default junit
