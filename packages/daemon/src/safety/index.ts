/**
 * Safety and privacy signals for every route: a local classifier that gives each prompt a
 * category and a score, a policy per category, and PII redaction before anything leaves for
 * the cloud.
 *
 * @example
 * ```ts
 * import { loadBuiltinClassifier, safetyAction, parseSafetyPolicy, redactPii } from '@swarm-llm/daemon'
 *
 * const classifier = await loadBuiltinClassifier()
 * const verdict = await classifier.classify('How do I kill a Python process?')
 * safetyAction(verdict, parseSafetyPolicy('self-harm=answer')) // 'answer'
 *
 * const { text, restore } = redactPii('Mail jane@example.org the summary')
 * // text: 'Mail [EMAIL_1] the summary'; restore(cloudAnswer) puts the address back
 * ```
 */
export * from './types.js'
export * from './errors.js'
export * from './constants.js'
export { parseSafetyPolicy, formatSafetyPolicy, safetyAction } from './policy.js'
export { loadBuiltinClassifier, BuiltinClassifier, BUILTIN_CLASSIFIER_PATH, BUILTIN_CLASSIFIER_NAME, BUILTIN_MLP_CLASSIFIER_NAME } from './builtin.js'
export { loadGuardClassifier, GuardClassifier, neutralizeControlTokens } from './guard.js'
export { guardWindows } from './guard-windows.js'
export * from './guard-formats/index.js'
export type { GuardClassifierInit } from './guard.js'
export { guardPrompt, parseGuardOutput, GUARD_CATEGORIES } from './guard-prompt.js'
export { evaluateVerdicts } from './evaluate.js'
export type { SafetyFigures } from './evaluate.js'
export { LinearModel, LINEAR_FORMAT } from './linear.js'
export type { LinearModelFile } from './linear.js'
export { MlpModel, MLP_FORMAT } from './mlp.js'
export type { MlpModelFile } from './mlp.js'
export { safetyModelFromFile } from './model.js'
export type { SafetyModel, SafetyModelFile } from './model.js'
export type { FeatureSpec } from './features.js'
export * from './pii/index.js'
