import { describe, expect, it } from 'vitest'
import { StopFilter } from '../src/inference/stop.js'
import { getLlama, LlamaLogLevel } from 'node-llama-cpp'
import { boundNumbers, canonicalJson, readToolReply, toGrammarSchema, toolReplySchema } from '../src/inference/structured.js'
import { ballotKey, comparisonOf, tally } from '../src/routing/aggregate.js'

describe('StopFilter', () => {
  it('cuts at the first stop string and never releases part of one', () => {
    const out: string[] = []
    const filter = new StopFilter(['END', '\n\n'], p => out.push(p))
    for (const piece of ['one E', 'N', 'x two E', 'ND three']) filter.push(piece)
    filter.end()
    expect(out.join('')).toBe('one ENx two ')
    expect(out.every(p => !p.endsWith('E'))).toBe(true)
    expect(filter.stopped).toBe(true)
  })

  it('releases what it held when the stream ends', () => {
    const filter = new StopFilter(['END'], () => {})
    filter.push('abcE')
    expect(filter.text).toBe('abc')
    filter.end()
    expect(filter.text).toBe('abcE')
  })
})

describe('toGrammarSchema', () => {
  it('turns anyOf into oneOf and definitions into $defs, and drops annotations', () => {
    const schema = toGrammarSchema({ $schema: 'x', title: 't', type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] }, b: { $ref: '#/definitions/B' } }, definitions: { B: { type: 'integer' } } })
    expect(schema).toEqual({ type: 'object', properties: { a: { oneOf: [{ type: 'string', maxLength: 48 }, { type: 'null' }] }, b: { $ref: '#/$defs/B' } }, $defs: { B: { type: 'integer' } } })
  })

  it('refuses keywords it cannot enforce, naming them', () => {
    expect(() => toGrammarSchema({ type: 'string', pattern: '^a' })).toThrow(/pattern/)
    expect(() => toGrammarSchema({ type: 'object', properties: { n: { type: 'number', minimum: 3 } } })).toThrow(/minimum.*#\/properties\/n/)
    expect(() => toGrammarSchema({ type: 'string', format: 'email' })).toThrow(/email/)
  })
})

describe('numbers in the grammar', () => {
  it('drop the integer bounds the grammar keeps anyway (zod .int()), and refuse tighter ones', () => {
    expect(toGrammarSchema({ type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 })).toEqual({ type: 'integer' })
    expect(() => toGrammarSchema({ type: 'integer', minimum: 0 })).toThrow(/minimum/)
    expect(() => toGrammarSchema({ type: 'number', maximum: 9007199254740991 })).toThrow(/maximum/)
  })

  it('bound node-llama-cpp\'s number rules: no exponent in an integer, at most 15 digits, a fraction\'s exponent at most 2', async () => {
    const llama = await getLlama({ gpu: false, build: 'never', logLevel: LlamaLogLevel.error })
    const json = await llama.createGrammarForJsonSchema({ type: 'object', properties: { n: { type: 'integer' }, x: { type: 'number' } }, required: ['n', 'x'] } as any)
    const bounded = boundNumbers(json.grammar)
    const integerRule = bounded.match(/^integer-number-rule ::= (.*)$/m)?.[1]
    const fractionRule = bounded.match(/^fractional-number-rule ::= (.*)$/m)?.[1]
    expect(integerRule).toBe('"-"? ("0" | [1-9] [0-9]{0,14})')
    expect(fractionRule).toMatch(/\[eE\] \[-\+\]\? \[0-9\]\{1,2\}\)\?$/)
    // the bounded text is still a grammar llama.cpp accepts
    await expect(llama.createGrammar({ grammar: bounded })).resolves.toBeDefined()
  })
})

describe('tool replies', () => {
  const tools = [{ name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }, { name: 'time' }]

  it('requires the named function, any function, or lets the model answer in text', () => {
    expect(toolReplySchema(tools, { name: 'time' })?.properties.name).toEqual({ const: 'time' })
    expect(toolReplySchema(tools, 'required')?.oneOf).toHaveLength(2)
    expect(toolReplySchema(tools, 'auto')?.oneOf).toHaveLength(3)
    expect(toolReplySchema(tools, 'none')).toBeUndefined()
  })

  it('reads a call or a text answer', () => {
    expect(readToolReply('{"name":"weather","arguments":{"city":"Oslo"}}', () => 'c')).toEqual({ text: '', toolCalls: [{ id: 'c', name: 'weather', arguments: '{"city":"Oslo"}' }] })
    expect(readToolReply('{"content":"hi"}', () => 'c')).toEqual({ text: 'hi' })
  })
})

describe('canonical comparison', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 2 }], a: null })).toBe('{"a":null,"b":[{"x":2,"y":1}]}')
  })

  it('counts JSON answers with the same content as one, whatever their key order', () => {
    const counted = tally([
      { node: 'a', model: 'm', text: '{"x":1,"y":[2]}', confidence: 0.5 },
      { node: 'b', model: 'm', text: '{ "y": [2], "x": 1 }', confidence: 0.5 },
      { node: 'c', model: 'm', text: '{"x":2}', confidence: 0.9 }
    ], { maxVoteWeight: 1, comparison: 'json' })
    expect(counted.key).toBe('{"x":1,"y":[2]}')
  })

  it('compares tool calls by name and canonical arguments', () => {
    const a = ballotKey({ text: '', toolCalls: [{ id: '1', name: 'f', arguments: '{"a":1,"b":2}' }] }, 'tool-call')
    const b = ballotKey({ text: '', toolCalls: [{ id: '2', name: 'f', arguments: '{"b":2,"a":1}' }] }, 'tool-call')
    const c = ballotKey({ text: '', toolCalls: [{ id: '3', name: 'g', arguments: '{"a":1,"b":2}' }] }, 'tool-call')
    expect(a).toBe(b)
    expect(a).not.toBe(c)
    expect(comparisonOf({ tools: [{ name: 'f' }] })).toBe('tool-call')
    expect(comparisonOf({ responseFormat: { type: 'json_object' } })).toBe('json')
    expect(comparisonOf({})).toBe('text')
  })
})
