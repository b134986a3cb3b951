import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { complete, getJson, makeSwarmDir, spawnDaemon, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath } from './helpers/models.js'

const COMMON = ['--threads', '1', '--announce-interval-ms', '300', '--peer-ttl-ms', '3000']
/** Longer than any test's wait: a query that ends did not wait it out. */
const COLLABORATION_DEADLINE_MS = 100_000

/** b plays a slow machine: this long before it starts on a peer's query. */
const ANSWER_DELAY_MS = 20_000

// a asks b on every swarm query, and would wait for it up to COLLABORATION_DEADLINE_MS.
describe('a collaboration that ends when every asked peer has answered or said no', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    const policy = ['--tau-local', '1', '--tau-swarm', '0', '--collaboration-deadline-ms', String(COLLABORATION_DEADLINE_MS), '--query-budget-ms', String(COLLABORATION_DEADLINE_MS + 10_000)]
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, ...policy] })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: ['--model', modelPath('study-edge-b'), ...COMMON, '--answer-delay-ms', String(ANSWER_DELAY_MS)] })
    await waitFor(async () => (await getJson<any>(a, '/v1/models')).data.some((m: any) => m.id === 'study-edge-b'), 20_000, 'a to see b\'s model')
  })

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(async d => { await stopDaemon(d, 'SIGKILL') }))
    await swarm?.cleanup()
  })

  it('a peer that cannot take the query (max_tokens past the protocol\'s limit and its context) declines, and the query ends on its answer', async () => {
    // 40000 tokens: past every study model's context and the protocol's 32768; a's own model stops at its context
    const routed = await complete(a, 'swarm', 'Who founded Tabri?', { max_tokens: 40_000 })
    expect(routed.status).toBe(200)
    expect(routed.receipt.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'context-overflow' })
    expect((await getJson<any>(b, '/status')).counters.queries_answered).toMatchObject({ ContextOverflowError: 1 })
  })

  it('a client that hangs up withdraws the query: a tells b, b stops, and the trace records the query as aborted', async () => {
    const asked = async (): Promise<number> => (await getJson<any>(a, '/status')).counters.queries_asked?.[''] ?? 0
    const before = await asked()
    const client = new AbortController()
    const request = fetch(`${a.api}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: 'Name the colour of the mororb.' }], max_tokens: 32 }),
      signal: client.signal
    }).catch((err: Error) => err)
    // a has asked b, which is at work on it
    await waitFor(async () => (await asked()) > before, 30_000, 'a to ask its peers')
    client.abort()
    expect(await request).toMatchObject({ name: 'AbortError' })
    await waitFor(async () => (await getJson<any>(b, '/status')).counters.queries_cancelled?.[''] === 1, 10_000, 'b to stop on the cancel')
    const counters = (await getJson<any>(a, '/status')).counters
    expect(counters.cancels_sent).toMatchObject({ '': 1 })
    expect(counters.direct_sent).toMatchObject({ cancel: 1 })
    expect(counters.queries).toMatchObject({ 'aborted/client': 1 })
    const aborted = await waitFor(async () => (await readFile(join(a.dataDir, 'traces.jsonl'), 'utf8')).trimEnd().split('\n').map(l => JSON.parse(l)).find(e => e.route === 'aborted'), 10_000, 'the trace entry')
    expect(aborted.votes.find((v: any) => v.node === b.peerId)).toMatchObject({ status: 'cancelled' })
    // b sent nothing back: a counted no late answer
    expect(counters.answers_dropped?.late ?? 0).toBe(0)
  })
})
