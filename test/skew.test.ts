import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1', '--announce-interval-ms', '300', '--peer-ttl-ms', '3000']
/** libfaketime, preloaded into the daemon: its clock (and node-llama-cpp's) runs this far ahead. */
const SKEWED = { LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', FAKETIME: '+20s' }

// One host's clock 20 s ahead: inside the codec's 30 s stale window, so its messages pass, but
// far enough that comparing the origin's deadline with its own clock would expire every query.
describe('a peer whose clock runs 20 s ahead', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--tau-local', '1', '--tau-swarm', '0', '--collaboration-deadline-ms', '15000'] })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, env: SKEWED, extra: ['--model', modelPath('study-edge-b'), ...COMMON] })
    await waitFor(async () => (await getJson<any>(a, '/v1/models')).data.some((m: any) => m.id === 'study-edge-b'), 20_000, 'a to see b\'s model')
  })

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(async d => { await stopDaemon(d, 'SIGKILL') }))
    await swarm?.cleanup()
  })

  it('runs skewed: its HTTP Date header reads about 20 s ahead of this clock', async () => {
    const res = await fetch(`${b.api}/status`)
    await res.arrayBuffer()
    const aheadMs = new Date(res.headers.get('date')!).getTime() - Date.now()
    // the header has whole seconds
    expect(aheadMs).toBeGreaterThan(18_000)
    expect(aheadMs).toBeLessThan(22_000)
  })

  it('answers the coordinator\'s queries: it counts the query\'s budget from arrival, never the coordinator\'s clock', async () => {
    for (const prompt of ['Who founded Tabri?', 'Name the colour of the mororb.']) {
      const routed = await complete(a, 'swarm', prompt)
      expect(routed.status).toBe(200)
      expect(routed.receipt.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'ok' })
    }
    const counters = (await getJson<any>(b, '/status')).counters
    expect(counters.queries_dropped?.expired ?? 0).toBe(0)
    expect(counters.queries_answered?.ok).toBeGreaterThanOrEqual(2)
  })

  it('serves the coordinator\'s embedding requests for its model', async () => {
    const res = await fetch(`${a.api}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'study-edge-b', input: ['the weather in Oslo'] }) })
    expect(res.status).toBe(200)
    const body = await res.json() as any
    expect(body.data[0].embedding.length).toBeGreaterThan(0)
    // the result came back on a direct stream, not by gossip
    expect((await getJson(a, '/status')).counters.direct_received.embedResult).toBeGreaterThanOrEqual(1)
  })
})
