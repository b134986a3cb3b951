import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HttpError } from '../src/api/http.js'
import { parseChatRequest, parseCompletionRequest } from '../src/api/schemas.js'

/** Runs per property: bounded so the suite stays fast. */
const RUNS = 2000

const KEYS = ['model', 'messages', 'stream', 'max_tokens', 'temperature', 'top_p', 'seed', 'n', 'stop', 'tools', 'tool_choice', 'response_format', 'presence_penalty', 'frequency_penalty', 'logprobs', 'top_logprobs', 'route', 'pii', 'prompt', 'user', 'metadata']

/** Request-shaped JSON: the known keys with random values, and random keys besides. */
const requestLike = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 })

function typedOrOk (parse: (body: unknown) => unknown, body: unknown): void {
  try {
    parse(body)
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError)
    expect((err as HttpError).status).toBe(400)
    expect(['invalid_request', 'unsupported_parameter']).toContain((err as HttpError).code)
  }
}

describe('request parsers on random JSON', () => {
  it('chat: accepts or rejects with a typed 400, never throws anything else', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), requestLike), body => { typedOrOk(parseChatRequest, body) }), { numRuns: RUNS })
  })

  it('chat: mutations of a valid request are accepted or rejected with a typed 400', () => {
    const valid = fc.record({ model: fc.string({ minLength: 1 }), messages: fc.array(fc.record({ role: fc.constantFrom('user', 'system', 'assistant', 'tool', 'developer', 'x'), content: fc.oneof(fc.string(), fc.jsonValue()) }), { minLength: 1, maxLength: 3 }) })
    fc.assert(fc.property(valid, fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }), (body, key, value) => {
      typedOrOk(parseChatRequest, { ...body, [key]: value })
    }), { numRuns: RUNS })
  })

  it('completions: accepts or rejects with a typed 400', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), requestLike), body => { typedOrOk(parseCompletionRequest, body) }), { numRuns: RUNS })
  })
})
