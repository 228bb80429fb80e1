// Reads one input file as text: UTF-8 (BOM dropped later), UTF-16 with a BOM; anything else that
// isn't text is an InputError naming the file.
import { readFileSync, statSync } from 'node:fs'
import { InputError } from '../errors.ts'

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024

export class SkipFile extends Error {}

function describeIoError(path: string, error: unknown): string {
  const e = error as NodeJS.ErrnoException
  switch (e.code) {
    case 'ENOENT':
      return `${path}: no such file`
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`
    case 'EISDIR':
      return `${path}: is a folder, not a file`
    case 'ELOOP':
      return `${path}: symbolic link loop`
    default:
      return `${path}: cannot read (${e.code ?? e.message})`
  }
}

const SAMPLE = 8000

/** A NUL byte in the first 8000 bytes, as git judges binary. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SAMPLE)
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true
  return false
}

// Mostly control bytes: no text editor wrote this. A stray NUL in a pasted draft is still text.
function mostlyControl(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SAMPLE)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = buf[i]
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++
  }
  return n > 0 && control / n > 0.1
}

// ASCII-range UTF-16 has a zero in every other byte; which half tells the byte order.
export function looksUtf16WithoutBom(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SAMPLE) & ~1
  if (n < 4) return false
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++
    if (buf[i + 1] === 0) odd++
  }
  const half = n / 2
  return (odd / half > 0.4 && even / half < 0.05) || (even / half > 0.4 && odd / half < 0.05)
}

export function decode(buf: Uint8Array, path: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
  if (looksUtf16WithoutBom(buf)) {
    throw new InputError(`${path}: looks like UTF-16 without a byte order mark; save it as UTF-8 (or UTF-16 with a BOM)`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    if (looksBinary(buf)) throw new InputError(`${path}: binary file, not a text draft`)
    const at = firstBadUtf8(buf)
    throw new InputError(`${path}: not valid UTF-8 (bad byte at offset ${at}); save it as UTF-8`)
  }
  if (mostlyControl(buf)) throw new InputError(`${path}: binary file, not a text draft`)
  return text
}

function firstBadUtf8(buf: Uint8Array): number {
  const d = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = buf.length
  // The longest valid prefix, by bisection (fatal decoding can't say where it failed).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    try {
      d.decode(buf.subarray(0, mid), { stream: true })
      d.decode()
      lo = mid
    } catch {
      hi = mid - 1
    }
  }
  return lo
}

export async function readText(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  try {
    // A regular file is read synchronously: fs/promises' stat and readFile take five round trips
    // to libuv's thread pool, ~0.3 ms of main-thread CPU a file (a tenth of a 1,000-draft run),
    // against ~20 µs for the sync calls on a cached file. Pipes and devices keep the async read,
    // which cannot stall the run on a writer that is slow to finish.
    const s = statSync(path)
    if (s.isDirectory()) throw new InputError(`${path}: is a folder, not a file`)
    if (maxSize > 0 && s.size > maxSize) {
      throw new SkipFile(`${path}: skipped, ${(s.size / 1048576).toFixed(1)} MB is over --max-file-size ${(maxSize / 1048576).toFixed(1)} MB`)
    }
    // node:fs/promises (and the readline and watcher modules it loads) only for those: ~1 ms of a cold start.
    return decode(s.isFile() ? readFileSync(path) : await (await import('node:fs/promises')).readFile(path), path)
  } catch (error) {
    if (error instanceof InputError || error instanceof SkipFile) throw error
    throw new InputError(describeIoError(path, error))
  }
}
