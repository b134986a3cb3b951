import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, makeSwarmDir, waitFor } from './helpers/daemon.js'
import { canMakeNamespaces, HostNet } from './helpers/hosts.js'

function hasFaketime (): boolean {
  try {
    execFileSync('faketime', ['-f', '+0s', 'true'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const allowed = canMakeNamespaces() && hasFaketime()
if (!allowed) {
  console.warn('doctor tests SKIPPED: they must run as root with iproute2, nftables and faketime to build each fault in network namespaces of their own')
}

interface Check { check: string, status: 'ok' | 'warn' | 'fail', finding: string, fix?: string }

// One LAN with a fault on each host but the first, which every diagnosis but two reads.
const OBSERVER = 0
const FIREWALLED = 1 // a firewall drops TCP to and from the daemon's port
const OTHER_KEY = 2 // holds a swarm key of its own; the observer has its address
const CLOCK_OFF = 3 // its clock runs two minutes ahead
const TWINS = [4, 5] // one identity, two machines (a copied data directory)
const NO_MULTICAST = 6 // no multicast route, and a daemon that listens on loopback only
const WRONG_INTERFACE = 7 // multicast goes out another interface than the one the daemon listens on
const FAST = ['--announce-interval-ms', '500']

describe.skipIf(!allowed)('swarm-llm doctor, each fault built in a namespace (needs root)', () => {
  let net: HostNet
  let otherKey: Awaited<ReturnType<typeof makeSwarmDir>>

  const doctor = (i: number): { code: number, checks: Check[] } => {
    const { code, stdout, stderr } = net.cli(i, ['doctor', '--json'])
    try {
      return { code, checks: JSON.parse(stdout).checks }
    } catch {
      throw new Error(`doctor on host ${i} printed no JSON (exit ${code}):\n${stdout}\n${stderr}`)
    }
  }
  const failing = (checks: Check[], name: string): Check[] => checks.filter(c => c.check === name && c.status === 'fail')

  beforeAll(async () => {
    net = await HostNet.create(8, { noMulticastRoute: [NO_MULTICAST] })
    net.multicastOnOtherInterface(WRONG_INTERFACE)
    otherKey = await makeSwarmDir()
    // mDNS finds only daemons of the same swarm (its service name derives from the key): a
    // host with another key is met through a bootstrap address
    await net.start(OBSERVER, { bootstrap: [`/ip4/${net.hosts[OTHER_KEY].address}/tcp/4700`], extra: FAST })
    net.dropPort(FIREWALLED)
    await net.start(FIREWALLED, { extra: FAST })
    await net.start(OTHER_KEY, { swarmKey: otherKey.swarmKey, extra: FAST })
    await net.start(CLOCK_OFF, { wrapper: ['faketime', '-f', '+120s'], extra: FAST })
    await net.start(TWINS[0], { extra: FAST })
    await net.stop(TWINS[0])
    await net.copyIdentity(TWINS[0], TWINS[1])
    await net.start(TWINS[0], { extra: FAST })
    await net.start(TWINS[1], { extra: FAST })
    await net.start(NO_MULTICAST, { listen: '/ip4/127.0.0.1/tcp/4700', extra: FAST })
    await net.start(WRONG_INTERFACE, { extra: FAST })
  })

  afterAll(async () => {
    await net?.destroy()
    await otherKey?.cleanup()
  })

  it('finds nothing wrong on a host whose peers are healthy, before the faults show', async () => {
    // the twins are the observer's only healthy peers; wait until it has heard from them
    const observer = net.hosts[OBSERVER].daemon!
    await waitFor(async () => (await getJson<any[]>(observer, '/peers')).length > 0, 30_000, 'the observer to find a peer')
    const { checks } = doctor(OBSERVER)
    for (const name of ['daemon', 'interfaces', 'multicast-route', 'listen-address', 'discovery']) {
      expect(checks.find(c => c.check === name)?.status, name).toBe('ok')
    }
  })

  it('says a firewall drops the port of a host it found by mDNS but cannot dial', async () => {
    const address = net.hosts[FIREWALLED].address
    const check = await waitFor(() => failing(doctor(OBSERVER).checks, 'firewall').find(c => c.finding.includes(address)), 60_000, 'the firewall diagnosis')
    expect(check.finding).toMatch(/time out|dropped/)
    expect(check.fix).toMatch(/4700\/tcp/)
  })

  it('says a host that accepts TCP but fails the handshake holds another swarm key', async () => {
    const address = net.hosts[OTHER_KEY].address
    const check = await waitFor(() => failing(doctor(OBSERVER).checks, 'swarm-key').find(c => c.finding.includes(address)), 60_000, 'the swarm key diagnosis')
    expect(check.fix).toMatch(/swarm\.key/)
    // and no other diagnosis is pinned on that host
    expect(failing(doctor(OBSERVER).checks, 'firewall').some(c => c.finding.includes(address))).toBe(false)
  })

  it('says which peer\'s clock is far off', async () => {
    const peerId = net.hosts[CLOCK_OFF].daemon!.peerId
    const check = await waitFor(() => failing(doctor(OBSERVER).checks, 'clock').find(c => c.finding.includes(peerId)), 30_000, 'the clock diagnosis')
    // faketime sets that host's clock 120 s ahead
    const seconds = Number(/stamped (\d+) s/.exec(check.finding)?.[1])
    expect(seconds).toBeGreaterThan(100)
    expect(seconds).toBeLessThan(140)
    expect(check.finding).toMatch(/ahead/)
  })

  it('says two machines share one identity', async () => {
    const peerId = net.hosts[TWINS[0]].daemon!.peerId
    expect(net.hosts[TWINS[1]].daemon!.peerId).toBe(peerId)
    const check = await waitFor(() => failing(doctor(OBSERVER).checks, 'identity').find(c => c.finding.includes(peerId)), 30_000, 'the identity diagnosis')
    expect(check.fix).toMatch(/data directory/)
  })

  it('says a host has no multicast route and a daemon that only loopback can reach, and fails', () => {
    const { code, checks } = doctor(NO_MULTICAST)
    expect(code).toBe(1)
    expect(failing(checks, 'multicast-route')[0]?.fix).toMatch(/ip route add 224\.0\.0\.0\/4 dev eth0/)
    expect(failing(checks, 'listen-address')[0]?.finding).toMatch(/loopback only/)
  })

  it('says mDNS speaks on another interface than the one the daemon listens on', () => {
    const { code, checks } = doctor(WRONG_INTERFACE)
    expect(code).toBe(1)
    expect(checks.find(c => c.check === 'multicast-route')?.finding).toMatch(/wlan0/)
    const check = failing(checks, 'listen-address')[0]
    expect(check?.finding).toMatch(/mDNS speaks on wlan0 \(10\.99\.0\.1\) but the daemon listens on 10\.88\.0\.8/)
  })

  it('says no daemon answers where none runs, and still checks the host', async () => {
    await net.stop(FIREWALLED)
    const { code, checks } = doctor(FIREWALLED)
    expect(code).toBe(1)
    expect(failing(checks, 'daemon')[0]?.finding).toMatch(/no daemon answers/)
    expect(checks.find(c => c.check === 'multicast-route')?.status).toBe('ok')
  })
})
