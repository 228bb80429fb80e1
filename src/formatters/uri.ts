// URIs for machine-read reports (SARIF, rdjson): relative paths percent-encoded segment by segment,
// doc links kept only when they are real URIs (a team phrase rule's "url" is its config file path).
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'

export function relativeUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/')
}

export function fileUri(absPath: string): string {
  return pathToFileURL(absPath).href
}

/** An absolute URI for a doc link, or undefined when there is none. */
export function docUri(url: string | undefined): string | undefined {
  if (!url) return undefined
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url
  if (isAbsolute(url)) return fileUri(url)
  return undefined
}
