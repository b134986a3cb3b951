import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, waitFor } from './helpers/daemon.js'
import { canMakeNamespaces, HostNet } from './helpers/hosts.js'

const SIZE = 30

const allowed = canMakeNamespaces()
if (!allowed) {
  console.warn(`${SIZE}-host mDNS test SKIPPED: it must run as root with iproute2 and nftables to create its own network namespaces; ` +
    'mDNS is never run on the host\'s real interfaces')
}

// Thirty hosts on one LAN (test/helpers/hosts.ts), one daemon each, no bootstrap address, with
// the default mDNS settings (the query period grows with the swarm: p2p/mdns.ts).
describe.skipIf(!allowed)(`mDNS discovery across ${SIZE} hosts in network namespaces (needs root)`, () => {
  let net: HostNet

  beforeAll(async () => {
    net = await HostNet.create(SIZE)
    // one at a time: starting several at once only slows each start on a 2-core machine
    for (const i of net.hosts.keys()) await net.start(i)
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
