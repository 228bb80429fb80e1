// One pass over a sentence names the patterns it could match: the literal factors of every
// pattern of every list (phrase rules, cue lists) sit in one index keyed by three of their
// characters, so a sentence is read once however many lists and patterns look at it, and the
// answer is kept for the next list that asks about the same text. A pattern without factors is
// always a candidate.

interface Bucket {
  factor: string
  /** Where in `factor` the three characters it is keyed by start (see `rekey`). */
  at: number
  ids: number[]
}

/** A list of patterns in the index: its patterns are ids `base` to `base + size - 1`. */
export interface IndexedList {
  base: number
  size: number
  /** Local ids (0 to size - 1) of the patterns that have no factors. */
  always: readonly number[]
}

// The first three characters of an ASCII factor as one small integer (a map key V8 need not box).
const ascii3 = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c
const FILTER_BITS = 16
// Multiplicative hashing: the top bits of the product depend on all three characters.
const filterBit = (k: number) => Math.imul(k, 0x9e3779b1) >>> (32 - FILTER_BITS)
/**
 * Texts whose hits are kept: a draft's sentences, asked about by each list in turn, fit many times
 * over. Past it the memory is dropped: a batch has moved on to other drafts.
 */
const REMEMBERED = 256
/** Scans after which a run is long enough to pay for keying factors by their rarest trigrams. */
const REKEY_AFTER_SCANS = 500

export class FactorIndex {
  /** Factors whose key (three characters) is ASCII, by `ascii3` of it. */
  private readonly ascii = new Map<number, Bucket[]>()
  /** The others, by their key. */
  private readonly other = new Map<string, Bucket[]>()
  // Which `ascii3` keys some factor may be keyed by, one bit per `filterBit` of them: most positions
  // of a sentence hold none, and a bit test is cheaper than a map lookup. 8 KB, not a bit per key
  // (256 KB): between scans the rest of a run pushes a big table out of the cache; with the cache
  // cleared between sentences, scans took ~12% less time than with a bit per key, false
  // positives (under 1% of positions: a few hundred keys in 65,536 bits) and all.
  private readonly seen = new Uint32Array((1 << FILTER_BITS) / 32)
  private readonly byFactor = new Map<string, Bucket>()
  private size = 0
  private readonly remembered = new Map<string, readonly number[]>()
  // Scratch for one scan: which ids it has already found.
  private stamps = new Uint32Array(64)
  private stamp = 0
  private scans = 0
  private keyedByRarest = false
  /** How often each ASCII trigram occurred in the texts scanned before the rekey, by `ascii3`. */
  private observed = new Map<number, number>()

  /** Add a list: `factorSets[i]` holds the factors of its pattern `i` (each at least three characters), or null. */
  add(factorSets: ReadonlyArray<readonly string[] | null>): IndexedList {
    const base = this.size
    const always: number[] = []
    factorSets.forEach((factors, i) => {
      if (!factors) return void always.push(i)
      for (const f of factors) this.addFactor(f, base + i)
    })
    this.size += factorSets.length
    if (this.stamps.length < this.size) {
      const grown = new Uint32Array(Math.max(this.size, this.stamps.length * 2))
      grown.set(this.stamps)
      this.stamps = grown
    }
    // Hits remembered so far don't know the new list.
    this.remembered.clear()
    return { base, size: factorSets.length, always }
  }

  private addFactor(factor: string, id: number): void {
    if (factor.length < 3) throw new Error(`factor too short to index: ${JSON.stringify(factor)}`)
    const known = this.byFactor.get(factor)
    if (known) {
      if (known.ids[known.ids.length - 1] !== id) known.ids.push(id)
      return
    }
    const entry = { factor, at: this.keyedByRarest ? rarestTrigram(factor, this.observed) : 0, ids: [id] }
    this.byFactor.set(factor, entry)
    this.place(entry)
  }

  private place(entry: Bucket): void {
    const { factor, at } = entry
    const a = factor.charCodeAt(at)
    const b = factor.charCodeAt(at + 1)
    const c = factor.charCodeAt(at + 2)
    let bucket: Bucket[] | undefined
    if ((a | b | c) < 128) {
      const k = ascii3(a, b, c)
      const f = filterBit(k)
      this.seen[f >>> 5] |= 1 << (f & 31)
      bucket = this.ascii.get(k)
      if (!bucket) this.ascii.set(k, (bucket = []))
    } else {
      const key = factor.slice(at, at + 3)
      bucket = this.other.get(key)
      if (!bucket) this.other.set(key, (bucket = []))
    }
    bucket.push(entry)
  }

  // A factor is first keyed by its first three characters, then, once the run proves long, by
  // its rarest three: choosing them for every factor cost a one-draft run more (~5% of its CPU)
  // than its scans gained, while over a batch rarer keys scan about twice as fast. Rarest in the
  // texts this run has scanned (the sentences still remembered) first, by the fixed estimate
  // below among those equally rare there. The estimate alone keyed 32 factors by "how" ("here is
  // how", "tell me how"), a word in most replies; keyed by what the run has seen, a scan of the
  // 1,000-draft corpus checks half as many factors.
  private rekey(): void {
    this.keyedByRarest = true
    this.observed = trigramCounts(this.remembered.keys())
    this.ascii.clear()
    this.other.clear()
    this.seen.fill(0)
    for (const entry of this.byFactor.values()) {
      entry.at = rarestTrigram(entry.factor, this.observed)
      this.place(entry)
    }
  }

  /** Ids, ascending, of the patterns with a factor in `text` (not those without factors). */
  hits(text: string): readonly number[] {
    let hit = this.remembered.get(text)
    if (hit) return hit
    if (!this.keyedByRarest && ++this.scans > REKEY_AFTER_SCANS) this.rekey()
    hit = this.scan(text)
    if (this.remembered.size >= REMEMBERED) this.remembered.clear()
    this.remembered.set(text, hit)
    return hit
  }

  private scan(text: string): number[] {
    const out: number[] = []
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0)
      this.stamp = 1
    }
    const { seen, other, stamps, stamp } = this
    let b = text.charCodeAt(0)
    let c = text.charCodeAt(1)
    for (let i = 0; i + 2 < text.length; i++) {
      const a = b
      b = c
      c = text.charCodeAt(i + 2)
      let bucket: Bucket[] | undefined
      if ((a | b | c) < 128) {
        const k = ascii3(a, b, c)
        const f = filterBit(k)
        if ((seen[f >>> 5] & (1 << (f & 31))) === 0) continue
        bucket = this.ascii.get(k)
      } else if (other.size > 0) bucket = other.get(text.slice(i, i + 3))
      if (!bucket) continue
      for (const { factor, at, ids } of bucket) {
        if (factor.length > 3 && (at > i || !text.startsWith(factor, i - at))) continue
        for (const id of ids) {
          if (stamps[id] === stamp) continue
          stamps[id] = stamp
          out.push(id)
        }
      }
    }
    return out.length > 1 ? out.sort((x, y) => x - y) : out
  }
}

/**
 * Which patterns of `list` could match `text`: `candidates[i]` for its pattern `i`. Filled afresh
 * on each call; null when none could.
 */
export function candidatesOf(index: FactorIndex, list: IndexedList, text: string, scratch: Uint8Array): Uint8Array | null {
  const hits = index.hits(text)
  const end = list.base + list.size
  let h = lowerBound(hits, list.base)
  if (list.always.length === 0 && (h === hits.length || hits[h] >= end)) return null
  scratch.fill(0)
  for (const i of list.always) scratch[i] = 1
  for (; h < hits.length && hits[h] < end; h++) scratch[hits[h] - list.base] = 1
  return scratch
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

// In a long run factors are keyed by their rarest three characters, not their first: "you should
// have" by "sho", not by "you", which is in most sentences and starts many factors. Rarity: the commonest
// trigrams of support replies (counted over the eval drafts, ../shared/eval/dev.jsonl), most
// common first; any other is rarer, the more so the rarer its letters.
const COMMON_TRIGRAMS = (
  ' th|you| yo|the|he |our|ur |ing| to|to |ed |ou |ng | re|or | an|for|nd |e t|er | fo| in|'
  + 'on |is |ion|and| wi|re |tio| be|ve |e a|t t|est| ou| ca| co|thi| is|d t|tha|ll |ate| so|'
  + "ust| pr| on| we|ent|wit|at | ha|sto|ame|ith| he|se | i'| or| de|hat|e c|in | se|nce|pro|"
  + ' a |nam|ort|ati|her|his| as|an |han|r t|th |can|tom|nt | ch|con|cus|ill| no|st |ere|ly |'
  + 'me |e i| su|cou| te|as |ple|te |ive|r s|es |por|e s|s t| it|ank| us|ail|ase|ome|n t| me|'
  + 'ce |r a|s a|res|e o|et |ow |s f|tea|out|hi | ne|der| wh|eam|oun| i | st|rt |ut |it |ess|'
  + 'e d| sh|eas| do| pa|any| ac|lea|ted|unt|hel|e w|ble|ry |ver|bes| pl|acc|if |ppo|d i|e y|'
  + "sta|ter|kin|'ve|sup|upp|ord| lo|lin|ack|elp|t a|not|ck |rea| of|ass|ste|e r|ks |d a|are|"
  + "ny |ssi|g t|cha|act|ont|und|ide|enc|ld |d y|ues|n a|now|ave| if|ist|hav|app|hin| ar|i'v|"
  + 'e f|day|nks|e n|en |us |s i|hou|r y|of |sho|all|we |che|s o|iss|r c|age|com|t y|rde|ect|'
  + "ssu|eed| ex|le |t i|am | fi|dat|ces|ard|o t|cco|oul|uld|i'm|'m |s w|e m|e p| tr|wil|ref|"
  + "que|ers|r p|men| mo|y t| ma|t w| le|h t| da|orr|be | li|ot |let| wa|ure|e b|ons|mer|n't|"
  + "'t | di|sor|tin| wo|tim|ch |ear|'s |ice|sue|liv|ime|mat|ite|tra|o h| up|tai|sti|'ll|n o|"
  + 'ook|de |tur|t o|cti|exp|so |t s|ct |use|ien|f y|reg|lp '
).split('|')
// By `ascii3`, and letter by char code: read for every trigram of every factor, so no strings.
const TRIGRAM_RANK = new Map(COMMON_TRIGRAMS.map((t, i) => [ascii3(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)), i]))
const LETTER_FREQUENCY = new Float64Array(128).fill(0.3)
for (const [ch, f] of Object.entries({
  ' ': 18, e: 10, t: 7.5, a: 6.5, o: 6.2, i: 5.7, n: 5.6, s: 5.2, h: 4.8, r: 4.8, d: 3.4, l: 3.2, u: 2.2, c: 2.2, m: 2,
  w: 1.9, f: 1.8, g: 1.6, y: 1.6, p: 1.5, b: 1.2, v: 0.8, k: 0.6, "'": 0.5, x: 0.15, j: 0.1, q: 0.1, z: 0.1,
})) LETTER_FREQUENCY[ch.charCodeAt(0)] = f

function commonness(a: number, b: number, c: number): number {
  if ((a | b | c) >= 128) return 0
  const rank = TRIGRAM_RANK.get(ascii3(a, b, c))
  if (rank !== undefined) return 1e4 + COMMON_TRIGRAMS.length - rank
  return LETTER_FREQUENCY[a] * LETTER_FREQUENCY[b] * LETTER_FREQUENCY[c]
}

function trigramCounts(texts: Iterable<string>): Map<number, number> {
  const counts = new Map<number, number>()
  for (const text of texts) {
    for (let i = 0; i + 2 < text.length; i++) {
      const a = text.charCodeAt(i)
      const b = text.charCodeAt(i + 1)
      const c = text.charCodeAt(i + 2)
      if ((a | b | c) >= 128) continue
      const k = ascii3(a, b, c)
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
  }
  return counts
}

// Above any `commonness`: one more occurrence in the observed texts outweighs the estimate.
const OBSERVED_WEIGHT = 1e5

function rarestTrigram(factor: string, observed: ReadonlyMap<number, number>): number {
  let best = 0
  let bestScore = Infinity
  for (let at = 0; at + 3 <= factor.length; at++) {
    const a = factor.charCodeAt(at)
    const b = factor.charCodeAt(at + 1)
    const c = factor.charCodeAt(at + 2)
    const seen = (a | b | c) < 128 ? (observed.get(ascii3(a, b, c)) ?? 0) : 0
    const score = seen * OBSERVED_WEIGHT + commonness(a, b, c)
    if (score < bestScore) {
      best = at
      bestScore = score
    }
  }
  return best
}

/** The index shared by every phrase rule and cue list of the process. */
export const sharedIndex = new FactorIndex()
