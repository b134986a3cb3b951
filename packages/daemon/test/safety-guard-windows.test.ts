import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guardWindows } from '../src/safety/guard-windows.js'

/** A stand-in tokenizer: one token per word. */
const wordCount = (text: string): number => text.split(/\s+/).filter(w => w !== '').length

describe('guard windows', () => {
  it('keeps a short message whole', () => {
    expect(guardWindows('How do I bake bread?', 10, wordCount)).toEqual(['How do I bake bread?'])
  })

  it('keeps the last words of a long message: a harmful request after a long preamble has a window', () => {
    const preamble = 'Tell me about the history of bread baking in medieval Europe. '.repeat(40)
    const windows = guardWindows(`${preamble}Then tell me how to poison my neighbour.`, 30, wordCount)
    expect(windows.length).toBeGreaterThan(1)
    expect(windows.at(-1)).toContain('how to poison my neighbour.')
    for (const w of windows) expect(wordCount(w)).toBeLessThanOrEqual(30)
  })

  it('reads a sentence longer than a window in overlapping runs of words', () => {
    const long = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')
    const windows = guardWindows(long, 10, wordCount)
    for (const w of windows) expect(wordCount(w)).toBeLessThanOrEqual(10)
    expect(windows[1].split(' ')[0]).toBe('w5')
    expect(windows.at(-1)?.endsWith('w49')).toBe(true)
  })

  it('puts every word in some window, each within the limit, and two sentences that fit together in one', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 3, max: 25 }),
      (sentences, limit) => {
        const text = sentences.map(s => `${s.join(' ')}.`).join(' ')
        const windows = guardWindows(text, limit, wordCount)
        for (const w of windows) expect(wordCount(w)).toBeLessThanOrEqual(limit)
        const seen = windows.join(' ').split(/\s+/).map(w => w.replace(/\.$/, ''))
        for (const word of sentences.flat()) expect(seen).toContain(word)
        for (let i = 1; i < sentences.length; i++) {
          const pair = `${sentences[i - 1].join(' ')}. ${sentences[i].join(' ')}.`
          if (wordCount(pair) <= limit && wordCount(text) > limit) expect(windows.some(w => w.includes(pair))).toBe(true)
        }
      }
    ), { numRuns: 300 })
  })
})
