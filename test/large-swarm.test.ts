import { join } from 'node:path'
import { MIN_CONNECTED_PEERS } from '@swarm-llm/daemon'
import type { SwarmNode } from '@swarm-llm/daemon'
import { encodeMessage, TOPICS } from '@swarm-llm/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, joinBareNode, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

// Issue 11: with gossipsub's default scoring, a swarm on one address fell apart past 15 nodes.
const SIZE = 30
// Announcement defaults (2 s, TTL 8 s): the swarm is tested as users run it.

async function peerIds (daemon: DaemonProcess): Promise<string[]> {
  return (await getJson<Array<{ peerId: string }>>(daemon, '/peers')).map(p => p.peerId).sort()
}

describe(`a swarm of ${SIZE} daemons on one address`, () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  const daemons: DaemonProcess[] = []

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    daemons.push(await spawnDaemon({ dataDir: join(swarm.dir, 'd0'), swarmKey: swarm.swarmKey }))
    // one at a time: starting several at once only slows each start on a 2-core machine
    for (let i = 1; i < SIZE; i++) {
      daemons.push(await spawnDaemon({ dataDir: join(swarm.dir, `d${i}`), swarmKey: swarm.swarmKey, bootstrap: daemons[0].addresses }))
    }
  }, 600_000)

  afterAll(async () => {
    await Promise.all(daemons.map(async d => stopDaemon(d, 'SIGKILL')))
    await swarm?.cleanup()
  })

  it('forms through one bootstrap address: every peer table holds every other daemon', async () => {
    for (const self of daemons) {
      const expected = daemons.filter(d => d !== self).map(d => d.peerId).sort()
      await waitFor(async () => JSON.stringify(await peerIds(self)) === JSON.stringify(expected), 120_000, `peers of ${self.peerId}`)
    }
    // Two daemons that find each other at once could both dial and keep two connections; the
    // dialer makes the larger id wait out the smaller's dial. A dial that failed still allows a few.
    let connections = 0
    let gossipPeers = 0
    for (const self of daemons) {
      const status = await getJson(self, '/status')
      connections += status.connections
      gossipPeers += Object.keys(status.gossipScores).length
      // every peer behaves: none is penalised
      for (const score of Object.values<number>(status.gossipScores)) expect(score).toBeGreaterThanOrEqual(0)
    }
    console.log(`${SIZE} daemons: ${connections} connection ends for ${gossipPeers} peerings (${connections - gossipPeers} duplicates)`)
    expect(connections - gossipPeers).toBeLessThanOrEqual(0.05 * gossipPeers)
    // the bootstrap node is not the only link: each daemon dials peers it hears of until it holds a few
    for (const self of daemons) {
      await waitFor(async () => (await getJson(self, '/status')).connections >= MIN_CONNECTED_PEERS, 30_000, `${MIN_CONNECTED_PEERS} connections of ${self.peerId}`)
    }
  }, 180_000)

  it('holds together when the bootstrap node is killed', async () => {
    const [bootstrap, ...rest] = daemons
    await stopDaemon(bootstrap, 'SIGKILL')
    const killedAt = Date.now()
    for (const self of rest) {
      const expected = rest.filter(d => d !== self).map(d => d.peerId).sort()
      // every other daemon heard from since the kill, and the bootstrap node gone
      await waitFor(async () => {
        const peers = await getJson<Array<{ peerId: string, lastSeenMsAgo: number }>>(self, '/peers')
        const now = Date.now()
        return JSON.stringify(peers.map(p => p.peerId).sort()) === JSON.stringify(expected) &&
          peers.every(p => now - p.lastSeenMsAgo > killedAt)
      }, 120_000, `peers of ${self.peerId} after the bootstrap node died`)
    }
    // nobody but the bootstrap node ever left a table: they stayed complete throughout
    for (const self of rest) {
      const left = (await getJson(self, '/status')).counters.peers_left ?? {}
      expect(Object.values<number>(left).reduce((sum, n) => sum + n, 0)).toBe(1)
    }
  }, 180_000)
})

// A node with the right swarm key that publishes junk: the daemons' scoring must catch it.
describe('gossipsub scoring in a private swarm', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess
  let rogue: SwarmNode

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--announce-interval-ms', '300'] })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: ['--announce-interval-ms', '300'] })
    await waitFor(async () => (await peerIds(a)).includes(b.peerId), 20_000, 'a and b to meet')
    rogue = await joinBareNode(swarm.swarmKey, a, { name: 'rogue', maxMessageBytes: 4 * 1024 * 1024 })
    await waitFor(() => rogue.services.pubsub.getSubscribers(TOPICS.queries).some(p => p.toString() === a.peerId), 20_000, 'a to subscribe')
  })

  afterAll(async () => {
    await rogue?.stop()
    await Promise.all([a, b].filter(Boolean).map(async d => stopDaemon(d, 'SIGKILL')))
    await swarm?.cleanup()
  })

  it('lowers the score of a peer that sends invalid messages until it is graylisted, and not of one that behaves', async () => {
    const rogueId = rogue.peerId.toString()
    const scoreOf = async (peerId: string): Promise<number | undefined> => (await getJson(a, '/status')).gossipScores[peerId]
    expect(await scoreOf(rogueId)).toBe(0)

    // malformed bytes on the queries topic, one at a time, each waited for until a counted it
    for (let sent = 1; sent <= 5; sent++) {
      await rogue.services.pubsub.publish(TOPICS.queries, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, sent]))
      await waitFor(async () => ((await getJson(a, '/status')).counters.gossip_rejected?.malformed ?? 0) >= sent, 10_000, `junk message ${sent} rejected`)
    }
    // -5 per invalid message squared, per topic: five of them make -125, below the graylist threshold (-80)
    const score = await waitFor(async () => { const s = await scoreOf(rogueId); return s != null && s < -80 ? s : undefined }, 10_000, 'the rogue to be graylisted')
    expect(score).toBeLessThan(-80)
    expect(await scoreOf(b.peerId)).toBeGreaterThanOrEqual(0)
    expect((await getJson(b, '/status')).gossipScores[a.peerId]).toBeGreaterThanOrEqual(0)

    // the junk was never forwarded: b saw none of it
    expect((await getJson(b, '/status')).counters.gossip_rejected ?? {}).toEqual({})
  })
})
