import type { LintMessage } from '../types.ts'

export const severityWord = (m: Pick<LintMessage, 'severity'>): 'Error' | 'Warning' => (m.severity === 2 ? 'Error' : 'Warning')

/** One line: the message with its first rewrite, as the stylish formatter shows it. */
export function messageLine(m: LintMessage): string {
  const text = m.message.replace(/\s*[\r\n]+\s*/g, ' ')
  // A rewrite may start a new paragraph ("\n\nDoes that work for you?"); a report line may not.
  const rewrite = m.expected?.[0]?.trim().replace(/\s+/g, ' ')
  return rewrite ? `${text} (try: “${rewrite}”)` : text
}
