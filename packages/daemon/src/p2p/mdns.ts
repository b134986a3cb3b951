import type { PeerDiscovery, Startable } from '@libp2p/interface'
import { mdns } from '@libp2p/mdns'
import type { MulticastDNSComponents, MulticastDNSInit } from '@libp2p/mdns'

/**
 * mDNS responses each host may receive a second from the others' periodic queries. Every host
 * answers every query, by multicast, so each query costs every host N responses to parse, and N
 * hosts querying every T cost each N² / T. At 30 hosts querying every 30 s that was a third of
 * an idle daemon's time, and 50 such daemons overloaded a 2-core machine. Any one query makes
 * every host hear every other, so the LAN as a whole still queries every T / N = N / 20 s
 * (every 2.5 s at 50 hosts): discovery after a partition heals stays quick.
 */
export const MDNS_RESPONSES_PER_SECOND = 20
/** Each period is drawn up to this much longer, so hosts do not query in step. */
const JITTER = 0.25
/** A timer that never fires: the library's own periodic query is replaced by ours. */
const NEVER_MS = 2 ** 31 - 1

type MdnsService = PeerDiscovery & Startable & { mdns?: { query: (query: { questions: Array<{ name: string, type: 'PTR' }> }) => void } }

/** The query period for a LAN of `hosts`: at least `intervalMs`, and N² / MDNS_RESPONSES_PER_SECOND. */
export function mdnsQueryPeriodMs (intervalMs: number, hosts: number): number {
  return Math.max(intervalMs, hosts * hosts / MDNS_RESPONSES_PER_SECOND * 1000)
}

/**
 * @libp2p/mdns (it answers queries, parses responses and reports peers), with its periodic query
 * made by us: it queries at start, then every `mdnsQueryPeriodMs(interval, hosts())`.
 */
export function scaledMdns (init: MulticastDNSInit & { interval: number, serviceTag: string }, hosts: () => number): (components: MulticastDNSComponents) => PeerDiscovery {
  return components => {
    const service = mdns({ ...init, interval: NEVER_MS })(components) as MdnsService
    const start = service.start.bind(service)
    const stop = service.stop.bind(service)
    let timer: NodeJS.Timeout | undefined
    const schedule = (): void => {
      const period = mdnsQueryPeriodMs(init.interval, hosts()) * (1 + JITTER * Math.random())
      timer = setTimeout(() => {
        service.mdns?.query({ questions: [{ name: init.serviceTag, type: 'PTR' }] })
        schedule()
      }, period)
      timer.unref()
    }
    service.start = async () => { await start(); schedule() }
    service.stop = async () => { clearTimeout(timer); await stop() }
    return service
  }
}
