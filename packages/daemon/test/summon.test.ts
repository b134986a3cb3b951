import { Status, TOPICS } from '@swarm-llm/protocol'
import { TypedEventEmitter } from 'main-event'
import { describe, expect, it } from 'vitest'
import { Counters } from '../src/metrics.js'
import type { Gossip } from '../src/p2p/gossip.js'
import type { PeerTable } from '../src/p2p/peer-table.js'
import { SwarmSummon } from '../src/p2p/summon.js'
import { RateCap } from '../src/routing/budget.js'

// SwarmSummon with its slices stubbed: a gossip that plays each summoner's reply, and a peer
// table of summoners with the loads they announce.
type Reply = 'ok' | 'error' | 'capped' | 'silent'

function swarmOf (summoners: Array<{ node: string, load: number, reply: Reply }>): { gossip: Gossip, peers: PeerTable, asked: string[] } {
  const asked: string[] = []
  const gossip = new TypedEventEmitter() as any
  gossip.publish = async (topic: string, kind: string, body: any) => {
    if (topic !== TOPICS.summon || kind !== 'summonRequest') return 0
    asked.push(body.summoner)
    const s = summoners.find(x => x.node === body.summoner)!
    if (s.reply === 'silent') return 1
    const status = s.reply === 'ok' ? Status.STATUS_OK : s.reply === 'capped' ? Status.STATUS_BUDGET_EXHAUSTED : Status.STATUS_UPSTREAM_ERROR
    const answer = { queryId: body.query.id, responder: s.node, origin: 'me', status, text: s.reply === 'ok' ? `from ${s.node}` : '', error: s.reply === 'ok' ? '' : 'no', modelId: 'big', uncertainty: { confidence: 0.9, meanLogprob: -0.1, minTokenProb: 0.9, meanEntropy: 0.1, tokenCount: 2 }, timings: { promptTokens: 4, completionTokens: 2 } }
    queueMicrotask(() => gossip.safeDispatchEvent('message', { detail: { kind: 'summonResult', from: s.node, sentAtMs: Date.now(), body: { queryId: body.query.id, summoner: s.node, origin: 'me', answer, budgetLeft: 1 } } }))
    return 1
  }
  const peers = { list: () => summoners.map(s => ({ peerId: s.node, capability: { canSummon: true, cloudModelId: 'big', queueDepth: s.load } })) } as unknown as PeerTable
  return { gossip, peers, asked }
}

function summonWith (summoners: Array<{ node: string, load: number, reply: Reply }>, timeoutMs = 5000): { summon: SwarmSummon, asked: string[], counters: Counters } {
  const { gossip, peers, asked } = swarmOf(summoners)
  const counters = new Counters()
  const summon = new SwarmSummon({ summonTimeoutMs: timeoutMs }, { gossip, peers, peerId: 'me', cap: new RateCap(10), counters })
  summon.start()
  return { summon, asked, counters }
}

const request = { messages: [{ role: 'user' as const, content: 'q' }] }

describe('summoning the cloud through peers', () => {
  it('asks the least loaded summoner first and fails over to the next', async () => {
    const { summon, asked, counters } = summonWith([{ node: 'busy', load: 3, reply: 'ok' }, { node: 'idle-but-broken', load: 0, reply: 'error' }])
    const result = await summon.summon(request, { queryId: 'q1' })
    expect(asked).toEqual(['idle-but-broken', 'busy'])
    expect(result.text).toBe('from busy')
    expect(result.remote?.node).toBe('busy')
    expect(result.completionTokens).toBe(2)
    expect(await counters.get('summons_failed', 'UpstreamError')).toBe(1)
  })

  it('fails over from a summoner that never answers once its timeout passes', async () => {
    const { summon, asked } = summonWith([{ node: 'dead', load: 0, reply: 'silent' }, { node: 'alive', load: 1, reply: 'ok' }], 200)
    const started = Date.now()
    expect((await summon.summon(request, { queryId: 'q2' })).text).toBe('from alive')
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect(asked).toEqual(['dead', 'alive'])
  })

  it('says why when nobody can summon: none at all, every cap reached, every one failed', async () => {
    await expect(summonWith([]).summon.summon(request, { queryId: 'q3' })).rejects.toMatchObject({ name: 'NoSummonerError' })
    await expect(summonWith([{ node: 'x', load: 0, reply: 'capped' }]).summon.summon(request, { queryId: 'q4' })).rejects.toMatchObject({ name: 'CloudBudgetError' })
    await expect(summonWith([{ node: 'x', load: 0, reply: 'error' }, { node: 'y', load: 0, reply: 'capped' }]).summon.summon(request, { queryId: 'q5' }))
      .rejects.toMatchObject({ name: 'UpstreamError', message: expect.stringMatching(/x: .*y: /) })
  })
})
