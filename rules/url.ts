// Where each rule's docs live, for `url` in messages and `helpUri` in SARIF.
export const DOCS_BASE = 'https://github.com/servicelint/servicelint/blob/main/rules'

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}/${id}/docs.md`
}
