import { describe, expect, it } from 'vitest'
import { PromptRouter, promptFeatures } from '../../src/bench/prompt-router.js'

describe('prompt features', () => {
  it('keeps words, numbers by their digits, operators and a count of numbers', () => {
    expect(promptFeatures('What is 266 - 208?')).toEqual(['w:what', 'w:is', 'n:3', 'op:-', 'numbers:2'])
    expect(promptFeatures('(7 + 8) * 6')).toEqual(['op:(', 'n:1', 'op:+', 'op:)', 'op:*', 'numbers:3+'])
    expect(promptFeatures('Who founded Tabri?')).toEqual(['w:who', 'w:founded', 'w:tabri', 'numbers:0'])
  })
})

describe('prompt-only router', () => {
  // "alpha" prompts: 3 of 4 need the cloud; "beta" prompts: 1 of 4.
  const examples = [
    ...[true, true, true, false].map(label => ({ prompt: 'alpha', label })),
    ...[true, false, false, false].map(label => ({ prompt: 'beta', label }))
  ]

  it('learns each word\'s rate without a penalty', () => {
    const router = PromptRouter.train(examples, { l2: 0, epochs: 5000 })
    expect(router.predict('alpha')).toBeCloseTo(0.75, 2)
    expect(router.predict('beta')).toBeCloseTo(0.25, 2)
  })

  it('knows nothing of an unseen word: the two groups cancel, so it stays at one half', () => {
    // the bias and the shared numbers:0 weight get opposite pulls from the two groups at every step
    expect(PromptRouter.train(examples, { l2: 0, epochs: 5000 }).predict('gamma')).toBeCloseTo(0.5, 6)
  })

  it('shrinks towards one half under an L2 penalty', () => {
    const router = PromptRouter.train(examples, { l2: 0.5 })
    expect(router.predict('alpha')).toBeGreaterThan(0.5)
    expect(router.predict('alpha')).toBeLessThan(0.74)
    expect(router.strongest(1)[0].feature).toBe('w:alpha')
  })
})
