import { describe, expect, it } from 'vitest'
import { bestOf, envelope, fitPolicy, policyGrid } from '../../src/bench/fit.js'
import type { FittedPolicy } from '../../src/bench/fit.js'
import type { Reply, Sample } from '../../src/bench/types.js'

const EDGES = ['a', 'b', 'c']
const reply = (text: string, confidence: number): Reply => ({ text, confidence, latencyMs: 1, route: 'peers', cloudTokens: 7 })

function sample (id: string, answer: string, edges: Array<[string, number]>): Sample {
  return {
    row: { id, category: 'hard', prompt: `question ${id}`, answer },
    replies: { ...Object.fromEntries(edges.map(([text, confidence], i) => [EDGES[i], reply(text, confidence)])), cloud: reply(answer, 0.9) }
  }
}

// The coordinator "a" is sure of a wrong answer on row 1, where its peers agree on the right one;
// on row 2 everybody is sure and right; on row 3 nobody is right and the edges disagree.
const SAMPLES = [
  sample('1', 'x', [['w', 0.84], ['x', 0.8], ['x', 0.8]]),
  sample('2', 'y', [['y', 0.84], ['y', 0.8], ['y', 0.8]]),
  sample('3', 'z', [['p', 0.5], ['q', 0.5], ['r', 0.5]])
]

const setting = (tauLocal: number, tauSwarm: number, cloudShare: number, hardAccuracy: number, accuracy = hardAccuracy): FittedPolicy =>
  ({ tauLocal, tauSwarm, maxVoteWeight: 0.6, cloudShare, hardAccuracy, accuracy })

describe('fitting the policy\'s thresholds', () => {
  it('finds that only a coordinator that asks its peers gets every row right with one cloud call', () => {
    const best = fitPolicy(SAMPLES, ['a'], EDGES, 'cloud', { hardAccuracy: 1 })
    // τ_local must be above 0.84 (or row 1 stays with the wrong local answer) and τ_swarm above
    // row 3's vote (0.5 / 1.5) but not above row 1's (1.2 / 1.8 at a cap of 0.6)
    expect(best?.tauLocal).toBeGreaterThan(0.84)
    expect(best?.tauSwarm).toBeGreaterThan(1 / 3)
    expect(best?.cloudShare).toBeCloseTo(1 / 3, 10)
    expect(best?.hardAccuracy).toBe(1)
  })

  it('keeps the coordinator\'s own answer when no cloud is allowed and τ_local trusts it', () => {
    const best = fitPolicy(SAMPLES, ['a'], EDGES, 'cloud', { maxShare: 0 })
    expect(best?.cloudShare).toBe(0)
    // asking the peers fixes row 1 without the cloud, so the fit asks them
    expect(best?.tauLocal).toBeGreaterThan(0.84)
    expect(best?.accuracy).toBeCloseTo(2 / 3, 10)
  })

  it('tries every swarm confidence as τ_swarm when exact, and only the round grid otherwise', () => {
    const rounded = new Set(policyGrid(SAMPLES, ['a'], EDGES, 'cloud').map(s => s.tauSwarm))
    const exact = new Set(policyGrid(SAMPLES, ['a'], EDGES, 'cloud', true).map(s => s.tauSwarm))
    expect(rounded.has(0)).toBe(false)
    expect(exact.has(0)).toBe(true)
    expect(exact.size).toBeGreaterThan(rounded.size)
  })

  it('picks the best accuracy within a share, or the least share that reaches an accuracy', () => {
    const settings = [setting(0.8, 0.1, 0.2, 0.6, 0.7), setting(0.9, 0.3, 0.3, 0.9, 0.8), setting(1, 0.5, 0.4, 0.9, 0.85)]
    expect(bestOf(settings, { maxShare: 0.25 })).toBe(settings[0])
    expect(bestOf(settings, { maxShare: 0.5 })).toBe(settings[2])
    expect(bestOf(settings, { maxShare: 0.5, metric: 'hardAccuracy' })).toBe(settings[1])
    expect(bestOf(settings, { hardAccuracy: 0.85 })).toBe(settings[1])
    expect(bestOf(settings, { hardAccuracy: 0.95 })).toBeUndefined()
  })

  it('draws the envelope: the best hard accuracy any setting reaches at each share', () => {
    const settings = [setting(0.8, 0.1, 0.2, 0.6), setting(0.9, 0.1, 0.2, 0.5), setting(0.9, 0.3, 0.3, 0.55), setting(1, 0.5, 0.4, 0.9)]
    expect(envelope(settings).map(p => [p.share, p.hardAccuracy])).toEqual([[0.2, 0.6], [0.4, 0.9]])
  })
})
