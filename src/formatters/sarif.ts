// SARIF 2.1.0, what GitHub code scanning and other SARIF viewers read. Every known rule is listed
// in tool.driver.rules (so a viewer can explain a rule even when this run found nothing for it);
// results point at them by id and index. Paths are relative to %SRCROOT% (the folder we ran in)
// so the log means the same on another checkout; files outside it keep absolute file: URIs.
import type { Formatter } from './types.ts'
import type { LintMessage, LintResult, RuleMeta } from '../types.ts'
import { VERSION } from '../version.ts'
import { DOCS_BASE } from '../../rules/url.ts'
import { displayPath, isInside } from './paths.ts'
import { docUri, fileUri, relativeUri } from './uri.ts'

type Level = 'none' | 'note' | 'warning' | 'error'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const SRCROOT = '%SRCROOT%'
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '')

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

function artifactLocation(r: LintResult, cwd: string): ArtifactLocation {
  if (isInside(r.filePath, cwd)) return { uri: relativeUri(displayPath(r.filePath, cwd)), uriBaseId: SRCROOT }
  if (r.filePath.startsWith('/')) return { uri: fileUri(r.filePath) }
  return { uri: relativeUri(r.filePath) }
}

function ruleDescriptor(meta: RuleMeta) {
  const level: Level = meta.recommended === 'error' ? 'error' : 'warning'
  const helpUri = docUri(meta.url)
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: meta.recommended === 'off' ? { enabled: false, level } : { level },
    properties: { tags: ['servicelint', meta.kind], ...(meta.fixable ? { fixable: true } : {}) },
  }
}

function region(m: LintMessage) {
  return {
    startLine: m.line,
    startColumn: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
    ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
    ...(m.range ? { charOffset: m.range[0], charLength: m.range[1] - m.range[0] } : {}),
  }
}

function fixOf(m: LintMessage, location: ArtifactLocation) {
  if (!m.fix) return undefined
  const [start, end] = m.fix.range
  // Line and column only when the fix covers exactly the flagged words (then they are known).
  const sameSpan = m.range && m.range[0] === start && m.range[1] === end
  const deletedRegion = sameSpan ? region(m) : { charOffset: start, charLength: end - start }
  return [
    {
      description: { text: m.fix.text ? `Replace with “${m.fix.text}”` : 'Remove' },
      artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: m.fix.text } }] }],
    },
  ]
}

const sarif: Formatter = (results, { cwd, rulesMeta }) => {
  const metas = Object.values(rulesMeta)
  // Rules a plugin reported under but the metadata doesn't know still get a descriptor.
  for (const r of results) {
    for (const m of r.messages) {
      if (m.ruleId && !rulesMeta[m.ruleId] && !metas.some((x) => x.id === m.ruleId)) {
        metas.push({ id: m.ruleId, kind: 'phrase', description: m.ruleId, recommended: 'warn', url: m.url ?? '' })
      }
    }
  }
  const index = new Map(metas.map((meta, i) => [meta.id, i]))
  const out = []
  for (const r of results) {
    const location = artifactLocation(r, cwd)
    for (const m of r.messages) {
      const fixes = fixOf(m, location)
      out.push({
        ...(m.ruleId ? { ruleId: m.ruleId, ruleIndex: index.get(m.ruleId) } : {}),
        level: (m.severity === 2 ? 'error' : 'warning') as Level,
        message: { text: m.expected?.[0] ? `${m.message} Try: “${m.expected[0]}”.` : m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        ...(fixes ? { fixes } : {}),
      })
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'servicelint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: INFORMATION_URI,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(cwd.endsWith('/') ? cwd : cwd + '/') } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}
export default sarif
