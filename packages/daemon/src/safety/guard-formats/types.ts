import type { UnsafeCategory } from '../types.js'

/** The guard prompt formats the daemon speaks; `auto` picks one from the GGUF's metadata. */
export const GUARD_FORMATS = ['swarm', 'llama-guard-3', 'shieldgemma', 'qwen3guard'] as const
export type GuardFormatName = typeof GUARD_FORMATS[number]

/** What a guard model's first answer token begins: a verdict, or neither (whitespace, a label). */
export type GuardAnswer = 'unsafe' | 'safe' | 'controversial'

/** One question put to the guard model about one message. */
export interface GuardQuestion {
  /** The whole prompt, special tokens written out ("<|eot_id|>"), without the BOS token. */
  prompt: string
  /**
   * What a "yes, unsafe" to this question means, for formats that ask about one policy per
   * question (ShieldGemma); absent where the verdict names its own categories.
   */
  categories?: UnsafeCategory[]
}

export interface GuardOutput {
  /** null when the output is no verdict of this format. */
  unsafe: boolean | null
  /** Set for Qwen3Guard's third verdict, which is neither safe nor unsafe. */
  controversial?: boolean
  categories: UnsafeCategory[]
}

/** How one family of guard models is asked and how its answers read. */
export interface GuardFormat {
  readonly name: GuardFormatName
  /** The questions that judge one message: one for most formats, one per policy for ShieldGemma. */
  questions: (message: string) => GuardQuestion[]
  /** Which verdict a token's text begins, or undefined when it begins none. */
  answerOf: (tokenText: string) => GuardAnswer | undefined
  /** Reads the generated answer. */
  parse: (output: string) => GuardOutput
  /** Whether the template writes control tokens as text ("<|eot_id|>"), to be tokenized as such. */
  controlTokens: boolean
  /** Tokens to generate: enough for the verdict and its categories. */
  maxTokens: number
  /**
   * Longest message, in tokens, that one question carries; a longer message is judged in
   * windows. Absent: as much as the context leaves.
   */
  windowTokens?: number
}

/** Reads the first verdict-bearing token's text: trimmed, lower case, and a prefix of the answer. */
export function beginsAnswer (tokenText: string, answers: ReadonlyArray<[string, GuardAnswer]>): GuardAnswer | undefined {
  const text = tokenText.trim().toLowerCase()
  if (text === '') return undefined
  // The longest answer first: "unsafe" before "safe", so that "un" is not read as neither.
  for (const [word, answer] of answers) if (word.startsWith(text)) return answer
  return undefined
}
