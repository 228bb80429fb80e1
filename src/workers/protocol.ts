// Messages between the pool and its workers, and errors carried across: a ConfigError thrown in a
// worker must end the run exactly as it would on the main thread (same class, same exit code).
import { ConfigError, InputError, ServicelintError, UsageError } from '../errors.ts'
import { NotADraft } from '../extract/types.ts'
import type { LintResult } from '../types.ts'

export interface Job {
  id: number
  text: string
  path: string
}

/** Several drafts in one message: fewer cross-thread wake-ups than one message a draft. */
export interface Batch {
  jobs: Job[]
}

export interface WireError {
  kind: 'config' | 'not-a-draft' | 'input' | 'usage' | 'servicelint' | 'other'
  message: string
  stack?: string
}

export type Reply = { id: number; result: LintResult; error?: undefined } | { id: number; error: WireError; result?: undefined }

/** The results of one batch, in its order. */
export interface Replies {
  replies: Reply[]
}

/** 'ready': the worker has loaded and takes drafts from now on. */
export type FromWorker = Replies | 'ready'

export function serializeError(error: unknown): WireError {
  const e = error instanceof Error ? error : new Error(String(error))
  const kind =
    e instanceof ConfigError ? 'config' : e instanceof NotADraft ? 'not-a-draft' : e instanceof InputError ? 'input' : e instanceof UsageError ? 'usage' : e instanceof ServicelintError ? 'servicelint' : 'other'
  return { kind, message: e.message, stack: e.stack }
}

export function deserializeError(w: WireError): Error {
  const Kind = { config: ConfigError, 'not-a-draft': NotADraft, input: InputError, usage: UsageError, servicelint: ServicelintError, other: Error }[w.kind]
  const e = new Kind(w.message)
  if (w.stack) e.stack = w.stack
  return e
}
