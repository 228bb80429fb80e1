// Errors that end a run with exit code 2 and one line on stderr (no stack unless --debug).
//
// The CLI is several bundles (scripts/build.mjs): its core and, loaded on demand, the rarely used
// parts (Markdown/HTML/MIME/macro extractors, the servers, the worker pool, some formatters). Each
// bundle has its own copy of these classes, so `instanceof` tests a brand every copy shares (the
// names of the error's kinds, under a global symbol) instead of the class object itself.
const KINDS = Symbol.for('servicelint.error.kinds')

type Branded = { readonly [KINDS]?: readonly string[] }

export class ServicelintError extends Error {
  /** The kind this class brands its errors with: unique per class, stable across bundles. */
  static readonly kind: string = 'ServicelintError'
  readonly exitCode = 2
  declare readonly [KINDS]: readonly string[]

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options)
    const kinds: string[] = []
    for (let c = new.target as unknown; c !== Error && typeof c === 'function'; c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, 'kind')) kinds.push((c as typeof ServicelintError).kind)
    }
    Object.defineProperty(this, KINDS, { value: kinds })
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && ((value as Branded)[KINDS]?.includes(this.kind) ?? false)
  }
}
/** A config that can't be read, parsed or validated. */
export class ConfigError extends ServicelintError {
  static override readonly kind: string = 'ConfigError'
}
/** A bad command line. */
export class UsageError extends ServicelintError {
  static override readonly kind: string = 'UsageError'
}
/** An input that can't be read or decoded. */
export class InputError extends ServicelintError {
  static override readonly kind: string = 'InputError'
}
