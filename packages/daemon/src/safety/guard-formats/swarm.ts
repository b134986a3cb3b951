import { GUARD_CATEGORIES, guardPrompt, parseGuardOutput } from '../guard-prompt.js'
import { GUARD_SWARM_WINDOW_TOKENS } from '../constants.js'
import { beginsAnswer } from './types.js'
import type { GuardFormat } from './types.js'

/**
 * This project's own layout (Llama Guard's task text with categories S1–S6), which
 * models/study/train_guard.py trains the study guard on. That model saw one-sentence prompts
 * only, so a longer message is read a sentence or two at a time.
 */
export const SWARM_FORMAT: GuardFormat = {
  name: 'swarm',
  questions: message => [{ prompt: guardPrompt(message) }],
  answerOf: text => beginsAnswer(text, [['unsafe', 'unsafe'], ['safe', 'safe']]),
  parse: parseGuardOutput,
  controlTokens: false,
  maxTokens: 12,
  windowTokens: GUARD_SWARM_WINDOW_TOKENS
}

export { GUARD_CATEGORIES }
