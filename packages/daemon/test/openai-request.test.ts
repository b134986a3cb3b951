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

describe('parseChatRequest: the structured fields', () => {
  const base = { model: 'm', messages: [{ role: 'user', content: 'x' }] }
  const failure = (body: unknown): unknown => { try { parseChatRequest(body); return undefined } catch (err) { return { status: (err as any).status, code: (err as any).code, param: (err as any).param, message: (err as any).message } } }

  it('reads stop, response_format, tools, tool_choice, penalties, user and metadata', () => {
    const parsed = parseChatRequest({
      ...base,
      stop: 'END',
      response_format: { type: 'json_schema', json_schema: { name: 'p', schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true } },
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      presence_penalty: 0.5,
      frequency_penalty: -0.5,
      user: 'u',
      metadata: { k: 'v' }
    })
    expect(parsed.generate).toMatchObject({
      stop: ['END'],
      responseFormat: { type: 'json_schema', name: 'p', strict: true },
      tools: [{ name: 'f' }],
      toolChoice: { name: 'f' },
      presencePenalty: 0.5,
      frequencyPenalty: -0.5
    })
  })

  it('reads tool turns and assistant tool calls', () => {
    const parsed = parseChatRequest({
      model: 'm',
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{"city":"Oslo"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'rain' }
      ]
    })
    expect(parsed.generate.messages[1]).toEqual({ role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'w', arguments: '{"city":"Oslo"}' }] })
    expect(parsed.generate.messages[2]).toEqual({ role: 'tool', content: 'rain', toolCallId: 'c1' })
  })

  it('refuses what it does not honour with unsupported_parameter and its param', () => {
    expect(failure({ ...base, logit_bias: { 1: 2 } })).toMatchObject({ status: 400, code: 'unsupported_parameter', param: 'logit_bias' })
    expect(failure({ ...base, functions: [] })).toMatchObject({ code: 'unsupported_parameter', param: 'functions' })
    expect(failure({ ...base, n: 3 })).toMatchObject({ code: 'unsupported_parameter', param: 'n' })
    expect(failure({ ...base, store: true })).toMatchObject({ code: 'unsupported_parameter', param: 'store' })
  })

  it('names the key and the type expected', () => {
    expect(failure({ ...base, stop: 5 })).toMatchObject({ status: 400, code: 'invalid_request', param: 'stop' })
    expect(failure({ ...base, temperature: 'hot' })).toMatchObject({ param: 'temperature', message: expect.stringContaining('expected number') })
    expect(failure({ ...base, tools: [{ type: 'function', function: {} }] })).toMatchObject({ param: 'tools[0].function.name' })
    expect(failure({ ...base, tool_choice: { type: 'function', function: { name: 'nope' } } })).toMatchObject({ param: 'tool_choice' })
    expect(failure({ ...base, tool_choice: 'required' })).toMatchObject({ param: 'tool_choice' })
  })
})
