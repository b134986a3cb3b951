import { execFileSync, spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFile, mkdir } from 'node:fs/promises'
import { createConnection, createServer } from 'node:net'
import type { Server } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { CLI, makeSwarmDir, spawnDaemon, stopDaemon } from './daemon.js'
import type { DaemonProcess, SpawnOptions } from './daemon.js'

const FORWARDER = fileURLToPath(new URL('netns-forward.mjs', import.meta.url))
/** Every host's daemon listens on these ports; each namespace has its own, so they never clash. */
const P2P_PORT = 4700
const API_PORT = 4701

const ip = (...args: string[]): string => execFileSync('ip', args, { encoding: 'utf8' })
const quiet = { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] } as const
const tc = (...args: string[]): string => execFileSync('tc', args, quiet)
const nft = (ns: string, command: string): string => execFileSync('ip', ['netns', 'exec', ns, 'nft', command], quiet)

/** Whether this process may build network namespaces: root, with iproute2 and nftables. */
export function canMakeNamespaces (): boolean {
  if (process.getuid?.() !== 0) return false
  try {
    for (const tool of ['ip', 'tc', 'nft']) execFileSync(tool, ['-V'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Whether the kernel can delay packets (tc netem); it is a module some kernels lack. */
export function canDelayLinks (): boolean {
  const ns = `swl-probe-${randomBytes(3).toString('hex')}`
  try {
    ip('netns', 'add', ns)
    tc('-n', ns, 'qdisc', 'add', 'dev', 'lo', 'root', 'netem', 'delay', '1ms')
    return true
  } catch {
    return false
  } finally {
    try { ip('netns', 'del', ns) } catch {}
  }
}

export interface Host {
  index: number
  /** The host's network namespace. */
  ns: string
  /** Its address on the LAN. */
  address: string
  /** Its daemon's data directory: kept across restarts, so the host keeps its identity. */
  dataDir: string
  /** The running daemon, if any; its `api` is reachable from the test process. */
  daemon?: DaemonProcess
}

export type HostOptions = Omit<SpawnOptions, 'dataDir' | 'netns' | 'apiPort' | 'mdns'> & {
  /** Discover peers by mDNS (the default here: hosts have no bootstrap address). */
  mdns?: boolean
}

/**
 * A LAN of N hosts on one machine, for tests. Each host is a network namespace with one veth
 * leg on a bridge; the bridges live in a namespace of their own, so nothing (multicast least of
 * all) touches the machine's real interfaces. Each host gets the 224.0.0.0/4 route that mDNS
 * needs, or it fails silently. A host runs one daemon; the test reaches its API through a relay
 * (a Unix socket, which namespaces share, and a loopback port in the test's namespace).
 *
 * Faults: kill or restart a host's daemon, cut and restore its link, split the LAN into sides
 * (each side on a bridge of its own) and heal it, lose packets on a link (nftables) and delay
 * them (tc netem, where the kernel has it).
 */
export class HostNet {
  readonly hosts: Host[]
  readonly swarmKey: string
  private readonly switchNs: string
  private readonly relays: Array<{ forwarder: ChildProcess, server: Server, port: number }> = []
  private readonly removeSwarmDir: () => Promise<void>

  private constructor (hosts: Host[], switchNs: string, swarm: { swarmKey: string, cleanup: () => Promise<void> }) {
    this.hosts = hosts
    this.switchNs = switchNs
    this.swarmKey = swarm.swarmKey
    this.removeSwarmDir = swarm.cleanup
  }

  /**
   * Builds the namespaces, the bridges and one relay per host; no daemon runs yet. The hosts in
   * `noMulticastRoute` lack the route mDNS needs, as many a real machine does.
   */
  static async create (count: number, { noMulticastRoute = [] }: { noMulticastRoute?: number[] } = {}): Promise<HostNet> {
    const tag = randomBytes(3).toString('hex')
    const switchNs = `swl-${tag}-sw`
    const swarm = await makeSwarmDir()
    const hosts = Array.from({ length: count }, (_, index) => ({
      index, ns: `swl-${tag}-${index}`, address: `10.88.0.${index + 1}`, dataDir: join(swarm.dir, `host${index}`)
    }))
    const net = new HostNet(hosts, switchNs, swarm)
    try {
      ip('netns', 'add', switchNs)
      // br0 is the LAN; br1 holds the far side of a partition
      for (const br of ['br0', 'br1']) {
        ip('-n', switchNs, 'link', 'add', br, 'type', 'bridge')
        ip('-n', switchNs, 'link', 'set', br, 'up')
      }
      for (const host of hosts) {
        ip('netns', 'add', host.ns)
        ip('-n', host.ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', leg(host), 'netns', switchNs)
        ip('-n', switchNs, 'link', 'set', leg(host), 'master', 'br0', 'up')
        ip('-n', host.ns, 'addr', 'add', `${host.address}/24`, 'dev', 'eth0')
        ip('-n', host.ns, 'link', 'set', 'eth0', 'up')
        ip('-n', host.ns, 'link', 'set', 'lo', 'up')
        if (!noMulticastRoute.includes(host.index)) ip('-n', host.ns, 'route', 'add', '224.0.0.0/4', 'dev', 'eth0')
        net.relays.push(await relay(host, join(swarm.dir, `api${host.index}.sock`)))
      }
    } catch (err) {
      await net.destroy()
      throw err
    }
    return net
  }

  /** Starts (or restarts) host i's daemon; resolves once it has started. */
  async start (i: number, options: HostOptions = {}): Promise<DaemonProcess> {
    const host = this.hosts[i]
    if (host.daemon != null && host.daemon.process.exitCode == null && host.daemon.process.signalCode == null) {
      throw new Error(`host ${i} already runs a daemon`)
    }
    const daemon = await spawnDaemon({
      swarmKey: this.swarmKey,
      listen: `/ip4/${host.address}/tcp/${P2P_PORT}`,
      ...options,
      dataDir: host.dataDir,
      netns: host.ns,
      mdns: options.mdns ?? true,
      apiPort: API_PORT
    })
    host.daemon = { ...daemon, api: `http://127.0.0.1:${this.relays[i].port}` }
    return host.daemon
  }

  /** Kills host i's daemon with no goodbye, as a power cut would. */
  async kill (i: number): Promise<void> {
    const daemon = this.hosts[i].daemon
    if (daemon != null) await stopDaemon(daemon, 'SIGKILL')
    this.sweep(i)
  }

  /** Stops host i's daemon cleanly. */
  async stop (i: number): Promise<void> {
    const daemon = this.hosts[i].daemon
    if (daemon != null) await stopDaemon(daemon)
    this.sweep(i)
  }

  /**
   * Kills whatever else runs in host i's namespace but its API relay: a wrapper such as
   * faketime forks the daemon, and killing the wrapper would leave the daemon running.
   */
  private sweep (i: number): void {
    const keep = String(this.relays[i]?.forwarder.pid)
    const pids = ip('netns', 'pids', this.hosts[i].ns).split('\n').filter(pid => pid !== '' && pid !== keep)
    for (const pid of pids) {
      try { process.kill(Number(pid), 'SIGKILL') } catch {} // gone already
    }
  }

  /** Runs the CLI on host i, as a user there would, against its daemon; never throws. */
  cli (i: number, args: string[]): { code: number, stdout: string, stderr: string } {
    const result = spawnSync('ip', ['netns', 'exec', this.hosts[i].ns, process.execPath, CLI, ...args, '--api-port', String(API_PORT)], { encoding: 'utf8' })
    return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr }
  }

  /** Gives host `to` the identity of host `from`, as copying a data directory would. */
  async copyIdentity (from: number, to: number): Promise<void> {
    await mkdir(this.hosts[to].dataDir, { recursive: true })
    await copyFile(join(this.hosts[from].dataDir, 'identity.key'), join(this.hosts[to].dataDir, 'identity.key'))
  }

  /**
   * Gives host i a second interface, `wlan0` (a veth leading nowhere), and sends its multicast
   * out there: a machine whose mDNS speaks on one network while its daemon listens on another.
   */
  multicastOnOtherInterface (i: number): void {
    const ns = this.hosts[i].ns
    ip('-n', ns, 'link', 'add', 'wlan0', 'type', 'veth', 'peer', 'name', 'wlan0-end')
    ip('-n', ns, 'addr', 'add', '10.99.0.1/24', 'dev', 'wlan0')
    for (const dev of ['wlan0', 'wlan0-end']) ip('-n', ns, 'link', 'set', dev, 'up')
    ip('-n', ns, 'route', 'replace', '224.0.0.0/4', 'dev', 'wlan0')
  }

  /** A firewall on host i that silently drops TCP connections to `port`, in and out. */
  dropPort (i: number, port = P2P_PORT): void {
    const ns = this.hosts[i].ns
    nft(ns, 'add table inet swl-firewall')
    for (const [chain, hook] of [['in', 'input'], ['out', 'output']]) {
      nft(ns, `add chain inet swl-firewall ${chain} { type filter hook ${hook} priority 0 ; }`)
      nft(ns, `add rule inet swl-firewall ${chain} tcp dport ${port} drop`)
    }
  }

  /** Pulls host i's cable: its link goes down, its daemon keeps running. */
  cut (i: number): void {
    ip('-n', this.switchNs, 'link', 'set', leg(this.hosts[i]), 'down')
  }

  /** Plugs host i's cable back in. */
  restore (i: number): void {
    ip('-n', this.switchNs, 'link', 'set', leg(this.hosts[i]), 'up')
  }

  /** Splits the LAN: the hosts in `farSide` move to a bridge of their own; the rest stay. */
  partition (farSide: number[]): void {
    for (const i of farSide) ip('-n', this.switchNs, 'link', 'set', leg(this.hosts[i]), 'master', 'br1')
  }

  /** Joins every host to one LAN again. */
  heal (): void {
    for (const host of this.hosts) ip('-n', this.switchNs, 'link', 'set', leg(host), 'master', 'br0')
  }

  /**
   * Drops `percent` of the packets host i sends and receives (nftables in its namespace); 0
   * takes the loss off.
   */
  lose (i: number, percent: number): void {
    const ns = this.hosts[i].ns
    try { nft(ns, 'delete table inet swl-loss') } catch {} // none yet
    if (percent === 0) return
    nft(ns, 'add table inet swl-loss')
    for (const [chain, hook, dev] of [['in', 'input', 'iifname'], ['out', 'output', 'oifname']]) {
      nft(ns, `add chain inet swl-loss ${chain} { type filter hook ${hook} priority 0 ; }`)
      nft(ns, `add rule inet swl-loss ${chain} ${dev} "eth0" numgen random mod 100 < ${percent} drop`)
    }
  }

  /**
   * Delays every packet on host i's link by `ms`, both ways (tc netem); 0 takes the delay off.
   * Needs the kernel's sch_netem, which some kernels (this project's CI VMs among them) lack:
   * `canDelayLinks()` says whether it is there.
   */
  delay (i: number, ms: number): void {
    const host = this.hosts[i]
    for (const [ns, dev] of [[host.ns, 'eth0'], [this.switchNs, leg(host)]]) {
      if (ms === 0) {
        try { tc('-n', ns, 'qdisc', 'del', 'dev', dev, 'root') } catch {} // none set
      } else {
        tc('-n', ns, 'qdisc', 'replace', 'dev', dev, 'root', 'netem', 'delay', `${ms}ms`)
      }
    }
  }

  /** Kills every daemon and relay and removes every namespace and file. */
  async destroy (): Promise<void> {
    await Promise.all(this.hosts.map(async (_, i) => { await this.kill(i) }))
    for (const { forwarder, server } of this.relays) {
      forwarder.kill('SIGKILL')
      server.close()
    }
    for (const ns of [...this.hosts.map(h => h.ns), this.switchNs]) {
      try {
        for (const pid of ip('netns', 'pids', ns).split('\n').filter(p => p !== '')) process.kill(Number(pid), 'SIGKILL')
      } catch {} // not made yet, or the process is gone
      try { ip('netns', 'del', ns) } catch {} // not made yet
    }
    await this.removeSwarmDir()
  }
}

const leg = (host: Host): string => `leg${host.index}`

/** A relay to host's API port: a forwarder in its namespace and a loopback port here. */
async function relay (host: Host, socketPath: string): Promise<{ forwarder: ChildProcess, server: Server, port: number }> {
  const forwarder = spawn('ip', ['netns', 'exec', host.ns, process.execPath, FORWARDER, socketPath, String(API_PORT)], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: forwarder.stdout! }).once('line', () => { resolve() })
    forwarder.once('exit', code => { reject(new Error(`the API relay of host ${host.index} exited with ${code}`)) })
  })
  const server = createServer(client => {
    const upstream = createConnection(socketPath)
    client.pipe(upstream).pipe(client)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  const port = await new Promise<number>(resolve => {
    server.listen(0, '127.0.0.1', () => { resolve((server.address() as { port: number }).port) })
  })
  return { forwarder, server, port }
}
