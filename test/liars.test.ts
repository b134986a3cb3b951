import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isCorrect } from '@swarm-llm/daemon'
import type { WorkloadRow } from '@swarm-llm/daemon'
import { describe, expect, it } from 'vitest'
import { LIE, startLiar } from './bench/liar.mjs'
import { complete, getJson, makeSwarmDir, spawnDaemon, spawnServe, stopDaemon, waitFor } from './helpers/daemon.js'
import type { DaemonProcess } from './helpers/daemon.js'
import { modelPath, STUDY_DIR } from './helpers/models.js'

const FACTS = 60
const COMMON = ['--threads', '1', '--announce-interval-ms', '300']

interface Run { right: number, lied: number, weights: number[] }

/**
 * A fresh study swarm with the daemons' defaults (a coordinates, b holds the cloud key, c), and
 * `liars` identities of one attacker (test/bench/liar.mjs: each announces a model and answers
 * every query with one shared wrong answer at confidence 1.0), asked the hard facts one by one.
 */
async function run (facts: WorkloadRow[], liars: number): Promise<Run> {
  const swarm = await makeSwarmDir()
  const key = `sk-test-${randomBytes(8).toString('hex')}`
  const cloud = await spawnServe(modelPath('study-cloud'), { SWARM_LLM_SERVE_API_KEY: key })
  const daemons: DaemonProcess[] = []
  const started: Array<Awaited<ReturnType<typeof startLiar>>> = []
  try {
    daemons.push(await spawnDaemon({ dataDir: join(swarm.dir, 'a'), swarmKey: swarm.swarmKey, extra: ['--model', modelPath('study-edge-a'), ...COMMON] }))
    const [a] = daemons
    daemons.push(...await Promise.all([
      spawnDaemon({ dataDir: join(swarm.dir, 'b'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, env: { OPENAI_API_KEY: key }, extra: ['--model', modelPath('study-edge-b'), ...COMMON, '--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud'] }),
      spawnDaemon({ dataDir: join(swarm.dir, 'c'), swarmKey: swarm.swarmKey, bootstrap: a.addresses, extra: ['--model', modelPath('study-edge-c'), ...COMMON] })
    ]))
    for (let i = 0; i < liars; i++) started.push(await startLiar(swarm.swarmKey, a.addresses, `liar${i + 1}`))
    await waitFor(async () => (await getJson<any[]>(a, '/peers')).length === 2 + liars, 30_000, 'every member to join')
    let right = 0
    let lied = 0
    for (const row of facts) {
      const answer = await complete(a, 'swarm', row.prompt)
      if (answer.status === 200 && isCorrect(row, answer.text)) right++
      if (answer.text.includes(LIE)) lied++
    }
    const peers = await getJson<any[]>(a, '/peers')
    return { right, lied, weights: started.map(l => peers.find(p => p.peerId === l.peerId)?.reputation?.weight ?? 1) }
  } finally {
    await Promise.all(started.map(async l => { await l.stop() }))
    await Promise.all(daemons.map(async d => { await stopDaemon(d) }))
    cloud.process.kill()
    await swarm.cleanup()
  }
}

describe('an attacker with four identities that answer every query wrongly with confidence 1.0', () => {
  it(`cannot carry the vote: on ${FACTS} hard facts the swarm stays about as accurate as without it, and every identity loses its weight`, async () => {
    const rows = (await readFile(join(STUDY_DIR, 'heldout.jsonl'), 'utf8')).trim().split('\n').map(l => JSON.parse(l) as WorkloadRow & { kind: string })
    const facts = rows.filter(r => r.category === 'hard' && r.kind.startsWith('fact')).slice(0, FACTS)
    const honest = await run(facts, 0)
    const attacked = await run(facts, 4)
    console.log(`hard facts right: ${honest.right} of ${FACTS} without liars, ${attacked.right} with 4 liar identities; the lie won ${attacked.lied}; liars' weights ${attacked.weights.join(', ')}`)
    // the figure is 3 points (bench:liars measures it); a test allows one more answer of noise
    expect(attacked.right).toBeGreaterThanOrEqual(honest.right - 3)
    expect(attacked.lied).toBeLessThanOrEqual(1)
    expect(attacked.weights.every(w => w < 0.5)).toBe(true)
  }, 600_000)
})
