// Finding the sign-off block at the end of a reply: the closing line, and whether a person's name
// (or a placeholder for it) follows it. require-next-steps and require-checkback use the closing
// too, to place their message just above it.
import { docLines, lineEndAt, type DocLine } from '../../src/lint/document.ts'
import { closings, notAgentPlaceholder, teamWords } from './cues.ts'

/** How far from the end a closing may sit: the name, a title and a company line or two may follow. */
const TAIL = 6

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// The closing, then either nothing, or punctuation and (perhaps) the name on the same line.
const CLOSING = new RegExp(
  `^(?:${[...closings].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:\\s*[,.!:;]+|\\s*[-–—]+|(?=\\s*$))\\s*(.*)$`,
  'iu',
)
const TEAM = new Set(teamWords)
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'y', 'st', 'st.', 'ter', 'ten'])

export interface Closing {
  /** Index of the closing line in the lines given. */
  index: number
  /** Draft offsets of the name part: the rest of the closing line, or the next line. */
  name?: { start: number; end: number; text: string }
}

/** The last closing line among the last few lines, if any. */
export function findClosing(lines: DocLine[]): Closing | undefined {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - TAIL); i--) {
    const m = CLOSING.exec(lines[i].text)
    if (!m) continue
    const rest = m[1].trim()
    if (rest) {
      const at = lines[i].end - rest.length
      return { index: i, name: { start: Math.max(lines[i].start, at), end: lines[i].end, text: rest } }
    }
    const next = lines[i + 1]
    return { index: i, name: next && { start: next.start, end: next.end, text: next.text } }
  }
  return undefined
}

interface Span {
  start: number
  end: number
  text: string
}

/**
 * Is this a person's name, or a placeholder for one? "Ana", "Élodie Martin", "Jo, Customer Care"
 * and `{{current_user.name}}` are; "Support Team", "Trust & Safety", "^KM" and "-AD" are not.
 */
export function isAgentName(name: Span, placeholders: readonly Span[]): boolean {
  const ph = placeholders.find((p) => p.start < name.end && p.end > name.start)
  if (ph && ph.start <= name.start + 2) return !notAgentPlaceholder.test(ph.text)
  // "Ana from Acme", "Jo | Customer Care", "Sam, Billing": the person comes first.
  const person = name.text
    .replace(/^[-–—~]+\s*/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\s*[|,/·•]\s*|\s+[-–—&+]\s+|\s+(?:from|at|of|on behalf of|and|@)\s+/i)[0]
    .trim()
  const words = person.split(/\s+/).filter(Boolean)
  if (!words.length || words.length > 4) return false
  if (words.some((w) => TEAM.has(w.toLowerCase().replace(/[.'’]+$/, '')))) return false
  if (!words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLES.has(w.toLowerCase()))
}

/**
 * Where a missing closing line belongs (a checkback, a next step): the end of the last line above
 * the sign-off, or the end of the body when there is none. A draft offset.
 */
export function aboveSignoff(text: string, bodyEnd: number): number {
  const lines = docLines(text)
  const closing = findClosing(lines)
  const last = closing && closing.index > 0 ? lines[closing.index - 1] : undefined
  return lineEndAt(text, last ? last.end : bodyEnd - 1)
}
