import type { CountryCode } from 'libphonenumber-js/max'
import type { SafetyPolicy } from './types.js'

/**
 * What happens to a flagged prompt of each category. Defaults to refusing violence, crime,
 * hate and sexual content, and to `local-only` for self-harm and privacy: a refusal helps
 * nobody in crisis, so self-harm prompts are answered, but by this node alone, since what a
 * user in crisis writes is private too; privacy-seeking prompts stay home for the same reason.
 */
export const DEFAULT_SAFETY_POLICY: Readonly<SafetyPolicy> = Object.freeze({
  harmful: 'refuse',
  'self-harm': 'local-only',
  sexual: 'refuse',
  hateful: 'refuse',
  criminal: 'refuse',
  privacy: 'local-only'
})

/** Score at or above which the built-in classifier flags a prompt, unless its weights file says otherwise. Defaults to 0.5. */
export const DEFAULT_SAFETY_THRESHOLD = 0.5

/**
 * Share of a flagged prompt's unsafe probability at which a second category's policy counts
 * too (the strictest applies): "How could someone secretly kill my sister?" read as 60%
 * privacy and 40% harmful is refused as harmful. Defaults to 0.25.
 */
export const SAFETY_CATEGORY_SHARE = 0.25

/** Words per window when the built-in classifier reads a long prompt (each window is judged, the worst one counts). Defaults to 32. */
export const SAFETY_WINDOW_WORDS = 32

/**
 * Fewest words a sentence of a long prompt needs to be read alone: shorter ones ("Status:",
 * "const x") are read with the sentences around them, a run of them as one, since a word or
 * two alone says nothing the model was trained to judge (it flagged a third of this
 * project's own documentation that way). Defaults to 3.
 */
export const SAFETY_MIN_WINDOW_WORDS = 3

/**
 * Longest message window, in tokens, for a guard of this project's own format: the study
 * guard was trained on one-sentence prompts, and a benign sentence before a harmful one
 * already hides it from that model, so it reads a long message about a sentence at a time.
 * Guards of the published formats read as much as their context leaves. Defaults to 40.
 */
export const GUARD_SWARM_WINDOW_TOKENS = 40

/** Tokens kept free of the message in each guard window, for the template and tokens that merge at its seams. Defaults to 16. */
export const GUARD_WINDOW_MARGIN_TOKENS = 16

/** Context length for a guard model: the guard prompt plus the conversation. Defaults to 2048 tokens (or the model's own, if smaller). */
export const DEFAULT_GUARD_CONTEXT = 2048

/** Countries whose national phone formats the PII detector reads (numbers written with + are read whatever this says). Defaults to US, GB, DE, FR. */
export const DEFAULT_PHONE_COUNTRIES: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR']
