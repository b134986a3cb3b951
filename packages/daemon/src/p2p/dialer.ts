import type { Libp2p, PeerDiscoveryEvents, PeerInfo } from '@libp2p/interface'
import { logger } from '@libp2p/logger'
import { multiaddr } from '@multiformats/multiaddr'
import type { Multiaddr } from '@multiformats/multiaddr'
import type { Counters } from '../metrics.js'
import type { Diagnostics } from './diagnostics.js'
import { CONNECTION_OPEN_TIMEOUT_MS, MESH_DEGREE } from './node.js'
import type { PeerTable } from './peer-table.js'

const log = logger('swarm-llm:dialer')

export interface DialerInit {
  /** Multiaddrs dialled at start and again whenever they are not connected. */
  bootstrap: string[]
  /** How often unconnected bootstrap addresses are retried. */
  redialIntervalMs: number
}

export interface DialerComponents {
  libp2p: Libp2p
  counters: Counters
  diagnostics: Diagnostics
  /** The peers heard of, with the addresses they announce. */
  peers: PeerTable
}

/**
 * Fewest peers a node keeps connections to, when it has heard of that many: below this it dials
 * peers it heard of (their announcements carry their addresses). Gossipsub's lowest mesh
 * degree, so that a node that joined through one bootstrap node does not hang on it alone.
 */
export const MIN_CONNECTED_PEERS = MESH_DEGREE.Dlo
/**
 * Most peers a node dials on discovery (mDNS, peer records): gossipsub's highest mesh degree.
 * Gossip reaches the rest over a few hops, so a large swarm does not become a full mesh of
 * N² / 2 connections, each pinged and gossiped to; a small one (up to 13 nodes) still is.
 */
export const MAX_DIALLED_PEERS = MESH_DEGREE.Dhi

/**
 * libp2p 3 does not dial the peers that discovery finds, so this does: each discovered peer
 * once (never while a connection or a dial to it exists, nor once it holds MAX_DIALLED_PEERS),
 * every bootstrap address until it connects and again after it drops, and, while it holds
 * fewer than MIN_CONNECTED_PEERS, peers it heard of through the swarm.
 */
export class Dialer {
  private readonly pending = new Set<string>()
  private readonly bootstrapPeers = new Map<string, string>() // address -> peer id once known
  private timer?: NodeJS.Timeout
  private readonly onDiscovery = (event: PeerDiscoveryEvents['peer']): void => { this.discovered(event.detail) }

  constructor (private readonly init: DialerInit, private readonly components: DialerComponents) {}

  start (): void {
    this.components.libp2p.addEventListener('peer:discovery', this.onDiscovery)
    const tick = (): void => {
      for (const address of this.init.bootstrap) void this.dialBootstrap(address)
      this.topUp()
    }
    tick()
    this.timer = setInterval(tick, this.init.redialIntervalMs)
  }

  stop (): void {
    clearInterval(this.timer)
    this.components.libp2p.removeEventListener('peer:discovery', this.onDiscovery)
  }

  private connected (peerId: string): boolean {
    return this.connectedPeers().has(peerId)
  }

  private connectedPeers (): Set<string> {
    return new Set(this.components.libp2p.getConnections().filter(c => c.status === 'open').map(c => c.remotePeer.toString()))
  }

  private discovered (info: PeerInfo): void {
    const peerId = info.id.toString()
    if (peerId === this.components.libp2p.peerId.toString() || info.multiaddrs.length === 0) return
    this.components.counters.increment('peers_discovered')
    this.components.diagnostics.peerDiscovered(peerId, info.multiaddrs.map(a => a.toString()))
    // When both sides discover each other at once, only the smaller id dials at first, so the
    // pair does not end up with two connections. The other dials only once the smaller's dial
    // has had all the time it may take (on a loaded machine a handshake can take seconds), and
    // only if it is still unconnected: a peer that cannot be dialled back is reached that late.
    const delay = this.components.libp2p.peerId.toString() < peerId ? 0 : CONNECTION_OPEN_TIMEOUT_MS + 1000
    setTimeout(() => {
      if (this.connectedPeers().size + this.pending.size >= MAX_DIALLED_PEERS) return
      void this.dial(peerId, info.multiaddrs)
    }, delay).unref()
  }

  private async dial (key: string, target: Multiaddr | Multiaddr[]): Promise<string | undefined> {
    if (this.pending.has(key) || this.connected(key)) return
    this.pending.add(key)
    try {
      const connection = await this.components.libp2p.dial(target, { signal: AbortSignal.timeout(CONNECTION_OPEN_TIMEOUT_MS) })
      this.components.counters.increment('dials', 'ok')
      this.components.diagnostics.dialSucceeded(key)
      return connection.remotePeer.toString()
    } catch (err) {
      this.components.counters.increment('dials', 'failed')
      this.components.diagnostics.dialFailed(key, [target].flat().map(a => a.toString()), err as Error)
      log('dial %s failed: %s', key, (err as Error).message)
    } finally {
      this.pending.delete(key)
    }
  }

  /** Dials random peers of the table, with their announced addresses, up to MIN_CONNECTED_PEERS. */
  private topUp (): void {
    const connected = this.connectedPeers()
    const missing = MIN_CONNECTED_PEERS - connected.size - this.pending.size
    if (missing <= 0) return
    const candidates = this.components.peers.list()
      .filter(p => !connected.has(p.peerId) && !this.pending.has(p.peerId) && p.capability.addresses.length > 0)
    for (const peer of shuffled(candidates).slice(0, missing)) {
      const addresses = peer.capability.addresses.flatMap(a => { try { return [multiaddr(a)] } catch { return [] } })
      if (addresses.length === 0) continue
      this.components.counters.increment('dials_top_up')
      void this.dial(peer.peerId, addresses)
    }
  }

  private async dialBootstrap (address: string): Promise<void> {
    const ma = multiaddr(address)
    const known = ma.getComponents().find(c => c.name === 'p2p')?.value ?? this.bootstrapPeers.get(address)
    if (known != null && this.connected(known)) return
    if (known != null && known === this.components.libp2p.peerId.toString()) return
    const peerId = await this.dial(known ?? address, ma)
    if (peerId != null) this.bootstrapPeers.set(address, peerId)
  }
}

function shuffled<T> (items: T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
