import { describe, expect, it } from 'vitest'
import { checkGenerationParams, decodeMessage, DIRECT_KINDS, encodeMessage, MAX_ADDRESSES, MAX_EMBED_INPUTS, MAX_QUERY_BUDGET_MS, PROTOCOL_VERSION, Role, Status, TOPICS } from '../src/index.js'

const query = { id: 'q1', origin: 'peer-a', messages: [{ role: Role.ROLE_USER, content: 'What is 2 + 2?' }], deadlineMs: 1_900_000_000_000, budgetMs: 15_000 }

describe('codec', () => {
  it('round-trips every body', () => {
    const answer = { queryId: 'q1', responder: 'peer-b', text: '4', status: Status.STATUS_OK, uncertainty: { meanLogprob: -0.1, minTokenProb: 0.8, meanEntropy: 0.2, confidence: 0.9, tokenCount: 1 } }
    const decoded = decodeMessage(encodeMessage('answer', answer, { sentAtMs: 1234 }), { topic: TOPICS.answers, now: 1234 })
    expect(decoded.kind).toBe('answer')
    expect(decoded.sentAtMs).toBe(1234)
    expect(decoded.body).toMatchObject({ queryId: 'q1', text: '4', status: Status.STATUS_OK })
    expect((decoded.body as any).uncertainty.minTokenProb).toBeCloseTo(0.8)
    const q = decodeMessage(encodeMessage('query', query), { topic: TOPICS.queries })
    expect(q.body).toMatchObject({ id: 'q1', budgetMs: 15_000 })
    const cancel = decodeMessage(encodeMessage('cancel', { queryId: 'q1', origin: 'peer-a' }), { kinds: DIRECT_KINDS })
    expect(cancel).toMatchObject({ kind: 'cancel', body: { queryId: 'q1', origin: 'peer-a' } })
    expect(decodeMessage(encodeMessage('ack', { accepted: false, reason: 'unwanted' })).body).toMatchObject({ accepted: false, reason: 'unwanted' })
  })

  it('carries embed requests on the queries topic and their results on the answers topic, checked', () => {
    const request = { id: 'e1', origin: 'peer-a', target: 'peer-b', modelId: 'm', inputs: ['one', 'two'], deadlineMs: 1_900_000_000_000, budgetMs: 5_000 }
    expect(decodeMessage(encodeMessage('embedRequest', request), { topic: TOPICS.queries }).body).toMatchObject(request)
    const result = { requestId: 'e1', responder: 'peer-b', origin: 'peer-a', modelId: 'm', status: Status.STATUS_OK, embeddings: [{ values: [0.5, -0.5] }, { values: [1, 0] }], promptTokens: 3 }
    const decoded = decodeMessage(encodeMessage('embedResult', result), { topic: TOPICS.answers }).body as any
    expect(decoded.embeddings.map((e: any) => e.values)).toEqual([[0.5, -0.5], [1, 0]])
    expect(() => decodeMessage(encodeMessage('embedRequest', request), { topic: TOPICS.answers })).toThrow(expect.objectContaining({ reason: 'wrong-topic' }))
    const invalid = (kind: any, body: any): void => {
      expect(() => decodeMessage(encodeMessage(kind, body))).toThrow(expect.objectContaining({ name: 'InvalidMessageError' }))
    }
    invalid('embedRequest', { ...request, inputs: [] })
    invalid('embedRequest', { ...request, inputs: Array.from({ length: MAX_EMBED_INPUTS + 1 }, () => 'x') })
    invalid('embedRequest', { ...request, target: '' })
    invalid('embedRequest', { ...request, deadlineMs: 0 })
    invalid('embedRequest', { ...request, budgetMs: 0 })
    invalid('embedResult', { ...result, status: Status.STATUS_UNSPECIFIED })
    invalid('embedResult', { ...result, embeddings: [{ values: [Number.NaN] }] })
  })

  it('checks the size before decoding', () => {
    const bytes = encodeMessage('leave', { reason: 'x'.repeat(2000) })
    expect(() => decodeMessage(bytes, { maxBytes: 1000 })).toThrow(expect.objectContaining({ name: 'MessageTooLargeError', reason: 'oversized' }))
    expect(decodeMessage(bytes, { maxBytes: 4000 }).kind).toBe('leave')
  })

  it('rejects bytes that do not decode, and an empty envelope', () => {
    expect(() => decodeMessage(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(expect.objectContaining({ reason: 'malformed' }))
    expect(() => decodeMessage(new Uint8Array([0x08, PROTOCOL_VERSION]))).toThrow(expect.objectContaining({ reason: 'malformed', message: expect.stringMatching(/no body/) }))
  })

  it('rejects another protocol version', () => {
    expect(() => decodeMessage(encodeMessage('leave', {}, { version: PROTOCOL_VERSION + 1 }))).toThrow(expect.objectContaining({ name: 'WrongVersionError' }))
  })

  it('rejects a body on the wrong topic, and one that may not travel on a direct stream', () => {
    expect(() => decodeMessage(encodeMessage('query', query), { topic: TOPICS.answers })).toThrow(expect.objectContaining({ reason: 'wrong-topic' }))
    expect(() => decodeMessage(encodeMessage('cancel', { queryId: 'q', origin: 'o' }), { topic: TOPICS.queries })).toThrow(expect.objectContaining({ reason: 'wrong-topic' }))
    expect(() => decodeMessage(encodeMessage('query', query), { kinds: DIRECT_KINDS })).toThrow(expect.objectContaining({ name: 'WrongKindError', reason: 'wrong-kind' }))
  })

  it('validates fields after decoding', () => {
    const invalid = (kind: any, body: any): void => {
      expect(() => decodeMessage(encodeMessage(kind, body))).toThrow(expect.objectContaining({ name: 'InvalidMessageError' }))
    }
    invalid('query', { ...query, messages: [] })
    invalid('query', { ...query, id: '' })
    invalid('query', { ...query, budgetMs: 0 })
    invalid('query', { ...query, budgetMs: MAX_QUERY_BUDGET_MS + 1 })
    invalid('cancel', { queryId: '', origin: 'o' })
    invalid('ack', { reason: 'r'.repeat(300) })
    invalid('query', { ...query, messages: [{ role: Role.ROLE_UNSPECIFIED, content: 'x' }] })
    invalid('answer', { queryId: 'q', responder: 'r', status: Status.STATUS_UNSPECIFIED })
    invalid('answer', { queryId: 'q', responder: 'r', status: Status.STATUS_OK, uncertainty: { confidence: Number.NaN } })
    invalid('capability', { modelId: '', instanceId: 'i', protocolVersion: PROTOCOL_VERSION })
    invalid('summonRequest', { summoner: 's' })
    invalid('capability', { modelId: 'm'.repeat(300), instanceId: 'i', protocolVersion: PROTOCOL_VERSION })
    const capability = { modelId: 'm', instanceId: 'i', protocolVersion: PROTOCOL_VERSION }
    invalid('capability', { ...capability, addresses: Array.from({ length: MAX_ADDRESSES + 1 }, (_, i) => `/ip4/10.0.0.${i}/tcp/4700`) })
    invalid('capability', { ...capability, addresses: [`/dns4/${'a'.repeat(300)}/tcp/4700`] })
    const addresses = Array.from({ length: MAX_ADDRESSES }, (_, i) => `/ip4/10.0.0.${i}/tcp/4700`)
    expect(decodeMessage(encodeMessage('capability', { ...capability, addresses })).body).toMatchObject({ addresses })
  })

  it('rejects a 64-bit integer past 2^53, which would not encode again as it came', () => {
    const past = 2 ** 60
    expect(() => decodeMessage(encodeMessage('query', { ...query, deadlineMs: past }))).toThrow(expect.objectContaining({ name: 'InvalidMessageError', message: expect.stringMatching(/query.deadlineMs/) }))
    expect(() => decodeMessage(encodeMessage('capability', { modelId: 'm', instanceId: 'i', protocolVersion: PROTOCOL_VERSION, parameterCount: past }))).toThrow(expect.objectContaining({ reason: 'invalid' }))
    const request = { id: 'e1', origin: 'a', target: 'b', modelId: 'm', inputs: ['x'], deadlineMs: -1, budgetMs: 5_000 }
    expect(() => decodeMessage(encodeMessage('embedRequest', request))).toThrow(expect.objectContaining({ reason: 'invalid', message: expect.stringMatching(/embedRequest.deadlineMs/) }))
    expect(decodeMessage(encodeMessage('query', { ...query, deadlineMs: Number.MAX_SAFE_INTEGER })).body).toMatchObject({ deadlineMs: Number.MAX_SAFE_INTEGER })
  })

  it('rejects a message sent too long ago or stamped too far ahead', () => {
    const now = 1_800_000_000_000
    const at = (sentAtMs: number): Uint8Array => encodeMessage('leave', { reason: 'x' }, { sentAtMs })
    expect(decodeMessage(at(now - 29_000), { now }).kind).toBe('leave')
    expect(() => decodeMessage(at(now - 31_000), { now })).toThrow(expect.objectContaining({ name: 'StaleMessageError', reason: 'stale' }))
    expect(() => decodeMessage(at(now + 31_000), { now })).toThrow(expect.objectContaining({ reason: 'stale', message: expect.stringMatching(/future/) }))
    expect(decodeMessage(at(now - 50_000), { now, maxAgeMs: 60_000 }).kind).toBe('leave')
  })

  it('rejects queries with generation parameters out of range', () => {
    const params = (p: object): Uint8Array => encodeMessage('query', { ...query, params: p })
    expect(decodeMessage(params({ maxTokens: 256, temperature: 0.7, topP: 0.9 }), { topic: TOPICS.queries }).kind).toBe('query')
    expect(() => decodeMessage(params({ maxTokens: 1 << 20 }))).toThrow(expect.objectContaining({ reason: 'invalid', message: expect.stringMatching(/max_tokens/) }))
    expect(() => decodeMessage(params({ temperature: 3 }))).toThrow(expect.objectContaining({ reason: 'invalid', message: expect.stringMatching(/temperature/) }))
    expect(() => decodeMessage(params({ topP: 1.5 }))).toThrow(expect.objectContaining({ reason: 'invalid', message: expect.stringMatching(/top_p/) }))
    expect(() => checkGenerationParams({ maxTokens: 600 }, 512)).toThrow(expect.objectContaining({ name: 'InvalidMessageError' }))
    expect(() => checkGenerationParams({ maxTokens: 500 }, 512)).not.toThrow()
  })
})
