import { describe, expect, it } from 'vitest'
import { CloudBudget, RateCap } from '../src/routing/budget.js'

/** A seeded uniform generator, so the stream is the same on every run. */
function uniform (seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}

describe('the cloud budget controller', () => {
  it.each([0.1, 0.25, 0.5])('holds a target share of %s over a stream of queries', target => {
    const budget = new CloudBudget({ tauSwarm: 0.9, targetShare: target, window: 200 })
    const next = uniform(7)
    // swarm confidences skewed high, as when most queries are easy
    for (let i = 0; i < 2000; i++) budget.record(next() ** 0.5 < budget.tauSwarm)
    const status = budget.status()
    expect(status.window).toBe(200)
    expect(Math.abs(status.windowShare! - target)).toBeLessThan(0.06)
  })

  it('leaves τ_swarm alone without a target', () => {
    const budget = new CloudBudget({ tauSwarm: 0.4 })
    for (let i = 0; i < 50; i++) budget.record(true)
    expect(budget.tauSwarm).toBe(0.4)
    expect(budget.status()).toMatchObject({ targetShare: null, windowShare: 1, cloudQueries: 50 })
  })

  it('rejects a target outside [0, 1]', () => {
    expect(() => new CloudBudget({ tauSwarm: 0.5, targetShare: 1.5 })).toThrow(RangeError)
  })
})

describe('the per-minute cap', () => {
  it('allows at most N calls in any 60 s', () => {
    let now = 0
    const cap = new RateCap(3, () => now)
    expect([cap.take(), cap.take(), cap.take(), cap.take()]).toEqual([true, true, true, false])
    now = 59_999
    expect(cap.take()).toBe(false)
    now = 60_001
    expect(cap.left()).toBe(3)
    expect(cap.take()).toBe(true)
  })
})
