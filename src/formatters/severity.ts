import type { LintMessage } from '../types.ts'

export const severityWord = (m: Pick<LintMessage, 'severity'>): 'Error' | 'Warning' => (m.severity === 2 ? 'Error' : 'Warning')

/** One line: the message with its first rewrite, as the stylish formatter shows it. */
export function messageLine(m: LintMessage): string {
  const text = m.message.replace(/\s*[\r\n]+\s*/g, ' ')
  return m.expected?.[0] ? `${text} (try: “${m.expected[0]}”)` : text
}
