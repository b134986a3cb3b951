import { describe, expect, it } from 'vitest'
import type { RouterRow } from '../../src/bench/replay.js'
import { atShare, cheapestReaching, decide, sweep } from '../../src/bench/sweep.js'

const row = (id: string, category: 'easy' | 'hard', score: number, fallbackRight: boolean, cloudRight: boolean): RouterRow =>
  ({ row: { id, category, prompt: id, answer: 'x' }, score, fallbackRight, cloudRight, cloudTokens: 10 })

// Worked by hand: three hard rows and one easy one.
const ROWS = [
  row('r1', 'hard', 0.2, false, true),
  row('r2', 'hard', 0.5, true, false),
  row('r3', 'easy', 0.9, true, true),
  row('r4', 'hard', Number.POSITIVE_INFINITY, false, false)
]

describe('threshold sweep', () => {
  it('escalates rows strictly below the threshold and never those scored +∞', () => {
    expect(decide(ROWS, 0.5)).toEqual([{ escalated: true, right: true }, { escalated: false, right: true }, { escalated: false, right: true }, { escalated: false, right: false }])
    expect(decide(ROWS, Number.POSITIVE_INFINITY).map(d => d.escalated)).toEqual([true, true, true, false])
  })

  it('gives one point per distinct finite score and one at +∞', () => {
    expect(sweep(ROWS)).toEqual([
      { threshold: 0.2, share: 0, hardAccuracy: 1 / 3, accuracy: 2 / 4 },
      { threshold: 0.5, share: 1 / 4, hardAccuracy: 2 / 3, accuracy: 3 / 4 },
      { threshold: 0.9, share: 2 / 4, hardAccuracy: 1 / 3, accuracy: 2 / 4 },
      { threshold: Number.POSITIVE_INFINITY, share: 3 / 4, hardAccuracy: 1 / 3, accuracy: 2 / 4 }
    ])
  })

  it('sends every row to the cloud for a router that always escalates', () => {
    const always = ROWS.map(r => ({ ...r, score: Number.NEGATIVE_INFINITY }))
    expect(sweep(always)).toEqual([{ threshold: Number.POSITIVE_INFINITY, share: 1, hardAccuracy: 1 / 3, accuracy: 2 / 4 }])
  })

  it('spends as much of a cloud share as it may, and no more', () => {
    const curve = sweep(ROWS)
    expect(atShare(curve, 0.25)?.threshold).toBe(0.5)
    expect(atShare(curve, 0.6)?.threshold).toBe(0.9)
    expect(atShare(curve, 0.1)?.threshold).toBe(0.2)
    expect(atShare(curve, 1)).toMatchObject({ share: 0.75, hardAccuracy: 1 / 3 })
    expect(atShare(sweep(ROWS.map(r => ({ ...r, score: Number.NEGATIVE_INFINITY }))), 0.5)).toBeUndefined()
  })

  it('finds the smallest cloud share that reaches a hard accuracy', () => {
    const curve = sweep(ROWS)
    expect(cheapestReaching(curve, 0.6)?.share).toBe(0.25)
    expect(cheapestReaching(curve, 0.3)?.share).toBe(0)
    expect(cheapestReaching(curve, 0.9)).toBeUndefined()
  })
})
