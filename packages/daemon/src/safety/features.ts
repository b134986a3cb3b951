/**
 * Hashed text features for the built-in classifier: word unigrams, bigrams and skip-bigrams
 * (two words with one or two between, so "kill my wife" gives kill…wife) and character
 * n-grams inside words (so unseen inflections share weights with seen ones), and, for models
 * trained with them, each word's WordNet supersenses (senses.ts) near the words before it.
 * The training script imports this same code, so features at run time are exactly those
 * trained on.
 */
import { shippedSenses } from './senses.js'

/** Settings stored with the weights: the features a model was trained with. */
export interface FeatureSpec {
  /** log2 of the number of hash buckets. */
  hashBits: number
  /** Shortest and longest character n-gram, within a word padded with `_`. */
  charMin: number
  charMax: number
  /** Largest gap (words skipped) in a skip-bigram; 0 for plain bigrams only. */
  maxSkip: number
  /**
   * Cross every word with the prompt's opening word ("how|kill" against "why|kill"), so that
   * what is asked (how to do it, why it happens, what it means) can change a word's weight.
   */
  cross?: boolean
  /**
   * Add each word's supersenses (senses.ts): alone, after each of the three words before them
   * ("kill … noun.person"), paired with each other and crossed with the opening word. The
   * value is the id of the lexicon trained with; a loader refuses weights made with another.
   */
  senses?: string
}

/** How many words before a supersense are paired with it. */
const SENSE_REACH = 3

export interface SparseVector {
  indices: Uint32Array
  values: Float32Array
}

/** Marks a capitalised word inside a sentence: names, peoples, faiths ("Latinos" against "mangos"). */
export const CAPITAL = '_cap'

/**
 * Lower-cased words, with the possessive 's as a word of its own, and CAPITAL after each
 * word written with a capital that does not open a sentence.
 */
export function words (text: string): string[] {
  const normal = text.normalize('NFKC').replace(/[\u2018\u2019`]/g, "'").replace(/'s\b/g, ' _s ')
  const out: string[] = []
  let opening = true
  for (const match of normal.matchAll(/[\p{L}\p{N}_]+|[.!?:;]/gu)) {
    const word = match[0]
    if (/^[.!?:;]$/.test(word)) { opening = true; continue }
    out.push(word.toLowerCase())
    if (!opening && word !== 'I' && /^\p{Lu}/u.test(word)) out.push(CAPITAL)
    opening = false
  }
  return out
}

/** FNV-1a over UTF-16 code units: fast, stable across platforms, and simple to reproduce. */
export function fnv1a (text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Feature strings of a word list (before hashing); exported for inspection and tests. */
export function featureStrings (tokens: string[], spec: FeatureSpec): string[] {
  const out: string[] = ['bias']
  const padded = ['<s>', ...tokens, '</s>']
  for (let i = 0; i < padded.length; i++) {
    if (i > 0 && i < padded.length - 1) out.push(`u:${padded[i]}`)
    if (i + 1 < padded.length) out.push(`b:${padded[i]} ${padded[i + 1]}`)
    for (let gap = 1; gap <= spec.maxSkip && i + gap + 1 < padded.length; gap++) out.push(`k:${padded[i]} ${padded[i + gap + 1]}`)
  }
  if (spec.cross === true && tokens.length > 0) {
    const opening = tokens[0]
    for (let i = 1; i < tokens.length; i++) out.push(`x:${opening}|${tokens[i]}`)
  }
  if (spec.senses !== undefined) senseFeatures(tokens, out)
  for (const token of tokens) {
    const word = `_${token}_`
    for (let n = spec.charMin; n <= spec.charMax; n++) {
      for (let i = 0; i + n <= word.length; i++) out.push(`c:${word.slice(i, i + n)}`)
    }
  }
  return out
}

function senseFeatures (tokens: string[], out: string[]): void {
  const lexicon = shippedSenses()
  const senses = tokens.map(token => lexicon.of(token))
  senses.forEach((mine, i) => {
    for (const sense of mine) {
      out.push(`s:${sense}`, `xs:${tokens[0]}|${sense}`)
      for (let j = Math.max(0, i - SENSE_REACH); j < i; j++) {
        out.push(`ws:${tokens[j]} ${sense}`)
        for (const before of senses[j]) out.push(`ss:${before} ${sense}`)
      }
    }
  })
}

/** Hashed, L2-normalised feature vector; repeated features add up before normalising. */
export function featurize (tokens: string[], spec: FeatureSpec): SparseVector {
  const mask = (1 << spec.hashBits) - 1
  const counts = new Map<number, number>()
  for (const feature of featureStrings(tokens, spec)) {
    const index = fnv1a(feature) & mask
    counts.set(index, (counts.get(index) ?? 0) + 1)
  }
  let norm = 0
  for (const c of counts.values()) norm += c * c
  norm = Math.sqrt(norm)
  const indices = new Uint32Array(counts.size)
  const values = new Float32Array(counts.size)
  let k = 0
  for (const [index, count] of counts) {
    indices[k] = index
    values[k] = count / norm
    k++
  }
  return { indices, values }
}
