// Plain-text drafts and e-mail bodies: thread handling, then placeholders.
import { splitThread } from './thread.ts'
import { scanPlaceholders } from './placeholders.ts'
import { branchesOf } from './branches.ts'
import type { Draft, Extraction } from './types.ts'

export function plainDraft(source: string): Draft {
  const scan = scanPlaceholders(source)
  const thread = splitThread(scan.text)
  return {
    text: thread.text,
    context: thread.context,
    ...(thread.signature && { signature: thread.signature }),
    placeholders: scan.placeholders,
    branches: branchesOf(scan.controls, source.length),
  }
}

export function extractPlain(source: string): Extraction {
  return { drafts: [plainDraft(source)] }
}
