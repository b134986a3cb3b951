import { redactPii } from '../safety/pii/redact.js'
import type { ChatTurn } from '../inference/types.js'

/** Redacts every turn with one numbering, so [EMAIL_1] means the same address in each. */
export function redactTurns (turns: ChatTurn[]): { messages: ChatTurn[], count: number, restore: (text: string) => string } {
  const SEPARATOR = '\u0000\u0001\u0000'
  const redaction = redactPii(turns.map(t => t.content).join(SEPARATOR))
  const parts = redaction.text.split(SEPARATOR)
  return { messages: turns.map((t, i) => ({ ...t, content: parts[i] ?? '' })), count: redaction.entities.length, restore: redaction.restore }
}
