import '../polyfill.js'
import { createHash } from 'node:crypto'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub, GossipsubOpts } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { prefixLogger } from '@libp2p/logger'
import { noise } from '@libp2p/noise'
import { ping } from '@libp2p/ping'
import type { Ping } from '@libp2p/ping'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { SOFTWARE_VERSION } from '@swarm-llm/protocol'
import { scaledMdns } from './mdns.js'
import { SCORE_PARAMS, SCORE_THRESHOLDS } from './scoring.js'
import { swarmKeyFingerprint } from './swarm-key.js'

export type SwarmNode = Libp2p<{ identify: Identify, ping: Ping, pubsub: GossipSub }>

export interface NodeInit {
  privateKey: PrivateKey
  /** Random per process start; sent as part of identify's agent version. */
  instanceId: string
  swarmKey: Uint8Array
  listen: string[]
  mdns: boolean
  /** The shortest mDNS query period; it grows with the swarm (see `scaledMdns`). */
  mdnsIntervalMs: number
  /** Peers this node knows of, from its peer table: mDNS queries less often in a large swarm. */
  peerCount?: () => number
  /** Largest gossip frame gossipsub itself accepts; messages are checked again by the codec. */
  maxMessageBytes: number
}

/**
 * Gossipsub's mesh degree: each node forwards to 6 mesh peers per topic, keeping between 4 and
 * 12. Gossipsub's defaults, and right for 50 nodes: a message crosses such a mesh in about
 * three hops, and a node holding more than 12 peers prunes the surplus.
 *
 * Pruning sends no peer exchange (`doPX` off). With it, every pruned node dialled up to 8 more
 * peers, and a 30-node swarm became a full mesh (28 connections a node, each pinged and gossiped
 * to), which on two cores kept 50 namespaced hosts from forming. A node still meets members
 * beyond its bootstrap node: announcements carry addresses, and the dialer tops up to
 * MIN_CONNECTED_PEERS from them.
 */
export const MESH_DEGREE = { D: 6, Dlo: 4, Dhi: 12 }
/**
 * Inbound connections accepted per second from one address. libp2p's default, 5, guards open
 * networks; here a whole swarm may share one address (a `sim` on one machine, a NAT), and every
 * stranger is refused at the swarm key's handshake.
 */
export const INBOUND_CONNECTIONS_PER_HOST_PER_SECOND = 100
/** Connections being upgraded at once (libp2p's default is 10): room for a swarm joining together. */
export const MAX_INCOMING_PENDING_CONNECTIONS = 64
/**
 * Shortest wait for the connection monitor's ping before it aborts a connection (libp2p's
 * default is 5 s). A node on a busy machine (a model generating, or a `sim` of dozens of
 * daemons on two cores) can stall for seconds; aborting then costs a redial, a handshake and
 * a mesh rebuild, which loads it further, until the whole swarm churns. A host that is really
 * gone loses its connections a little later; the peer table's TTL does not depend on them.
 */
export const MIN_PING_TIMEOUT_MS = 15_000
/**
 * Longest a connection may take to open, from either end: TCP, the swarm key, noise and yamux
 * (libp2p's inbound default is 10 s; the dialer's own was 5 s). On a busy machine a handshake
 * can take longer than that: with 50 daemons on two cores, every daemon past the 39th failed
 * each of ~60 dials to the bootstrap node and never joined.
 */
export const CONNECTION_OPEN_TIMEOUT_MS = 20_000

/**
 * Gossipsub's id for its duplicate check before the signature check. Without one, every copy
 * of a message (one from each mesh peer, and the author's own with flood publishing) costs an
 * ed25519 verification before it is found to be a duplicate, and in a swarm of dozens each
 * message arrives six times or more. Only messages that passed validation enter the cache,
 * so a forged copy can never make the real message look seen.
 */
export const fastMessageId: GossipsubOpts['fastMsgIdFn'] = message => {
  const hash = createHash('sha256')
  for (const part of [message.from, message.seqno, message.data, message.signature]) hash.update(part ?? new Uint8Array())
  return hash.update(message.topic).digest('base64')
}

/** The mDNS service tag: swarm-specific, so swarms with other keys do not even discover us. */
export function mdnsServiceTag (swarmKey: Uint8Array): string {
  return `_swarm-llm-${swarmKeyFingerprint(swarmKey)}._udp.local`
}

/** A libp2p node in a private swarm: TCP, the swarm key, noise, yamux, gossipsub, and mDNS if asked. */
export async function createSwarmNode (init: NodeInit): Promise<SwarmNode> {
  return createLibp2p({
    privateKey: init.privateKey,
    start: false,
    nodeInfo: { name: 'swarm-llm', version: SOFTWARE_VERSION, userAgent: `swarm-llm/${SOFTWARE_VERSION} instance/${init.instanceId}` },
    logger: prefixLogger('swarm-llm'),
    addresses: { listen: init.listen },
    transports: [tcp()],
    connectionProtector: preSharedKey({ psk: init.swarmKey }),
    connectionManager: {
      inboundConnectionThreshold: INBOUND_CONNECTIONS_PER_HOST_PER_SECOND,
      maxIncomingPendingConnections: MAX_INCOMING_PENDING_CONNECTIONS,
      inboundUpgradeTimeout: CONNECTION_OPEN_TIMEOUT_MS
    },
    connectionMonitor: { pingTimeout: { minTimeout: MIN_PING_TIMEOUT_MS } },
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: init.mdns ? [scaledMdns({ serviceTag: mdnsServiceTag(init.swarmKey), interval: init.mdnsIntervalMs }, () => (init.peerCount?.() ?? 0) + 1)] : [],
    services: {
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        emitSelf: true,
        allowPublishToZeroTopicPeers: true,
        ...MESH_DEGREE,
        fastMsgIdFn: fastMessageId,
        scoreParams: SCORE_PARAMS,
        scoreThresholds: SCORE_THRESHOLDS,
        doPX: false,
        // Leave room above the codec's limit, so oversized messages reach our validator and are counted.
        maxInboundDataLength: init.maxMessageBytes * 4
      })
    }
  })
}

/** The instance id a peer sent in its agent version, if it is a swarm-llm node. */
export function instanceFromAgent (agentVersion: string | undefined): string | undefined {
  return agentVersion?.match(/^swarm-llm\/\S+ instance\/(\S+)$/)?.[1]
}
