import type { GossipSub, GossipsubOpts } from '@libp2p/gossipsub'
import { TOPICS } from '@swarm-llm/protocol'
import type { SwarmNode } from './node.js'

/*
 * Gossipsub peer scoring for a private swarm.
 *
 * Gossipsub's defaults are written for open networks, where anyone may join with as many
 * identities as they like. Two of them break a swarm whose members all hold the swarm key:
 *
 * - the IP colocation penalty: more than 10 peers sharing one address cost each of them
 *   -5 x (surplus)^2, so from the 15th node on one machine (loopback, `sim`) or behind one
 *   NAT every peer sank below the graylist threshold and its messages were dropped;
 * - no topic is scored by default, so invalid messages (which the daemon's validator
 *   rejects) lowered no one's score at all.
 *
 * So: the colocation penalty is off, since the swarm key already keeps Sybils out, and
 * every swarm topic counts invalid messages. The positive parts of the score (time in the
 * mesh, first deliveries) stay off: an honest peer scores exactly 0, a misbehaving one goes
 * negative, and nothing a peer does can buy credit to spend on junk.
 */

/** Weight of an invalid message, applied to the square of the per-topic count. */
export const INVALID_MESSAGE_WEIGHT = -5
/**
 * Per-second decay of the invalid-message count: it halves in about 70 s, so a peer that
 * sends junk once a minute stays below the gossip threshold, and one that sends it every few
 * seconds is graylisted, while a single slip is forgotten in about four minutes.
 */
export const INVALID_MESSAGE_DECAY = 0.99
/**
 * Behaviour penalties (re-grafting during a prune backoff, IHAVE promises not kept) tolerated
 * before they count: a 2-core node busy generating text can miss the odd 3 s IWANT deadline.
 */
export const BEHAVIOUR_PENALTY_THRESHOLD = 4
/** Weight of the squared excess of behaviour penalties. Gossipsub's default. */
export const BEHAVIOUR_PENALTY_WEIGHT = -10
/** Per-second decay of behaviour penalties: half-life about 7 s, so only persistent misbehaviour adds up. */
export const BEHAVIOUR_PENALTY_DECAY = 0.9

/**
 * Score thresholds. Gossipsub's defaults, except PX: a prune's peer exchange (which this daemon
 * does not send, but another gossipsub node might) is accepted from any member in good standing
 * (score 0 or more), since every member holds the swarm key.
 *
 * With these weights one invalid message takes a peer out of our meshes (below 0), two on
 * one topic stop gossip with it (-20, below -10), and five on one topic graylist it (-125,
 * below -80: everything it sends is ignored).
 */
export const SCORE_THRESHOLDS: GossipsubOpts['scoreThresholds'] = {
  gossipThreshold: -10,
  publishThreshold: -50,
  graylistThreshold: -80,
  acceptPXThreshold: 0,
  // unreachable while the positive score parts are off, so opportunistic grafting stays idle
  opportunisticGraftThreshold: 20
}

/** One swarm topic's parameters: only invalid messages count. */
const TOPIC_SCORE_PARAMS = {
  topicWeight: 1,
  timeInMeshWeight: 0,
  timeInMeshQuantum: 1000,
  timeInMeshCap: 3600,
  firstMessageDeliveriesWeight: 0,
  firstMessageDeliveriesDecay: 0.5,
  firstMessageDeliveriesCap: 2000,
  // Off: queries and summons come when users ask, so a quiet mesh peer is not a failing one.
  meshMessageDeliveriesWeight: 0,
  meshMessageDeliveriesDecay: 0.5,
  meshMessageDeliveriesCap: 100,
  meshMessageDeliveriesThreshold: 1,
  meshMessageDeliveriesWindow: 10,
  meshMessageDeliveriesActivation: 5000,
  meshFailurePenaltyWeight: 0,
  meshFailurePenaltyDecay: 0.5,
  invalidMessageDeliveriesWeight: INVALID_MESSAGE_WEIGHT,
  invalidMessageDeliveriesDecay: INVALID_MESSAGE_DECAY
}

export const SCORE_PARAMS: GossipsubOpts['scoreParams'] = {
  topics: Object.fromEntries(Object.values(TOPICS).map(topic => [topic, { ...TOPIC_SCORE_PARAMS }])),
  topicScoreCap: 10,
  appSpecificScore: () => 0,
  appSpecificWeight: 0,
  IPColocationFactorWeight: 0,
  IPColocationFactorThreshold: 10,
  IPColocationFactorWhitelist: new Set(),
  behaviourPenaltyWeight: BEHAVIOUR_PENALTY_WEIGHT,
  behaviourPenaltyThreshold: BEHAVIOUR_PENALTY_THRESHOLD,
  behaviourPenaltyDecay: BEHAVIOUR_PENALTY_DECAY,
  decayInterval: 1000,
  decayToZero: 0.1,
  // A graylisted peer that reconnects finds its score where it left it.
  retainScore: 3600 * 1000
}

/**
 * This node's gossipsub score of each peer it holds a connection to, rounded for display.
 * One entry per peer however many connections it has, so a caller can spot duplicates.
 */
export function gossipScores (node: Pick<SwarmNode, 'getConnections' | 'services'>): Record<string, number> {
  // getScore is on gossipsub's class but not on its exported interface
  const pubsub = node.services.pubsub as GossipSub & { getScore?: (peerId: string) => number }
  return Object.fromEntries(node.getConnections().map(connection => {
    const peerId = connection.remotePeer.toString()
    return [peerId, Math.round((pubsub.getScore?.(peerId) ?? 0) * 100) / 100]
  }))
}
