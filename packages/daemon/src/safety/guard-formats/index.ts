/**
 * The prompt and verdict formats of the guard models a user would pull: Llama Guard 3,
 * ShieldGemma, Qwen3Guard-Gen, and this project's own (the study guard's).
 */
export * from './types.js'
export { guardFormat, detectGuardFormat } from './detect.js'
export type { GuardMetadata } from './detect.js'
export { LLAMA_GUARD_3_FORMAT, LLAMA_GUARD_3_CATEGORIES, llamaGuard3Prompt, parseLlamaGuard3 } from './llama-guard-3.js'
export { SHIELDGEMMA_FORMAT, SHIELDGEMMA_POLICIES, shieldGemmaPrompt, parseShieldGemma } from './shieldgemma.js'
export { QWEN3GUARD_FORMAT, QWEN3GUARD_CATEGORIES, qwen3GuardPrompt, parseQwen3Guard } from './qwen3guard.js'
export { SWARM_FORMAT } from './swarm.js'
