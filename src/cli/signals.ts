// Ctrl-C or a CI timeout (SIGINT/SIGTERM) ends the run quietly with 130/143, as shells expect.
// Writes under way are let finish first: they are atomic (temp file + rename), so every file is
// either the old text or the new, never half of one.
const EXIT_CODES: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 }
// A write that hangs must not keep a killed linter alive.
const GRACE_MS = 2000

const pending = new Set<Promise<unknown>>()
let stopping = false
let installed = false
let written = 0
let note: ((written: number, signal: string) => string) | undefined

/** True once a signal asked the run to stop: start no new file. */
export function interrupted(): boolean {
  return stopping
}

/** Let the signal handler wait for this write before exiting. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending.add(write)
  const done = () => void pending.delete(write)
  write.then(() => {
    written++
    done()
  }, done)
  return write
}

/** A line for stderr when a signal stops the run: --fix says how many files it had written. */
export function noteOnStop(describe: (written: number, signal: string) => string): void {
  note = describe
}

export function exitQuietlyOnSignal(): void {
  if (installed) return
  installed = true
  for (const signal of Object.keys(EXIT_CODES) as Array<keyof typeof EXIT_CODES>) {
    process.on(signal, () => {
      const code = EXIT_CODES[signal]
      if (stopping) process.exit(code)
      stopping = true
      process.exitCode = code
      const stop = () => {
        if (note) process.stderr.write(note(written, signal) + '\n')
        process.exit(code)
      }
      const timer = setTimeout(stop, GRACE_MS)
      timer.unref()
      void Promise.allSettled([...pending]).then(stop)
    })
  }
}
