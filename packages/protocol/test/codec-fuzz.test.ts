import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeMessage, DIRECT_KINDS, encodeMessage, MAX_ADDRESSES, MAX_EMBED_INPUTS, MAX_QUERY_BUDGET_MS, MAX_QUERY_TOKENS, PROTOCOL_VERSION, ProtocolError, TOPIC_KINDS, TOPICS } from '../src/index.js'
import type { DecodeOptions, MessageInit, MessageKind, RejectReason } from '../src/index.js'

/** Runs per property: bounded so the whole file stays well under ten seconds. */
const RUNS = 1000

/** The send time of every generated envelope, and the receiver's clock, so freshness passes unless a mutation moves it. */
const NOW = 1_800_000_000_000

/** What the codec itself may reject with; the rest (spoofed, rate-limited) belong to gossip. */
const CODEC_REASONS: readonly RejectReason[] = ['oversized', 'malformed', 'wrong-version', 'invalid', 'wrong-topic', 'wrong-kind', 'stale']

/** Cases fed to the decoder, per property, printed at the end so the figure can be quoted. */
const cases = new Map<string, number>()
/** How decoded cases ended: accepted, or the reason of their rejection. */
const outcomes = new Map<string, number>()
const started = performance.now()

afterAll(() => {
  const total = [...cases.values()].reduce((a, b) => a + b, 0)
  console.log(`codec fuzz: ${total} cases in ${Math.round(performance.now() - started)} ms (${[...cases].map(([name, n]) => `${name} ${n}`).join(', ')}); outcomes: ${[...outcomes].map(([outcome, n]) => `${outcome} ${n}`).join(', ')}`)
})

function count (name: string, tally = cases): void {
  tally.set(name, (tally.get(name) ?? 0) + 1)
}

// ---- valid bodies of every kind, within the codec's limits ----

const id = fc.string({ minLength: 1, maxLength: 24 })
const text = fc.string({ unit: 'grapheme', maxLength: 40 })
const uint32 = fc.integer({ min: 0, max: 0xffff_ffff })
const float = fc.float({ noNaN: true, noDefaultInfinity: true })
const role = fc.integer({ min: 1, max: 4 })
const status = fc.integer({ min: 1, max: 8 })

const params = fc.record({
  maxTokens: fc.integer({ min: 0, max: MAX_QUERY_TOKENS }),
  temperature: fc.float({ min: 0, max: 2, noNaN: true }),
  topP: fc.float({ min: 0, max: 1, noNaN: true }),
  seed: uint32,
  stop: fc.array(text, { maxLength: 3 }),
  prompt: text,
  hasPrompt: fc.boolean()
}, { requiredKeys: [] })

const query = fc.record({
  id,
  origin: id,
  messages: fc.array(fc.record({ role, content: text }), { minLength: 1, maxLength: 4 }),
  params,
  deadlineMs: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  lanOnly: fc.boolean(),
  targets: fc.array(id, { maxLength: 3 }),
  budgetMs: fc.integer({ min: 1, max: MAX_QUERY_BUDGET_MS })
}, { requiredKeys: ['id', 'origin', 'messages', 'budgetMs'] })

const answer = fc.record({
  queryId: id,
  responder: id,
  text,
  uncertainty: fc.record({ meanLogprob: float, minTokenProb: float, meanEntropy: float, confidence: float, tokenCount: uint32 }),
  modelId: id,
  timings: fc.record({ queueMs: uint32, totalMs: uint32, completionTokens: uint32 }, { requiredKeys: [] }),
  status,
  error: text,
  origin: id,
  finishReason: fc.constantFrom('stop', 'length', 'tool_calls', '')
}, { requiredKeys: ['queryId', 'responder', 'status'] })

const bodies: { [K in MessageKind]: fc.Arbitrary<MessageInit[K]> } = {
  capability: fc.record({
    modelId: id,
    modelFamily: id,
    parameterCount: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    contextLength: uint32,
    tokensPerSecond: float,
    queueDepth: uint32,
    canSummon: fc.boolean(),
    protocolVersion: fc.constant(PROTOCOL_VERSION),
    instanceId: id,
    addresses: fc.array(id, { maxLength: MAX_ADDRESSES })
  }, { requiredKeys: ['modelId', 'instanceId', 'protocolVersion'] }),
  query,
  answer,
  summonRequest: fc.record({ query, summoner: id }),
  summonResult: fc.record({ queryId: id, summoner: id, answer, budgetLeft: fc.integer({ min: -1, max: 0x7fff_ffff }), origin: id }, { requiredKeys: ['queryId', 'summoner', 'answer'] }),
  leave: fc.record({ reason: text }, { requiredKeys: [] }),
  verdict: fc.record({ queryId: id, origin: id, judgements: fc.array(fc.record({ responder: id, correct: fc.boolean() }), { maxLength: 5 }) }),
  embedRequest: fc.record({
    id,
    origin: id,
    target: id,
    modelId: id,
    inputs: fc.array(text, { minLength: 1, maxLength: MAX_EMBED_INPUTS }),
    deadlineMs: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    budgetMs: fc.integer({ min: 1, max: MAX_QUERY_BUDGET_MS })
  }),
  embedResult: fc.record({
    requestId: id,
    responder: id,
    origin: id,
    modelId: id,
    embeddings: fc.array(fc.record({ values: fc.array(float, { maxLength: 6 }) }), { maxLength: MAX_EMBED_INPUTS }),
    promptTokens: uint32,
    status,
    error: text
  }, { requiredKeys: ['requestId', 'responder', 'status'] }),
  cancel: fc.record({ queryId: id, origin: id }),
  ack: fc.record({ accepted: fc.boolean(), reason: fc.string({ maxLength: 40 }) }, { requiredKeys: [] })
}

const KINDS = Object.keys(bodies) as MessageKind[]

/** One valid body of any kind, not yet encoded. */
const validBody = fc.constantFrom(...KINDS).chain(kind =>
  (bodies[kind] as fc.Arbitrary<Record<string, unknown>>).map(body => ({ kind, body }))
)

/** One valid envelope of any kind, encoded. */
const validMessage = fc.constantFrom(...KINDS).chain(kind =>
  (bodies[kind] as fc.Arbitrary<MessageInit[MessageKind]>).map(body => ({ kind, bytes: encodeMessage(kind, body as never, { sentAtMs: NOW }) }))
)

/** The ways a receiver may be told to decode: any topic, direct-stream kinds, or no restriction. */
const decodeOptions: fc.Arbitrary<DecodeOptions> = fc.oneof(
  fc.constant({ now: NOW }),
  fc.constantFrom(...Object.values(TOPICS)).map(topic => ({ topic, now: NOW })),
  fc.constant({ kinds: DIRECT_KINDS, now: NOW })
)

// ---- hostile bytes ----

/** Protobuf-shaped noise: fields with any number and wire type, length-delimited ones nesting more of the same. */
const { fields } = fc.letrec<{ fields: Uint8Array, field: Uint8Array }>(tie => ({
  fields: fc.array(tie('field'), { maxLength: 6 }).map(parts => concat(...parts)),
  field: fc.record({
    number: fc.oneof(fc.integer({ min: 1, max: 45 }), fc.integer({ min: 1, max: 0x1fff_ffff })),
    value: fc.oneof(
      { depthSize: 'small' },
      fc.record({ wire: fc.constant(0), payload: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }) }),
      fc.record({ wire: fc.constantFrom(1, 5), payload: fc.uint8Array({ minLength: 8, maxLength: 8 }) }),
      fc.record({ wire: fc.constant(2), payload: fc.oneof(fc.uint8Array({ maxLength: 24 }), tie('fields') as fc.Arbitrary<Uint8Array>) }),
      fc.record({ wire: fc.constantFrom(3, 4, 6, 7), payload: fc.constant(new Uint8Array()) })
    )
  }).map(({ number, value }) => rawField(number, value.wire, value.payload))
}))

function rawField (number: number, wire: number, payload: bigint | Uint8Array): Uint8Array {
  const tag = varint(BigInt(((number << 3) | wire) >>> 0))
  if (typeof payload === 'bigint') return concat(tag, varint(payload))
  if (wire === 2) return concat(tag, varint(BigInt(payload.byteLength)), payload)
  if (wire === 1) return concat(tag, payload)
  if (wire === 5) return concat(tag, payload.subarray(0, 4))
  return tag
}

function varint (value: bigint): Uint8Array {
  const out: number[] = []
  do {
    out.push(Number(value & 0x7fn) | (value > 0x7fn ? 0x80 : 0))
    value >>= 7n
  } while (value > 0n)
  return Uint8Array.from(out)
}

function concat (...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}

/** Where in a buffer of `length` bytes a fraction falls. */
function at (fraction: number, length: number): number {
  return Math.min(length, Math.floor(fraction * (length + 1)))
}

const position = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })

type Mutation =
  | { op: 'flip', flips: Array<{ where: number, bit: number }> }
  | { op: 'truncate', where: number }
  | { op: 'extend', tail: Uint8Array }
  | { op: 'splice', from: Uint8Array, start: number, end: number, where: number, replace: boolean }
  | { op: 'merge', other: Uint8Array }
  | { op: 'duplicate', start: number, end: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), flips: fc.array(fc.record({ where: position, bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ op: fc.constant('truncate' as const), where: position }),
  fc.record({ op: fc.constant('extend' as const), tail: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 32 }), fields) }),
  fc.record({ op: fc.constant('splice' as const), from: validMessage.map(m => m.bytes), start: position, end: position, where: position, replace: fc.boolean() }),
  // two envelopes back to back: protobuf merges them, and the last body set wins the oneof
  fc.record({ op: fc.constant('merge' as const), other: validMessage.map(m => m.bytes) }),
  fc.record({ op: fc.constant('duplicate' as const), start: position, end: position })
)

function mutate (bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.op) {
    case 'flip': {
      const out = bytes.slice()
      for (const { where, bit } of m.flips) if (out.length > 0) out[Math.floor(where * out.length)] ^= 1 << bit
      return out
    }
    case 'truncate':
      return bytes.subarray(0, Math.floor(m.where * bytes.length))
    case 'extend':
      return concat(bytes, m.tail)
    case 'splice': {
      const [a, b] = [at(m.start, m.from.length), at(m.end, m.from.length)].sort((x, y) => x - y)
      const where = at(m.where, bytes.length)
      const rest = m.replace ? Math.min(bytes.length, where + (b - a)) : where
      return concat(bytes.subarray(0, where), m.from.subarray(a, b), bytes.subarray(rest))
    }
    case 'merge':
      return concat(bytes, m.other)
    case 'duplicate': {
      const [a, b] = [at(m.start, bytes.length), at(m.end, bytes.length)].sort((x, y) => x - y)
      return concat(bytes.subarray(0, b), bytes.subarray(a, b), bytes.subarray(b))
    }
  }
}

/** Values at and past the edges of what each field type may hold. */
const EDGES = {
  string: ['', 'x'.repeat(300), '\u0000', '\ud800'],
  number: [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 32, 2 ** 53, -(2 ** 31) - 1, MAX_QUERY_BUDGET_MS + 1, MAX_QUERY_TOKENS + 1],
  boolean: [true, false]
} as const

/**
 * A valid body with one field (or the send time) set to an edge value, so that the checks after
 * decoding, not only protobuf's, meet it. Nested queries and answers are reached too.
 */
const tampered = fc.record({
  message: validBody,
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  edge: fc.nat(),
  sentAtMs: fc.oneof({ arbitrary: fc.constant(NOW), weight: 6 }, fc.constantFrom(NOW - 31_000, NOW + 31_000, 0))
}).map(({ message, path, edge, sentAtMs }) => {
  const body = structuredClone(message.body)
  let target: Record<string, unknown> = body
  for (const step of path) {
    const keys = Object.keys(target)
    if (keys.length === 0) break
    const key = keys[step % keys.length]
    const value = target[key]
    if (Array.isArray(value)) {
      if (value.length > 0 && typeof value[0] === 'object') { target = value[step % value.length]; continue }
      target[key] = edge % 3 === 0 ? [] : Array.from({ length: 300 }, () => value[0] ?? '')
      break
    }
    if (value != null && typeof value === 'object') { target = value as Record<string, unknown>; continue }
    const edges: readonly unknown[] = EDGES[typeof value as keyof typeof EDGES] ?? EDGES.number
    target[key] = edges[edge % edges.length]
    break
  }
  return { kind: message.kind, body, sentAtMs }
})

/**
 * Decodes as a receiver would. An accepted message must be one of the kinds the options allow
 * and must encode and decode again; a rejection must be a ProtocolError subclass with its own name and a
 * reason the codec gives. Anything else (a TypeError, a RangeError) fails the property.
 */
function decodeOrTypedReject (bytes: Uint8Array, options: DecodeOptions): void {
  let message
  try {
    message = decodeMessage(bytes, options)
  } catch (err) {
    expect(err).toBeInstanceOf(ProtocolError)
    const error = err as ProtocolError
    expect(error.name).toBe(error.constructor.name)
    expect(error.name).not.toBe('ProtocolError')
    expect(CODEC_REASONS).toContain(error.reason)
    count(error.reason, outcomes)
    return
  }
  count('accepted', outcomes)
  if (options.topic != null) expect(TOPIC_KINDS[options.topic]).toContain(message.kind)
  if (options.kinds != null) expect(options.kinds).toContain(message.kind)
  // what was accepted once is accepted again: a relay re-encoding it passes the same checks
  const again = decodeMessage(encodeMessage(message.kind, message.body as never, { sentAtMs: message.sentAtMs }), options)
  expect(again.kind).toBe(message.kind)
}

describe('codec on hostile bytes', () => {
  it('random bytes are decoded or rejected with a typed error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), decodeOptions, (bytes, options) => {
      count('random bytes')
      decodeOrTypedReject(bytes, options)
    }), { numRuns: RUNS })
  })

  it('protobuf-shaped noise (any field number, any wire type, nested) is decoded or rejected with a typed error', () => {
    fc.assert(fc.property(fields, decodeOptions, (bytes, options) => {
      count('protobuf noise')
      decodeOrTypedReject(bytes, options)
    }), { numRuns: RUNS })
  })

  it('valid messages of every kind survive a round trip byte for byte', () => {
    fc.assert(fc.property(validMessage, ({ kind, bytes }) => {
      count('round trip')
      const message = decodeMessage(bytes, { now: NOW })
      expect(message.kind).toBe(kind)
      expect(message.sentAtMs).toBe(NOW)
      expect(encodeMessage(kind, message.body as never, { sentAtMs: NOW })).toEqual(bytes)
      const topic = Object.values(TOPICS).find(t => TOPIC_KINDS[t].includes(kind))
      if (topic != null) expect(decodeMessage(bytes, { topic, now: NOW }).kind).toBe(kind)
    }), { numRuns: RUNS })
  })

  it('valid messages flipped, truncated, extended, spliced or merged are decoded or rejected with a typed error', () => {
    fc.assert(fc.property(validMessage, mutation, decodeOptions, ({ bytes }, m, options) => {
      count('mutated')
      decodeOrTypedReject(mutate(bytes, m), options)
    }), { numRuns: RUNS * 2 })
  })

  it('valid messages with a field set past its limits are decoded or rejected with a typed error', () => {
    fc.assert(fc.property(tampered, ({ kind, body, sentAtMs }) => {
      count('tampered')
      let bytes: Uint8Array
      try {
        bytes = encodeMessage(kind, body as never, { sentAtMs })
      } catch {
        // an edge the encoder itself refuses never reaches the wire
        count('unencodable', outcomes)
        return
      }
      decodeOrTypedReject(bytes, { now: NOW })
    }), { numRuns: RUNS })
  })

  it('a message over the size limit is rejected before decoding, whatever its bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 65, maxLength: 200 }), bytes => {
      count('oversized')
      expect(() => decodeMessage(bytes, { maxBytes: 64 })).toThrow(expect.objectContaining({ name: 'MessageTooLargeError', reason: 'oversized' }))
    }), { numRuns: RUNS / 5 })
  })

  it('ran every case it was asked to', () => {
    expect(cases.get('random bytes')).toBe(RUNS)
    expect(cases.get('mutated')).toBe(RUNS * 2)
  })
})
