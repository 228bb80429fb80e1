// A fixed set of lint workers. Drafts go out in batches (one message carries several drafts, and
// one message brings their results back), two batches in flight per worker, so a worker seldom
// waits on the main thread; results come back by job id. A worker takes drafts only once it has
// loaded (until then the main thread lints them), and never a very long one (see WORKER_MAX_CHARS).
import { Worker } from 'node:worker_threads'
import type { LinterOptions } from '../lint/linter.ts'
import type { LintResult } from '../types.ts'
import { deserializeError, type Batch, type FromWorker, type Job } from './protocol.ts'

interface Pending {
  resolve: (r: LintResult) => void
  reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  /** Batches sent and not yet answered. */
  busy: number
  ready: boolean
}

const IN_FLIGHT = 2
/**
 * Drafts a message. One message a draft cost each side a cross-thread wake-up per draft: with both
 * cores busy, `postMessage` took 0.2–0.3 ms of main-thread time a draft (275 ms over 1,000 drafts).
 */
const BATCH = 8
/**
 * Longer drafts are linted on the main thread, whose heap has no cap: a worker's old generation is
 * capped (below), and a 1 MB draft alone peaks at ~350 MB.
 */
export const WORKER_MAX_CHARS = 256 * 1024

export class LintPool {
  private readonly workers: Slot[] = []
  private readonly queue: Job[] = []
  private readonly pending = new Map<number, Pending>()
  private nextId = 0
  private failure: Error | undefined
  private flushing = false

  constructor(size: number, options: LinterOptions) {
    // The bundle ships dist/worker.js next to this chunk.
    const entry = new URL('./worker.js', import.meta.url)
    for (let i = 0; i < size; i++) {
      // Heap limits, for peak RSS: a small young generation (the garbage of one short draft is
      // short-lived; a larger one measured no faster), and an old-generation cap, which makes V8
      // grow the worker's heap by a smaller factor past its live data (~20 MB): 4,000 drafts with
      // one worker, ~315 → 250–266 MB, CPU within the noise.
      const worker = new Worker(entry, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 1024 } })
      const slot: Slot = { worker, busy: 0, ready: false }
      worker.unref()
      worker.on('message', (message: FromWorker) => {
        if (message === 'ready') slot.ready = true
        else {
          // An idle worker must not keep the process alive after an error ends the run early.
          if (--slot.busy === 0) worker.unref()
          for (const reply of message.replies) {
            const p = this.pending.get(reply.id)
            this.pending.delete(reply.id)
            if (reply.error) p?.reject(deserializeError(reply.error))
            else p?.resolve(reply.result)
          }
        }
        this.pump()
      })
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0 && this.pending.size) this.fail(new Error(`a lint worker exited with code ${code}`))
      })
      this.workers.push(slot)
    }
  }

  /** Why a worker failed (to load, or later), if one did: the run ends with it. */
  get broken(): Error | undefined {
    return this.failure
  }

  /** Whether `text` would go out in the next batches, rather than wait behind them. */
  takes(text: string): boolean {
    if (text.length > WORKER_MAX_CHARS) return false
    let free = 0
    for (const w of this.workers) if (w.ready) free += IN_FLIGHT - w.busy
    return this.queue.length < free * BATCH
  }

  /** Drafts queued or on a worker. */
  get outstanding(): number {
    return this.pending.size
  }

  lint(text: string, path: string): Promise<LintResult> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    const done = new Promise<LintResult>((resolve, reject) => this.pending.set(id, { resolve, reject }))
    this.queue.push({ id, text, path })
    this.pump()
    // A part batch waits for more drafts only while this thread is busy submitting them.
    if (this.queue.length && !this.flushing) {
      this.flushing = true
      setImmediate(() => {
        this.flushing = false
        this.pump(true)
      })
    }
    return done
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()))
  }

  /** Full batches to workers with room; a part batch only to an idle worker, or on `flush`. */
  private pump(flush = false): void {
    while (this.queue.length) {
      let slot: Slot | undefined
      for (const w of this.workers) if (w.ready && w.busy < IN_FLIGHT && (!slot || w.busy < slot.busy)) slot = w
      if (!slot || (this.queue.length < BATCH && slot.busy > 0 && !flush)) return
      if (slot.busy++ === 0) slot.worker.ref()
      slot.worker.postMessage({ jobs: this.queue.splice(0, BATCH) } satisfies Batch)
    }
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const p of this.pending.values()) p.reject(error)
    this.pending.clear()
    this.queue.length = 0
  }
}
