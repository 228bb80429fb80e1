// The real sentence around a phrase match. The English parser reads a full stop glued to a number
// or an abbreviation-like word as part of that word ("…by October 23. The replacement…", "…writing
// in. Consequently…"), so one SentenceView can hold two sentences; rules that judge "the same
// sentence" (a time given, the subject, the sentence start) look only at the part around the match.
import type { SentenceView } from './sentences.ts'

// Titles, initials and abbreviations a capitalised name or word may follow ("Mr. Smith", "J. Doe").
const TITLE = /(?:^|[\s(])(?:\p{L}|mr|mrs|ms|mx|dr|prof|st|sr|jr|mt|no|nr|vs|fig|approx|dept|inc|ltd|co|corp|etc|e\.g|i\.e|cf)\.$/iu

/** Offsets in `norm`/`cased` where a new sentence starts inside the view. */
function starts(s: SentenceView): number[] {
  const out: number[] = []
  for (const m of s.cased.matchAll(/[.!?]["”’)]? (?=["“‘(]?\p{Lu})/gu)) {
    const end = m.index + m[0].length - 1
    if (!TITLE.test(s.cased.slice(0, m.index + 1))) out.push(end + 1)
  }
  return out
}

/** The `[start, end)` range of `norm` holding the real sentence around `[from, to)`. */
export function sentenceAround(s: SentenceView, from: number, to: number): { start: number; end: number } {
  let start = 0
  let end = s.norm.length
  for (const at of starts(s)) {
    if (at <= from) start = at
    else if (at >= to) {
      end = at
      break
    }
  }
  return { start, end }
}
