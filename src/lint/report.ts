// How a rule reports: through `file.message`, as the unified collective does, with the extras an
// agent needs to revise the draft (actual, expected, whether the rewrite is a safe fix).
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { DraftData } from '../types.ts'
import { lineIndexFor } from './lines.ts'

declare module 'vfile-message' {
  interface VFileMessage {
    messageId?: string
    /** `expected[0]` may be applied without a person looking (ESLint's `fix`). */
    fixable?: boolean
    /** Draft offsets the rewrites replace, when wider than the flagged words. */
    fixSpan?: { start: number; end: number }
  }
}

declare module 'vfile' {
  interface DataMap {
    servicelint: DraftData
  }
}

export interface Report {
  /** Draft-text offsets, end exclusive. */
  start: number
  end: number
  message: string
  messageId?: string
  actual?: string
  expected?: string[]
  note?: string
  fixable?: boolean
  /** Draft offsets the rewrites replace, when not exactly `start`–`end`. */
  fix?: { start: number; end: number }
}

export function report(file: VFile, r: Report): VFileMessage {
  const at = pointAt(file, r.start)
  const to = pointAt(file, Math.max(r.start, r.end))
  // A VFileMessage is an Error, and V8 captures a stack trace for every one that vfile-message then
  // replaces with ''; not capturing it halves what a report costs. The engine turns capture off
  // around all rules; a rule run on its own (tests, the API's plugins) has it off here.
  const limit = Error.stackTraceLimit
  let m: VFileMessage
  if (limit === 0) m = file.message(r.message, { place: { start: at, end: to } })
  else {
    Error.stackTraceLimit = 0
    try {
      m = file.message(r.message, { place: { start: at, end: to } })
    } finally {
      Error.stackTraceLimit = limit
    }
  }
  if (r.messageId) m.messageId = r.messageId
  if (r.actual !== undefined) m.actual = r.actual
  if (r.expected?.length) m.expected = r.expected
  if (r.note) m.note = r.note
  if (r.fixable) m.fixable = true
  if (r.fix && (r.fix.start !== r.start || r.fix.end !== r.end)) m.fixSpan = { start: r.fix.start, end: r.fix.end }
  return m
}

// Offsets are what the engine maps back to the source; line/column keep the vfile message whole.
function pointAt(file: VFile, offset: number) {
  return lineIndexFor(file, String(file.value)).point(offset)
}

export function draftData(file: VFile): DraftData {
  return (
    file.data.servicelint ?? {
      context: '',
      placeholders: [],
      body: { start: 0, end: String(file.value).length },
      branches: [],
    }
  )
}
