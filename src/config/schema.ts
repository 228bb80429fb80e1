// The config file's shape, checked with ajv; rule names and options are checked against the
// rules actually loaded (built-ins, plugins, custom phrase rules) in validate.ts.
export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    // Configs are JSON: `$comment` keys carry the team's notes.
    $comment: { type: 'string' },
    root: { type: 'boolean' },
    extends: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    rules: { type: 'object' },
    phrases: {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9@][\\w@./-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        // Literal words (`match`) or regular expressions (`pattern`, checked by safe-regex2), or both.
        anyOf: [{ required: ['match'] }, { required: ['pattern'] }],
        properties: {
          $comment: { type: 'string' },
          severity: { enum: ['off', 'warn', 'error', 0, 1, 2] },
          match: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          pattern: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          message: { type: 'string' },
          suggest: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          fix: { type: 'boolean' },
        },
      },
    },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          $comment: { type: 'string' },
          files: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] },
          excludedFiles: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          rules: { type: 'object' },
        },
      },
    },
    ignorePatterns: { type: 'array', items: { type: 'string' } },
    formats: {
      type: 'object',
      additionalProperties: { enum: ['text', 'markdown', 'html', 'eml', 'json', 'template'] },
    },
  },
} as const

export const severitySchema = { enum: ['off', 'warn', 'error', 0, 1, 2] }
