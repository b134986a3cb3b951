import { describe, expect, it } from 'vitest'
import { CloudBudget, EVERY, RateCap } from '../src/routing/budget.js'

/** A seeded uniform generator, so the stream is the same on every run. */
function uniform (seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}

describe('the cloud budget controller', () => {
  it.each([0.1, 0.25, 0.5])('holds a target share of %s over a stream of queries', target => {
    const budget = new CloudBudget({ tauSwarm: 0.9, targetShare: target, window: 200 })
    const next = uniform(7)
    for (let i = 0; i < 2000; i++) {
      // a third of queries stay local; the rest reach the decision with confidences skewed high
      if (next() < 1 / 3) { budget.record({ reached: false, escalated: false }); continue }
      const confidence = next() ** 0.5
      budget.record({ reached: true, confidence, escalated: confidence < budget.tauSwarm })
    }
    const status = budget.status()
    expect(status.window).toBe(200)
    expect(status.cloudQueries / status.queries).toBeGreaterThan(target - 0.03)
    expect(status.cloudQueries / status.queries).toBeLessThan(target + 0.03)
    // 200 queries: a binomial spread of about 0.03
    expect(Math.abs(status.windowShare! - target)).toBeLessThan(0.1)
  })

  it.each([0.25, 0.45, 0.7, 0.95, 1])('reaches a target share of %s though most queries would stay local at the starting τ_local', target => {
    const budget = new CloudBudget({ tauLocal: 0.8, tauSwarm: 0.1, targetShare: target, window: 100 })
    const next = uniform(11)
    for (let i = 0; i < 1000; i++) {
      // the local model is confident on most queries: at τ_local 0.8 about 36% reach the summon decision
      const local = next() ** 0.2
      const { tauLocal, tauSwarm } = budget.thresholds()
      if (local >= tauLocal) { budget.record({ reached: false, local, escalated: false }); continue }
      const confidence = next()
      budget.record({ reached: true, local, confidence, escalated: confidence < tauSwarm })
    }
    const status = budget.status()
    expect(Math.abs(status.cloudQueries / status.queries - target)).toBeLessThan(0.03)
    // τ_local rose only when the target asked more than the queries that reach the decision
    if (target > 0.4) expect(status.tauLocal).toBeGreaterThan(0.8)
    else expect(status.tauLocal).toBe(0.8)
  })

  it('lets queries no local model answered reach the decision whatever τ_local is', () => {
    const budget = new CloudBudget({ tauLocal: 0.8, tauSwarm: 0.1, targetShare: 0.5, window: 100 })
    // confidences 0, 0.04, … 0.96 over and over, half escalated: the 12.5 wanted of every 25 are those below 0.48
    for (let i = 0; i < 100; i++) budget.record({ reached: true, confidence: (i % 25) / 25, escalated: i % 2 === 0 })
    expect(budget.thresholds()).toEqual({ tauLocal: 0.8, tauSwarm: 0.48 })
  })

  it('escalates a tied vote all or none, whichever is nearer the target', () => {
    // 60% of the queries that reach the decision are unanimous (confidence 1), 40% spread below
    const stream = (budget: CloudBudget): void => {
      for (let i = 0; i < 100; i++) {
        const confidence = i % 5 < 3 ? 1 : 0.2 + (i % 5) / 10
        budget.record({ reached: true, confidence, escalated: confidence < budget.tauSwarm })
      }
    }
    const most = new CloudBudget({ tauSwarm: 0.1, targetShare: 0.9, window: 100 })
    stream(most)
    // 90% wanted: only escalating the unanimous answers as well comes near it
    expect(most.tauSwarm).toBe(EVERY)
    expect(1 < most.tauSwarm).toBe(true)
    const few = new CloudBudget({ tauSwarm: 0.1, targetShare: 0.5, window: 100 })
    stream(few)
    // 50% wanted: the 40% below the tie is nearer than 100%
    expect(few.tauSwarm).toBe(1)
  })

  it('makes up what the last windows fell short of the target, a quarter of the window at most', () => {
    const budget = new CloudBudget({ tauSwarm: 0.1, targetShare: 0.3, window: 100 })
    // a hundred queries that reached the decision, none escalated (say the cap was reached)
    for (let i = 0; i < 100; i++) budget.record({ reached: true, confidence: (i % 20) / 20, escalated: false })
    // 30% wanted plus a shortfall of 30%, of which 25% are made up now: about the 55% least confident
    expect(budget.tauSwarm).toBeGreaterThan(0.5)
    expect(budget.tauSwarm).toBeLessThan(0.75)
    for (let i = 0; i < 100; i++) budget.record({ reached: true, confidence: (i % 20) / 20, escalated: true })
    // over the 200: 100 escalated against 60 wanted, 25% fewer than the target now
    expect(budget.tauSwarm).toBeLessThan(0.15)
  })

  it.each([0.25, 0.45, 0.7])('holds a target of %s while the local confidences drift down (the maps refit, the mix moves)', target => {
    const budget = new CloudBudget({ tauLocal: 0.8, tauSwarm: 0.1, targetShare: target, window: 100 })
    const next = uniform(5)
    let escalated = 0
    for (let i = 0; i < 400; i++) {
      // a tight cluster of confident answers that slides by 0.04 over the stream, a few sure misses
      const local = next() < 0.2 ? next() * 0.01 : 0.86 - 0.04 * i / 400 + 0.03 * (next() - 0.5)
      const { tauLocal, tauSwarm } = budget.thresholds()
      if (local >= tauLocal) { budget.record({ reached: false, local, escalated: false }); continue }
      const confidence = next()
      const up = confidence < tauSwarm
      if (i >= 100) escalated += up ? 1 : 0
      budget.record({ reached: true, local, confidence, escalated: up })
    }
    expect(Math.abs(escalated / 300 - target)).toBeLessThan(0.04)
  })

  it('leaves τ_swarm alone without a target', () => {
    const budget = new CloudBudget({ tauSwarm: 0.4 })
    for (let i = 0; i < 50; i++) budget.record({ reached: true, confidence: 0.1, escalated: true })
    expect(budget.tauSwarm).toBe(0.4)
    expect(budget.tauLocal).toBe(0.8)
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
