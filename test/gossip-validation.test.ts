import { join } from 'node:path'
import type { SwarmNode } from '@swarm-llm/daemon'
import { encodeMessage, TOPICS } from '@swarm-llm/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, joinBareNode, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

// A rogue node with the right swarm key publishes bad messages straight onto the topics.
describe('gossip validation', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess
  let rogue: SwarmNode

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    const extra = ['--announce-interval-ms', '300', '--peer-ttl-ms', '3000']
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra })
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === b.peerId), 20_000, 'a and b to meet')
    rogue = await joinBareNode(swarm.swarmKey, a, { name: 'rogue', maxMessageBytes: 4 * 1024 * 1024 })
    await waitFor(() => Object.values(TOPICS).every(t => rogue.services.pubsub.getSubscribers(t).some(p => p.toString() === a.peerId)),
      20_000, 'a to subscribe')
  })

  afterAll(async () => {
    await rogue?.stop()
    await Promise.all([a, b].filter(Boolean).map(async d => stopDaemon(d, 'SIGKILL')))
    await swarm?.cleanup()
  })

  it('rejects and counts malformed, oversized, wrong-version, off-topic and spoofed messages; the swarm keeps working', async () => {
    const publish = async (topic: string, data: Uint8Array): Promise<void> => { await rogue.services.pubsub.publish(topic, data) }
    const rogueId = rogue.peerId.toString()
    await publish(TOPICS.queries, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]))
    await publish(TOPICS.capabilities, encodeMessage('leave', { reason: 'x'.repeat(300 * 1024) }))
    await publish(TOPICS.capabilities, encodeMessage('capability', { modelId: 'm', instanceId: 'i', protocolVersion: 2 }, { version: 2 }))
    await publish(TOPICS.answers, encodeMessage('leave', { reason: 'wrong topic' }))
    await publish(TOPICS.answers, encodeMessage('answer', { queryId: 'q', responder: b.peerId, status: 1, text: 'forged' }))
    await publish(TOPICS.queries, encodeMessage('query', { id: 'q', origin: rogueId, messages: [], deadlineMs: Date.now() + 1000 }))

    const counted = await waitFor(async () => {
      const rejected = (await getJson(a, '/status')).counters.gossip_rejected ?? {}
      return ['malformed', 'oversized', 'wrong-version', 'wrong-topic', 'spoofed', 'invalid'].every(r => rejected[r] >= 1) ? rejected : undefined
    }, 10_000, 'every rejection to be counted')
    expect(counted).toMatchObject({ malformed: 1, oversized: 1, 'wrong-version': 1, 'wrong-topic': 1, spoofed: 1, invalid: 1 })

    // a valid announcement from the same node is still accepted, and a and b still hear each other
    await publish(TOPICS.capabilities, encodeMessage('capability', { modelId: 'rogue-model', instanceId: 'rogue', protocolVersion: 1 }))
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === rogueId), 10_000, 'a valid message to be accepted')
    const peers = await getJson<any[]>(a, '/peers')
    const fromB = peers.find(p => p.peerId === b.peerId)
    expect(fromB).toBeDefined()
    expect(fromB.lastSeenMsAgo).toBeLessThan(1500)
    expect((await getJson<any[]>(b, '/peers')).map(p => p.peerId)).toContain(a.peerId)
  })
})
