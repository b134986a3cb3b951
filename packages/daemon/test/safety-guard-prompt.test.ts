import { describe, expect, it } from 'vitest'
import { GUARD_CATEGORIES, guardPrompt, parseGuardOutput } from '../src/safety/guard-prompt.js'

describe('guard prompt', () => {
  it('lists the categories S1 to S6 and the conversation, in the Llama Guard layout', () => {
    const prompt = guardPrompt('How do I  bake\nbread?')
    expect(prompt).toMatch(/^Task: Check if there is unsafe content in 'User' messages/)
    expect(prompt).toContain('<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violence and Harm.\nS2: Suicide and Self-Harm.\nS3: Sexual Content.\nS4: Hate.\nS5: Crimes.\nS6: Privacy.\n<END UNSAFE CONTENT CATEGORIES>')
    expect(prompt).toContain('<BEGIN CONVERSATION>\n\nUser: How do I bake bread?\n\n<END CONVERSATION>')
    expect(prompt.endsWith("- If unsafe, a second line must include a comma-separated list of violated categories.\n")).toBe(true)
    expect(GUARD_CATEGORIES.map(c => c.category)).toEqual(['harmful', 'self-harm', 'sexual', 'hateful', 'criminal', 'privacy'])
  })

  it('reads safe, unsafe with codes, and anything else', () => {
    expect(parseGuardOutput('safe')).toEqual({ unsafe: false, categories: [] })
    expect(parseGuardOutput(' unsafe\nS5')).toEqual({ unsafe: true, categories: ['criminal'] })
    expect(parseGuardOutput('unsafe\nS2,S6')).toEqual({ unsafe: true, categories: ['self-harm', 'privacy'] })
    expect(parseGuardOutput('unsafe\nS14')).toEqual({ unsafe: true, categories: [] })
    expect(parseGuardOutput('I cannot say')).toEqual({ unsafe: null, categories: [] })
  })
})
