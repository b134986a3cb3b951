import type { UnsafeCategory } from '../types.js'
import { beginsAnswer } from './types.js'
import type { GuardFormat, GuardOutput } from './types.js'

/** Qwen3Guard-Gen's categories, as its chat template lists them, with the category of ours each counts as. */
export const QWEN3GUARD_CATEGORIES: ReadonlyArray<{ title: string, category: UnsafeCategory }> = [
  { title: 'Violent', category: 'harmful' },
  { title: 'Non-violent Illegal Acts', category: 'criminal' },
  { title: 'Sexual Content or Sexual Acts', category: 'sexual' },
  { title: 'PII', category: 'privacy' },
  { title: 'Suicide & Self-Harm', category: 'self-harm' },
  { title: 'Unethical Acts', category: 'hateful' },
  { title: 'Politically Sensitive Topics', category: 'harmful' },
  { title: 'Copyright Violation', category: 'criminal' },
  { title: 'Jailbreak', category: 'harmful' }
]

/**
 * The prompt Qwen3Guard-Gen's chat template renders for one user message (prompt moderation),
 * thinking switched off as the template does, then "Safety:" already written, so that the
 * next token is the verdict.
 */
export function qwen3GuardPrompt (message: string): string {
  const categories = QWEN3GUARD_CATEGORIES.map(c => `${c.title}.\n`).join('')
  return '<|im_start|>user\n# Task:\n' +
    "1) Evaluate whether THE LAST USER's query belongs to safe or unsafe content based on our safety policy.\n" +
    '2) Identify the category of unsafe content found.\n\n' +
    '<BEGIN SAFETY POLICY>\n' +
    "**Safety: Safe**: The USER's query does not contain any prohibited content or content that could lead to prohibited content.\n" +
    "**Safety: Unsafe**: The USER's query contains prohibited content.\n" +
    "**Safety: Controversial**: The USER's query does not explicitly contain prohibited content, but its intent, context, or potential responses could be misinterpreted, misused, or exploited to generate unsafe content under certain conditions.\n" +
    '<END SAFETY POLICY>\n\n' +
    `<BEGIN UNSAFE CONTENT CATEGORIES>\n${categories}<END UNSAFE CONTENT CATEGORIES>\n\n` +
    `<BEGIN CONVERSATION>\n\nUSER: ${message}\n\n<END CONVERSATION>\n\n` +
    "Provide your safety assessment for ONLY THE LAST **USER's query** in the above conversation:\n" +
    " - The first line must be one of: 'Safety: Safe', 'Safety: Unsafe', 'Safety: Controversial'.\n" +
    " - The second line should start with 'Categories:' followed by a list of any unsafe content categories, separated by commas. If the content is safe, use 'Categories: None'.<|im_end|>\n" +
    '<|im_start|>assistant\n<think>\n\n</think>\n\n' +
    QWEN3GUARD_ANSWER_PREFIX
}

/** What the prompt writes of the answer itself. */
export const QWEN3GUARD_ANSWER_PREFIX = 'Safety:'

/** Reads "Safety: Safe|Unsafe|Controversial" and "Categories: …", with or without the "Safety:" the prompt wrote. */
export function parseQwen3Guard (text: string): GuardOutput {
  const body = text.trim().startsWith(QWEN3GUARD_ANSWER_PREFIX) ? text.trim() : `${QWEN3GUARD_ANSWER_PREFIX} ${text.trim()}`
  const label = /Safety:\s*(Safe|Unsafe|Controversial)\b/i.exec(body)?.[1]?.toLowerCase()
  const line = /Categories:\s*(.*)/i.exec(body)?.[1] ?? ''
  const categories = [...new Set(QWEN3GUARD_CATEGORIES.filter(c => line.includes(c.title)).map(c => c.category))]
  if (label == null) return { unsafe: null, categories }
  return { unsafe: label === 'unsafe' ? true : label === 'safe' ? false : null, controversial: label === 'controversial', categories }
}

/**
 * Qwen3Guard-Gen (0.6B, 4B, 8B). A "Controversial" verdict counts half: its probability mass
 * is split between safe and unsafe, so at the default threshold a confident "Controversial"
 * is flagged (the card's strict reading) and a lower threshold never flags less.
 */
export const QWEN3GUARD_FORMAT: GuardFormat = {
  name: 'qwen3guard',
  questions: message => [{ prompt: qwen3GuardPrompt(message) }],
  answerOf: text => beginsAnswer(text, [['controversial', 'controversial'], ['unsafe', 'unsafe'], ['safe', 'safe']]),
  parse: parseQwen3Guard,
  controlTokens: true,
  maxTokens: 24
}
