// A progress line on stderr for long runs at a terminal: "files done / total, rate". It appears
// only once the run is projected to take over two seconds, never on a pipe or in CI, and erases
// itself before the report is printed.
export interface Progress {
  tick(): void
  end(): void
}

const SHOW_AFTER_MS = 2000
const DECIDE_AFTER_MS = 300
const REDRAW_MS = 100

export const noProgress: Progress = { tick() {}, end() {} }

export function progressLine(total: number, write: (s: string) => void, now: () => number = () => performance.now()): Progress {
  const t0 = now()
  let done = 0
  let shown = false
  let last = 0
  const draw = (t: number) => {
    const rate = done / Math.max(0.001, (t - t0) / 1000)
    write(`\rservicelint: ${done}/${total} files, ${Math.round(rate)} files/s\x1b[K`)
    last = t
    shown = true
  }
  return {
    tick() {
      done++
      const t = now()
      const elapsed = t - t0
      if (shown) {
        if (t - last >= REDRAW_MS) draw(t)
        return
      }
      if (elapsed < DECIDE_AFTER_MS || done >= total) return
      if ((elapsed / done) * total > SHOW_AFTER_MS) draw(t)
    },
    end() {
      if (shown) write('\r\x1b[K')
    },
  }
}

/** Progress only on a terminal, outside CI. */
export function wantsProgress(stderrIsTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return stderrIsTTY && !env.CI
}
