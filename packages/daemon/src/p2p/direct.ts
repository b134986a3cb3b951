import type { Connection, Stream } from '@libp2p/interface'
import { logger } from '@libp2p/logger'
import { peerIdFromString } from '@libp2p/peer-id'
import { lpStream } from '@libp2p/utils'
import { multiaddr } from '@multiformats/multiaddr'
import { decodeMessage, DIRECT_KINDS, encodeMessage, PROTOCOL_IDS, ProtocolError, ReplayedMessageError, SpoofedMessageError } from '@swarm-llm/protocol'
import type { Message, MessageInit, MessageKind, Topic } from '@swarm-llm/protocol'
import { TypedEventEmitter } from 'main-event'
import type { Counters } from '../metrics.js'
import { DEFAULT_DIRECT_TIMEOUT_MS, MAX_DIRECT_STREAMS } from './constants.js'
import { DirectRefusedError } from './errors.js'
import type { Gossip, Received } from './gossip.js'
import type { SwarmNode } from './node.js'
import { replayIdOf, SeenMessages } from './seen-messages.js'

const log = logger('swarm-llm:direct')

/** The kinds one peer sends another on a direct stream. */
export type DirectKind = 'answer' | 'summonResult' | 'cancel' | 'embedResult'

export interface DirectEvents {
  /** A message a peer sent this node on a direct stream, decoded, checked, and the stream's remote peer. */
  message: CustomEvent<Received>
}

export interface DirectInit {
  /** Largest accepted message, checked before decoding. */
  maxMessageBytes: number
  /** Longest one send may take, dial to ack. Defaults to DEFAULT_DIRECT_TIMEOUT_MS. */
  directTimeoutMs?: number
}

export interface DirectComponents {
  node: Pick<SwarmNode, 'handle' | 'unhandle' | 'dialProtocol' | 'getConnections' | 'peerStore'>
  /** The addresses a peer announced, to reach one this node has no connection to. Defaults to none. */
  addressesOf?: (peer: string) => string[]
  /** Where a message goes when no stream to its peer can be had. */
  gossip: Pick<Gossip, 'publish'>
  counters: Counters
}

/** Who a direct message claims to come from; it must be the stream's remote peer. */
function claimedSender (message: Message): string | undefined {
  switch (message.kind) {
    case 'answer': return message.body.responder
    case 'summonResult': return message.body.summoner
    case 'cancel': return message.body.origin
    case 'embedResult': return message.body.responder
    default: return undefined
  }
}

/**
 * Messages for one peer alone, on a libp2p stream (PROTOCOL_IDS.direct) instead of gossip:
 * answers, summon results and embedding results back to the coordinator that asked, cancels to the peers it
 * asked. Each stream carries one length-prefixed envelope, answered by an Ack. Gossip stays
 * for what every node must hear; a message whose stream fails goes there instead, counted
 * (`direct_fallback`).
 *
 * What arrives is untrusted: size before decoding, only the direct kinds, the claimed sender
 * must be the stream's remote peer (the noise handshake proved its key), and a peer may send
 * one message of a kind per id (SeenMessages: no gossipsub seen cache stands in front of a
 * stream), each rejection counted in `direct_rejected` and told to the sender in the Ack.
 */
export class Direct extends TypedEventEmitter<DirectEvents> {
  private readonly timeoutMs: number
  private readonly seen = new SeenMessages()

  constructor (private readonly init: DirectInit, private readonly components: DirectComponents) {
    super()
    this.timeoutMs = init.directTimeoutMs ?? DEFAULT_DIRECT_TIMEOUT_MS
  }

  async start (): Promise<void> {
    await this.components.node.handle(PROTOCOL_IDS.direct, (stream, connection) => { void this.receive(stream, connection) }, {
      maxInboundStreams: MAX_DIRECT_STREAMS,
      maxOutboundStreams: MAX_DIRECT_STREAMS
    })
  }

  async stop (): Promise<void> {
    await this.components.node.unhandle(PROTOCOL_IDS.direct)
  }

  /**
   * Sends `body` to `peer` on a direct stream, or, failing that, on `topic`, where the peer
   * hears it with everyone else (`direct_fallback`). Without a topic (a cancel: no topic
   * carries one) a failed message is dropped and counted (`direct_failed`). Never throws.
   */
  async deliver<K extends DirectKind> (peer: string, topic: Topic | undefined, kind: K, body: MessageInit[K], options: { signal?: AbortSignal } = {}): Promise<void> {
    const { counters, gossip } = this.components
    try {
      await this.send(peer, kind, body, options)
      counters.increment('direct_sent', kind)
      return
    } catch (err) {
      counters.increment(topic != null ? 'direct_fallback' : 'direct_failed', kind)
      log('could not send a %s to %s directly%s: %s', kind, peer, topic != null ? ', gossiping it' : '', (err as Error).message)
    }
    if (topic == null) return
    await gossip.publish(topic, kind, body).catch((err: Error) => { log('could not gossip a %s for %s either: %s', kind, peer, err.message) })
  }

  /** Sends one message on a new stream to `peer` and waits for its Ack. Throws when it cannot, or when the peer refuses it. */
  async send<K extends DirectKind> (peer: string, kind: K, body: MessageInit[K], options: { signal?: AbortSignal } = {}): Promise<void> {
    const timeout = AbortSignal.timeout(this.timeoutMs)
    const signal = options.signal != null ? AbortSignal.any([options.signal, timeout]) : timeout
    const { node, addressesOf } = this.components
    const target = peerIdFromString(peer)
    // not connected: the addresses it announced tell libp2p where to dial
    if (node.getConnections(target).length === 0) {
      const multiaddrs = (addressesOf?.(peer) ?? []).flatMap(a => { try { return [multiaddr(a)] } catch { return [] } })
      if (multiaddrs.length > 0) await node.peerStore.merge(target, { multiaddrs })
    }
    const stream = await node.dialProtocol(target, PROTOCOL_IDS.direct, { signal })
    try {
      const framed = lpStream(stream, { maxDataLength: this.init.maxMessageBytes })
      await framed.write(encodeMessage(kind, body), { signal })
      const reply = decodeMessage((await framed.read({ signal })).subarray(), { maxBytes: this.init.maxMessageBytes, kinds: ['ack'] })
      await stream.close({ signal })
      if (reply.kind === 'ack' && !reply.body.accepted) throw new DirectRefusedError(peer, reply.body.reason)
    } catch (err) {
      stream.abort(err as Error)
      throw err
    }
  }

  private async receive (stream: Stream, connection: Connection): Promise<void> {
    const { counters } = this.components
    const from = connection.remotePeer.toString()
    const signal = AbortSignal.timeout(this.timeoutMs)
    try {
      const framed = lpStream(stream, { maxDataLength: this.init.maxMessageBytes })
      const bytes = (await framed.read({ signal })).subarray()
      let received: Received | undefined
      let reason = ''
      try {
        const message = decodeMessage(bytes, { maxBytes: this.init.maxMessageBytes, kinds: DIRECT_KINDS })
        const claimed = claimedSender(message)
        if (claimed !== from) throw new SpoofedMessageError(`${message.kind} claims ${claimed ?? 'nobody'} but came from ${from}`)
        const key = this.seen.keyOf(from, message)
        if (key != null && this.seen.has(key)) throw new ReplayedMessageError(`${from} sent ${message.kind} ${replayIdOf(message)} before`)
        if (key != null) this.seen.add(key, message.sentAtMs)
        received = { ...message, from }
      } catch (err) {
        reason = err instanceof ProtocolError ? err.reason : 'malformed'
        counters.increment('direct_rejected', reason)
        log('rejected a direct message from %s: %s', from, (err as Error).message)
      }
      await framed.write(encodeMessage('ack', { accepted: received != null, reason }), { signal })
      await stream.close({ signal })
      if (received == null) return
      counters.increment('direct_received', received.kind as MessageKind)
      counters.gossipDelivery.observe({ topic: 'direct' }, Math.max(0, Date.now() - received.sentAtMs) / 1000)
      this.safeDispatchEvent('message', { detail: received })
    } catch (err) {
      log('a direct stream from %s failed: %s', from, (err as Error).message)
      stream.abort(err as Error)
    }
  }
}
