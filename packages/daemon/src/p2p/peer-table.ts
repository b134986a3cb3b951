import { TypedEventEmitter } from 'main-event'
import type { Capability } from '@swarm-llm/protocol'

/** A peer as the table knows it. */
export interface PeerEntry {
  peerId: string
  capability: Capability
  firstSeenMs: number
  lastSeenMs: number
  /** Set when the peer's last direct connection closed: it leaves at this time unless heard from again. */
  suspectUntilMs?: number
}

export interface PeerTableEvents {
  'peer:join': CustomEvent<PeerEntry>
  'peer:leave': CustomEvent<{ peerId: string, reason: 'goodbye' | 'expired' }>
  /** Two live processes announce under one peer id (a copied data directory). */
  'peer:duplicate': CustomEvent<{ peerId: string, instanceIds: string[] }>
}

/**
 * A peer may stay silent for this many of its own announcement periods (it says how long they
 * are) before it leaves, when that is longer than the table's TTL: in a large swarm nodes
 * announce less often.
 */
export const TTL_ANNOUNCEMENTS = 4
/** Longest announcement period a peer's claim may stretch its TTL to. Defaults to 60 s. */
export const MAX_ANNOUNCE_INTERVAL_MS = 60_000

export interface PeerTableInit {
  /** A peer not heard from for this long is dropped. */
  ttlMs: number
  /** Clock, for tests. Defaults to Date.now. */
  now?: () => number
}

/**
 * Peers built from capability announcements. A peer leaves at once when it says goodbye and
 * after `ttlMs` (or TTL_ANNOUNCEMENTS of its announcement periods, if longer) of silence otherwise (checked by `expire()`, which the daemon calls on a timer).
 */
export class PeerTable extends TypedEventEmitter<PeerTableEvents> {
  private readonly peers = new Map<string, PeerEntry>()
  private readonly instances = new Map<string, Map<string, () => boolean>>()
  private readonly duplicates = new Map<string, string[]>()
  private readonly ttlMs: number
  private readonly now: () => number

  constructor (init: PeerTableInit) {
    super()
    this.ttlMs = init.ttlMs
    this.now = init.now ?? Date.now
  }

  /** Records an announcement. */
  announce (peerId: string, capability: Capability): void {
    const now = this.now()
    const known = this.peers.get(peerId)
    const entry: PeerEntry = { peerId, capability, firstSeenMs: known?.firstSeenMs ?? now, lastSeenMs: now }
    this.peers.set(peerId, entry)
    if (known == null) this.safeDispatchEvent('peer:join', { detail: entry })
  }

  /** The peer said goodbye. */
  leave (peerId: string): void {
    this.instances.delete(peerId)
    this.duplicates.delete(peerId)
    if (this.peers.delete(peerId)) this.safeDispatchEvent('peer:leave', { detail: { peerId, reason: 'goodbye' } })
  }

  /**
   * The peer's last direct connection closed. A peer that crashed says no goodbye, so rather
   * than wait out the whole TTL it gets `graceMs` to be heard from again (over another path).
   */
  suspect (peerId: string, graceMs: number): void {
    const entry = this.peers.get(peerId)
    if (entry != null) entry.suspectUntilMs = Math.min(entry.suspectUntilMs ?? Number.POSITIVE_INFINITY, this.now() + graceMs)
  }

  /** Drops peers silent for longer than the TTL, and suspects whose grace ran out. */
  expire (): void {
    const now = this.now()
    for (const [peerId, entry] of this.peers) {
      const ttlMs = Math.max(this.ttlMs, TTL_ANNOUNCEMENTS * Math.min(entry.capability.announceIntervalMs ?? 0, MAX_ANNOUNCE_INTERVAL_MS))
      if (entry.lastSeenMs >= now - ttlMs && (entry.suspectUntilMs == null || entry.suspectUntilMs > now)) continue
      this.peers.delete(peerId)
      this.instances.delete(peerId)
      this.duplicates.delete(peerId)
      this.safeDispatchEvent('peer:leave', { detail: { peerId, reason: 'expired' } })
    }
  }

  get (peerId: string): PeerEntry | undefined {
    return this.peers.get(peerId)
  }

  list (): PeerEntry[] {
    return [...this.peers.values()]
  }

  get size (): number {
    return this.peers.size
  }

  /** Peer ids under which more than one live process has been seen, with their instance ids. */
  duplicateIdentities (): Array<{ peerId: string, instanceIds: string[] }> {
    return [...this.duplicates].map(([peerId, instanceIds]) => ({ peerId, instanceIds }))
  }

  /**
   * Records which process (instance id, from identify's agent version) sits behind a
   * connection. A restarted peer has one live connection; two processes sharing an identity
   * (a copied data directory) have live connections with different instance ids.
   */
  identified (peerId: string, instanceId: string, isLive: () => boolean): void {
    let seen = this.instances.get(peerId)
    if (seen == null) this.instances.set(peerId, seen = new Map())
    seen.set(instanceId, isLive)
    for (const [id, live] of seen) {
      if (!live()) seen.delete(id)
    }
    if (seen.size > 1 && !this.duplicates.has(peerId)) {
      const instanceIds = [...seen.keys()]
      this.duplicates.set(peerId, instanceIds)
      this.safeDispatchEvent('peer:duplicate', { detail: { peerId, instanceIds } })
    }
  }
}
