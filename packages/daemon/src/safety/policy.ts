import { DEFAULT_SAFETY_POLICY, SAFETY_CATEGORY_SHARE } from './constants.js'
import { SafetyPolicyError } from './errors.js'
import { SAFETY_ACTIONS, UNSAFE_CATEGORIES } from './types.js'
import type { SafetyAction, SafetyPolicy, SafetyVerdict, UnsafeCategory } from './types.js'

export { DEFAULT_SAFETY_POLICY }

/**
 * Reads a policy such as "self-harm=answer,privacy=local-only" and merges it over
 * DEFAULT_SAFETY_POLICY. `*=ACTION` sets every category first; later entries win. Throws
 * SafetyPolicyError naming the bad entry.
 */
export function parseSafetyPolicy (text: string): SafetyPolicy {
  const policy: SafetyPolicy = { ...DEFAULT_SAFETY_POLICY }
  for (const raw of text.split(/[,;\s]+/)) {
    if (raw === '') continue
    const match = /^([a-z*-]+)[=:]([a-z-]+)$/i.exec(raw)
    if (match == null) throw new SafetyPolicyError(`bad safety policy entry "${raw}": expected CATEGORY=ACTION`)
    const category = match[1].toLowerCase()
    const action = match[2].toLowerCase() as SafetyAction
    if (!SAFETY_ACTIONS.includes(action)) {
      throw new SafetyPolicyError(`unknown safety action "${match[2]}" in "${raw}": expected one of ${SAFETY_ACTIONS.join(', ')}`)
    }
    if (category === '*') {
      for (const c of UNSAFE_CATEGORIES) policy[c] = action
      continue
    }
    if (!(UNSAFE_CATEGORIES as readonly string[]).includes(category)) {
      throw new SafetyPolicyError(`unknown safety category "${match[1]}" in "${raw}": expected one of ${UNSAFE_CATEGORIES.join(', ')}`)
    }
    policy[category as keyof SafetyPolicy] = action
  }
  return policy
}

/** Writes a policy back in the form parseSafetyPolicy reads. */
export function formatSafetyPolicy (policy: SafetyPolicy): string {
  return UNSAFE_CATEGORIES.map(c => `${c}=${policy[c]}`).join(',')
}

/** Actions from the mildest to the strictest: keeping a prompt home is stricter than sending it to the cloud. */
const STRICTNESS: readonly SafetyAction[] = ['answer', 'cloud', 'local-only', 'refuse']

/**
 * The action for a verdict: `answer` when it is not flagged, else the strictest policy among
 * its category and every other unsafe category holding at least SAFETY_CATEGORY_SHARE of the
 * unsafe probability (`verdict.categories`). A classifier may name the wrong one of two
 * categories a prompt touches ("How could someone secretly kill my sister?": privacy, and
 * harmful); the prompt gets the stricter category's policy.
 */
export function safetyAction (verdict: SafetyVerdict, policy: SafetyPolicy = DEFAULT_SAFETY_POLICY): SafetyAction {
  if (!verdict.flagged || verdict.category === 'benign') return 'answer'
  let action = policy[verdict.category]
  for (const [category, share] of Object.entries(verdict.categories ?? {}) as Array<[UnsafeCategory, number]>) {
    if (share < SAFETY_CATEGORY_SHARE || policy[category] == null) continue
    if (STRICTNESS.indexOf(policy[category]) > STRICTNESS.indexOf(action)) action = policy[category]
  }
  return action
}
