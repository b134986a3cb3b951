import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HttpError } from '../src/api/http.js'
import { modelName, parseOllamaChat, parseOllamaEmbed, parseOllamaGenerate, parseOllamaShow } from '../src/api/ollama-schemas.js'
import { parseEmbeddingRequest } from '../src/api/schemas.js'
import { batchesOf } from '../src/p2p/embeddings.js'
import { MAX_EMBED_INPUTS } from '@swarm-llm/protocol'

function refused (parse: (body: unknown) => unknown, body: unknown): HttpError {
  try {
    parse(body)
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError)
    return err as HttpError
  }
  throw new Error('accepted')
}

describe('Ollama requests', () => {
  it('chat: options, format, tools and tool turns become the router\'s request; streaming is the default', () => {
    const parsed = parseOllamaChat({
      model: 'study-edge-a:latest',
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: '', tool_calls: [{ function: { name: 'weather', arguments: { city: 'Oslo' } } }] },
        { role: 'tool', content: '4 degrees', tool_name: 'weather' }
      ],
      tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }],
      format: { type: 'object', properties: { a: { type: 'string' } } },
      options: { temperature: 0.5, num_predict: 20, stop: ['\n'], seed: 3 },
      keep_alive: '5m'
    })
    expect(parsed).toMatchObject({ model: 'study-edge-a', stream: true, generate: { maxTokens: 20, temperature: 0.5, seed: 3, stop: ['\n'], toolChoice: 'auto', responseFormat: { type: 'json_schema' } } })
    expect(parsed.generate.messages[1].toolCalls?.[0]).toMatchObject({ name: 'weather', arguments: '{"city":"Oslo"}' })
    expect(parsed.generate.messages[2]).toMatchObject({ role: 'tool', toolCallId: 'weather' })
    expect(parseOllamaChat({ model: 'm', messages: [{ role: 'user', content: 'x' }], format: 'json', stream: false })).toMatchObject({ stream: false, generate: { responseFormat: { type: 'json_object' } } })
  })

  it('generate: a system prompt, raw prompts; num_predict -1 leaves the default', () => {
    const parsed = parseOllamaGenerate({ model: 'm', prompt: 'hi', system: 'be brief', options: { num_predict: -1 } })
    expect(parsed.generate.messages).toEqual([{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi' }])
    expect(parsed.generate.maxTokens).toBeUndefined()
    expect(parseOllamaGenerate({ model: 'm', prompt: 'one, two,', raw: true }).generate.prompt).toBe('one, two,')
  })

  it('refuses what it does not honour, naming it', () => {
    expect(refused(parseOllamaGenerate, { model: 'm', prompt: 'x', images: ['aGk='] })).toMatchObject({ status: 400, code: 'unsupported_parameter', param: 'images' })
    expect(refused(parseOllamaChat, { model: 'm', messages: [{ role: 'user', content: 'x', images: [] }] })).toMatchObject({ code: 'unsupported_parameter', param: 'messages[0].images' })
    expect(refused(parseOllamaChat, { model: 'm', messages: [{ role: 'user', content: 'x' }], options: { num_ctx: 4096 } })).toMatchObject({ code: 'unsupported_parameter', param: 'options.num_ctx' })
    expect(refused(parseOllamaGenerate, { model: 'm', prompt: 'x', template: '{{ .Prompt }}' })).toMatchObject({ param: 'template' })
    expect(refused(parseOllamaChat, { model: 'm', messages: [] })).toMatchObject({ code: 'invalid_request', param: 'messages' })
  })

  it('embed and show: one input or many, the model under its new name or its old', () => {
    expect(parseOllamaEmbed({ model: 'm:latest', input: 'x' })).toEqual({ model: 'm', inputs: ['x'] })
    expect(parseOllamaEmbed({ model: 'm', input: ['x', 'y'] }).inputs).toEqual(['x', 'y'])
    expect(refused(parseOllamaEmbed, { model: 'm', input: 'x', dimensions: 8 })).toMatchObject({ param: 'dimensions' })
    expect(parseOllamaShow({ name: 'm:latest' })).toBe('m')
    expect(parseOllamaShow({ model: 'm' })).toBe('m')
    expect(refused(parseOllamaShow, {})).toMatchObject({ param: 'model' })
    expect(modelName('m:7b')).toBe('m:7b')
  })

  it('every parser accepts or rejects random JSON with a typed 400, never anything else', () => {
    const keys = ['model', 'messages', 'prompt', 'input', 'options', 'format', 'tools', 'stream', 'system', 'raw', 'think', 'keep_alive', 'name', 'images']
    const body = fc.oneof(fc.jsonValue(), fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }))
    for (const parse of [parseOllamaChat, parseOllamaGenerate, parseOllamaEmbed, parseOllamaShow, parseEmbeddingRequest]) {
      fc.assert(fc.property(body, b => {
        try { parse(b) } catch (err) {
          expect(err).toBeInstanceOf(HttpError)
          expect((err as HttpError).status).toBe(400)
        }
      }), { numRuns: 500 })
    }
  })
})

describe('embedding batches for a peer', () => {
  it('keep the order, and hold at most MAX_EMBED_INPUTS texts and EMBED_BATCH_BYTES each', () => {
    const inputs = Array.from({ length: 19 }, (_, i) => `text ${i}`)
    const batches = batchesOf(inputs)
    expect(batches.flat()).toEqual(inputs)
    expect(batches.every(b => b.length <= MAX_EMBED_INPUTS)).toBe(true)
    const big = ['a'.repeat(100 * 1024), 'b'.repeat(100 * 1024), 'c']
    expect(batchesOf(big).map(b => b.length)).toEqual([1, 2])
  })
})
