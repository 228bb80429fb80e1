// Errors that end a run with exit code 2 and one line on stderr (no stack unless --debug).
export class ServicelintError extends Error {
  readonly exitCode = 2
}
/** A config that can't be read, parsed or validated. */
export class ConfigError extends ServicelintError {}
/** A bad command line. */
export class UsageError extends ServicelintError {}
/** An input that can't be read or decoded. */
export class InputError extends ServicelintError {}
