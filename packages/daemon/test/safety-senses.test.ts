import { describe, expect, it } from 'vitest'
import { featureStrings, words } from '../src/safety/features.js'
import { LinearModel } from '../src/safety/linear.js'
import { safetyModelFromFile } from '../src/safety/model.js'
import { SenseLexicon, shippedSenses } from '../src/safety/senses.js'

const NAMES = Array.from({ length: 45 }, (_, i) => `file${i}`)
NAMES[6] = 'noun.artifact'
NAMES[18] = 'noun.person'
NAMES[35] = 'verb.contact'
const code = (n: number): string => String.fromCharCode(48 + n)

describe('supersense lexicon', () => {
  const lexicon = SenseLexicon.parse([
    '# comment',
    NAMES.join(' '),
    `sister ${code(18)}`,
    `knife ${code(6)}${code(35)}`,
    `stab ${code(35)}`,
    `box ${code(6)}`,
    `taken ${code(35)}`
  ].join('\n'))

  it('reads the noun and verb sense of a word', () => {
    expect(lexicon.of('sister')).toEqual(['noun.person'])
    expect(lexicon.of('knife')).toEqual(['noun.artifact', 'verb.contact'])
    expect(lexicon.of('taken')).toEqual(['verb.contact'])
    expect(lexicon.of('zorblat')).toEqual([])
  })

  it('undoes regular inflections, nouns to noun senses and verbs to verb senses', () => {
    expect(lexicon.of('sisters')).toEqual(['noun.person'])
    expect(lexicon.of('boxes')).toEqual(['noun.artifact'])
    expect(lexicon.of('stabs')).toEqual(['verb.contact'])
    expect(lexicon.of('stabbed')).toEqual([]) // doubled consonants are WordNet's exception lists, in the file
    expect(lexicon.of('knifed')).toEqual(['verb.contact'])
    expect(lexicon.of('s')).toEqual([])
  })

  it('refuses a file without the 45 lexicographer file names', () => {
    expect(() => SenseLexicon.parse('sister 0\n')).toThrow(/45 lexicographer file names/)
  })

  it('ships WordNet\'s senses, with irregular forms and without function words', () => {
    const shipped = shippedSenses()
    expect(shipped.of('neighbour')).toContain('noun.person')
    expect(shipped.of('children')).toEqual(['noun.person'])
    expect(shipped.of('stabbing')).toEqual(['verb.contact'])
    expect(shipped.of('process')).not.toContain('noun.person')
    for (const word of ['i', 'do', 'how', 'will', 'my']) expect(shipped.of(word)).toEqual([])
  })

  it('adds sense features only to a model trained with them', () => {
    const tokens = words('How do I kill my sister?')
    const spec = { hashBits: 16, charMin: 3, charMax: 3, maxSkip: 0 }
    expect(featureStrings(tokens, spec).filter(f => f.includes('noun.person'))).toEqual([])
    const withSenses = featureStrings(tokens, { ...spec, senses: shippedSenses().id })
    expect(withSenses).toContain('ws:kill noun.person')
    expect(withSenses).toContain('ss:verb.contact noun.person')
    expect(withSenses).toContain('xs:how|noun.person')
    expect(withSenses).not.toContain('ws:sister noun.person') // a word is not paired with its own sense
  })

  it('refuses weights trained with another lexicon than the shipped one', () => {
    const features = { hashBits: 4, charMin: 3, charMax: 3, maxSkip: 0 }
    const model = (senses?: string): LinearModel => new LinearModel(['benign', 'harmful'], { ...features, senses }, new Float32Array(32), new Float32Array(2), 0.5)
    expect(() => safetyModelFromFile(model('crc32:00000000').toFile())).toThrow(/trained with the sense lexicon crc32:00000000/)
    expect(safetyModelFromFile(model(shippedSenses().id).toFile()).predictWords(['kill', 'my', 'sister'])).toHaveLength(2)
  })
})
