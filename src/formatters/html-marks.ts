// Splits a draft into plain runs and flagged runs for the HTML report. Messages may overlap (two
// rules on the same words) or be points (a document rule at 1:1); each run lists every message
// covering it, so nothing is dropped and no <mark> is nested inside another.
import type { LintMessage } from '../types.ts'

export interface Run {
  /** Offset of the run's first character in the text. */
  start: number
  text: string
  /** 1-based numbers of the messages covering this run (empty: plain text). */
  refs: number[]
  /** Highest severity among them. */
  severity: 0 | 1 | 2
}

export interface Pin {
  offset: number
  refs: number[]
  severity: 1 | 2
}

export function splitRuns(text: string, messages: LintMessage[]): { runs: Run[]; pins: Pin[] } {
  const spans: Array<{ start: number; end: number; ref: number; severity: 1 | 2 }> = []
  const pinsAt = new Map<number, Pin>()
  messages.forEach((m, i) => {
    if (!m.range) return
    const start = Math.max(0, Math.min(m.range[0], text.length))
    const end = Math.max(start, Math.min(m.range[1], text.length))
    if (end > start) spans.push({ start, end, ref: i + 1, severity: m.severity })
    else {
      const pin = pinsAt.get(start) ?? { offset: start, refs: [], severity: m.severity }
      pin.refs.push(i + 1)
      if (m.severity === 2) pin.severity = 2
      pinsAt.set(start, pin)
    }
  })
  const cuts = new Set<number>([0, text.length])
  for (const s of spans) cuts.add(s.start).add(s.end)
  for (const p of pinsAt.keys()) cuts.add(p)
  const points = [...cuts].sort((a, b) => a - b)
  const runs: Run[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const covering = spans.filter((s) => s.start <= from && s.end >= to)
    const run: Run = {
      start: from,
      text: text.slice(from, to),
      refs: covering.map((s) => s.ref),
      severity: covering.reduce<0 | 1 | 2>((max, s) => (s.severity > max ? s.severity : max), 0),
    }
    const last = runs[runs.length - 1]
    // Neighbouring runs covered by the same messages read as one highlight.
    if (last && last.refs.join() === run.refs.join() && !pinsAt.has(from)) last.text += run.text
    else runs.push(run)
  }
  return { runs, pins: [...pinsAt.values()].sort((a, b) => a.offset - b.offset) }
}
