// Reads one input file as text: UTF-8 (BOM dropped later), UTF-16 with a BOM; anything else that
// isn't text is an InputError naming the file.
import { readFile, stat } from 'node:fs/promises'
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

export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8000)
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true
  return false
}

export function decode(buf: Uint8Array, path: string): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
  if (looksBinary(buf)) throw new InputError(`${path}: binary file, not a text draft`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    const at = firstBadUtf8(buf)
    throw new InputError(`${path}: not valid UTF-8 (bad byte at offset ${at}); save it as UTF-8`)
  }
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
    const s = await stat(path)
    if (s.isDirectory()) throw new InputError(`${path}: is a folder, not a file`)
    if (maxSize > 0 && s.size > maxSize) {
      throw new SkipFile(`${path}: skipped, ${(s.size / 1048576).toFixed(1)} MB is over --max-file-size ${(maxSize / 1048576).toFixed(1)} MB`)
    }
    return decode(await readFile(path), path)
  } catch (error) {
    if (error instanceof InputError || error instanceof SkipFile) throw error
    throw new InputError(describeIoError(path, error))
  }
}
