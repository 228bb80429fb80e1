// Set at build time from package.json (esbuild `define`); the fallback serves tests run from source.
declare const __SERVICELINT_VERSION__: string | undefined
export const VERSION: string = typeof __SERVICELINT_VERSION__ === 'string' ? __SERVICELINT_VERSION__ : '0.0.0-dev'
