import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { decodeMessage, encodeMessage, Role, Status, TOPICS } from '@swarm-llm/protocol'
import type { MessageInit, MessageKind, Topic } from '@swarm-llm/protocol'
import { describe, expect, it } from 'vitest'
import { Counters } from '../src/metrics.js'
import { Gossip } from '../src/p2p/gossip.js'
import { replayIdOf, SeenMessages } from '../src/p2p/seen-messages.js'

const NOW = 1_800_000_000_000
const query = { id: 'q1', origin: 'rogue', messages: [{ role: Role.ROLE_USER, content: 'hi' }], deadlineMs: NOW + 5000, budgetMs: 5000 }

describe('seen messages', () => {
  it('keys a message by signer, kind and id; announcements have none', () => {
    const seen = new SeenMessages()
    const message = decodeMessage(encodeMessage('query', query, { sentAtMs: NOW }), { now: NOW })
    expect(replayIdOf(message)).toBe('q1')
    expect(seen.keyOf('rogue', message)).not.toBe(seen.keyOf('honest', message))
    const answer = decodeMessage(encodeMessage('answer', { queryId: 'q1', responder: 'rogue', status: Status.STATUS_OK }, { sentAtMs: NOW }), { now: NOW })
    expect(seen.keyOf('rogue', answer)).not.toBe(seen.keyOf('rogue', message))
    const summon = decodeMessage(encodeMessage('summonRequest', { query, summoner: 's' }, { sentAtMs: NOW }), { now: NOW })
    expect(replayIdOf(summon)).toBe('q1')
    expect(seen.keyOf('rogue', decodeMessage(encodeMessage('leave', {}, { sentAtMs: NOW }), { now: NOW }))).toBeUndefined()
  })

  it('remembers a message until its send time leaves the freshness window, whichever clock is ahead', () => {
    const seen = new SeenMessages({ maxAgeMs: 30_000 })
    seen.add('a', NOW, NOW)
    expect(seen.has('a', NOW + 30_000)).toBe(true)
    expect(seen.has('a', NOW + 30_001)).toBe(false)
    // stamped 20 s ahead of this clock: the codec takes it until 50 s from now, and so does this
    seen.add('ahead', NOW + 20_000, NOW)
    expect(seen.has('ahead', NOW + 49_000)).toBe(true)
    expect(seen.has('never', NOW)).toBe(false)
  })

  it('stays bounded: expired entries go first, then the oldest', () => {
    const seen = new SeenMessages({ maxAgeMs: 1000, maxEntries: 3 })
    seen.add('old', NOW, NOW)
    seen.add('b', NOW + 5000, NOW + 5000)
    expect(seen.size).toBe(1)
    seen.add('c', NOW + 5000, NOW + 5000)
    seen.add('d', NOW + 5000, NOW + 5000)
    seen.add('e', NOW + 5000, NOW + 5000)
    expect(seen.size).toBe(3)
    expect(seen.has('b', NOW + 5000)).toBe(false)
    expect(['c', 'd', 'e'].every(k => seen.has(k, NOW + 5000))).toBe(true)
  })
})

type Validator = (peer: { toString: () => string }, message: unknown) => unknown

/** The slice of gossipsub the validator uses: topic validators, subscriptions, the message event. */
function pubsubStub (): { pubsub: any, validators: Map<string, Validator> } {
  const validators = new Map<string, Validator>()
  const pubsub = { topicValidators: validators, subscribe: () => {}, unsubscribe: () => {}, addEventListener: () => {}, removeEventListener: () => {} }
  return { pubsub, validators }
}

describe('gossip validation of replays', async () => {
  const key = await generateKeyPair('Ed25519')
  const rogue = peerIdFromPrivateKey(key)
  const relay = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
  let seqno = 0n

  /** A gossipsub message signed by the rogue: each publish gets a new sequence number, as gossipsub gives it. */
  function signed (topic: Topic, data: Uint8Array): unknown {
    return { type: 'signed', from: rogue, topic, data, sequenceNumber: ++seqno, signature: new Uint8Array(64), key: key.publicKey }
  }

  function setUp (): { counters: Counters, validate: (topic: Topic, data: Uint8Array, from?: { toString: () => string }) => unknown } {
    const { pubsub, validators } = pubsubStub()
    const counters = new Counters()
    new Gossip({ maxMessageBytes: 256 * 1024 }, { pubsub, peerId: 'me', counters }).start()
    return { counters, validate: (topic, data, from = rogue) => validators.get(topic)!(from, signed(topic, data)) }
  }

  it('rejects a query, an answer and a summon request sent again under a new sequence number, counted as replayed', async () => {
    const { counters, validate } = setUp()
    const me = rogue.toString()
    const bodies: Array<[Topic, MessageKind, MessageInit[MessageKind]]> = [
      [TOPICS.queries, 'query', { ...query, origin: me, deadlineMs: Date.now() + 5000 }],
      [TOPICS.answers, 'answer', { queryId: 'q1', responder: me, origin: 'me', status: Status.STATUS_OK, text: '4' }],
      [TOPICS.summon, 'summonRequest', { query: { ...query, id: 'q2', origin: me }, summoner: 'me' }]
    ]
    for (const [topic, kind, body] of bodies) {
      const bytes = encodeMessage(kind, body as never)
      expect(validate(topic, bytes)).toBe('accept')
      expect(validate(topic, bytes)).toBe('reject')
      // re-encoded with a fresh send time it is the same message all the same
      expect(validate(topic, encodeMessage(kind, body as never, { sentAtMs: Date.now() + 1 }))).toBe('reject')
    }
    expect(await counters.get('gossip_rejected', 'replayed')).toBe(6)
    // another query id from the same signer is a new message
    expect(validate(TOPICS.queries, encodeMessage('query', { ...query, id: 'q3', origin: me, deadlineMs: Date.now() + 5000 }))).toBe('accept')
  })

  it('ignores a replay that only came through a relay, without blaming the relay', async () => {
    const { counters, validate } = setUp()
    const bytes = encodeMessage('query', { ...query, origin: rogue.toString() })
    expect(validate(TOPICS.queries, bytes)).toBe('accept')
    expect(validate(TOPICS.queries, bytes, relay)).toBe('ignore')
    expect(await counters.get('gossip_rejected', 'replayed')).toBe(1)
  })

  it('remembers only what it accepted: a query refused for its rate may come again', async () => {
    const { pubsub, validators } = pubsubStub()
    const counters = new Counters()
    new Gossip({ maxMessageBytes: 256 * 1024, peerQueryRate: 0.001, peerQueryBurst: 1 }, { pubsub, peerId: 'me', counters }).start()
    const validate = (data: Uint8Array): unknown => validators.get(TOPICS.queries)!(rogue, signed(TOPICS.queries, data))
    expect(validate(encodeMessage('query', { ...query, id: 'first', origin: rogue.toString() }))).toBe('accept')
    const second = encodeMessage('query', { ...query, id: 'second', origin: rogue.toString() })
    expect(validate(second)).toBe('reject')
    expect(validate(second)).toBe('reject')
    expect(await counters.toJSON()).toMatchObject({ gossip_rejected: { 'rate-limited': 2 } })
    expect(await counters.get('gossip_rejected', 'replayed')).toBe(0)
  })
})
