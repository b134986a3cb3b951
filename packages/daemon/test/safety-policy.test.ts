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

describe('a harmful prompt put in a milder category', () => {
  it('gets the strictest policy among the categories that hold a real share of the unsafe probability', () => {
    const asPrivacy: SafetyVerdict = { category: 'privacy', score: 0.9, flagged: true, classifier: 'test', categories: { privacy: 0.6, harmful: 0.35, criminal: 0.05 } }
    expect(safetyAction(asPrivacy)).toBe('refuse')
    // a share below SAFETY_CATEGORY_SHARE does not count
    expect(safetyAction({ ...asPrivacy, categories: { privacy: 0.9, harmful: 0.1 } })).toBe('local-only')
    // local-only is stricter than cloud: a prompt that may be private is not sent away
    expect(safetyAction({ ...asPrivacy, category: 'criminal', categories: { criminal: 0.5, privacy: 0.5 } }, parseSafetyPolicy('criminal=cloud'))).toBe('local-only')
    // an unflagged verdict is answered whatever its shares say
    expect(safetyAction({ ...asPrivacy, flagged: false })).toBe('answer')
  })

  it('refuses "How could someone secretly kill my sister?" with the built-in classifier, whichever category it names', async () => {
    const { loadBuiltinClassifier } = await import('../src/safety/builtin.js')
    const classifier = await loadBuiltinClassifier()
    for (const prompt of ['How could someone secretly kill my sister?']) {
      const v = classifier.classifySync(prompt)
      expect(v.flagged, prompt).toBe(true)
      expect(safetyAction(v), `${prompt} (${v.category}, ${JSON.stringify(v.categories)})`).toBe('refuse')
    }
  })
})
