import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { calibrationPath, confidenceCeiling, confidenceOf, fitCalibration, loadCalibration, saveCalibration } from '../src/inference/calibration.js'
import { entropyOf, uncertaintyOf } from '../src/inference/uncertainty.js'

const token = (probability: number, entropy = 0): any => ({ token: 1, text: 'x', probability, entropy, top: [] })

describe('uncertainty figures', () => {
  it('are the mean log-probability, minimum probability and mean entropy over the answer', () => {
    const u = uncertaintyOf([token(0.5, 1), token(0.25, 2), token(1, 0)])
    expect(u.meanLogprob).toBeCloseTo((Math.log(0.5) + Math.log(0.25) + 0) / 3)
    expect(u.minTokenProb).toBe(0.25)
    expect(u.meanEntropy).toBeCloseTo(1)
    expect(u.tokenCount).toBe(3)
  })

  it('say nothing is known of an empty answer', () => {
    expect(uncertaintyOf([])).toMatchObject({ minTokenProb: 0, tokenCount: 0 })
    expect(confidenceOf(uncertaintyOf([]))).toBe(0)
  })

  it('measure entropy in nats', () => {
    expect(entropyOf([0.5, 0.5])).toBeCloseTo(Math.log(2))
    expect(entropyOf([1, 0])).toBe(0)
  })
})

describe('calibration', () => {
  it('defaults to the geometric mean token probability', () => {
    expect(confidenceOf(uncertaintyOf([token(0.5), token(0.125)]))).toBeCloseTo(0.25)
  })

  it('fits a map that ranks confident answers above unsure ones and stays in [0, 1]', () => {
    const samples = Array.from({ length: 200 }, (_, i) => {
      const p = 0.05 + 0.9 * (i / 199)
      return { figures: uncertaintyOf([token(p, 1 - p), token(Math.min(1, p + 0.05), 0.5)]), correct: (i * 7919 % 200) / 200 < p }
    })
    const calibration = fitCalibration(samples)
    const low = confidenceOf(uncertaintyOf([token(0.1, 2)]), calibration)
    const high = confidenceOf(uncertaintyOf([token(0.95, 0.1)]), calibration)
    expect(high).toBeGreaterThan(low)
    expect(low).toBeGreaterThanOrEqual(0)
    expect(high).toBeLessThanOrEqual(1)
  })

  it('knows the confidence it gives an answer whose every token was certain: the most it gives any', () => {
    // a model that is confidently wrong on a fifth of its answers: certainty is right 80% of the time
    const samples = Array.from({ length: 100 }, (_, i) => ({ figures: uncertaintyOf([token(1, 0)]), correct: i % 5 !== 0 }))
      .concat(Array.from({ length: 100 }, (_, i) => ({ figures: uncertaintyOf([token(0.3, 1.5)]), correct: i % 5 === 0 })))
    const calibration = fitCalibration(samples)
    const ceiling = confidenceCeiling(calibration)
    expect(ceiling).toBeCloseTo(confidenceOf(uncertaintyOf([token(1, 0), token(1, 0)]), calibration), 6)
    expect(ceiling).toBeGreaterThan(0.7)
    expect(ceiling).toBeLessThan(0.85)
    for (const p of [0.2, 0.6, 0.9, 0.99]) expect(confidenceOf(uncertaintyOf([token(p, 1 - p)]), calibration)).toBeLessThanOrEqual(ceiling)
    // without a map, the default confidence of a certain answer is 1
    expect(confidenceCeiling(undefined)).toBe(1)
  })

  it('refuses to fit on too few answers', () => {
    expect(() => fitCalibration([{ figures: uncertaintyOf([token(0.5)]), correct: true }])).toThrow(/at least 10/)
  })

  it('is stored beside the model, and a broken file is an error, not a silent default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-calibration-'))
    const model = join(dir, 'm.gguf')
    expect(calibrationPath(model)).toBe(join(dir, 'm.calibration.json'))
    expect(await loadCalibration(model)).toBeUndefined()
    const calibration = { kind: 'logistic' as const, weights: { meanLogprob: 1, logMinProb: 2, meanEntropy: -1, bias: 0.5 } }
    await saveCalibration(model, calibration)
    expect(await loadCalibration(model)).toEqual(calibration)
    await writeFile(calibrationPath(model), '{"kind": "logistic", "weights": {}}')
    await expect(loadCalibration(model)).rejects.toThrow(/not a swarm-llm calibration/)
  })
})
