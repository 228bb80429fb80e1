// A short content hash: sha1 is fast and collisions here would need an attacker with write access
// to the drafts, who could just edit the results.
import { createHash } from 'node:crypto'

export function hashOf(...parts: string[]): string {
  const h = createHash('sha1')
  for (const p of parts) h.update(p).update('\0')
  return h.digest('base64url')
}
