import { describe, expect, it } from 'vitest'
import { bootstrapAccuracy, quantile, seededRandom, uniformOf } from '../../src/bench/stats.js'

describe('statistics', () => {
  it('interpolates quantiles between ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 10)
    expect(quantile([7], 0.95)).toBe(7)
    expect(quantile([], 0.5)).toBeNaN()
  })

  it('draws the same numbers from the same seed, and others from another', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(seededRandom(43)()).not.toBe(first[0])
    for (const x of first) expect(x >= 0 && x < 1).toBe(true)
  })

  it('fixes a row\'s random number by its key and seed alone', () => {
    expect(uniformOf('q1', 7)).toBe(uniformOf('q1', 7))
    expect(uniformOf('q1', 7)).not.toBe(uniformOf('q2', 7))
    expect(uniformOf('q1', 7)).not.toBe(uniformOf('q1', 8))
  })

  it('gives a point interval when every resample is the same', () => {
    expect(bootstrapAccuracy([true, true, true])).toEqual({ value: 1, low: 1, high: 1, n: 3 })
    expect(bootstrapAccuracy([false, false])).toEqual({ value: 0, low: 0, high: 0, n: 2 })
    expect(bootstrapAccuracy([]).value).toBeNaN()
  })

  it('spans 0 to 1 for one right and one wrong row', () => {
    // resampled shares are 0, 0.5 and 1 with chances 1/4, 1/2, 1/4: both tails hold far more than 2.5%
    expect(bootstrapAccuracy([true, false])).toEqual({ value: 0.5, low: 0, high: 1, n: 2 })
  })

  it('is reproducible with its seed and brackets the estimate', () => {
    const right = Array.from({ length: 40 }, (_, i) => i % 3 === 0)
    const once = bootstrapAccuracy(right, { seed: 3 })
    expect(bootstrapAccuracy(right, { seed: 3 })).toEqual(once)
    expect(once.value).toBe(14 / 40)
    expect(once.low).toBeLessThan(once.value)
    expect(once.high).toBeGreaterThan(once.value)
    expect(once.low).toBeGreaterThanOrEqual(0)
    expect(once.high).toBeLessThanOrEqual(1)
  })
})
