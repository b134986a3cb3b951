import { describe, expect, it } from 'vitest'
import { PeerRateLimit } from '../src/p2p/rate-limit.js'

describe('per-peer rate limit', () => {
  it('lets a burst through, then refills at the rate, per peer', () => {
    const limit = new PeerRateLimit({ rate: 2, burst: 3 })
    const taken = Array.from({ length: 5 }, () => limit.take('rogue', 1000))
    expect(taken).toEqual([true, true, true, false, false])
    // another peer has its own bucket
    expect(limit.take('honest', 1000)).toBe(true)
    // half a second at 2 a second: one token back
    expect(limit.take('rogue', 1500)).toBe(true)
    expect(limit.take('rogue', 1500)).toBe(false)
    expect(limit.tokens('rogue', 100_000)).toBe(3)
  })

  it('stays bounded, forgetting refilled buckets first', () => {
    const limit = new PeerRateLimit({ rate: 1, burst: 2, maxPeers: 3 })
    limit.take('a', 0); limit.take('a', 0)
    limit.take('b', 10_000)
    limit.take('c', 10_000)
    limit.take('d', 10_000)
    expect(limit.size).toBeLessThanOrEqual(3)
    // a had refilled by then, so forgetting it changed nothing
    expect(limit.tokens('a', 10_000)).toBe(2)
    expect(() => new PeerRateLimit({ rate: 0, burst: 1 })).toThrow(RangeError)
  })
})
