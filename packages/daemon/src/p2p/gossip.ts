import type { GossipSub, Message as PubSubMessage, TopicValidatorResult } from '@libp2p/gossipsub'
import { logger } from '@libp2p/logger'
import { decodeMessage, encodeMessage, ProtocolError, SpoofedMessageError, StaleMessageError, TOPICS } from '@swarm-llm/protocol'
import type { Message, MessageInit, MessageKind, Topic } from '@swarm-llm/protocol'
import { TypedEventEmitter } from 'main-event'
import type { Counters } from '../metrics.js'
import type { Diagnostics } from './diagnostics.js'

const log = logger('swarm-llm:gossip')

// gossipsub's TopicValidatorResult values, without loading gossipsub where no node runs
const ACCEPT = 'accept' as TopicValidatorResult
const REJECT = 'reject' as TopicValidatorResult

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

/**
 * The daemon's view of gossipsub: subscribes to the versioned topics, rejects messages that
 * are oversized, malformed, of another version, off-topic or spoofed (counted per reason in
 * `gossip_rejected`), and emits the rest as typed messages.
 */
export class Gossip extends TypedEventEmitter<GossipEvents> {
  private readonly decoded = new WeakMap<Uint8Array, Message>()
  private readonly onMessage = (event: CustomEvent<PubSubMessage>): void => { this.handle(event.detail) }

  constructor (private readonly init: GossipInit, private readonly components: GossipComponents) {
    super()
  }

  start (): void {
    const { pubsub } = this.components
    for (const topic of Object.values(TOPICS)) {
      pubsub.topicValidators.set(topic, (_peer, message) => this.validate(topic, message))
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

  /** Publishes one message; resolves to the number of peers it was sent to. */
  async publish<K extends MessageKind> (topic: Topic, kind: K, body: MessageInit[K]): Promise<number> {
    const result = await this.components.pubsub.publish(topic, encodeMessage(kind, body))
    this.components.counters.increment('gossip_published', kind)
    return result.recipients.length
  }

  private validate (topic: Topic, message: PubSubMessage): TopicValidatorResult {
    try {
      const decoded = decodeMessage(message.data, { maxBytes: this.init.maxMessageBytes, topic })
      const claimed = claimedSender(decoded)
      if (message.type !== 'signed') throw new SpoofedMessageError('message is not signed')
      if (claimed != null && claimed !== message.from.toString()) {
        throw new SpoofedMessageError(`${decoded.kind} claims ${claimed} but is signed by ${message.from.toString()}`)
      }
      this.decoded.set(message.data, decoded)
      return ACCEPT
    } catch (err) {
      const reason = err instanceof ProtocolError ? err.reason : 'malformed'
      this.components.counters.increment('gossip_rejected', reason)
      if (err instanceof StaleMessageError && message.type === 'signed') this.components.diagnostics?.staleMessage(message.from.toString(), err.ageMs)
      log('rejected a message on %s from %s: %s', topic, message.type === 'signed' ? message.from.toString() : '?', (err as Error).message)
      return REJECT
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
