import { join } from 'node:path'
import type { SwarmNode } from '@swarm-llm/daemon'
import { decodeMessage, encodeMessage, TOPICS } from '@swarm-llm/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, joinBareNode, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const RATE = 2
const BURST = 10
/** Signed queries the rogue publishes, as fast as its gossipsub takes them. */
const FLOOD = 300

// A member that holds the swarm key floods a daemon with validly signed queries, each a new id,
// each naming the daemon: the daemon's per-peer bucket lets through a burst and then its rate,
// refuses the rest (each refusal a Reject, so the rogue's gossip score falls), and a client of
// the daemon's own API is answered all the same.
describe('a rogue member flooding a daemon with queries', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let rogue: SwarmNode
  /** Ids of the flood's queries that a answered, as the rogue heard them on gossip. */
  const answered = new Set<string>()

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    a = await spawnDaemon({
      dataDir: join(swarm.dir, 'a'),
      swarmKey: swarm.swarmKey,
      extra: ['--model', modelPath('study-edge-a'), '--threads', '1', '--announce-interval-ms', '300', '--peer-ttl-ms', '3000', '--peer-query-rate', String(RATE), '--peer-query-burst', String(BURST)]
    })
    rogue = await joinBareNode(swarm.swarmKey, a, {
      name: 'rogue',
      onMessage: data => {
        try {
          const message = decodeMessage(data)
          if (message.kind === 'answer' && message.body.queryId.startsWith('flood-')) answered.add(message.body.queryId)
        } catch {}
      }
    })
    await waitFor(() => Object.values(TOPICS).every(t => rogue.services.pubsub.getSubscribers(t).some(p => p.toString() === a.peerId)), 20_000, 'a to subscribe')
  })

  afterAll(async () => {
    await rogue?.stop()
    if (a != null) await stopDaemon(a, 'SIGKILL')
    await swarm?.cleanup()
  })

  it('rate-limits the flood, lowers the rogue\'s gossip score below 0, and still answers an honest client', async () => {
    const rogueId = rogue.peerId.toString()
    const own = (await getJson<any>(a, '/status')).capabilities.modelId as string
    const started = Date.now()
    let published = 0
    const flood = async (): Promise<void> => {
      for (let i = 0; i < FLOOD; i++) {
        const query = { id: `flood-${i}`, origin: rogueId, messages: [{ role: 2, content: `What is ${i} + 1?` }], params: { maxTokens: 4 }, deadlineMs: Date.now() + 10_000, budgetMs: 10_000, targets: [a.peerId] }
        // once a has graylisted the rogue, its messages are dropped unread; publishing goes on regardless
        await rogue.services.pubsub.publish(TOPICS.queries, encodeMessage('query', query)).then(() => { published++ }, () => {})
      }
    }
    // the honest client asks while the flood is under way
    const [, honest] = await Promise.all([flood(), complete(a, own, 'Who founded Tabri?')])
    const floodSeconds = (Date.now() - started) / 1000
    expect(published).toBe(FLOOD)
    expect(honest.status).toBe(200)
    expect(honest.text.length).toBeGreaterThan(0)

    const status = await waitFor(async () => {
      const s = await getJson<any>(a, '/status')
      return (s.counters.gossip_rejected?.['rate-limited'] ?? 0) > 0 && s
    }, 10_000, 'the flood to be rate-limited')
    const limited = status.counters.gossip_rejected['rate-limited']
    const accepted = status.counters.gossip_received?.query ?? 0
    // the bucket: a burst, then the rate; never the whole flood
    expect(accepted).toBeGreaterThanOrEqual(BURST)
    expect(accepted).toBeLessThanOrEqual(BURST + Math.ceil(RATE * floodSeconds) + 1)
    expect(accepted + limited).toBeLessThanOrEqual(FLOOD)
    // gossipsub caches a score for a heartbeat (1 s): it shows once the cache runs out
    const score = await waitFor(async () => { const s = (await getJson<any>(a, '/status')).gossipScores[rogueId]; return s != null && s < 0 ? s as number : undefined }, 10_000, 'the rogue\'s score to fall')
    expect(score).toBeLessThan(0)
    const metrics = await (await fetch(`${a.api}/metrics`)).text()
    expect(metrics).toMatch(new RegExp(`swarm_llm_gossip_rejected_total\\{reason="rate-limited"\\} ${limited}\\b`))
    // what got through was answered: the limit refuses work, it does not lose what it took
    await waitFor(() => answered.size >= accepted, 30_000, 'the accepted queries to be answered')
    console.log(`rogue flood: ${FLOOD} published in ${floodSeconds.toFixed(1)} s, ${accepted} accepted, ${limited} rejected as rate-limited, ${FLOOD - accepted - limited} dropped unread (graylisted), rogue's gossip score ${score}, honest query ${honest.status}`)
  })
})
