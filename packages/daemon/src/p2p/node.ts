import '../polyfill.js'
import { gossipsub } from '@libp2p/gossipsub'
import type { GossipSub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { Identify } from '@libp2p/identify'
import type { Libp2p, PrivateKey } from '@libp2p/interface'
import { prefixLogger } from '@libp2p/logger'
import { mdns } from '@libp2p/mdns'
import { noise } from '@libp2p/noise'
import { ping } from '@libp2p/ping'
import type { Ping } from '@libp2p/ping'
import { preSharedKey } from '@libp2p/pnet'
import { tcp } from '@libp2p/tcp'
import { yamux } from '@libp2p/yamux'
import { createLibp2p } from 'libp2p'
import { SOFTWARE_VERSION } from '@swarm-llm/protocol'
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
  mdnsIntervalMs: number
  /** Largest gossip frame gossipsub itself accepts; messages are checked again by the codec. */
  maxMessageBytes: number
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
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    peerDiscovery: init.mdns ? [mdns({ serviceTag: mdnsServiceTag(init.swarmKey), interval: init.mdnsIntervalMs })] : [],
    services: {
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        emitSelf: true,
        allowPublishToZeroTopicPeers: true,
        scoreParams: SCORE_PARAMS,
        scoreThresholds: SCORE_THRESHOLDS,
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
