/**
 * Supersenses: what kind of thing a word names, from WordNet 3.0's lexicographer files
 * ("sister" → noun.person, "process" → noun.process, "stab" → verb.contact). The classifier
 * crosses them with nearby words, so "kill … noun.person" carries weight learnt from every
 * person it saw and "kill … noun.process" from every process, words it never saw included.
 * The lexicon (assets/safety-senses.txt, models/safety/senses.py) holds each word's most
 * frequent noun sense and verb sense; regular inflections are undone here as WordNet's morphy
 * does, irregular ones are in the lexicon.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'

export const SENSES_PATH = fileURLToPath(new URL('../../assets/safety-senses.txt', import.meta.url))

/** Lexicographer file numbers 29–43 are verbs' (lexnames(5WN)); 3–28 nouns'. */
const isVerb = (file: number): boolean => file >= 29 && file <= 43

/** morphy's detachment rules: suffix, and what replaces it. */
const NOUN_RULES: Array<[string, string]> = [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']]
const VERB_RULES: Array<[string, string]> = [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']]

export class SenseLexicon {
  private readonly cache = new Map<string, readonly string[]>()

  /**
   * @param entries word → its lexicographer file numbers, one character each (48 + number),
   * kept as the file writes them: a string costs less memory than an array
   * @param names the files' names by number
   * @param id the file's identity (crc32 of its text), stored with weights trained on it
   */
  constructor (private readonly entries: ReadonlyMap<string, string>, private readonly names: readonly string[], readonly id: string) {}

  /** Parses the lexicon file's text: `#` comments, a line of the 45 names, then "word codes". */
  static parse (text: string): SenseLexicon {
    const lines = text.split('\n').filter(line => line !== '' && !line.startsWith('#'))
    const names = lines[0]?.split(' ') ?? []
    if (names.length !== 45) throw new Error(`a sense lexicon starts with the 45 lexicographer file names, not ${names.length}`)
    const entries = new Map<string, string>()
    for (const line of lines.slice(1)) {
      const space = line.indexOf(' ')
      entries.set(line.slice(0, space), line.slice(space + 1))
    }
    return new SenseLexicon(entries, names, `crc32:${crc32(text).toString(16).padStart(8, '0')}`)
  }

  /** The supersenses of a lower-cased word, inflected or not; none for words WordNet lacks. */
  of (word: string): readonly string[] {
    let found = this.cache.get(word)
    if (found === undefined) {
      found = this.lookup(word).map(file => this.names[file])
      if (this.cache.size > 100_000) this.cache.clear()
      this.cache.set(word, found)
    }
    return found
  }

  private files (word: string): number[] | undefined {
    const codes = this.entries.get(word)
    return codes === undefined ? undefined : [...codes].map(c => c.charCodeAt(0) - 48)
  }

  private lookup (word: string): number[] {
    const exact = this.files(word)
    if (exact !== undefined) return exact
    const files = new Set<number>()
    const undo = (rules: Array<[string, string]>, verb: boolean): void => {
      for (const [suffix, replacement] of rules) {
        if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue
        const base = this.files(word.slice(0, -suffix.length) + replacement)
        const match = base?.find(file => isVerb(file) === verb)
        if (match !== undefined) { files.add(match); return }
      }
    }
    undo(NOUN_RULES, false)
    undo(VERB_RULES, true)
    return [...files]
  }
}

let shipped: SenseLexicon | undefined

/** The shipped lexicon, read once on first use. */
export function shippedSenses (): SenseLexicon {
  shipped ??= SenseLexicon.parse(readFileSync(SENSES_PATH, 'utf8'))
  return shipped
}
