// Template conditionals: a document rule holds only when every reading of the template holds it.
// Each reading keeps the text outside conditionals and one branch of each conditional.
import type { BranchView } from '../types.ts'

interface Tag {
  start: number
  end: number
  text: string
}

type Kind = 'open' | 'else' | 'close' | 'other'

function kindOf(tag: string): Kind {
  const t = tag.replace(/^\{[{%]-?~?\s*/, '')
  if (/^(?:#|if\b|unless\b|case\b|for\b)/.test(t)) return 'open'
  if (/^(?:else\b|elsif\b|when\b|\^\s*[}~])/.test(t)) return 'else'
  if (/^(?:\/|endif\b|endunless\b|endcase\b|endfor\b)/.test(t)) return 'close'
  return 'other'
}

interface Cond {
  /** Ranges of each branch. */
  branches: Array<[number, number]>
  start: number
  end: number
  hasElse: boolean
}

/**
 * Top-level conditionals only (nested ones are read as part of their branch); at most a few
 * readings, so the count stays small on templates with many conditionals.
 */
export function branchesOf(tags: Tag[], length: number): BranchView[] {
  const conds: Cond[] = []
  let depth = 0
  let cur: Cond | undefined
  let branchStart = 0
  for (const tag of tags) {
    const k = kindOf(tag.text)
    if (k === 'open') {
      if (depth === 0) {
        cur = { branches: [], start: tag.start, end: tag.end, hasElse: false }
        branchStart = tag.end
      }
      depth++
    } else if (k === 'else' && depth === 1 && cur) {
      cur.branches.push([branchStart, tag.start])
      cur.hasElse = true
      branchStart = tag.end
    } else if (k === 'close' && depth > 0) {
      depth--
      if (depth === 0 && cur) {
        cur.branches.push([branchStart, tag.start])
        // An `if` with no `else` has an empty else branch.
        if (!cur.hasElse) cur.branches.push([tag.start, tag.start])
        cur.end = tag.end
        conds.push(cur)
        cur = undefined
      }
    }
  }
  if (!conds.length) return []
  // Reading r takes branch (r mod n) of every conditional: each branch is read at least once.
  const readings = Math.max(...conds.map((c) => c.branches.length))
  const views: BranchView[] = []
  for (let r = 0; r < readings; r++) {
    const ranges: Array<[number, number]> = []
    let at = 0
    for (const c of conds) {
      ranges.push([at, c.start])
      ranges.push(c.branches[r % c.branches.length])
      at = c.end
    }
    ranges.push([at, length])
    views.push({ ranges })
  }
  return views
}
