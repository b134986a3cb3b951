import { MAX_RATE_LIMITED_PEERS } from '../constants.js'

export interface PeerRateLimitInit {
  /** Tokens each peer's bucket gains per second. */
  rate: number
  /** Most tokens a bucket holds: what a peer may send at once. */
  burst: number
  /** Peers tracked at once. Defaults to MAX_RATE_LIMITED_PEERS. */
  maxPeers?: number
}

interface Bucket {
  tokens: number
  at: number
}

/**
 * One token bucket per peer: each message takes a token, and a bucket refills at `rate` a second
 * up to `burst`. A peer never seen, or one whose bucket has refilled, holds `burst` tokens, so
 * forgetting a full bucket changes nothing; that is how the number tracked stays bounded.
 */
export class PeerRateLimit {
  private readonly buckets = new Map<string, Bucket>()
  private readonly maxPeers: number

  constructor (private readonly init: PeerRateLimitInit) {
    if (!(init.rate > 0) || !(init.burst >= 1)) throw new RangeError(`a rate limit needs a rate above 0 and a burst of at least 1, not ${init.rate} and ${init.burst}`)
    this.maxPeers = init.maxPeers ?? MAX_RATE_LIMITED_PEERS
  }

  /** Takes one token from `peer`'s bucket; false when it is empty (the message is over the limit). */
  take (peer: string, now = Date.now()): boolean {
    const tokens = this.tokens(peer, now)
    const allowed = tokens >= 1
    if (!this.buckets.has(peer) && this.buckets.size >= this.maxPeers) this.forget(now)
    this.buckets.set(peer, { tokens: allowed ? tokens - 1 : tokens, at: now })
    return allowed
  }

  /** Tokens `peer` holds now. */
  tokens (peer: string, now = Date.now()): number {
    const bucket = this.buckets.get(peer)
    if (bucket == null) return this.init.burst
    return Math.min(this.init.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.init.rate / 1000)
  }

  /** Peers tracked. */
  get size (): number {
    return this.buckets.size
  }

  private forget (now: number): void {
    for (const peer of this.buckets.keys()) {
      if (this.tokens(peer, now) >= this.init.burst) this.buckets.delete(peer)
    }
    // every bucket still draining: the one tracked longest goes
    if (this.buckets.size >= this.maxPeers) this.buckets.delete(this.buckets.keys().next().value as string)
  }
}
