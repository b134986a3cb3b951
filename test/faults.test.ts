import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1', '--announce-interval-ms', '300', '--peer-ttl-ms', '3000']
const BUDGET_MS = 6000

/** A cloud that accepts every request and never answers. */
async function hungCloud (): Promise<{ server: Server, url: string }> {
  const server = createServer(() => { /* never answers */ })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` }
}

describe('a hung cloud reached through a summoner', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let summoner: DaemonProcess
  let cloud: Awaited<ReturnType<typeof hungCloud>>

  beforeAll(async () => {
    cloud = await hungCloud()
    swarm = await makeSwarmDir()
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--tau-local', '1', '--tau-swarm', '1', '--collaboration-deadline-ms', '2000', '--query-budget-ms', String(BUDGET_MS)] })
    summoner = await spawnDaemon({
      dataDir: join(swarm.dir, 'b'),
      swarmKey: swarm.swarmKey,
      bootstrap: a.addresses,
      env: { OPENAI_API_KEY: 'test-key' },
      extra: ['--model', modelPath('study-edge-b'), '--cloud-base-url', cloud.url, '--cloud-model', 'hung', ...COMMON]
    })
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === summoner.peerId && JSON.stringify(p).includes('"canSummon":true')), 20_000, 'the summoner to join')
  })

  afterAll(async () => {
    await Promise.all([a, summoner].filter(Boolean).map(async d => { await stopDaemon(d, 'SIGKILL') }))
    await swarm?.cleanup()
    cloud?.server.closeAllConnections()
    cloud?.server.close()
  })

  it('answers degraded within the query budget, the receipt saying the deadline cut the summon short', async () => {
    const routed = await complete(a, 'swarm', 'Who founded Tabri?')
    expect(routed.status).toBe(200)
    expect(routed.receipt).toMatchObject({ lowConfidence: true, degraded: 'deadline' })
    expect(routed.receipt.reason).toMatch(/time budget of 6000 ms ran out in the summon stage/)
    expect(routed.receipt.stages.totalMs).toBeLessThan(BUDGET_MS + 1000)
  })
})
