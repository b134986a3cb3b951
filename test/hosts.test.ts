import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { loadWorkload } from '@swarm-llm/daemon'
import type { WorkloadRow } from '@swarm-llm/daemon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, complete, getJson, waitFor } from './helpers/daemon.js'
import type { Completion, DaemonProcess } from './helpers/daemon.js'
import { canDelayLinks, canMakeNamespaces, HostNet } from './helpers/hosts.js'
import { modelPath, STUDY_DIR } from './helpers/models.js'

const allowed = canMakeNamespaces()
if (!allowed) {
  console.warn('multi-host tests SKIPPED: they must run as root with iproute2 to create their own network namespaces; ' +
    'mDNS is never run on the host\'s real interfaces')
}

// Five hosts on one LAN, found by mDNS alone: three host the study edge models, two host none
// (they route and relay). Host 2 is a slow machine: it answers its peers after 2 s. A peer
// silent for 4 s leaves the tables; a query waits 5 s at most for its peers.
const MODELS = ['study-edge-a', 'study-edge-b', 'study-edge-c', undefined, undefined]
const SLOW = 2
const FLAGS = ['--threads', '1', '--announce-interval-ms', '500', '--peer-ttl-ms', '4000', '--tau-local', '0.8', '--collaboration-deadline-ms', '5000']
const DEADLINE_MS = 5000

const peerIdsOf = async (daemon: DaemonProcess): Promise<string[]> =>
  (await getJson<Array<{ peerId: string }>>(daemon, '/peers')).map(p => p.peerId).sort()

describe.skipIf(!allowed)('a swarm of five hosts on a LAN (network namespaces, needs root)', () => {
  let net: HostNet
  let rows: WorkloadRow[]
  const daemons = (): DaemonProcess[] => net.hosts.map(h => h.daemon!)

  /** Waits until every running host's peer table holds exactly the other running hosts. */
  async function formed (hosts: number[], timeoutMs = 60_000): Promise<void> {
    for (const i of hosts) {
      const others = hosts.filter(j => j !== i).map(j => daemons()[j].peerId).sort()
      await waitFor(async () => JSON.stringify(await peerIdsOf(daemons()[i])) === JSON.stringify(others), timeoutMs, `the peer table of host ${i}`)
    }
  }

  const start = async (i: number): Promise<DaemonProcess> =>
    await net.start(i, { extra: [...(MODELS[i] != null ? ['--model', modelPath(MODELS[i])] : []), ...FLAGS, ...(i === SLOW ? ['--answer-delay-ms', '2000'] : [])] })

  beforeAll(async () => {
    rows = (await loadWorkload(join(STUDY_DIR, 'heldout.jsonl'))).filter(r => r.category === 'hard' && !/\d/.test(r.prompt))
    net = await HostNet.create(MODELS.length)
  })

  afterAll(async () => { await net?.destroy() })

  it('finds every host by mDNS with no bootstrap address, one connection per pair', async () => {
    for (const i of net.hosts.keys()) await start(i)
    const startedAt = Date.now()
    await formed([0, 1, 2, 3, 4])
    console.log(`five hosts: every peer table complete ${Date.now() - startedAt} ms after the last daemon started`)
    // the CLI inside a host's namespace sees the same swarm, as a user on that host would
    const seen = JSON.parse(execFileSync('ip', ['netns', 'exec', net.hosts[3].ns, process.execPath, CLI, 'peers', '--json', '--api-port', '4701'], { encoding: 'utf8' }))
    expect(seen.map((p: { peerId: string }) => p.peerId).sort()).toEqual(daemons().filter((_, j) => j !== 3).map(d => d.peerId).sort())
    // both ends may dial at once: duplicates must settle to one connection per pair
    for (const daemon of daemons()) {
      await waitFor(async () => (await getJson(daemon, '/status')).connections === 4, 20_000, `one connection per pair at ${daemon.peerId}`)
    }
  })

  it('answers a query submitted on any host, with votes from the other hosts', async () => {
    for (const [i, daemon] of daemons().entries()) {
      const answer = await complete(daemon, 'swarm', rows[i].prompt, { lan_only: true })
      expect(answer.status).toBe(200)
      expect(answer.text).not.toBe('')
      // a host with no model of its own can only answer through its peers
      if (MODELS[i] == null) expect(answer.receipt.route).toBe('peers')
      if (answer.receipt.route === 'peers') {
        const voters = answer.receipt.votes.filter((v: any) => v.status === 'ok').map((v: any) => v.node)
        expect(voters.some((node: string) => node !== daemon.peerId && daemons().some(d => d.peerId === node))).toBe(true)
      }
    }
  })

  it('answers across a link that loses a tenth of its packets', async () => {
    net.lose(0, 10)
    try {
      const answer = await complete(daemons()[3], 'study-edge-a', rows[6].prompt)
      expect(answer.status).toBe(200)
      expect(answer.receipt.answeredBy).toBe(daemons()[0].peerId)
    } finally {
      net.lose(0, 0)
    }
  })

  it.skipIf(!canDelayLinks())('answers across a link that delays every packet', async () => {
    net.delay(1, 300)
    try {
      const answer = await complete(daemons()[3], 'study-edge-b', rows[7].prompt)
      expect(answer.status).toBe(200)
      expect(answer.receipt.answeredBy).toBe(daemons()[1].peerId)
    } finally {
      net.delay(1, 0)
    }
  })

  it('ends a query within its deadline when a peer host dies while answering, and the host rejoins with its identity', async () => {
    const coordinator = daemons()[3]
    const dying = daemons()[SLOW]
    const started = Date.now()
    const pending = complete(coordinator, 'swarm', rows[5].prompt, { lan_only: true })
    await waitFor(async () => ((await getJson(coordinator, '/status')).counters.queries_asked?.[''] ?? 0) >= 1, DEADLINE_MS, 'the query to be gossiped')
    await net.kill(SLOW)
    const answer = await pending
    const elapsed = Date.now() - started
    expect(answer.status).toBe(200)
    expect(elapsed).toBeLessThan(DEADLINE_MS + 4000)
    const vote = answer.receipt.votes.find((v: any) => v.node === dying.peerId)
    expect(['left', 'timeout']).toContain(vote?.status)
    // the others drop the dead host from their tables
    const killedAt = Date.now()
    for (const i of [0, 1, 3, 4]) await waitFor(async () => !(await peerIdsOf(daemons()[i])).includes(dying.peerId), 30_000, `host ${i} to drop the dead host`)
    console.log(`a killed host left every peer table ${Date.now() - killedAt} ms after it died`)

    const restarted = await start(SLOW)
    expect(restarted.peerId).toBe(dying.peerId)
    await formed([0, 1, 2, 3, 4])
  })

  it('keeps answering on both sides of a partition, loses and repeats nothing, and rejoins when it heals', async () => {
    const near = [0, 1, 3]
    const far = [2, 4]
    const asked: Array<{ host: number, answer: Completion }> = []
    const ask = async (host: number, row: WorkloadRow): Promise<void> => {
      asked.push({ host, answer: await complete(daemons()[host], 'swarm', row.prompt, { lan_only: true }) })
    }
    net.partition(far)
    const splitAt = Date.now()
    // queries while the split is fresh (peers across it not yet timed out) and once each side has settled
    for (const [k, row] of rows.slice(10, 14).entries()) await ask(k % 2 === 0 ? 3 : 4, row)
    await formed(near)
    await formed(far)
    console.log(`partition: each side's tables settled ${Date.now() - splitAt} ms after the split`)
    for (const [k, row] of rows.slice(14, 18).entries()) await ask(k % 2 === 0 ? 3 : 4, row)

    net.heal()
    const healedAt = Date.now()
    await formed([0, 1, 2, 3, 4])
    console.log(`partition: every peer table complete again ${Date.now() - healedAt} ms after healing`)
    for (const [k, row] of rows.slice(18, 20).entries()) await ask(k % 2 === 0 ? 3 : 4, row)

    // Every query ends in one response. In the first seconds of the split, peers across it still
    // count as live: a query may wait for them and end in an explicit error; once each side's
    // table has settled, and after healing, every query is answered.
    for (const [k, { host, answer }] of asked.entries()) {
      if (k < 4 && answer.status !== 200) {
        expect(answer.status, `host ${host}: ${answer.error}`).toBe(503)
        expect(answer.error).toMatch(/\w/)
        continue
      }
      expect(answer.status, `host ${host}: ${answer.error}`).toBe(200)
      expect(answer.text).not.toBe('')
      const voters = answer.receipt.votes.map((v: any) => v.node)
      expect(new Set(voters).size).toBe(voters.length)
    }
    const fresh = asked.slice(0, 4)
    console.log(`partition: ${fresh.filter(a => a.answer.status === 200).length} of ${fresh.length} queries answered in the split's first seconds ` +
      `(errors: ${JSON.stringify(fresh.filter(a => a.answer.status !== 200).map(a => a.answer.error))}), ` +
      `${asked.slice(4).filter(a => a.answer.status === 200).length} of ${asked.length - 4} once settled and after healing`)
    // each coordinator traced each of its queries once
    for (const host of [3, 4]) {
      const ids = asked.filter(a => a.host === host && a.answer.receipt != null).map(a => a.answer.receipt.queryId)
      const traced = (await readFile(join(daemons()[host].dataDir, 'traces.jsonl'), 'utf8')).trim().split('\n').map(line => JSON.parse(line).id)
      for (const id of ids) expect(traced.filter(t => t === id)).toHaveLength(1)
    }
    // after healing, queries from the far side reach the near side's models again
    const last = asked.filter(a => a.host === 4).at(-1)!.answer
    const nearModels = [0, 1].map(i => daemons()[i].peerId)
    expect(last.receipt.votes.some((v: any) => nearModels.includes(v.node) && v.status === 'ok')).toBe(true)
  })
})
