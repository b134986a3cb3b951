// pnpm bench:liars: can one attacker with the swarm key carry the vote? For 0, 1 and 4 liar
// identities (test/bench/liar.mjs: each announces a model and answers every query with one
// shared wrong answer at confidence 1.0), a fresh study swarm on loopback (three edge daemons,
// the cloud stand-in behind the second, the daemons' defaults) first takes `--warmup` rows of
// the development workload, then the first `--facts` hard fact questions of the held-out one,
// all as `swarm` queries to the coordinator, one at a time. Printed per run: hard accuracy on
// the facts, how many of them the lie won, the cloud share, and the weight the coordinator gives
// each liar at the end (its /peers trust). Not a test: it measures.
//   node test/bench/liars.mjs [--liars 0,1,4] [--facts 60] [--warmup 0]
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { isCorrect } from '@swarm-llm/daemon'
import { LIE, startLiar } from './liar.mjs'
import { askSwarm, EDGE_MODELS, getJson, makeSwarmDir, modelPath, ROOT, startNode, stopNode, waitForMesh } from './local-swarm.mjs'

const { values } = parseArgs({
  options: {
    liars: { type: 'string', default: '0,1,4' },
    facts: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '0' }
  }
})
const read = async file => (await readFile(`${ROOT}models/study/${file}`, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
const facts = (await read('heldout.jsonl')).filter(r => r.category === 'hard' && r.kind.startsWith('fact')).slice(0, Number(values.facts))
const warmup = (await read('workload.jsonl')).slice(0, Number(values.warmup))

/** `swarm-llm serve` on the cloud stand-in; resolves to its API once it listens. */
async function startCloud (key) {
  const child = spawn(process.execPath, [`${ROOT}packages/cli/dist/cli.js`, 'serve', '--json', '--model', modelPath('study-cloud'), '--api-port', '0', '--threads', '1'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, SWARM_LLM_SERVE_API_KEY: key } })
  const api = await new Promise((resolve, reject) => {
    child.once('exit', code => reject(new Error(`the cloud stand-in exited with ${code}`)))
    createInterface({ input: child.stdout }).on('line', line => { try { const e = JSON.parse(line); if (e.event === 'started') resolve(e.api) } catch {} })
  })
  return { api, stop: () => child.kill() }
}

async function run (liarCount) {
  const { dir, swarmKey, cleanup } = await makeSwarmDir()
  const key = `sk-bench-${randomBytes(8).toString('hex')}`
  const cloud = await startCloud(key)
  const nodes = []
  const liars = []
  try {
    const extra = ['--threads', '1', '--announce-interval-ms', '500']
    nodes.push(await startNode({ dataDir: join(dir, 'a'), swarmKey, model: EDGE_MODELS[0], extra }))
    const bootstrap = nodes[0].addresses
    const summoner = ['--cloud-base-url', `${cloud.api}/v1`, '--cloud-model', 'study-cloud']
    nodes.push(...await Promise.all([
      startNode({ dataDir: join(dir, 'b'), swarmKey, model: EDGE_MODELS[1], bootstrap, extra: [...extra, ...summoner], env: { OPENAI_API_KEY: key } }),
      startNode({ dataDir: join(dir, 'c'), swarmKey, model: EDGE_MODELS[2], bootstrap, extra })
    ]))
    await waitForMesh(nodes)
    for (let i = 0; i < liarCount; i++) liars.push(await startLiar(swarmKey, bootstrap, `liar${i + 1}`))
    const coordinator = nodes[0]
    const deadline = Date.now() + 30_000
    while ((await getJson(coordinator, '/peers')).filter(p => liars.some(l => l.peerId === p.peerId)).length < liarCount) {
      if (Date.now() > deadline) throw new Error('the liars did not join')
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    for (const row of warmup) await askSwarm(coordinator.api, row.prompt)
    const results = []
    for (const row of facts) results.push({ row, ...await askSwarm(coordinator.api, row.prompt) })
    const peers = await getJson(coordinator, '/peers')
    const weights = liars.map(l => peers.find(p => p.peerId === l.peerId)?.reputation?.weight)
    return { results, weights, answered: liars.reduce((n, l) => n + l.answered, 0) }
  } finally {
    await Promise.all(liars.map(l => l.stop()))
    await Promise.all(nodes.map(n => stopNode(n)))
    cloud.stop()
    await cleanup()
  }
}

const pct = x => `${(100 * x).toFixed(1)}%`
console.log(`${facts.length} hard facts of heldout.jsonl after ${warmup.length} warm-up rows of workload.jsonl, one at a time, to the coordinator of a fresh 3-node study swarm (defaults)`)
console.log('| liar identities | hard accuracy | won by the lie | cloud share | liars\' weight at the coordinator at the end |')
console.log('| --- | --- | --- | --- | --- |')
for (const count of values.liars.split(',').map(Number)) {
  const { results, weights } = await run(count)
  const right = results.filter(r => r.status === 200 && isCorrect(r.row, r.text)).length
  const lied = results.filter(r => r.text.includes(LIE)).length
  const cloud = results.filter(r => r.route === 'cloud').length
  const shown = weights.length === 0 ? '–' : weights.map(w => w == null ? '?' : Number(w.toFixed(3))).join(', ')
  console.log(`| ${count} | ${pct(right / results.length)} (${right} of ${results.length}) | ${lied} | ${pct(cloud / results.length)} | ${shown} |`)
}
