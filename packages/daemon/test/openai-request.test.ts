import { describe, expect, it } from 'vitest'
import { parseChatRequest } from '../src/api/openai.js'

describe('parseChatRequest', () => {
  it('reads an OpenAI chat request', () => {
    const parsed = parseChatRequest({
      model: 'm', stream: true, max_tokens: 12, temperature: 0.5, logprobs: true, top_logprobs: 3,
      messages: [{ role: 'developer', content: 'be brief' }, { role: 'user', content: [{ type: 'text', text: 'hi ' }, { type: 'text', text: 'there' }] }]
    })
    expect(parsed).toMatchObject({ model: 'm', stream: true, logprobs: true, topLogprobs: 3 })
    expect(parsed.generate).toMatchObject({ maxTokens: 12, temperature: 0.5, messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi there' }] })
  })

  it('prefers max_completion_tokens to max_tokens', () => {
    expect(parseChatRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: 5, max_completion_tokens: 7 }).generate.maxTokens).toBe(7)
  })

  it('names the offending parameter', () => {
    const param = (body: unknown): unknown => { try { parseChatRequest(body); return undefined } catch (err) { return [(err as any).status, (err as any).param] } }
    expect(param([])).toEqual([400, null])
    expect(param({ messages: [{ role: 'user', content: 'x' }] })).toEqual([400, 'model'])
    expect(param({ model: 'm', messages: [] })).toEqual([400, 'messages'])
    expect(param({ model: 'm', messages: [{ role: 'user', content: 3 }] })).toEqual([400, 'messages[0].content'])
    expect(param({ model: 'm', messages: [{ role: 'user', content: 'x' }], n: 2 })).toEqual([400, 'n'])
    expect(param({ model: 'm', messages: [{ role: 'user', content: 'x' }], max_tokens: 0 })).toEqual([400, 'max_tokens'])
    expect(param({ model: 'm', messages: [{ role: 'user', content: 'x' }], top_p: 1.5 })).toEqual([400, 'top_p'])
  })
})
