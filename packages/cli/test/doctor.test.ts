import { describe, expect, it } from 'vitest'
import { diagnose, parseRoutes } from '../src/doctor.js'
import type { DaemonView, DoctorInput } from '../src/doctor.js'

// /proc/net/route as Linux writes it: addresses in hex, bytes in little-endian order
const ROUTES = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0
eth0\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
wlan0\t000000E0\t00000000\t0001\t0\t0\t0\t000000F0\t0\t0\t0
`

const daemon = (addresses: string[]): DaemonView => ({
  addresses,
  peerCount: 1,
  swarm: 'abc',
  duplicateIdentity: { self: false, peers: [] },
  diagnostics: { discovered: [], dialFailures: [], staleSenders: [] }
})

const input = (over: Partial<DoctorInput>): DoctorInput => ({
  routes: parseRoutes(ROUTES),
  interfaces: [{ name: 'eth0', address: '10.0.0.5', netmask: '255.255.255.0' }, { name: 'wlan0', address: '192.168.1.9', netmask: '255.255.255.0' }],
  daemon: daemon(['/ip4/10.0.0.5/tcp/4700']),
  probes: new Map(),
  nowMs: 1_000_000,
  ...over
})

const find = (checks: ReturnType<typeof diagnose>, name: string) => checks.find(c => c.check === name)

describe('doctor', () => {
  it('reads /proc/net/route: the default route, a /24 and the multicast /4', () => {
    expect(parseRoutes(ROUTES)).toEqual([
      { iface: 'eth0', destination: 0, mask: 0 },
      { iface: 'eth0', destination: 0x0a000000, mask: 0xffffff00 },
      { iface: 'wlan0', destination: 0xe0000000, mask: 0xf0000000 }
    ])
  })

  it('follows the most specific route for multicast, and sees the daemon listen elsewhere', () => {
    const checks = diagnose(input({}))
    expect(find(checks, 'multicast-route')).toMatchObject({ status: 'ok', finding: 'multicast goes out wlan0' })
    expect(find(checks, 'listen-address')?.status).toBe('fail')
  })

  it('counts a default route as a multicast route', () => {
    const checks = diagnose(input({ routes: parseRoutes(ROUTES.split('\n').slice(0, 3).join('\n')) }))
    expect(find(checks, 'multicast-route')).toMatchObject({ status: 'ok', finding: 'multicast goes out eth0' })
    expect(find(checks, 'listen-address')?.status).toBe('ok')
  })

  it('finds no multicast route in a table with only a subnet route', () => {
    const checks = diagnose(input({ routes: parseRoutes(ROUTES.split('\n').filter((_, i) => i !== 1 && i !== 3).join('\n')) }))
    expect(find(checks, 'multicast-route')?.status).toBe('fail')
  })

  it('tells a dropped port, a refused one and a failed handshake apart, and ignores old clock trouble', () => {
    const failures = ['a', 'b', 'c'].map(target => ({ target, addresses: [`/ip4/10.0.0.${target.charCodeAt(0) - 90}/tcp/4700`], error: 'x', atMs: 0 }))
    const checks = diagnose(input({
      daemon: { ...daemon(['/ip4/0.0.0.0/tcp/4700', '/ip4/10.0.0.5/tcp/4700']), diagnostics: { discovered: [], dialFailures: failures, staleSenders: [{ peerId: 'p', ageMs: -90_000, atMs: 0 }] } },
      probes: new Map([['a', 'dropped'], ['b', 'refused'], ['c', 'open']])
    }))
    // listening on 0.0.0.0 covers the interface mDNS speaks from
    expect(checks.filter(c => c.status === 'fail').map(c => c.check)).toEqual(['firewall', 'firewall', 'swarm-key'])
    expect(find(checks, 'clock')).toBeUndefined()
  })

  it("warns when τ_local is above the most confident answer the node's calibrated model can give", () => {
    const view = (tauLocal: number, ceiling: number | null) => input({ daemon: { ...daemon(['/ip4/10.0.0.5/tcp/4700']), routing: { tauLocal, localConfidenceCeiling: ceiling } } })
    expect(find(diagnose(view(0.85, 0.846)), 'local-threshold')).toMatchObject({ status: 'warn', fix: expect.stringContaining('--tau-local 0.84') })
    expect(find(diagnose(view(0.8, 0.846)), 'local-threshold')).toBeUndefined()
    expect(find(diagnose(view(0.85, null)), 'local-threshold')).toBeUndefined()
  })
})
