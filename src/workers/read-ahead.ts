// Reads the next few files of a run while the current one is linted. Reading a file is several
// round trips to libuv's thread pool (stat, open, fstat, read, close); one after another they left
// the main thread idle for a third of a cached run. A file read ahead but never asked for (ignored
// later) costs one read; its error, if any, surfaces only if it is asked for, where it would have.
export class ReadAhead<T> {
  private readonly pending = new Map<string, Promise<T>>()
  private next = 0
  private asked = -1

  constructor(
    private readonly paths: string[],
    private readonly read: (path: string) => Promise<T>,
    private readonly depth = 8,
  ) {}

  /** The contents of `path`, and reads of the paths after it started. */
  get(path: string): Promise<T> {
    const hit = this.pending.get(path)
    this.pending.delete(path)
    const at = this.paths.indexOf(path, this.asked + 1)
    if (at >= 0) {
      // Files passed over (ignored after all) are let go.
      for (let i = this.asked + 1; i < at; i++) this.pending.delete(this.paths[i])
      this.asked = at
      this.fill(at + 1)
    }
    return hit ?? this.read(path)
  }

  private fill(from: number): void {
    this.next = Math.max(this.next, from)
    while (this.next < this.paths.length && this.next < from + this.depth) {
      const path = this.paths[this.next++]
      if (this.pending.has(path)) continue
      const p = this.read(path)
      // Unasked-for failures must not count as unhandled; the caller of get() still sees them.
      p.catch(() => {})
      this.pending.set(path, p)
    }
  }
}
