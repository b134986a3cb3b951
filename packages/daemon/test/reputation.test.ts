import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OnlineCalibration } from '../src/calibration/online.js'
import { expectedCalibrationError } from '../src/calibration/error.js'
import { tally } from '../src/routing/aggregate.js'
import { Reputation } from '../src/routing/reputation.js'

describe('peer reputation', () => {
  it('takes the weight of a peer that claims confidence 1.0 on wrong answers within a few labels, and keeps a calibrated one', () => {
    const reputation = new Reputation()
    for (let i = 0; i < 10; i++) {
      reputation.record('liar', 1, false)
      reputation.record('honest', i % 2 === 0 ? 0.9 : 0.2, i % 2 === 0)
    }
    expect(reputation.weight('liar')).toBe(0)
    expect(reputation.weight('honest')).toBeGreaterThan(0.8)
    expect(reputation.proven('liar')).toBe(true)
    expect(reputation.proven('newcomer')).toBe(false)
  })
})

describe('the bound on unproven identities', () => {
  it('lets four fresh identities that agree weigh no more than one member together', () => {
    const ballots = [
      { node: 'self', model: 'm', text: 'Zultirnix', confidence: 0.5 },
      ...['l1', 'l2', 'l3', 'l4'].map(node => ({ node, model: 'm', text: 'wrong', confidence: 1 }))
    ]
    expect(tally(ballots, { maxVoteWeight: 0.6 }).key).toBe('wrong')
    const bounded = tally(ballots, { maxVoteWeight: 0.6, unproven: node => node !== 'self', maxUnprovenWeight: 0.4 })
    expect(bounded.key).toBe('zultirnix')
    expect(bounded.ballots.filter(b => b.node !== 'self').reduce((sum, b) => sum + b.weight, 0)).toBeCloseTo(0.4)
  })
})

describe('online calibration', () => {
  it('refits on labels, persists them, and labels a peer answer only for the coordinator that asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-calibration-'))
    try {
      const path = join(dir, 'calibration.json')
      const answerer = { backend: {} as any, calibration: undefined }
      const store = new OnlineCalibration({ path, modelId: 'm', minLabels: 20 }, answerer)
      expect(store.status()).toMatchObject({ source: 'none', labels: 0 })
      // sure answers (every token likely) are right, unsure ones wrong
      for (let i = 0; i < 40; i++) {
        const sure = i % 2 === 0
        const p = sure ? 0.95 : 0.3
        store.label({ figures: { meanLogprob: Math.log(p), minTokenProb: p, meanEntropy: sure ? 0.1 : 1.5, tokenCount: 3 }, confidence: p, correct: sure })
      }
      expect(store.status()).toMatchObject({ source: 'online', labels: 40 })
      expect(store.confidence({ meanLogprob: Math.log(0.95), minTokenProb: 0.95, meanEntropy: 0.1, tokenCount: 3 })).toBeGreaterThan(0.8)
      expect(store.confidence({ meanLogprob: Math.log(0.3), minTokenProb: 0.3, meanEntropy: 1.5, tokenCount: 3 })).toBeLessThan(0.2)
      store.remember('q1', 'coordinator', { meanLogprob: -0.1, minTokenProb: 0.9, meanEntropy: 0.2, tokenCount: 2 }, 0.9)
      expect(store.judge('q1', 'someone-else', false)).toBe(false)
      expect(store.judge('q1', 'coordinator', false)).toBe(true)
      expect(store.judge('q1', 'coordinator', false)).toBe(false)
      await store.flush()
      const again = new OnlineCalibration({ path, modelId: 'm', minLabels: 20 }, { backend: {} as any, calibration: undefined })
      await again.load()
      expect(again.status()).toMatchObject({ source: 'online', labels: 41 })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('measures the expected calibration error', () => {
    expect(expectedCalibrationError([{ confidence: 1, correct: false }, { confidence: 1, correct: false }])).toBeCloseTo(1)
    expect(expectedCalibrationError([{ confidence: 0.55, correct: true }, { confidence: 0.55, correct: false }])).toBeCloseTo(0.05)
  })
})
