import { RateLimitedError, TOPICS } from '@swarm-llm/protocol'
import { describe, expect, it } from 'vitest'
import { Counters } from '../src/metrics.js'
import { Gossip } from '../src/p2p/gossip.js'

/** The one part of gossipsub publish() uses: every publish reaches nobody, and is recorded. */
function pubsub (sent: Uint8Array[]): any {
  return { publish: async (_topic: string, data: Uint8Array) => { sent.push(data); return { recipients: [] } } }
}

const query = (i: number): any => ({ id: `q${i}`, origin: 'me', messages: [{ role: 1, content: 'hi' }], params: { maxTokens: 8 }, budgetMs: 1000 })

describe('a node holding itself under its peers\' rate limit', () => {
  it('sends at most 90% of the peers\' burst of queries at once, counts the rest as throttled, and limits no answer', async () => {
    const sent: Uint8Array[] = []
    const counters = new Counters()
    const gossip = new Gossip({ maxMessageBytes: 1 << 20, peerQueryRate: 10, peerQueryBurst: 20 }, { pubsub: pubsub(sent), peerId: 'me', counters })
    const outcomes = await Promise.allSettled(Array.from({ length: 25 }, async (_, i) => await gossip.publish(TOPICS.queries, 'query', query(i))))
    expect(outcomes.filter(o => o.status === 'fulfilled')).toHaveLength(18)
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(refused).toHaveLength(7)
    expect(refused.every(o => o.reason instanceof RateLimitedError)).toBe(true)
    expect(sent).toHaveLength(18)
    expect(await counters.get('gossip_throttled', 'query')).toBe(7)
    // answers are not limited: a coordinator's peers answer what they are asked
    for (let i = 0; i < 50; i++) await gossip.publish(TOPICS.answers, 'answer', { queryId: `q${i}`, responder: 'me', origin: 'them', text: 'x' } as any)
    expect(sent).toHaveLength(68)
  })

  it('refills at 90% of the peers\' rate', async () => {
    const sent: Uint8Array[] = []
    const gossip = new Gossip({ maxMessageBytes: 1 << 20, peerQueryRate: 100, peerQueryBurst: 1 }, { pubsub: pubsub(sent), peerId: 'me', counters: new Counters() })
    await gossip.publish(TOPICS.queries, 'query', query(0))
    await expect(gossip.publish(TOPICS.queries, 'query', query(1))).rejects.toBeInstanceOf(RateLimitedError)
    // 90 a second: a token every 11.1 ms
    await new Promise(resolve => setTimeout(resolve, 30))
    await gossip.publish(TOPICS.queries, 'query', query(2))
    expect(sent).toHaveLength(2)
  })
})
