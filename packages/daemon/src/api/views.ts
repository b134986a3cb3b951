import type { MessageInit } from '@swarm-llm/protocol'
import type { PeerEntry } from '../p2p/peer-table.js'
import type { ReputationView } from '../routing/reputation.js'

/** A capability announcement as the API shows it. */
export function capabilityView (c: MessageInit['capability']): Record<string, unknown> {
  return {
    modelId: c.modelId,
    family: c.modelFamily,
    parameterCount: c.parameterCount,
    quantisation: c.quantisation,
    contextLength: c.contextLength,
    tokensPerSecond: c.tokensPerSecond,
    queueDepth: c.queueDepth,
    canSummon: c.canSummon,
    cloudModelId: c.cloudModelId,
    softwareVersion: c.softwareVersion,
    protocolVersion: c.protocolVersion
  }
}

/** A peer as the API shows it, with its record with the cloud when this node keeps one. */
export function peerView (entry: PeerEntry, now = Date.now(), reputation?: ReputationView): Record<string, unknown> {
  return { peerId: entry.peerId, lastSeenMsAgo: now - entry.lastSeenMs, capabilities: capabilityView(entry.capability), ...(reputation != null ? { reputation } : {}) }
}

/** What the dashboard's swarm view is drawn from. */
export interface SwarmViewSource {
  peerId: string
  /** This node's own model and cloud model, when it runs them. */
  local?: { modelId: string, queueDepth: number }
  cloud?: { modelId: string, queueDepth: number }
  peers: PeerEntry[]
  routing: Record<string, unknown>
  announceIntervalMs: number
}

/** The swarm as the dashboard draws it: this node, then its peers. */
export function swarmView (source: SwarmViewSource, now = Date.now()): object {
  const { local, cloud } = source
  return {
    self: { peerId: source.peerId, model: local?.modelId ?? 'none', cloudModel: cloud?.modelId ?? null, canSummon: cloud != null, queueDepth: (local?.queueDepth ?? 0) + (cloud?.queueDepth ?? 0) },
    peers: source.peers.map(p => ({ peerId: p.peerId, model: p.capability.modelId, canSummon: p.capability.canSummon, queueDepth: p.capability.queueDepth, lastSeenMsAgo: now - p.lastSeenMs })),
    routing: source.routing,
    announceIntervalMs: source.announceIntervalMs
  }
}
