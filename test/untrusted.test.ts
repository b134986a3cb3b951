import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Counters, Direct } from '@swarm-llm/daemon'
import type { SwarmNode } from '@swarm-llm/daemon'
import { decodeMessage, encodeMessage, Status, TOPICS } from '@swarm-llm/protocol'
import type { Message } from '@swarm-llm/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, joinBareNode, makeSwarmDir, spawnDaemon, spawnServe, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1', '--announce-interval-ms', '300', '--peer-ttl-ms', '3000']

// A member of the swarm that holds the key, hosts nothing and announces nothing, and answers
// everything first: every query it hears, every summon request (posing as the summoner asked),
// and a query id no one asked.
describe('a rogue member answering what it was not asked', () => {
  const cloudKey = `sk-test-${randomBytes(12).toString('hex')}`
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let cloud: Awaited<ReturnType<typeof spawnServe>>
  let a: DaemonProcess
  let b: DaemonProcess
  let rogue: SwarmNode
  const forged = { answers: 0, summons: 0 }
  /** Answers the rogue heard on gossip, by query id and responder. */
  const gossiped: Array<{ queryId: string, responder: string }> = []

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    cloud = await spawnServe(modelPath('study-cloud'), { SWARM_LLM_SERVE_API_KEY: cloudKey })
    // a always asks its peers and always summons after them
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--tau-local', '1', '--tau-swarm', '1', '--collaboration-deadline-ms', '8000'] })
    b = await spawnDaemon({
      dataDir: join(swarm.dir, 'b'),
      swarmKey: swarm.swarmKey,
      bootstrap: a.addresses,
      env: { OPENAI_API_KEY: cloudKey },
      extra: ['--model', modelPath('study-edge-b'), '--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud', ...COMMON]
    })
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === b.peerId && JSON.stringify(p).includes('"canSummon":true')), 20_000, 'the summoner to join')
    rogue = await joinBareNode(swarm.swarmKey, a, {
      name: 'rogue',
      onMessage: data => {
        let message: Message
        try { message = decodeMessage(data) } catch { return }
        if (message.kind === 'answer') gossiped.push({ queryId: message.body.queryId, responder: message.body.responder })
        void forge(message)
      }
    })
    await waitFor(() => Object.values(TOPICS).every(t => rogue.services.pubsub.getSubscribers(t).some(p => p.toString() === a.peerId)), 20_000, 'a to subscribe')
  })

  async function forge (message: Message): Promise<void> {
    const me = rogue.peerId.toString()
    const answer = (queryId: string, responder: string): any => ({
      queryId, responder, origin: a.peerId, status: Status.STATUS_OK, text: 'forged', modelId: 'study-cloud',
      uncertainty: { confidence: 1, meanLogprob: 0, minTokenProb: 1, meanEntropy: 0, tokenCount: 1 }
    })
    if (message.kind === 'query' && message.body.origin === a.peerId) {
      forged.answers++
      await rogue.services.pubsub.publish(TOPICS.answers, encodeMessage('answer', answer(message.body.id, me)))
    } else if (message.kind === 'summonRequest' && message.body.query?.origin === a.peerId) {
      const id = message.body.query.id!
      forged.summons += 2
      // signed by the rogue and saying so, inside posing as the summoner asked; then as itself
      await rogue.services.pubsub.publish(TOPICS.summon, encodeMessage('summonResult', { queryId: id, summoner: me, origin: a.peerId, answer: answer(id, message.body.summoner), budgetLeft: -1 }))
      await rogue.services.pubsub.publish(TOPICS.summon, encodeMessage('summonResult', { queryId: id, summoner: me, origin: a.peerId, answer: answer(id, me), budgetLeft: -1 }))
    }
  }

  afterAll(async () => {
    await rogue?.stop()
    await Promise.all([a, b].filter(Boolean).map(async d => { await stopDaemon(d, 'SIGKILL') }))
    cloud?.process.kill()
    await swarm?.cleanup()
  })

  it('counts only the peers it asked: the rogue\'s answers never reach the vote or the receipt, and are counted as unasked', async () => {
    const routed = await complete(a, 'swarm', 'Who founded Tabri?')
    expect(routed.status).toBe(200)
    expect(forged.answers).toBeGreaterThanOrEqual(1)
    const rogueId = rogue.peerId.toString()
    expect(routed.receipt.votes.map((v: any) => v.node)).not.toContain(rogueId)
    expect(routed.receipt.votes.map((v: any) => v.answer)).not.toContain('forged')
    expect(routed.receipt.peers).not.toContain(rogueId)
    expect(routed.receipt.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'ok' })
    const dropped = (await getJson<any>(a, '/status')).counters.answers_dropped
    expect(dropped.unasked).toBe(forged.answers)
  })

  it('binds a summon result to the summoner asked: forged results are dropped and counted, and the receipt names the real summoner', async () => {
    const before = forged.summons
    const routed = await complete(a, 'swarm', 'Name the colour of the mororb.')
    expect(routed.status).toBe(200)
    expect(forged.summons - before).toBe(2)
    expect(routed.receipt.route).toBe('cloud')
    expect(routed.receipt.summoner).toBe(b.peerId)
    expect(routed.text).not.toBe('forged')
    // of the rogue's two results for each request, the second (same signer, same query id) is
    // refused at gossip as a replay; the first is dropped as forged
    const counters = (await getJson<any>(a, '/status')).counters
    expect(counters.answers_dropped['forged-summon']).toBe(forged.summons / 2)
    expect(counters.gossip_rejected.replayed).toBe(forged.summons / 2)
  })

  it('drops an answer to a query id never asked, and counts it as unsolicited', async () => {
    const dropped = async (): Promise<number> => (await getJson<any>(a, '/status')).counters.answers_dropped?.unsolicited ?? 0
    const before = await dropped()
    await rogue.services.pubsub.publish(TOPICS.answers, encodeMessage('answer', { queryId: `never-asked-${randomBytes(4).toString('hex')}`, responder: rogue.peerId.toString(), origin: a.peerId, status: Status.STATUS_OK, text: 'forged' }))
    await waitFor(async () => (await dropped()) === before + 1, 10_000, 'the answer to be dropped')
  })

  it('sends answers and summon results back on a direct stream: the rest of the swarm never hears them', async () => {
    const routed = await complete(a, 'swarm', 'Could you name the capital city of Galkatir?')
    expect(routed.status).toBe(200)
    expect(routed.receipt.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'ok' })
    expect(routed.receipt.summoner).toBe(b.peerId)
    expect(gossiped.filter(g => g.queryId.startsWith(routed.receipt.queryId) && g.responder !== rogue.peerId.toString())).toEqual([])
    const received = (await getJson<any>(a, '/status')).counters.direct_received
    expect(received.answer).toBeGreaterThanOrEqual(1)
    expect(received.summonResult).toBeGreaterThanOrEqual(1)
    expect((await getJson<any>(b, '/status')).counters.direct_fallback).toBeUndefined()
  })

  it('refuses a direct message whose claimed sender is not the stream\'s peer, or of a kind that may not come that way', async () => {
    const direct = new Direct({ maxMessageBytes: 256 * 1024 }, { node: rogue, gossip: { publish: async () => 0 }, counters: new Counters() })
    const posingAsB = { queryId: 'q', responder: b.peerId, origin: a.peerId, status: Status.STATUS_OK, text: 'forged' }
    await expect(direct.send(a.peerId, 'answer', posingAsB)).rejects.toMatchObject({ name: 'DirectRefusedError', reason: 'spoofed' })
    const query: any = { id: 'q', origin: rogue.peerId.toString(), messages: [{ role: 1, content: 'hi' }], deadlineMs: Date.now() + 5000, budgetMs: 5000 }
    await expect(direct.send(a.peerId, 'query' as any, query)).rejects.toMatchObject({ name: 'DirectRefusedError', reason: 'wrong-kind' })
    expect((await getJson<any>(a, '/status')).counters.direct_rejected).toMatchObject({ spoofed: 1, 'wrong-kind': 1 })
  })

  it('falls back to gossip for a coordinator that takes no direct stream, and counts it', async () => {
    // the rogue asks a by name; it does not handle the direct protocol
    const id = `direct-fallback-${randomBytes(4).toString('hex')}`
    const query = { id, origin: rogue.peerId.toString(), messages: [{ role: 2, content: 'What is 2 + 3?' }], deadlineMs: Date.now() + 10_000, budgetMs: 10_000, targets: [a.peerId] }
    await rogue.services.pubsub.publish(TOPICS.queries, encodeMessage('query', query))
    await waitFor(() => gossiped.some(g => g.queryId === id && g.responder === a.peerId), 20_000, 'a\'s answer on gossip')
    expect((await getJson<any>(a, '/status')).counters.direct_fallback).toMatchObject({ answer: 1 })
  })

  it('refuses a query its signer publishes again inside the freshness window as replayed, and answers it once', async () => {
    const counters = async (): Promise<any> => (await getJson<any>(a, '/status')).counters
    const before = await counters()
    const id = `replayed-${randomBytes(4).toString('hex')}`
    const captured = encodeMessage('query', { id, origin: rogue.peerId.toString(), messages: [{ role: 2, content: 'What is 2 + 3?' }], deadlineMs: Date.now() + 10_000, budgetMs: 10_000, targets: [a.peerId] })
    await rogue.services.pubsub.publish(TOPICS.queries, captured)
    // the same bytes again: gossipsub gives them a new sequence number, so its seen cache takes them for a new message
    await rogue.services.pubsub.publish(TOPICS.queries, captured)
    await waitFor(async () => (await counters()).gossip_rejected?.replayed === (before.gossip_rejected?.replayed ?? 0) + 1, 10_000, 'the copy to be refused as replayed')
    await waitFor(() => gossiped.some(g => g.queryId === id && g.responder === a.peerId), 20_000, 'a\'s answer')
    // time for a second answer, which must not come
    await new Promise(resolve => setTimeout(resolve, 2000))
    expect(gossiped.filter(g => g.queryId === id && g.responder === a.peerId)).toHaveLength(1)
    const after = await counters()
    expect(after.gossip_rejected.replayed).toBe((before.gossip_rejected?.replayed ?? 0) + 1)
    // stopped at gossip: the query layer behind it never saw the copy
    expect(after.queries_dropped?.replayed ?? 0).toBe(before.queries_dropped?.replayed ?? 0)
  })

  it('refuses an answer sent again on a direct stream, where no gossipsub seen cache stands, as replayed', async () => {
    const direct = new Direct({ maxMessageBytes: 256 * 1024 }, { node: rogue, gossip: { publish: async () => 0 }, counters: new Counters() })
    const answer = { queryId: `never-asked-${randomBytes(4).toString('hex')}`, responder: rogue.peerId.toString(), origin: a.peerId, status: Status.STATUS_OK, text: 'again' }
    const before = (await getJson<any>(a, '/status')).counters.direct_rejected?.replayed ?? 0
    await direct.send(a.peerId, 'answer', answer)
    await expect(direct.send(a.peerId, 'answer', answer)).rejects.toMatchObject({ name: 'DirectRefusedError', reason: 'replayed' })
    expect((await getJson<any>(a, '/status')).counters.direct_rejected.replayed).toBe(before + 1)
  })
})
