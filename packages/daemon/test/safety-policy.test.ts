import { describe, expect, it } from 'vitest'
import { DEFAULT_SAFETY_POLICY } from '../src/safety/constants.js'
import { SafetyPolicyError } from '../src/safety/errors.js'
import { formatSafetyPolicy, parseSafetyPolicy, safetyAction } from '../src/safety/policy.js'
import type { SafetyVerdict } from '../src/safety/types.js'

const verdict = (category: SafetyVerdict['category'], flagged: boolean): SafetyVerdict => ({ category, score: flagged ? 0.9 : 0.1, flagged, classifier: 'test' })

describe('safety policy', () => {
  it('has safe defaults: refuse violence, crime, hate and sexual content; keep self-harm and privacy on this node', () => {
    expect(DEFAULT_SAFETY_POLICY).toEqual({ harmful: 'refuse', 'self-harm': 'local-only', sexual: 'refuse', hateful: 'refuse', criminal: 'refuse', privacy: 'local-only' })
    expect(parseSafetyPolicy('')).toEqual(DEFAULT_SAFETY_POLICY)
  })

  it('merges entries over the defaults, later entries winning, * setting every category', () => {
    expect(parseSafetyPolicy('self-harm=answer,privacy=cloud')).toEqual({ ...DEFAULT_SAFETY_POLICY, 'self-harm': 'answer', privacy: 'cloud' })
    expect(parseSafetyPolicy('*=local-only, criminal=refuse')).toEqual({ harmful: 'local-only', 'self-harm': 'local-only', sexual: 'local-only', hateful: 'local-only', criminal: 'refuse', privacy: 'local-only' })
    expect(parseSafetyPolicy('Harmful=Answer harmful=cloud').harmful).toBe('cloud')
  })

  it('reads back what it writes', () => {
    const policy = parseSafetyPolicy('sexual=local-only,hateful=cloud')
    expect(parseSafetyPolicy(formatSafetyPolicy(policy))).toEqual(policy)
  })

  it('rejects unknown categories and actions and malformed entries with a typed error', () => {
    for (const bad of ['violence=refuse', 'harmful=block', 'harmful', 'harmful=', '=refuse', 'benign=refuse']) {
      expect(() => parseSafetyPolicy(bad), bad).toThrow(SafetyPolicyError)
    }
    try {
      parseSafetyPolicy('harmful=block')
    } catch (err) {
      expect((err as Error).name).toBe('SafetyPolicyError')
      expect((err as Error).message).toMatch(/"block".*answer, cloud, refuse, local-only/)
    }
  })

  it('answers what is not flagged, whatever its category, and follows the policy for what is', () => {
    const policy = parseSafetyPolicy('criminal=cloud')
    expect(safetyAction(verdict('benign', false), policy)).toBe('answer')
    expect(safetyAction(verdict('harmful', false), policy)).toBe('answer')
    expect(safetyAction(verdict('criminal', true), policy)).toBe('cloud')
    expect(safetyAction(verdict('harmful', true), policy)).toBe('refuse')
    expect(safetyAction(verdict('privacy', true))).toBe('local-only')
  })
})
