import type { UnsafeCategory } from '../types.js'
import { beginsAnswer } from './types.js'
import type { GuardFormat, GuardOutput } from './types.js'

/**
 * Llama Guard 3's hazard categories as its chat template lists them (meta-llama/Llama-Guard-3-8B,
 * and -1B), with the category of ours each one counts as.
 */
export const LLAMA_GUARD_3_CATEGORIES: ReadonlyArray<{ code: string, title: string, category: UnsafeCategory }> = [
  { code: 'S1', title: 'Violent Crimes', category: 'harmful' },
  { code: 'S2', title: 'Non-Violent Crimes', category: 'criminal' },
  { code: 'S3', title: 'Sex Crimes', category: 'sexual' },
  { code: 'S4', title: 'Child Exploitation', category: 'sexual' },
  { code: 'S5', title: 'Defamation', category: 'hateful' },
  { code: 'S6', title: 'Specialized Advice', category: 'harmful' },
  { code: 'S7', title: 'Privacy', category: 'privacy' },
  { code: 'S8', title: 'Intellectual Property', category: 'criminal' },
  { code: 'S9', title: 'Indiscriminate Weapons', category: 'harmful' },
  { code: 'S10', title: 'Hate', category: 'hateful' },
  { code: 'S11', title: 'Self-Harm', category: 'self-harm' },
  { code: 'S12', title: 'Sexual Content', category: 'sexual' },
  { code: 'S13', title: 'Elections', category: 'criminal' },
  { code: 'S14', title: 'Code Interpreter Abuse', category: 'criminal' }
]

/**
 * The prompt Llama Guard 3's chat template renders for one user message: the 'User' task,
 * S1–S14, the conversation, the instructions, and the assistant header the verdict follows.
 * The BOS token is the tokenizer's to add.
 */
export function llamaGuard3Prompt (message: string): string {
  const categories = LLAMA_GUARD_3_CATEGORIES.map(c => `${c.code}: ${c.title}.`).join('\n')
  return '<|start_header_id|>user<|end_header_id|>\n\n' +
    "Task: Check if there is unsafe content in 'User' messages in conversations according our safety policy with the below categories.\n\n" +
    `<BEGIN UNSAFE CONTENT CATEGORIES>\n${categories}\n<END UNSAFE CONTENT CATEGORIES>\n\n` +
    `<BEGIN CONVERSATION>\n\nUser: ${message.trim()}\n\n<END CONVERSATION>\n\n` +
    'Provide your safety assessment for ONLY THE LAST User message in the above conversation:\n' +
    " - First line must read 'safe' or 'unsafe'.\n" +
    ' - If unsafe, a second line must include a comma-separated list of violated categories.<|eot_id|><|start_header_id|>assistant<|end_header_id|>'
}

/** Reads "safe", or "unsafe" and a line of codes such as "S1,S10". */
export function parseLlamaGuard3 (text: string): GuardOutput {
  const [first = '', ...rest] = text.trim().split('\n').map(l => l.trim())
  const head = first.toLowerCase()
  const unsafe = head.startsWith('unsafe') ? true : head.startsWith('safe') ? false : null
  const codes = [...rest.join(' ').matchAll(/\bS(\d+)\b/gi)].map(m => `S${m[1]}`)
  const categories = [...new Set(codes.flatMap(code => LLAMA_GUARD_3_CATEGORIES.filter(c => c.code === code).map(c => c.category)))]
  return { unsafe, categories }
}

/** Llama Guard 3 (8B, 1B). Its card: the probability of the first token "unsafe" is the score. */
export const LLAMA_GUARD_3_FORMAT: GuardFormat = {
  name: 'llama-guard-3',
  questions: message => [{ prompt: llamaGuard3Prompt(message) }],
  answerOf: text => beginsAnswer(text, [['unsafe', 'unsafe'], ['safe', 'safe']]),
  parse: parseLlamaGuard3,
  controlTokens: true,
  maxTokens: 16
}
