import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
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

/** A cloud that answers every request with `status` (and a Retry-After when given), noting when each came. */
async function failingCloud (): Promise<{ server: Server, url: string, mode: { status: number, retryAfterS?: number }, hits: number[] }> {
  const mode: { status: number, retryAfterS?: number } = { status: 500 }
  const hits: number[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      hits.push(Date.now())
      const body = JSON.stringify({ error: { message: `stand-in cloud failing with ${mode.status}`, type: 'server_error', code: null } })
      res.writeHead(mode.status, { 'content-type': 'application/json', ...(mode.retryAfterS != null ? { 'retry-after': String(mode.retryAfterS) } : {}) })
      res.end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, mode, hits }
}

/**
 * A coordinator `a` (study-edge-a, always asking the peers and the cloud) and a summoner
 * holding a cloud key for the cloud at `cloudUrl`; resolves once `a` sees that it can summon.
 */
async function summonerSwarm (cloudUrl: string, cloudModel: string, coordinatorFlags: string[]): Promise<{ a: DaemonProcess, stop: () => Promise<void> }> {
  const swarm = await makeSwarmDir()
  const daemons: DaemonProcess[] = []
  const stop = async (): Promise<void> => {
    await Promise.all(daemons.map(async d => { await stopDaemon(d, 'SIGKILL') }))
    await swarm.cleanup()
  }
  try {
    const a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--tau-local', '1', '--tau-swarm', '1', ...coordinatorFlags] })
    daemons.push(a)
    const summoner = await spawnDaemon({
      dataDir: join(swarm.dir, 'b'),
      swarmKey: swarm.swarmKey,
      bootstrap: a.addresses,
      env: { OPENAI_API_KEY: 'test-key' },
      extra: ['--model', modelPath('study-edge-b'), '--cloud-base-url', cloudUrl, '--cloud-model', cloudModel, ...COMMON]
    })
    daemons.push(summoner)
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === summoner.peerId && JSON.stringify(p).includes('"canSummon":true')), 20_000, 'the summoner to join')
    return { a, stop }
  } catch (err) {
    await stop()
    throw err
  }
}

describe('a failing cloud reached through a summoner', () => {
  let a: DaemonProcess
  let stop: (() => Promise<void>) | undefined
  let cloud: Awaited<ReturnType<typeof failingCloud>>

  beforeAll(async () => {
    cloud = await failingCloud()
    ;({ a, stop } = await summonerSwarm(cloud.url, 'failing', ['--collaboration-deadline-ms', '3000', '--query-budget-ms', '15000']))
  })

  afterAll(async () => {
    await stop?.()
    cloud?.server.closeAllConnections()
    cloud?.server.close()
  })

  it('answering 500: the swarm\'s best answer comes back degraded, the receipt naming the cloud\'s failure', async () => {
    cloud.mode.status = 500
    cloud.hits.length = 0
    const routed = await complete(a, 'swarm', 'Who founded Tabri?')
    expect(routed.status).toBe(200)
    expect(routed.text).not.toBe('')
    expect(routed.receipt).toMatchObject({ lowConfidence: true, degraded: 'cloud-failed' })
    expect(routed.receipt.reason).toMatch(/500/)
    expect(routed.receipt.stages.totalMs).toBeLessThan(15_000)
    // the first try and its retries, all of them failed
    expect(cloud.hits.length).toBe(3)
  })

  it('answering 429 with Retry-After: the summoner waits as asked between tries, and the answer still comes back in the budget', async () => {
    cloud.mode.status = 429
    cloud.mode.retryAfterS = 2
    cloud.hits.length = 0
    const routed = await complete(a, 'swarm', 'Name the colour of the mororb.')
    expect(routed.status).toBe(200)
    expect(routed.receipt).toMatchObject({ lowConfidence: true, degraded: 'cloud-failed' })
    expect(routed.receipt.reason).toMatch(/429/)
    expect(routed.receipt.stages.totalMs).toBeLessThan(15_000)
    expect(cloud.hits.length).toBeGreaterThanOrEqual(2)
    for (let i = 1; i < cloud.hits.length; i++) expect(cloud.hits[i] - cloud.hits[i - 1]).toBeGreaterThanOrEqual(2000 - 50)
  })
})

describe('a hung cloud reached through a summoner', () => {
  let a: DaemonProcess
  let stop: (() => Promise<void>) | undefined
  let cloud: Awaited<ReturnType<typeof hungCloud>>

  beforeAll(async () => {
    cloud = await hungCloud()
    ;({ a, stop } = await summonerSwarm(cloud.url, 'hung', ['--collaboration-deadline-ms', '2000', '--query-budget-ms', String(BUDGET_MS)]))
  })

  afterAll(async () => {
    await stop?.()
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

describe('a model file truncated under a running daemon', () => {
  let swarm: Awaited<ReturnType<typeof makeSwarmDir>>
  let a: DaemonProcess
  let b: DaemonProcess
  let copy: string

  beforeAll(async () => {
    swarm = await makeSwarmDir()
    // a copy, so the shipped model stays whole
    copy = join(swarm.dir, 'edge-a.gguf')
    await copyFile(modelPath('study-edge-a'), copy)
    a = await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', copy, ...COMMON, '--tau-local', '0', '--collaboration-deadline-ms', '4000'] })
    b = await spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: ['--model', modelPath('study-edge-b'), ...COMMON] })
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).some(p => p.peerId === b.peerId) && (await getJson<any[]>(b, '/peers')).some(p => p.peerId === a.peerId), 20_000, 'the two daemons to meet')
  })

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(async d => { await stopDaemon(d, 'SIGKILL') }))
    await swarm?.cleanup()
  })

  it('stays up: every request of a batch cut by the truncation ends in an answer or a typed error, and the peers hear the model is gone', async () => {
    const own = (await getJson<any>(a, '/status')).capabilities.modelId as string
    expect(own).not.toBe('none')
    const prompts = ['Who founded Tabri?', 'Name the colour of the mororb.', 'Could you name the capital city of Galkatir?', 'What is 2 + 2?']
    const ask = (i: number): Promise<Awaited<ReturnType<typeof complete>>> => complete(a, i % 2 === 0 ? own : 'swarm', prompts[i % prompts.length])
    const batch: Array<Promise<Awaited<ReturnType<typeof complete>>>> = []
    for (let i = 0; i < 8; i++) batch.push(ask(i))
    // mid-batch: the first answers are back, the rest queued or running
    await Promise.race(batch)
    await truncate(copy, 4096)
    // the batch drains (what was queued meets the check when its turn comes), then more come
    const cut = await Promise.all(batch)
    const later = await Promise.all(Array.from({ length: 8 }, async (_, i) => await ask(i)))
    const results = [...cut, ...later]

    expect(a.process.exitCode).toBeNull()
    expect(a.process.signalCode).toBeNull()
    for (const r of results) {
      if (r.status === 200) expect(r.receipt).toBeDefined()
      else expect({ status: r.status, error: r.error }).toMatchObject({ status: 503, error: expect.stringMatching(/was truncated since it was loaded/) })
    }
    // after the truncation this node's model is named and refused; the swarm's queries go on to the peer
    expect(later.filter((r, i) => (i % 2 === 0) && r.status === 503).length).toBe(4)
    for (const r of later.filter((_, i) => i % 2 === 1)) {
      expect(r.status).toBe(200)
      expect(r.receipt.route).toBe('peers')
      expect(r.receipt.votes.find((v: any) => v.node === a.peerId)).toMatchObject({ status: 'error', error: expect.stringMatching(/was truncated/) })
    }
    const status = await getJson<any>(a, '/status')
    expect(status.counters.model_gone).toMatchObject({ truncated: 1 })
    expect(status.capabilities.modelId).toBe('none')
    await waitFor(async () => (await getJson<any[]>(b, '/peers')).find(p => p.peerId === a.peerId)?.capabilities.modelId === 'none', 10_000, 'b to hear that a has no model')
    // and the daemon still answers what does not need its model
    expect((await complete(a, 'swarm', 'Who founded Tabri?')).status).toBe(200)
  })
})

describe('the trace disk full', () => {
  let mount: string
  let daemon: DaemonProcess

  beforeAll(async () => {
    // a small disk of its own: a tmpfs, filled up once the daemon runs
    mount = await mkdtemp(join(tmpdir(), 'swarm-llm-full-'))
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount])
    await mkdir(join(mount, 'data'))
    daemon = await spawnDaemon({ dataDir: join(mount, 'data'), extra: ['--model', modelPath('study-edge-a'), ...COMMON, '--tau-local', '0'] })
  })

  afterAll(async () => {
    if (daemon != null) await stopDaemon(daemon, 'SIGKILL')
    execFileSync('umount', [mount])
    await rm(mount, { recursive: true, force: true })
  })

  it('answers every query, counts each lost trace line as trace_write_failed, and writes whole lines again once there is room', async () => {
    const own = (await getJson<any>(daemon, '/status')).capabilities.modelId as string
    const first = await complete(daemon, own, 'Who founded Tabri?')
    expect(first.status).toBe(200)
    expect((await getJson<any>(daemon, `/trace?id=${first.receipt.queryId}`)).id).toBe(first.receipt.queryId)
    // fill the disk to its last byte
    const filler = join(mount, 'filler')
    let chunk = 64 * 1024
    let size = 0
    while (chunk >= 1) {
      try {
        await writeFile(filler, Buffer.alloc(size + chunk))
        size += chunk
      } catch {
        chunk = Math.floor(chunk / 2)
      }
    }
    await writeFile(filler, Buffer.alloc(size))
    // the file's last page may still take a line or two; past it every line fails
    const full = await Promise.all(Array.from({ length: 8 }, async () => await complete(daemon, own, 'Name the colour of the mororb.')))
    for (const r of full) expect(r.status).toBe(200)
    const tracePath = join(mount, 'data', 'traces.jsonl')
    const written = async (): Promise<string[]> => (await readFile(tracePath, 'utf8')).trimEnd().split('\n').map(l => JSON.parse(l).id)
    const failed = await waitFor(async () => {
      const n = (await getJson<any>(daemon, '/status')).counters.trace_write_failed?.ENOSPC ?? 0
      return n + (await written()).length - 1 === full.length && n
    }, 10_000, 'every trace write to be written or counted as failed')
    expect(failed).toBeGreaterThan(0)
    const kept = await written()
    const missing = full.map(r => r.receipt.queryId).filter(id => !kept.includes(id))
    expect(missing.length).toBe(failed)
    expect((await fetch(`${daemon.api}/trace?id=${missing[0]}`)).status).toBe(404)
    // room again: the next query is traced, and every line of the file is whole
    await rm(filler)
    const after = await complete(daemon, own, 'Who founded Tabri?')
    expect(after.status).toBe(200)
    expect((await getJson<any>(daemon, `/trace?id=${after.receipt.queryId}`)).id).toBe(after.receipt.queryId)
    // every line parses (none was left half written) and the new one follows those kept
    expect(await written()).toEqual([...kept, after.receipt.queryId])
  })
})
