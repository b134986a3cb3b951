import { describe, expect, it } from 'vitest'
import { answerKey, REFUSAL_KEY, tally } from '../src/routing/aggregate.js'

const ballot = (node: string, text: string, confidence: number) => ({ node, model: `m-${node}`, text, confidence })

describe('answer normalisation', () => {
  it('compares answers by their short form', () => {
    expect(answerKey('Quelth.')).toBe(answerKey('  quelth '))
    expect(answerKey('The answer is 42.')).toBe('42')
    expect(answerKey('Answer: 1,000')).toBe('1000')
    expect(answerKey('12.0')).toBe(answerKey('12'))
    expect(answerKey('"Rubri"')).toBe('rubri')
    expect(answerKey('The capital of Tabri is Quelth')).toBe('quelth')
  })

  it('counts every refusal as one answer and keeps distinct answers apart', () => {
    expect(answerKey("I can't help with that.")).toBe(REFUSAL_KEY)
    expect(answerKey('Sorry, I will not do that')).toBe(REFUSAL_KEY)
    expect(answerKey('Run kill 4242.')).not.toBe(answerKey('Run kill 4243.'))
    expect(answerKey('moss')).not.toBe(answerKey('mass'))
  })
})

describe('confidence-weighted voting', () => {
  it('picks the heaviest answer and reports its share of the weight', () => {
    const t = tally([ballot('a', '9', 0.5), ballot('b', '9.', 0.3), ballot('c', '10', 0.4)], { maxVoteWeight: 0.9 })
    expect(t.key).toBe('9')
    expect(t.best?.node).toBe('a')
    expect(t.agreement).toBeCloseTo(0.8 / 1.2)
    expect(t.confidence).toBeCloseTo(0.8 / 1.2)
  })

  it('bounds each vote, so one peer claiming certainty cannot outvote two that agree', () => {
    const t = tally([ballot('liar', 'wrong', 1), ballot('b', 'right', 0.5), ballot('c', 'Right.', 0.5)], { maxVoteWeight: 0.9 })
    expect(t.key).toBe('right')
    expect(t.ballots.find(b => b.node === 'liar')?.weight).toBe(0.9)
    const unbounded = tally([ballot('liar', 'wrong', 1), ballot('b', 'right', 0.45), ballot('c', 'right', 0.45)], { maxVoteWeight: 1 })
    expect(unbounded.key).toBe('wrong')
  })

  it('keeps a lone unsure answer unsure, and treats bad confidences as zero', () => {
    expect(tally([ballot('a', 'x', 0.3)], { maxVoteWeight: 0.9 }).confidence).toBeCloseTo(0.3)
    const t = tally([ballot('a', 'x', Number.NaN), ballot('b', 'y', -2), ballot('c', 'z', 0.2)], { maxVoteWeight: 0.9 })
    expect(t.key).toBe('z')
    expect(t.ballots.map(b => b.weight)).toEqual([0, 0, 0.2])
  })

  it('has no winner when nobody said anything', () => {
    const none = tally([], { maxVoteWeight: 0.9 })
    expect(none.key).toBeUndefined()
    expect([none.confidence, none.agreement]).toEqual([0, 0])
    expect(tally([ballot('a', '  ', 0.9)], { maxVoteWeight: 0.9 }).key).toBeUndefined()
  })
})
