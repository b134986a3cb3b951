import { readFile } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { networkInterfaces } from 'node:os'

/**
 * `swarm-llm doctor`: why daemons on a LAN do not find or reach each other. It reads this
 * machine's interfaces and routes, asks the local daemon what it saw (peers discovered, dials
 * failed, stale messages, twin identities), and probes the addresses it failed to dial with a
 * plain TCP connection, which tells a dropped port from a refused one from a handshake that
 * fails past TCP (a different swarm key).
 */

export type CheckStatus = 'ok' | 'warn' | 'fail'

export interface Check {
  check: string
  status: CheckStatus
  finding: string
  /** What to do about it; absent when nothing needs doing. */
  fix?: string
}

/** What the daemon's /status says that the doctor reads; undefined when no daemon answers. */
export interface DaemonView {
  addresses: string[]
  peerCount: number
  swarm: string
  duplicateIdentity: { self: boolean, peers: Array<{ peerId: string, instanceIds: string[] }> }
  diagnostics: {
    discovered: Array<{ peerId: string, addresses: string[], atMs: number }>
    dialFailures: Array<{ target: string, addresses: string[], error: string, atMs: number }>
    staleSenders: Array<{ peerId: string, ageMs: number, atMs: number }>
  }
  /** The local threshold, and the calibrated confidence this node's model gives a fully certain answer (null without a model). */
  routing?: { tauLocal: number, localConfidenceCeiling?: number | null }
}

export interface Route { iface: string, destination: number, mask: number }
export interface Iface { name: string, address: string, netmask: string }

/** How a TCP connection to an address went. */
export type Probe = 'open' | 'refused' | 'dropped' | 'unreachable'

export interface DoctorInput {
  routes: Route[] | undefined
  interfaces: Iface[]
  daemon: DaemonView | undefined
  daemonError?: string
  /** TCP probes of the addresses the daemon failed to dial, by target. */
  probes: Map<string, Probe>
  nowMs: number
}

/** Stale messages older than this are history, not a present problem. */
const RECENT_MS = 5 * 60_000
const MDNS_GROUP = ip4('224.0.0.251')

/** The highest τ_local, in hundredths, that a model whose fully certain answer gets `ceiling` can still reach. */
export const reachableTauLocal = (ceiling: number): number => Math.floor(ceiling * 100) / 100

/** Every diagnosis, from what was gathered; pure, so each can be tested on its own. */
export function diagnose (input: DoctorInput): Check[] {
  const checks: Check[] = []
  const { daemon, interfaces, routes } = input
  checks.push(daemon != null
    ? { check: 'daemon', status: 'ok', finding: `a daemon answers, swarm ${daemon.swarm}` }
    : { check: 'daemon', status: 'fail', finding: input.daemonError ?? 'no daemon answers', fix: 'start one with `swarm-llm up` (or point --api-port at it); the checks below cover this machine only' })

  checks.push(interfaces.length > 0
    ? { check: 'interfaces', status: 'ok', finding: interfaces.map(i => `${i.name} ${i.address}`).join(', ') }
    : { check: 'interfaces', status: 'fail', finding: 'no network interface but loopback is up', fix: 'connect this machine to the LAN' })

  const multicast = routes?.filter(r => ((MDNS_GROUP & r.mask) >>> 0) === ((r.destination & r.mask) >>> 0) && r.iface !== 'lo')
    .sort((a, b) => b.mask - a.mask)[0] // the most specific route wins
  if (routes == null) {
    checks.push({ check: 'multicast-route', status: 'warn', finding: 'cannot read the routing table on this system (/proc/net/route)' })
  } else if (multicast == null) {
    const lan = interfaces[0]?.name ?? 'IFACE'
    checks.push({
      check: 'multicast-route',
      status: 'fail',
      finding: 'no route carries multicast (224.0.0.251): mDNS fails silently and no peer is discovered',
      fix: `add one: \`sudo ip route add 224.0.0.0/4 dev ${lan}\` (or give the machine a default route), or skip mDNS with --bootstrap ADDRESS`
    })
  } else {
    checks.push({ check: 'multicast-route', status: 'ok', finding: `multicast goes out ${multicast.iface}` })
  }

  if (daemon == null) return checks

  // the addresses peers can dial: not loopback, and on the interface mDNS speaks from
  const hosts = daemon.addresses.map(hostOf).filter((h): h is string => h != null)
  const reachable = hosts.filter(h => !h.startsWith('127.'))
  const mdnsIface = multicast != null ? interfaces.filter(i => i.name === multicast.iface).map(i => i.address) : []
  if (reachable.length === 0) {
    checks.push({
      check: 'listen-address',
      status: 'fail',
      finding: `the daemon listens on loopback only (${hosts.join(', ')}): peers on other machines cannot dial it`,
      fix: 'listen on the LAN: `swarm-llm up --listen /ip4/0.0.0.0/tcp/4700` (or this machine\'s LAN address)'
    })
  } else if (mdnsIface.length > 0 && !reachable.some(h => mdnsIface.includes(h) || h === '0.0.0.0' || h === '::')) {
    checks.push({
      check: 'listen-address',
      status: 'fail',
      finding: `mDNS speaks on ${multicast!.iface} (${mdnsIface.join(', ')}) but the daemon listens on ${reachable.join(', ')}: peers find it on one interface and cannot dial it there`,
      fix: `listen on ${multicast!.iface}'s address or on 0.0.0.0, or route multicast out the interface the daemon listens on`
    })
  } else {
    checks.push({ check: 'listen-address', status: 'ok', finding: `peers can dial ${reachable.join(', ')}` })
  }

  const { discovered, dialFailures, staleSenders } = daemon.diagnostics
  checks.push(daemon.peerCount > 0 || discovered.length > 0
    ? { check: 'discovery', status: 'ok', finding: `${discovered.length} peer(s) discovered, ${daemon.peerCount} in the peer table` }
    : { check: 'discovery', status: 'warn', finding: 'no peer discovered yet', fix: 'is another daemon up on this LAN with mDNS on, and does it hold the same swarm key? mDNS finds only daemons of the same swarm (compare the swarm fingerprint of `swarm-llm status`). If multicast is blocked (many Wi-Fi networks), pass --bootstrap ADDRESS' })

  for (const failure of dialFailures) {
    const probe = input.probes.get(failure.target)
    const where = failure.addresses.join(', ')
    if (probe === 'dropped') {
      checks.push({ check: 'firewall', status: 'fail', finding: `${where}: TCP connections time out, the port is dropped (a firewall?)`, fix: `open that TCP port on ${failure.target}'s machine (e.g. \`sudo ufw allow ${portOf(failure.addresses) ?? 4700}/tcp\`)` })
    } else if (probe === 'refused') {
      checks.push({ check: 'firewall', status: 'fail', finding: `${where}: the connection is refused: nothing listens there, or a firewall rejects it`, fix: `is the daemon on ${failure.target} up, and listening on that address and port?` })
    } else if (probe === 'unreachable') {
      checks.push({ check: 'network', status: 'fail', finding: `${where}: no route to that host`, fix: 'are both machines on the same network (subnet, VLAN, guest Wi-Fi isolation)?' })
    } else if (probe === 'open') {
      checks.push({
        check: 'swarm-key',
        status: 'fail',
        finding: `${where} accepts TCP connections but the libp2p handshake fails (${failure.error}): most likely the two machines hold different swarm keys`,
        fix: `compare the swarm fingerprint (this one: ${daemon.swarm}) with \`swarm-llm status\` there, and copy one swarm.key to every node`
      })
    }
  }

  for (const stale of staleSenders.filter(s => input.nowMs - s.atMs < RECENT_MS)) {
    const off = Math.round(Math.abs(stale.ageMs) / 1000)
    checks.push({
      check: 'clock',
      status: 'fail',
      finding: `messages from ${stale.peerId} are stamped ${off} s ${stale.ageMs >= 0 ? 'behind' : 'ahead of'} this machine's clock; peers drop messages more than 30 s off`,
      fix: 'turn on time sync on both machines (`sudo timedatectl set-ntp true`)'
    })
  }

  if (daemon.duplicateIdentity.self) {
    checks.push({ check: 'identity', status: 'fail', finding: "another machine runs with this daemon's peer id (a copied data directory?)", fix: 'give each machine its own data directory: delete identity.key in the copied data directory, or start it with a fresh --data-dir' })
  }
  for (const twin of daemon.duplicateIdentity.peers) {
    checks.push({ check: 'identity', status: 'fail', finding: `peer ${twin.peerId} is run by ${twin.instanceIds.length} processes (a copied data directory?)`, fix: 'give each machine its own data directory' })
  }
  if (!checks.some(c => c.check === 'identity')) checks.push({ check: 'identity', status: 'ok', finding: 'no other process shares an identity with this daemon or its peers' })

  const ceiling = daemon.routing?.localConfidenceCeiling
  if (daemon.routing != null && ceiling != null && ceiling < daemon.routing.tauLocal) {
    checks.push({
      check: 'local-threshold',
      status: 'warn',
      finding: `τ_local ${daemon.routing.tauLocal} is above the confidence this node's calibrated model gives even a fully certain answer (${ceiling.toFixed(3)}): no query is answered locally, every one waits for the peers`,
      fix: `start the daemon with --tau-local ${reachableTauLocal(ceiling)} or lower (\`swarm-llm bench\` fits one on a labelled workload)`
    })
  }
  return checks
}

/** IPv4 routes from Linux's /proc/net/route; undefined elsewhere. */
export async function readRoutes (): Promise<Route[] | undefined> {
  const text = await readFile('/proc/net/route', 'utf8').catch(() => undefined)
  return text == null ? undefined : parseRoutes(text)
}

/** Parses the text of /proc/net/route. */
export function parseRoutes (text: string): Route[] {
  // columns: Iface Destination Gateway Flags RefCnt Use Metric Mask ...; addresses in hex, little-endian
  return text.trim().split('\n').slice(1).map(line => line.trim().split(/\s+/)).map(cols => ({
    iface: cols[0], destination: hexLittleEndian(cols[1]), mask: hexLittleEndian(cols[7])
  }))
}

export function lanInterfaces (): Iface[] {
  return Object.entries(networkInterfaces()).flatMap(([name, addresses]) =>
    (addresses ?? []).filter(a => a.family === 'IPv4' && !a.internal).map(a => ({ name, address: a.address, netmask: a.netmask })))
}

/** Tries a TCP connection to the first dialable address. */
export async function probe (addresses: string[], timeoutMs = 3000): Promise<Probe | undefined> {
  const target = addresses.map(a => ({ host: hostOf(a), port: portOf([a]) })).find(t => t.host != null && t.port != null)
  if (target == null) return undefined
  return await new Promise(resolve => {
    const socket = createConnection({ host: target.host!, port: target.port!, timeout: timeoutMs })
    const done = (result: Probe): void => { socket.destroy(); resolve(result) }
    socket.once('connect', () => { done('open') })
    socket.once('timeout', () => { done('dropped') })
    socket.once('error', (err: NodeJS.ErrnoException) => {
      done(err.code === 'ECONNREFUSED' ? 'refused' : err.code === 'ETIMEDOUT' ? 'dropped' : 'unreachable')
    })
  })
}

/** A multiaddr's part after `name` (`/ip4/10.0.0.2/tcp/4700/p2p/…`: ip4 → 10.0.0.2). */
function part (address: string, names: string[]): string | undefined {
  const parts = address.split('/')
  const i = parts.findIndex(p => names.includes(p))
  return i >= 0 ? parts[i + 1] : undefined
}

function hostOf (address: string): string | undefined {
  return part(address, ['ip4', 'ip6'])
}

function portOf (addresses: string[]): number | undefined {
  for (const address of addresses) {
    const port = part(address, ['tcp'])
    if (port != null) return Number(port)
  }
}

function ip4 (dotted: string): number {
  return dotted.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0)
}

function hexLittleEndian (hex: string): number {
  const n = parseInt(hex, 16)
  // /proc/net/route writes the address bytes in host (little-endian) order
  return (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0
}
