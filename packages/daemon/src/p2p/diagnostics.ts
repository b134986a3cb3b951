/**
 * What a daemon saw go wrong on the network, kept for `swarm-llm doctor`: peers it discovered,
 * dials that failed (and how), and peers whose messages it rejected as stale (a clock far off).
 * Each list keeps the latest entry per peer or address and at most MAX_ENTRIES of them.
 */

const MAX_ENTRIES = 64

export interface DiscoveredPeer { peerId: string, addresses: string[], atMs: number }
export interface DialFailure { target: string, addresses: string[], error: string, atMs: number }
export interface StaleSender { peerId: string, ageMs: number, atMs: number }

export interface DiagnosticsView {
  discovered: DiscoveredPeer[]
  dialFailures: DialFailure[]
  staleSenders: StaleSender[]
}

export class Diagnostics {
  private readonly discovered = new Map<string, DiscoveredPeer>()
  private readonly dialFailures = new Map<string, DialFailure>()
  private readonly staleSenders = new Map<string, StaleSender>()

  peerDiscovered (peerId: string, addresses: string[]): void {
    remember(this.discovered, peerId, { peerId, addresses, atMs: Date.now() })
  }

  dialFailed (target: string, addresses: string[], error: Error): void {
    remember(this.dialFailures, target, { target, addresses, error: error.message, atMs: Date.now() })
  }

  /** A dial that succeeds clears the target's failure: it is no longer a problem. */
  dialSucceeded (target: string): void {
    this.dialFailures.delete(target)
  }

  staleMessage (peerId: string, ageMs: number): void {
    remember(this.staleSenders, peerId, { peerId, ageMs, atMs: Date.now() })
  }

  toJSON (): DiagnosticsView {
    return { discovered: [...this.discovered.values()], dialFailures: [...this.dialFailures.values()], staleSenders: [...this.staleSenders.values()] }
  }
}

function remember<T> (map: Map<string, T>, key: string, value: T): void {
  map.delete(key) // re-inserted last: the oldest entry is the first to go
  map.set(key, value)
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string)
}
