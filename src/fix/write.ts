// Writes fixed drafts back: temporary file in the same folder, fsync, rename (write-file-atomic), so
// a reader or a crash sees the old text or the new, never half of it; the file's mode and owner are
// kept. The text goes back in the encoding it came in (UTF-16 stays UTF-16, a UTF-8 BOM stays).

async function leadingBytes(path: string): Promise<Buffer> {
  // Loaded here, not at start-up: most runs write no fixes.
  const handle = await (await import('node:fs/promises')).open(path, 'r')
  try {
    const buf = Buffer.alloc(2)
    const { bytesRead } = await handle.read(buf, 0, 2, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export function encodeLike(text: string, head: Uint8Array): Buffer {
  if (head[0] === 0xff && head[1] === 0xfe) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  if (head[0] === 0xfe && head[1] === 0xff) {
    const le = Buffer.from(text, 'utf16le')
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()])
  }
  return Buffer.from(text, 'utf8')
}

export async function writeFixed(path: string, text: string): Promise<void> {
  const data = encodeLike(text, await leadingBytes(path))
  // Loaded here, not at start-up: only --fix writes, and this CommonJS package from node_modules
  // cost every plain run a resolve, a read and the CommonJS lexer.
  const { default: writeFileAtomic } = await import('write-file-atomic')
  await writeFileAtomic(path, data)
}
