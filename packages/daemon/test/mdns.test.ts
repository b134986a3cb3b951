import { describe, expect, it } from 'vitest'
import { DEFAULT_MDNS_INTERVAL_MS } from '../src/constants.js'
import { MDNS_RESPONSES_PER_SECOND, mdnsQueryPeriodMs } from '../src/p2p/mdns.js'

// Each host answers every query by multicast, so in a LAN of N hosts each querying every T,
// every host receives N² / T responses a second, and some host queries every T / N.
const responsesPerHostPerSecond = (hosts: number): number => hosts * hosts / (mdnsQueryPeriodMs(DEFAULT_MDNS_INTERVAL_MS, hosts) / 1000)
const lanQueryGapSeconds = (hosts: number): number => mdnsQueryPeriodMs(DEFAULT_MDNS_INTERVAL_MS, hosts) / 1000 / hosts

describe('mDNS query period', () => {
  it('keeps the configured period in a small LAN', () => {
    for (const hosts of [1, 3, 5, 10]) expect(mdnsQueryPeriodMs(DEFAULT_MDNS_INTERVAL_MS, hosts)).toBe(DEFAULT_MDNS_INTERVAL_MS)
  })

  it('bounds the responses each host parses however large the LAN', () => {
    for (const hosts of [2, 10, 30, 50, 100, 200]) expect(responsesPerHostPerSecond(hosts)).toBeLessThanOrEqual(MDNS_RESPONSES_PER_SECOND + 1e-9)
  })

  it('still has some host query the LAN every few seconds at 50 hosts', () => {
    expect(lanQueryGapSeconds(50)).toBeLessThanOrEqual(3)
    expect(lanQueryGapSeconds(5)).toBeLessThanOrEqual(1)
  })
})
