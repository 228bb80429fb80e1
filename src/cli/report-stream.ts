// Writes a report file by file as results arrive, in file order, so memory holds one result at a
// time rather than the whole run (100,000 drafts with problems would otherwise mean gigabytes).
import type { LintResult } from '../types.ts'
import { addTotals, type FormatterContext, type StreamingFormatter, type Totals } from '../formatters/types.ts'

export class ReportStream {
  private index = 0
  private last = ''
  private readonly totals: Totals = { files: 0, errors: 0, warnings: 0, fixable: 0 }

  constructor(
    private readonly formatter: StreamingFormatter,
    private readonly context: FormatterContext,
    private readonly write: (s: string) => void,
    /** A terminal or pipe gets a final line break; a report file is written as the formatter made it. */
    private readonly finalNewline = true,
  ) {
    this.emit(formatter.begin?.(context) ?? '')
  }

  /** Write one file's part (the result as it should be shown, e.g. after --quiet). */
  add(shown: LintResult): void {
    addTotals(this.totals, shown)
    this.emit(this.formatter.file(shown, this.context, this.index++))
  }

  /** The closing text; on a terminal or pipe a report that printed anything ends with a line break. */
  end(): void {
    this.emit(this.formatter.end(this.totals, this.context))
    if (this.finalNewline && this.last && !this.last.endsWith('\n')) this.emit('\n')
  }

  private emit(s: string): void {
    if (!s) return
    this.last = s
    this.write(s)
  }
}
