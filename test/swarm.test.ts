import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

const FAST = ['--announce-interval-ms', '300', '--peer-ttl-ms', '2000']
const running: DaemonProcess[] = []
const cleanups: Array<() => Promise<void>> = []

async function start (options: Parameters<typeof spawnDaemon>[0]): Promise<DaemonProcess> {
  const daemon = await spawnDaemon(options)
  running.push(daemon)
  return daemon
}

afterEach(async () => {
  await Promise.all(running.splice(0).map(async d => stopDaemon(d, 'SIGKILL')))
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function peerIds (daemon: DaemonProcess): Promise<string[]> {
  return (await getJson<Array<{ peerId: string }>>(daemon, '/peers')).map(p => p.peerId).sort()
}

describe('a swarm on loopback', () => {
  it('forms through bootstrap addresses and shares capabilities', async () => {
    const swarm = await makeSwarmDir()
    cleanups.push(swarm.cleanup)
    const a = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: FAST })
    const b = await start({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    const c = await start({ dataDir: join(swarm.dir, 'c'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    for (const [self, others] of [[a, [b, c]], [b, [a, c]], [c, [a, b]]] as const) {
      const expected = others.map(o => o.peerId).sort()
      await waitFor(async () => JSON.stringify(await peerIds(self)) === JSON.stringify(expected), 20_000, `peers of ${self.peerId}`)
    }
    // b and c know each other through a's gossip; a holds one connection to each, no duplicates
    expect((await getJson(a, '/status')).connections).toBe(2)
    const peers = await getJson<any[]>(a, '/peers')
    for (const peer of peers) {
      expect(peer.capabilities).toMatchObject({ modelId: 'none', protocolVersion: 1, softwareVersion: expect.any(String), canSummon: false })
    }
  })

  it('keeps its peer id across restarts', async () => {
    const swarm = await makeSwarmDir()
    cleanups.push(swarm.cleanup)
    const first = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey })
    await stopDaemon(first)
    const second = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey })
    expect(second.peerId).toBe(first.peerId)
    const other = await start({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey })
    expect(other.peerId).not.toBe(first.peerId)
  })

  it('refuses a second daemon on the same data directory', async () => {
    const swarm = await makeSwarmDir()
    cleanups.push(swarm.cleanup)
    await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey })
    await expect(spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey })).rejects.toThrow(/in use by process/)
  })

  it('detects two nodes sharing one identity (a copied data directory)', async () => {
    const swarm = await makeSwarmDir()
    cleanups.push(swarm.cleanup)
    const a = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: FAST })
    await stopDaemon(running.pop()!)
    await cp(join(swarm.dir, 'a'), join(swarm.dir, 'a-copy'), { recursive: true })
    const observer = await start({ dataDir: join(swarm.dir, 'o'), swarmKey: swarm.swarmKey, extra: FAST })
    await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, bootstrap: observer.addresses, extra: FAST })
    await start({ dataDir: join(swarm.dir, 'a-copy'), swarmKey: swarm.swarmKey, bootstrap: observer.addresses, extra: FAST })
    const status = await waitFor(async () => {
      const s = await getJson(observer, '/status')
      return s.duplicateIdentity.peers.length > 0 ? s : undefined
    }, 20_000, 'duplicate identity warning')
    expect(status.duplicateIdentity.peers[0].peerId).toBe(a.peerId)
    expect(status.duplicateIdentity.peers[0].instanceIds).toHaveLength(2)
  })
})

describe('a private swarm', () => {
  it('refuses a daemon with another swarm key, and admits one with the same key', async () => {
    const swarm = await makeSwarmDir()
    const other = await makeSwarmDir()
    cleanups.push(swarm.cleanup, other.cleanup)
    const a = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: FAST })
    const stranger = await start({ dataDir: join(other.dir, 's'), swarmKey: other.swarmKey, bootstrap: a.addresses, extra: ['--announce-interval-ms', '300'] })
    const friend = await start({ dataDir: join(swarm.dir, 'f'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    await waitFor(async () => (await peerIds(a)).includes(friend.peerId), 20_000, 'friend to join')
    // the stranger has had several redial rounds by now, all refused
    await waitFor(async () => ((await getJson(stranger, '/status')).counters.dials?.failed ?? 0) >= 2, 20_000, 'failed dials')
    expect(await peerIds(a)).not.toContain(stranger.peerId)
    expect(await peerIds(stranger)).toEqual([])
    expect((await getJson(stranger, '/status')).connections).toBe(0)
  })
})

describe('peer departure', () => {
  it('drops a stopped daemon at once, a killed one soon after its connection closes, and within the TTL where it had none', async () => {
    const swarm = await makeSwarmDir()
    cleanups.push(swarm.cleanup)
    const a = await start({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: FAST })
    const killed = await start({ dataDir: join(swarm.dir, 'k'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    const stopped = await start({ dataDir: join(swarm.dir, 's'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    await waitFor(async () => (await peerIds(a)).length === 2, 20_000, 'both peers')

    await stopDaemon(stopped, 'SIGTERM')
    // it said goodbye: a drops it for that reason, not because it fell silent
    await waitFor(async () => !(await peerIds(a)).includes(stopped.peerId), 10_000, 'the stopped peer to leave')
    expect((await getJson(a, '/status')).counters.peers_left).toEqual({ goodbye: 1 })

    // an observer that hears of the killed daemon only through a, with no connection of its own to it
    const observer = await start({ dataDir: join(swarm.dir, 'o'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: FAST })
    await waitFor(async () => (await peerIds(observer)).includes(killed.peerId), 20_000, 'observer to hear of the doomed peer')
    expect((await getJson(observer, '/status')).connections).toBe(1)

    const killedAt = Date.now()
    await stopDaemon(killed, 'SIGKILL')
    const gone = async (d: DaemonProcess): Promise<number> => {
      await waitFor(async () => !(await peerIds(d)).includes(killed.peerId), 10_000, 'killed peer to expire')
      return Date.now() - killedAt
    }
    const [viaConnection, viaSilence] = await Promise.all([gone(a), gone(observer)])
    // a saw the connection close and waits a grace of 1.5 announce intervals (450 ms); the
    // observer only notices the silence, a TTL (2000 ms) after the last announcement. Compared
    // with each other, not with the clock, so a loaded machine does not fail the test.
    expect(viaConnection).toBeLessThan(viaSilence)
    expect((await getJson(a, '/status')).counters.peers_left.expired).toBe(1)
    expect((await getJson(observer, '/status')).counters.peers_left.expired).toBe(1)
  })
})
