// shouting: is an all-caps token an ordinary English word ("NOT", "PLEASE", "BEFORE") or an
// acronym or code ("USPS", "FSAA")? The catalogue draws that line; a word list draws it here.
// The New Dale-Chall list of ~3,000 familiar words (already shipped for `readability`) plus the
// support vocabulary it lacks, with inflections stripped; long tokens with vowels are words, since
// acronyms of six letters or more are rare and the allow-list names the common ones.
import { daleChall } from 'dale-chall'

// Everyday support words the Dale-Chall list (1995, school vocabulary) does not have.
const SUPPORT_WORDS = [
  'item', 'email', 'fee', 'login', 'logout', 'user', 'data', 'link', 'site', 'code', 'text', 'urgent', 'cancel', 'refund',
  'tier', 'staff', 'unit', 'model', 'brand', 'promo', 'kit', 'hub', 'port', 'cable', 'error', 'issue', 'risk', 'alert',
  'yeah', 'nope', 'wow', 'oops', 'damn', 'crap', 'madam', 'final', 'total', 'extra', 'ready', 'valid', 'void', 'fix',
  'via', 'per', 'info', 'spam', 'scam', 'fraud', 'ban', 'lock', 'unlock', 'reset', 'sync', 'wifi', 'online',
  'offline', 'stuck', 'broken', 'faulty', 'late', 'delay', 'due', 'paid', 'unpaid', 'owe', 'debt', 'zero',
  'reply', 'label', 'refer', 'depot', 'agent', 'area', 'swap', 'local', 'scan', 'claim', 'style', 'photo', 'chat', 'range',
  'trial', 'setup', 'inbox', 'menu', 'icon', 'press', 'type', 'spare', 'colour', 'signup', 'update',
  'serious', 'alarm', 'stock', 'bank', 'price', 'store', 'shop', 'ship', 'sent', 'send',
  'dont', 'cant', 'wont', 'isnt', 'arent', 'didnt', 'doesnt', 'havent', 'hasnt', 'wasnt', 'werent', 'shouldnt', 'couldnt',
  'wouldnt', 'im', 'ive', 'youre', 'youll', 'theyre', 'thats', 'whats', 'lets',
]

const WORDS = new Set<string>([...daleChall, ...SUPPORT_WORDS])

/** Base forms a word may come from: "DELIVERED" → deliver, "FEES" → fee, "STOPPED" → stop. */
function bases(word: string): string[] {
  const out = [word]
  const strip = (suffix: string, ...adds: string[]) => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length)
      out.push(stem, ...adds.map((a) => stem + a))
      // Doubled final consonant: "stopped", "shipping".
      if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1))
    }
  }
  strip("'s")
  strip('s')
  strip('es')
  strip('ies', 'y')
  strip('ied', 'y')
  strip('ed', 'e')
  strip('ing', 'e')
  strip('ly')
  strip('ily', 'y')
  strip('er', 'e')
  strip('est', 'e')
  strip('ness')
  strip('ment')
  return out
}

/** True when a lower-case token (letters, apostrophes, hyphens) reads as an English word. */
export function isEnglishWord(lower: string): boolean {
  const word = lower.replace(/’/g, "'")
  if (word.includes('-')) return word.split('-').some((part) => part.length > 1 && isEnglishWord(part))
  if (bases(word).some((b) => WORDS.has(b))) return true
  const letters = word.replace(/[^a-z]/g, '')
  // Long tokens with a normal share of vowels are words ("ABSOLUTELY", "PRIORITY", "URGENT").
  return letters.length >= 6 && /[aeiouy]/.test(letters) && !/[^aeiouy]{5}/.test(letters)
}
