import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, waitFor } from './helpers/daemon.js'
import { canMakeNamespaces, HostNet } from './helpers/hosts.js'

const SIZE = 30
/**
 * Every daemon answers every mDNS query by multicast, so each of N daemons handles about
 * N^2 / interval answers a second: with the default 5 s, thirty daemons sharing two cores
 * spend them on mDNS alone. A query every 30 s still finds a new host at once (its first
 * query is answered by all, and it dials them).
 */
const MDNS_INTERVAL_MS = 30_000

const allowed = canMakeNamespaces()
if (!allowed) {
  console.warn(`${SIZE}-host mDNS test SKIPPED: it must run as root with iproute2 and nftables to create its own network namespaces; ` +
    'mDNS is never run on the host\'s real interfaces')
}

// Thirty hosts on one LAN (test/helpers/hosts.ts), one daemon each, no bootstrap address.
describe.skipIf(!allowed)(`mDNS discovery across ${SIZE} hosts in network namespaces (needs root)`, () => {
  let net: HostNet

  beforeAll(async () => {
    net = await HostNet.create(SIZE)
    const config = join(net.hosts[0].dataDir, '..', 'config.json')
    await writeFile(config, JSON.stringify({ mdnsIntervalMs: MDNS_INTERVAL_MS }))
    // one at a time: starting several at once only slows each start on a 2-core machine
    for (const i of net.hosts.keys()) await net.start(i, { extra: ['--config', config] })
  }, 600_000)

  afterAll(async () => { await net?.destroy() })

  it('every daemon finds every other with no bootstrap address, and none is penalised', async () => {
    const daemons = net.hosts.map(h => h.daemon!)
    const startedAt = Date.now()
    for (const self of daemons) {
      const others = daemons.filter(d => d !== self).map(d => d.peerId).sort()
      await waitFor(async () => JSON.stringify((await getJson<Array<{ peerId: string }>>(self, '/peers')).map(p => p.peerId).sort()) === JSON.stringify(others),
        180_000, `peers of ${self.peerId}`)
    }
    console.log(`${SIZE} hosts by mDNS: every peer table complete ${Date.now() - startedAt} ms after the last daemon started`)
    for (const self of daemons) {
      const status = await getJson(self, '/status')
      for (const score of Object.values<number>(status.gossipScores)) expect(score).toBeGreaterThanOrEqual(0)
    }
  }, 300_000)
})
