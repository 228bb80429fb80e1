// `servicelint --init`: a few questions on the terminal (node:readline), then .servicelintrc.json.
// Like `npm init`, --yes takes every default. An existing .servicelintrc.json is replaced only
// with --yes or after the user says so; a config of another kind in the folder stops us, since
// the new file would not be the one servicelint reads.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import writeFileAtomic from 'write-file-atomic'
import { SEARCH_PLACES, loadConfig } from '../config/load.ts'
import { scanPlaceholders } from '../extract/placeholders.ts'
import { ConfigError } from '../errors.ts'
import {
  DEFAULT_ANSWERS,
  HELP_DESKS,
  PRESET_CHOICES,
  configFrom,
  parseExtensions,
  parseHelpDesks,
  parsePreset,
  splitList,
  type InitAnswers,
} from './answers.ts'

export const CONFIG_NAME = '.servicelintrc.json'

export interface InitOptions {
  cwd: string
  yes: boolean
  input: NodeJS.ReadableStream
  write: (s: string) => void
}

/** Another config servicelint would read instead of (or before) .servicelintrc.json. */
function otherConfig(cwd: string): string | undefined {
  for (const name of SEARCH_PLACES) {
    if (name === CONFIG_NAME) continue
    const path = join(cwd, name)
    if (!existsSync(path)) continue
    if (name === 'package.json') {
      try {
        if (!(JSON.parse(readFileSync(path, 'utf8')) as { servicelint?: unknown }).servicelint) continue
      } catch {
        continue
      }
    }
    return name
  }
  return undefined
}

/** Line-at-a-time questions; when input ends, every later question takes its default. */
function asker(input: NodeJS.ReadableStream, write: (s: string) => void) {
  const rl = createInterface({ input, terminal: false })
  const lines: string[] = []
  const waiting: Array<(line: string | undefined) => void> = []
  let closed = false
  // Answers piped in are not echoed by a terminal; echo them so the transcript reads as a dialogue.
  const echo = !(input as { isTTY?: boolean }).isTTY
  const answer = (line: string | undefined) => {
    if (echo && line !== undefined) write(line + '\n')
    return line
  }
  rl.on('line', (line) => (waiting.length ? waiting.shift()!(answer(line)) : lines.push(line)))
  rl.on('close', () => {
    closed = true
    while (waiting.length) waiting.shift()!(undefined)
  })
  const ask = (question: string): Promise<string | undefined> => {
    write(question)
    if (lines.length) return Promise.resolve(answer(lines.shift()))
    if (closed) return Promise.resolve(undefined)
    return new Promise((resolve) => waiting.push(resolve))
  }
  return { ask, close: () => rl.close() }
}

async function until<T>(ask: (q: string) => Promise<string | undefined>, question: string, parse: (s: string) => T | undefined, fallback: T, write: (s: string) => void): Promise<T> {
  for (;;) {
    const line = await ask(question)
    if (line === undefined) {
      write('\n')
      return fallback
    }
    const value = parse(line)
    if (value !== undefined) return value
    write('  Not one of the choices; try again.\n')
  }
}

async function interview(options: InitOptions, confirmReplace: boolean): Promise<InitAnswers | undefined> {
  const { write } = options
  const { ask, close } = asker(options.input, write)
  try {
    if (confirmReplace) {
      const ok = await until(ask, `${CONFIG_NAME} already exists. Replace it? (y/N) `, (s) => (/^(y|yes)$/i.test(s.trim()) ? true : /^(n|no|)$/i.test(s.trim()) ? false : undefined), false, write)
      if (!ok) return undefined
    }
    write('Which rule preset?\n' + PRESET_CHOICES.map((p, i) => `  ${i + 1}. ${p}${i === 0 ? ' (default: the rules most teams agree on)' : p === 'strict' ? ' (every rule as an error)' : ' (every rule as a warning)'}`).join('\n') + '\n')
    const preset = await until(ask, 'Preset [1]: ', parsePreset, DEFAULT_ANSWERS.preset, write)
    const ignorePatterns = await until(ask, 'Paths to ignore, .gitignore style, separated by commas (e.g. archive/, drafts/old/**) [none]: ', splitList, [], write)
    write('Which help desks do your macros come from? Their placeholders are read as names, never flagged.\n' + HELP_DESKS.map((d, i) => `  ${i + 1}. ${d.name}   ${d.example}`).join('\n') + '\n')
    const helpDesks = await until(ask, 'Numbers or names, separated by commas [none]: ', parseHelpDesks, [], write)
    const templateExtensions = await until(ask, 'Other file extensions that hold macros, linted as templates (e.g. .tmpl) [none]: ', parseExtensions, [], write)
    return { preset, ignorePatterns, helpDesks, templateExtensions }
  } finally {
    close()
  }
}

/** Says, for each chosen help desk, whether its example placeholder is recognised. */
function placeholderCheck(helpDesks: string[]): string[] {
  return helpDesks.map((id) => {
    const desk = HELP_DESKS.find((d) => d.id === id)!
    const found = scanPlaceholders(desk.example).placeholders.map((p) => p.text)
    return found.length ? `  ${desk.name}: ${found.join(' ')} is read as a placeholder` : `  ${desk.name}: placeholders in ${desk.example} are NOT recognised; please report this`
  })
}

/** Runs --init; returns the exit code. */
export async function runInit(options: InitOptions): Promise<number> {
  const path = join(options.cwd, CONFIG_NAME)
  const other = otherConfig(options.cwd)
  if (other) throw new ConfigError(`${join(options.cwd, other)}: a servicelint config already exists here; edit it, or remove it before --init`)
  const exists = existsSync(path)
  let answers: InitAnswers | undefined = DEFAULT_ANSWERS
  if (!options.yes) answers = await interview(options, exists)
  if (!answers) {
    options.write(`Kept the existing ${CONFIG_NAME}.\n`)
    return 0
  }
  const config = configFrom(answers)
  await writeFileAtomic(path, JSON.stringify(config, null, 2) + '\n')
  // Load what was written, so a bad answer shows now rather than on the first lint.
  await loadConfig(path)
  options.write(`${exists ? 'Replaced' : 'Wrote'} ${path}\n`)
  for (const line of placeholderCheck(answers.helpDesks)) options.write(line + '\n')
  options.write('Next: npx servicelint .   (or --fix to apply the safe rewrites)\n')
  return 0
}
