// In --lsp and --mcp modes stdout carries protocol frames only: a stray console.log from a rule or
// plugin would corrupt the stream, so console output goes to stderr, which clients show as a log.
export function routeConsoleToStderr(): void {
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ') + '\n')
  }
  console.log = toStderr
  console.info = toStderr
  console.debug = toStderr
  console.warn = toStderr
  console.trace = toStderr
  console.dir = toStderr
  console.table = toStderr
}

function safeJson(value: unknown): string {
  if (value instanceof Error) return value.stack ?? value.message
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}
