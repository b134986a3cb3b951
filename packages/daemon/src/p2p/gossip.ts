import type { GossipSub, Message as PubSubMessage, TopicValidatorResult } from '@libp2p/gossipsub'
import { logger } from '@libp2p/logger'
import { decodeMessage, encodeMessage, ProtocolError, RateLimitedError, ReplayedMessageError, SpoofedMessageError, StaleMessageError, TOPICS } from '@swarm-llm/protocol'
import type { Message, MessageInit, MessageKind, Topic } from '@swarm-llm/protocol'
import { TypedEventEmitter } from 'main-event'
import { DEFAULT_PEER_QUERY_BURST, DEFAULT_PEER_QUERY_RATE } from '../constants.js'
import type { Counters } from '../metrics.js'
import type { Diagnostics } from './diagnostics.js'
import { PeerRateLimit } from './rate-limit.js'
import { replayIdOf, SeenMessages } from './seen-messages.js'

const log = logger('swarm-llm:gossip')

// gossipsub's TopicValidatorResult values, without loading gossipsub where no node runs
const ACCEPT = 'accept' as TopicValidatorResult
const REJECT = 'reject' as TopicValidatorResult
const IGNORE = 'ignore' as TopicValidatorResult

/** A topic's short name ("capabilities", "queries", …), a bounded metric label. */
const TOPIC_NAMES = new Map<string, string>(Object.entries(TOPICS).map(([name, topic]) => [topic, name]))

/** A validated message and the peer that signed it. */
export type Received = Message & { from: string }

export interface GossipEvents {
  message: CustomEvent<Received>
  /** A message signed with this node's own key: ours, echoed (emitSelf), or a twin's. */
  self: CustomEvent<Received>
}

export interface GossipInit {
  /** Largest accepted message, checked before decoding. */
  maxMessageBytes: number
  /** Queries and embed requests (and, in a bucket of their own, summon requests) per second accepted from one member, on average. Defaults to DEFAULT_PEER_QUERY_RATE. */
  peerQueryRate?: number
  /** How many of them one member may send at once. Defaults to DEFAULT_PEER_QUERY_BURST. */
  peerQueryBurst?: number
}

export interface GossipComponents {
  pubsub: GossipSub
  peerId: string
  counters: Counters
  diagnostics?: Diagnostics
}

/** Who a message claims to come from; it must be the key that signed it. */
function claimedSender (message: Message): string | undefined {
  switch (message.kind) {
    case 'query': return message.body.origin
    case 'answer': return message.body.responder
    case 'summonRequest': return message.body.query?.origin ?? undefined
    case 'summonResult': return message.body.summoner
    case 'verdict': return message.body.origin
    case 'embedRequest': return message.body.origin
    case 'embedResult': return message.body.responder
    default: return undefined
  }
}

/** Which rate limit a message counts against, if any: asking work of the swarm is limited per sender. */
/** The share of the peers' rate limit a node allows itself, leaving room for their buckets refilling late. */
const OWN_RATE_SHARE = 0.9

function limitOf (kind: MessageKind): 'queries' | 'summons' | undefined {
  if (kind === 'query' || kind === 'embedRequest') return 'queries'
  if (kind === 'summonRequest') return 'summons'
  return undefined
}

/**
 * The daemon's view of gossipsub: subscribes to the versioned topics, rejects messages that
 * are oversized, malformed, of another version, off-topic, spoofed, replayed (one its signer
 * sent before, see SeenMessages) or over their sender's rate limit (counted per reason in
 * `gossip_rejected`), and emits the rest as typed messages.
 *
 * A rejection is reported to gossipsub as Reject, which lowers the score of the peer that sent
 * it to us (scoring.ts), except where that peer only relayed a message that its signer may send
 * and this node refuses for a reason of its own (a rate limit is per receiver: each node's
 * buckets run on its own clock; a replay reaches us through a relay only if that relay never
 * saw the first copy): that is Ignore, dropped and counted but no fault of the relay.
 */
export class Gossip extends TypedEventEmitter<GossipEvents> {
  private readonly decoded = new WeakMap<Uint8Array, Message>()
  private readonly limits: Record<'queries' | 'summons', PeerRateLimit>
  private readonly seen = new SeenMessages()
  /** This node's own queries and summon requests, held under what its peers allow it (OWN_RATE_SHARE of their limit). */
  private readonly own: Record<'queries' | 'summons', PeerRateLimit>
  private readonly onMessage = (event: CustomEvent<PubSubMessage>): void => { this.handle(event.detail) }

  constructor (private readonly init: GossipInit, private readonly components: GossipComponents) {
    super()
    const rate = { rate: init.peerQueryRate ?? DEFAULT_PEER_QUERY_RATE, burst: init.peerQueryBurst ?? DEFAULT_PEER_QUERY_BURST }
    this.limits = { queries: new PeerRateLimit(rate), summons: new PeerRateLimit(rate) }
    const own = { rate: rate.rate * OWN_RATE_SHARE, burst: Math.max(1, Math.floor(rate.burst * OWN_RATE_SHARE)) }
    this.own = { queries: new PeerRateLimit(own), summons: new PeerRateLimit(own) }
  }

  start (): void {
    const { pubsub } = this.components
    for (const topic of Object.values(TOPICS)) {
      pubsub.topicValidators.set(topic, (peer, message) => this.validate(topic, message, peer.toString()))
      pubsub.subscribe(topic)
    }
    pubsub.addEventListener('message', this.onMessage)
  }

  stop (): void {
    const { pubsub } = this.components
    pubsub.removeEventListener('message', this.onMessage)
    for (const topic of Object.values(TOPICS)) {
      pubsub.topicValidators.delete(topic)
      pubsub.unsubscribe(topic)
    }
  }

  /**
   * Publishes one message; resolves to the number of peers it was sent to. A query, embed
   * request or summon request over this node's own share of the peers' rate limit is not sent
   * (RateLimitedError, counted as gossip_throttled): a busy coordinator holds itself back
   * rather than have every peer reject it and lower its score until it is graylisted.
   */
  async publish<K extends MessageKind> (topic: Topic, kind: K, body: MessageInit[K]): Promise<number> {
    const limit = limitOf(kind)
    if (limit != null && !this.own[limit].take('self')) {
      this.components.counters.increment('gossip_throttled', kind)
      throw new RateLimitedError(`this node is sending more ${limit} than ${OWN_RATE_SHARE * 100}% of the ${this.init.peerQueryRate ?? DEFAULT_PEER_QUERY_RATE} a second its peers take from one member`)
    }
    const result = await this.components.pubsub.publish(topic, encodeMessage(kind, body))
    this.components.counters.increment('gossip_published', kind)
    return result.recipients.length
  }

  /** Checks one message from `source` (the peer that sent it to us: its signer, or a relay). */
  private validate (topic: Topic, message: PubSubMessage, source: string): TopicValidatorResult {
    const signer = message.type === 'signed' ? message.from.toString() : undefined
    try {
      const decoded = decodeMessage(message.data, { maxBytes: this.init.maxMessageBytes, topic })
      const claimed = claimedSender(decoded)
      if (signer == null) throw new SpoofedMessageError('message is not signed')
      if (claimed != null && claimed !== signer) {
        throw new SpoofedMessageError(`${decoded.kind} claims ${claimed} but is signed by ${signer}`)
      }
      const key = this.seen.keyOf(signer, decoded)
      if (key != null && this.seen.has(key)) throw new ReplayedMessageError(`${signer} sent ${decoded.kind} ${replayIdOf(decoded)} before`)
      const limit = limitOf(decoded.kind)
      if (limit != null && !this.limits[limit].take(signer)) {
        throw new RateLimitedError(`${signer} sent more ${limit} than ${this.init.peerQueryRate ?? DEFAULT_PEER_QUERY_RATE} a second (bursts of ${this.init.peerQueryBurst ?? DEFAULT_PEER_QUERY_BURST})`)
      }
      // remembered only once accepted: a copy refused for its rate may come again
      if (key != null) this.seen.add(key, decoded.sentAtMs)
      this.decoded.set(message.data, decoded)
      return ACCEPT
    } catch (err) {
      const reason = err instanceof ProtocolError ? err.reason : 'malformed'
      this.components.counters.increment('gossip_rejected', reason)
      if (err instanceof StaleMessageError && signer != null) this.components.diagnostics?.staleMessage(signer, err.ageMs)
      log('rejected a message on %s from %s (via %s): %s', topic, signer ?? '?', source, (err as Error).message)
      return (err instanceof RateLimitedError || err instanceof ReplayedMessageError) && source !== signer ? IGNORE : REJECT
    }
  }

  private handle (message: PubSubMessage): void {
    if (message.type !== 'signed') return
    const from = message.from.toString()
    let decoded = this.decoded.get(message.data)
    if (decoded == null) {
      // Messages from ourselves (emitSelf) skip validation; decode them here.
      try {
        decoded = decodeMessage(message.data, { maxBytes: this.init.maxMessageBytes, topic: message.topic as Topic })
      } catch {
        return
      }
    }
    const received = { ...decoded, from } as Received
    if (from === this.components.peerId) {
      this.safeDispatchEvent('self', { detail: received })
      return
    }
    this.components.counters.increment('gossip_received', decoded.kind)
    // relayed messages keep their origin's send time: this is the delay across every hop
    const delaySeconds = Math.max(0, Date.now() - decoded.sentAtMs) / 1000
    this.components.counters.gossipDelivery.observe({ topic: TOPIC_NAMES.get(message.topic) ?? 'other' }, delaySeconds)
    this.safeDispatchEvent('message', { detail: received })
  }
}
