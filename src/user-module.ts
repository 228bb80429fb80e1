// Loads a module the user names at run time (a JavaScript config, a plugin, a custom formatter).
//
// Its own module because the CLI's core bundle runs as a classic script with a V8 code cache
// (bin/servicelint.js), where `import()` has no module loader behind it: that build swaps this
// file for one calling the loader the launcher hands over (scripts/build.mjs).
export function importUserModule(url: string): Promise<Record<string, unknown>> {
  return import(url) as Promise<Record<string, unknown>>
}
