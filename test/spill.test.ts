import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1', '--announce-interval-ms', '300']

// a runs one generation at a time and spills past one running or queued; b is idle.
describe('a coordinator whose own queue is full', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--parallel', '1', '--spill-queue-depth', '1'] })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: ['--model', modelPath('study-edge-b'), ...COMMON] })
    await waitFor(async () => (await getJson<any>(a, '/v1/models')).data.some((m: any) => m.id === 'study-edge-b'), 20_000, 'a to see b\'s model')
  })

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(async d => { await stopDaemon(d) }))
    await swarm?.cleanup()
  })

  it('hands swarm queries to its idle peer instead of queueing them, and answers every one', async () => {
    expect((await getJson(a, '/status')).routing.spillQueueDepth).toBe(1)
    const answers = await Promise.all(Array.from({ length: 12 }, async (_, i) => await complete(a, 'swarm', `Who founded Tabri? (${i})`, { max_tokens: 48 })))
    expect(answers.map(r => r.status)).toEqual(answers.map(() => 200))
    const spilled = answers.filter(r => r.receipt.votes.some((v: any) => v.node === a.peerId && v.status === 'busy' && /asked a less busy peer first/.test(v.error)))
    expect(spilled.length).toBeGreaterThan(0)
    // the peer answered what a did not run
    for (const r of spilled) expect(r.receipt.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'ok' })
    expect((await getJson(a, '/status')).counters.spilled.queue).toBe(spilled.length)
  })
})
