import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'

function canMakeNamespaces (): boolean {
  if (process.getuid?.() !== 0) return false
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const allowed = canMakeNamespaces()
if (!allowed) {
  console.warn('mDNS test SKIPPED: it must run as root with iproute2 to create its own network namespaces; ' +
    'mDNS is never run on the host\'s real interfaces')
}

const ip = (...args: string[]): string => execFileSync('ip', args, { encoding: 'utf8' })

/**
 * Three hosts, each in a network namespace of its own with one veth leg on a bridge that
 * lives in a fourth namespace. Nothing touches the host's interfaces; multicast needs the
 * 224.0.0.0/4 route on each host's interface, or mDNS fails silently.
 */
describe.skipIf(!allowed)('mDNS discovery in network namespaces (needs root)', () => {
  const tag = randomBytes(3).toString('hex')
  const bridge = `swl-${tag}-br`
  const hosts = [1, 2, 3].map(i => ({ ns: `swl-${tag}-${i}`, address: `10.77.0.${i}` }))
  const daemons: DaemonProcess[] = []
  let cleanupSwarm: (() => Promise<void>) | undefined

  afterAll(async () => {
    await Promise.all(daemons.map(async d => stopDaemon(d, 'SIGKILL')))
    for (const ns of [...hosts.map(h => h.ns), bridge]) {
      try { ip('netns', 'del', ns) } catch {}
    }
    await cleanupSwarm?.()
  })

  it('three daemons find each other with no bootstrap address', async () => {
    ip('netns', 'add', bridge)
    ip('-n', bridge, 'link', 'add', 'br0', 'type', 'bridge')
    ip('-n', bridge, 'link', 'set', 'br0', 'up')
    hosts.forEach(({ ns, address }, i) => {
      ip('netns', 'add', ns)
      ip('-n', ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', `leg${i}`, 'netns', bridge)
      ip('-n', bridge, 'link', 'set', `leg${i}`, 'master', 'br0', 'up')
      ip('-n', ns, 'addr', 'add', `${address}/24`, 'dev', 'eth0')
      ip('-n', ns, 'link', 'set', 'eth0', 'up')
      ip('-n', ns, 'link', 'set', 'lo', 'up')
      ip('-n', ns, 'route', 'add', '224.0.0.0/4', 'dev', 'eth0')
    })

    const swarm = await makeSwarmDir()
    cleanupSwarm = swarm.cleanup
    for (const [i, host] of hosts.entries()) {
      daemons.push(await spawnDaemon({
        dataDir: join(swarm.dir, `d${i}`), swarmKey: swarm.swarmKey, netns: host.ns, mdns: true,
        listen: `/ip4/${host.address}/tcp/4700`, extra: ['--announce-interval-ms', '500']
      }))
    }

    // ask each daemon through the CLI, inside its namespace, as a user on that host would
    for (const [i, host] of hosts.entries()) {
      const others = daemons.filter((_, j) => j !== i).map(d => d.peerId).sort()
      const peers = await waitFor(() => {
        const list = JSON.parse(execFileSync('ip', ['netns', 'exec', host.ns, process.execPath, CLI, 'peers', '--json',
          '--api-port', String(daemons[i].apiPort)], { encoding: 'utf8' })) as Array<{ peerId: string, capabilities: any }>
        return JSON.stringify(list.map(p => p.peerId).sort()) === JSON.stringify(others) ? list : undefined
      }, 30_000, `peers of host ${i + 1}`)
      for (const peer of peers) expect(peer.capabilities.protocolVersion).toBe(1)
    }
    // each pair dialled once: two connections per daemon, not one per direction
    await new Promise(resolve => setTimeout(resolve, 3000))
    for (const [i, host] of hosts.entries()) {
      const status = JSON.parse(execFileSync('ip', ['netns', 'exec', host.ns, process.execPath, CLI, 'status', '--json',
        '--api-port', String(daemons[i].apiPort)], { encoding: 'utf8' }))
      expect(status.connections).toBe(2)
    }
  })
})
