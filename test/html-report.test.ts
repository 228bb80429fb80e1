// The HTML report as a support lead sees it: rendered by headless Chromium from the file the CLI
// wrote, checked in the screenshot and in the DOM the browser built (not only in our string).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from './helpers.ts'

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('which', [name], { encoding: 'utf8' })
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim()
  }
  return undefined
}

const CHROMIUM = findChromium()
if (!CHROMIUM) console.log('html-report: skipped, no chromium on PATH (Debian: apt-get install -y chromium)')

function chromium(dir: string, args: string[]) {
  return spawnSync(
    CHROMIUM!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--window-size=1200,2000',
      ...args,
    ],
    { encoding: 'utf8', timeout: 60000 },
  )
}

// Width and height from the PNG header (IHDR chunk).
function pngInfo(file: string): { width: number; height: number; bytes: number } {
  const buf = readFileSync(file)
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bytes: buf.length }
}

describe.skipIf(!CHROMIUM)('html report in headless Chromium', () => {
  let dir: string
  let page: string
  beforeAll(() => {
    if (!existsSync('dist/cli.cjs')) throw new Error('run `npm run build` first (npm test does)')
    dir = mkdtempSync(join(tmpdir(), 'sl-html-'))
    writeFileSync(join(dir, 'refund.txt'), "Hi Sam,\n\nUnfortunately we can't refund this <b>order</b> & that's final.\n\nThanks,\nAl\n")
    writeFileSync(join(dir, 'good.txt'), 'Hi Sam,\n\nThanks for the photos. I have sent a new mug today; it arrives by Friday. Does that work for you?\n\nBest,\nAl\n')
    const r = cli(['--format', 'html', '--no-config-lookup', '-o', 'report.html', 'refund.txt', 'good.txt'], { cwd: dir })
    expect(r.stderr).toBe('')
    page = join(dir, 'report.html')
  })

  it('renders a screenshot', () => {
    const shot = join(dir, 'report.png')
    const r = chromium(dir, [`--screenshot=${shot}`, pathToFileURL(page).href])
    expect(existsSync(shot), r.stderr).toBe(true)
    const info = pngInfo(shot)
    expect(info).toMatchObject({ width: 1200, height: 2000 })
    // A blank 1200×2000 page compresses to a few kB; text, marks and bars make it much larger.
    expect(statSync(shot).size).toBeGreaterThan(20000)
  })

  it('builds a DOM with the marks, the rule names and the escaped draft', () => {
    const r = chromium(dir, ['--dump-dom', pathToFileURL(page).href])
    const dom = r.stdout
    expect(dom).toMatch(/<mark class="sev-2"[^>]*>Unfortunately/)
    expect(dom).toMatch(/<th scope="row"[^>]*><a class="rule" href="[^"]+">negative-phrasing<\/a><\/th>/)
    // The draft's own markup stays text: no <b> element appeared from it.
    expect(dom).toContain('refund this &lt;b&gt;order&lt;/b&gt; &amp; that\'s final.')
    expect(dom).not.toContain('<b>order</b>')
    expect(dom).toMatch(/<li id="f1-m1" class="sev-2">/)
    expect(dom).toContain('<li>good.txt</li>')
  })
})
