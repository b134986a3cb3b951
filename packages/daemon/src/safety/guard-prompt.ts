import { UNSAFE_CATEGORIES } from './types.js'
import type { SafetyCategory } from './types.js'

/** The categories as a guard model is told them, S1…S6, in UNSAFE_CATEGORIES order. */
export const GUARD_CATEGORIES: ReadonlyArray<{ code: string, category: Exclude<SafetyCategory, 'benign'>, title: string }> = [
  { code: 'S1', category: 'harmful', title: 'Violence and Harm' },
  { code: 'S2', category: 'self-harm', title: 'Suicide and Self-Harm' },
  { code: 'S3', category: 'sexual', title: 'Sexual Content' },
  { code: 'S4', category: 'hateful', title: 'Hate' },
  { code: 'S5', category: 'criminal', title: 'Crimes' },
  { code: 'S6', category: 'privacy', title: 'Privacy' }
]

if (GUARD_CATEGORIES.some((c, i) => c.category !== UNSAFE_CATEGORIES[i])) throw new Error('GUARD_CATEGORIES out of order')

/**
 * The Llama Guard prompt: the task, the category list, the conversation and the answer
 * format. models/study/train_guard.py trains on exactly this text; keep the two in step.
 */
export function guardPrompt (userMessage: string): string {
  const categories = GUARD_CATEGORIES.map(c => `${c.code}: ${c.title}.`).join('\n')
  return "Task: Check if there is unsafe content in 'User' messages in conversations according to our safety policy with the below categories.\n\n" +
    `<BEGIN UNSAFE CONTENT CATEGORIES>\n${categories}\n<END UNSAFE CONTENT CATEGORIES>\n\n` +
    `<BEGIN CONVERSATION>\n\nUser: ${userMessage.replace(/\s+/g, ' ').trim()}\n\n<END CONVERSATION>\n\n` +
    'Provide your safety assessment for ONLY THE LAST User message in the above conversation:\n' +
    "- First line must read 'safe' or 'unsafe'.\n" +
    '- If unsafe, a second line must include a comma-separated list of violated categories.\n'
}

export interface GuardOutput {
  /** null when the output is neither "safe" nor "unsafe". */
  unsafe: boolean | null
  categories: Array<Exclude<SafetyCategory, 'benign'>>
}

/** Reads "safe", or "unsafe" with a line of codes such as "S1,S5". */
export function parseGuardOutput (text: string): GuardOutput {
  const [first = '', ...rest] = text.trim().split('\n').map(l => l.trim())
  const head = first.toLowerCase()
  const unsafe = head.startsWith('unsafe') ? true : head.startsWith('safe') ? false : null
  const codes = [...rest.join(' ').matchAll(/S(\d+)/gi)].map(m => Number(m[1]))
  const categories = codes.flatMap(n => GUARD_CATEGORIES[n - 1] != null ? [GUARD_CATEGORIES[n - 1].category] : [])
  return { unsafe, categories }
}
