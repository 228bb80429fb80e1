// `servicelint --init`: the questions, the defaults, the file it writes (which must then lint), and
// what happens when a config is already there. Driven through the CLI with answers piped in.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './helpers.ts'
import { configFrom, parseExtensions, parseHelpDesks, parsePreset, splitList } from '../src/init/answers.ts'

const empty = () => mkdtempSync(join(tmpdir(), 'sl-init-'))
const config = (dir: string) => JSON.parse(readFileSync(join(dir, '.servicelintrc.json'), 'utf8'))

describe('answers', () => {
  it('parses presets by number, name or prefix, empty meaning the default', () => {
    expect(['', '1', '2', 'st', 'ALL', '4', 'x'].map(parsePreset)).toEqual(['recommended', 'recommended', 'strict', 'strict', 'all', undefined, undefined])
  })

  it('parses help desks and extensions, rejecting unknown ones', () => {
    expect(parseHelpDesks('1, helpscout 4 1')).toEqual(['zendesk', 'helpscout', 'intercom'])
    expect(parseHelpDesks('')).toEqual([])
    expect(parseHelpDesks('9')).toBeUndefined()
    expect(parseExtensions('.tmpl macro')).toEqual(['.tmpl', '.macro'])
    expect(parseExtensions('.t/x')).toBeUndefined()
    expect(splitList(' a/, b/** ,c ')).toEqual(['a/', 'b/**', 'c'])
  })

  it('writes only what differs from the defaults', () => {
    expect(configFrom({ preset: 'recommended', ignorePatterns: [], helpDesks: ['zendesk'], templateExtensions: [] })).toEqual({ extends: 'servicelint:recommended' })
    expect(configFrom({ preset: 'all', ignorePatterns: ['old/'], helpDesks: [], templateExtensions: ['.tmpl'] })).toEqual({
      extends: 'servicelint:all',
      ignorePatterns: ['old/'],
      formats: { '.tmpl': 'template' },
    })
  })
})

describe('--init through the CLI', () => {
  it('--yes writes the recommended preset, and the folder then lints with it', () => {
    const dir = empty()
    const r = cli(['--init', '--yes'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(config(dir)).toEqual({ extends: 'servicelint:recommended' })
    writeFileSync(join(dir, 'a.txt'), "Unfortunately we can't.\n")
    expect(cli(['--print-config', 'a.txt'], { cwd: dir }).stdout).toContain(join(dir, '.servicelintrc.json'))
    expect(cli(['a.txt'], { cwd: dir }).stdout).toMatch(/negative-phrasing/)
  })

  it('asks, re-asks on a bad answer, and writes the answers', () => {
    const dir = empty()
    const r = cli(['--init'], { cwd: dir, input: 'strict\narchive/, old/**\n1, 9\n1, helpscout\n.tmpl\n' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Not one of the choices; try again/)
    expect(r.stdout).toMatch(/Help Scout: \{%customer\.firstName,fallback=there%\} is read as a placeholder/)
    expect(config(dir)).toEqual({ extends: 'servicelint:strict', ignorePatterns: ['archive/', 'old/**'], formats: { '.tmpl': 'template' } })
    // The config takes effect: a .tmpl file is now read as a template.
    writeFileSync(join(dir, 'reply.tmpl'), 'Hi {{name}},\n\nUnfortunately no.\n')
    expect(cli(['--print-config', 'reply.tmpl'], { cwd: dir }).stdout).toMatch(/"format": "template"/)
  })

  it('takes the defaults for questions left when input ends', () => {
    const dir = empty()
    expect(cli(['--init'], { cwd: dir, input: '3\n' }).code).toBe(0)
    expect(config(dir)).toEqual({ extends: 'servicelint:all' })
  })

  it('keeps an existing config unless told to replace it', () => {
    const dir = empty()
    writeFileSync(join(dir, '.servicelintrc.json'), '{"extends": "servicelint:all"}\n')
    const kept = cli(['--init'], { cwd: dir, input: '\n' })
    expect(kept.stdout).toMatch(/Kept the existing \.servicelintrc\.json/)
    expect(config(dir)).toEqual({ extends: 'servicelint:all' })
    expect(cli(['--init'], { cwd: dir, input: 'y\n2\n\n\n\n' }).code).toBe(0)
    expect(config(dir)).toEqual({ extends: 'servicelint:strict' })
    expect(cli(['--init', '--yes'], { cwd: dir }).code).toBe(0)
    expect(config(dir)).toEqual({ extends: 'servicelint:recommended' })
  })

  it('refuses when another kind of config would win over the new file', () => {
    const dir = empty()
    writeFileSync(join(dir, '.servicelintrc.yaml'), 'extends: servicelint:strict\n')
    const r = cli(['--init', '--yes'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.servicelintrc\.yaml: a servicelint config already exists here/)
    expect(existsSync(join(dir, '.servicelintrc.json'))).toBe(false)
  })
})
