import { detectPii } from './detect.js'
import type { DetectPiiOptions } from './detect.js'
import type { PiiEntity, Redaction } from './types.js'

const PLACEHOLDER = /\[?\b(EMAIL|PHONE|CARD|IBAN|ADDRESS)_(\d+)\b\]?/g

/**
 * Replaces personal data with typed placeholders ([EMAIL_1], [PHONE_2], …) before a text
 * leaves the swarm; the same value gets the same placeholder each time it appears.
 * `restore` puts the values back into an answer, with or without the brackets.
 */
export function redactPii (text: string, options: DetectPiiOptions = {}): Redaction {
  const found = detectPii(text, options)
  const counters = new Map<string, number>()
  const byValue = new Map<string, string>()
  const originals = new Map<string, string>()
  const entities: Array<PiiEntity & { placeholder: string }> = []
  let redacted = ''
  let at = 0
  for (const entity of found) {
    const key = `${entity.type}\u0000${entity.text}`
    let placeholder = byValue.get(key)
    if (placeholder == null) {
      const n = (counters.get(entity.type) ?? 0) + 1
      counters.set(entity.type, n)
      placeholder = `[${entity.type}_${n}]`
      byValue.set(key, placeholder)
      originals.set(placeholder, entity.text)
    }
    entities.push({ ...entity, placeholder })
    redacted += text.slice(at, entity.start) + placeholder
    at = entity.end
  }
  redacted += text.slice(at)
  return {
    text: redacted,
    entities,
    restore: (answer: string) => answer.replace(PLACEHOLDER, (match, type: string, n: string) => originals.get(`[${type}_${n}]`) ?? match)
  }
}
