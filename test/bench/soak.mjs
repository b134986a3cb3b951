// pnpm soak --minutes N: a mixed workload against a 4-node loopback swarm while random peers
// are killed (SIGKILL or SIGTERM) and restarted. Two coordinators (study-edge-a, study-edge-b)
// take the clients and stay up; two peers (study-edge-c, study-edge-a) are churned. Printed:
// queries answered, typed errors per code, lost queries (no reply within the budget + 15 s, or a
// connection error from a coordinator that was up: must be 0), duplicates (two replies with
// one query id: must be 0), and the RSS and open file descriptors of every node over time.
// Not in CI: it runs for minutes.
//   node test/bench/soak.mjs [--minutes 5] [--concurrency 4] [--sample-s 15]
import { parseArgs } from 'node:util'
import OpenAI from 'openai'
import { getJson, hardFacts, makeSwarmDir, percentile, startNode, stopNode, usageOf, waitForMesh } from './local-swarm.mjs'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '4' },
    'sample-s': { type: 'string', default: '15' },
    'budget-ms': { type: 'string', default: '20000' }
  }
})
const END = Date.now() + Number(values.minutes) * 60_000
const BUDGET_MS = Number(values['budget-ms'])
const HANG_MS = BUDGET_MS + 15_000
const facts = await hardFacts()
const swarm = await makeSwarmDir()
const common = ['--threads', '1', '--announce-interval-ms', '500', '--peer-ttl-ms', '3000', '--query-budget-ms', String(BUDGET_MS), '--collaboration-deadline-ms', '5000', '--no-trace-prompts']
const spec = [
  { name: 'coord-a', model: 'study-edge-a', churn: false },
  { name: 'coord-b', model: 'study-edge-b', churn: false },
  { name: 'peer-c', model: 'study-edge-c', churn: true },
  { name: 'peer-a2', model: 'study-edge-a', churn: true }
]
const nodes = []
const samples = new Map(spec.map(s => [s.name, []]))
const stats = { answered: 0, latencies: [], errors: {}, lost: 0, lostWhy: {}, duplicates: 0, kills: 0, restarts: 0, badRequests: 0 }
const ids = new Set()

async function start (s, bootstrap) {
  const node = await startNode({ dataDir: `${swarm.dir}/${s.name}`, swarmKey: swarm.swarmKey, model: s.model, bootstrap, extra: common })
  return Object.assign(node, { name: s.name, churn: s.churn, up: true, incarnation: (nodes.find(n => n.name === s.name)?.incarnation ?? 0) + 1 })
}

for (const s of spec) nodes.push(await start(s, nodes[0]?.addresses ?? []))
await waitForMesh(nodes)
const coordinators = nodes.filter(n => !n.churn)
const clients = new Map(coordinators.map(n => [n.name, new OpenAI({ baseURL: `${n.api}/v1`, apiKey: 'unused', maxRetries: 0, timeout: HANG_MS })]))
console.error(`soak: ${nodes.length} nodes up, running ${values.minutes} min`)

function lose (why) {
  stats.lost++
  stats.lostWhy[why] = (stats.lostWhy[why] ?? 0) + 1
}

/** One query of the mix: 70% swarm, 15% the coordinator's own model, 10% LAN-only swarm, 5% a malformed body. */
async function oneQuery (i) {
  const coordinator = coordinators[i % coordinators.length]
  const client = clients.get(coordinator.name)
  const fact = facts[i % facts.length]
  const dice = Math.random()
  if (dice < 0.05) {
    const res = await fetch(`${coordinator.api}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model": "swarm", "messages": [' }).catch(err => err)
    if (res instanceof Error) { lose(`connection (${res.cause?.code ?? res.message})`); return }
    const body = await res.json().catch(() => ({}))
    if (res.status === 400 && typeof body.error?.code === 'string') stats.badRequests++
    else lose(`malformed body answered ${res.status}`)
    return
  }
  const model = dice < 0.2 ? await ownModel(coordinator) : 'swarm'
  const t0 = performance.now()
  try {
    const completion = await client.chat.completions.create({ model, messages: [{ role: 'user', content: fact.prompt }], max_tokens: 16, ...(dice >= 0.2 && dice < 0.3 ? { lan_only: true } : {}) })
    stats.answered++
    stats.latencies.push(performance.now() - t0)
    const id = completion.swarm_receipt?.queryId ?? completion.id
    if (ids.has(id)) stats.duplicates++
    ids.add(id)
  } catch (err) {
    if (err instanceof OpenAI.APIConnectionTimeoutError) lose('hang')
    else if (err instanceof OpenAI.APIError && err.status != null) {
      const key = `${err.status} ${err.code ?? 'no-code'}`
      stats.errors[key] = (stats.errors[key] ?? 0) + 1
    } else lose(`connection (${err.cause?.code ?? err.message})`)
  }
}

const ownModels = new Map()
async function ownModel (node) {
  if (!ownModels.has(node.name)) ownModels.set(node.name, (await getJson(node, '/status')).capabilities.modelId)
  return ownModels.get(node.name)
}

async function workers () {
  let i = 0
  await Promise.all(Array.from({ length: Number(values.concurrency) }, async () => {
    while (Date.now() < END) await oneQuery(i++)
  }))
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
async function churn () {
  while (Date.now() < END - 10_000) {
    await sleep(5000 + Math.random() * 10_000)
    const candidates = nodes.filter(n => n.churn && n.up)
    if (candidates.length === 0) continue
    const victim = candidates[Math.floor(Math.random() * candidates.length)]
    const signal = Math.random() < 0.5 ? 'SIGKILL' : 'SIGTERM'
    victim.up = false
    await stopNode(victim, signal)
    stats.kills++
    await sleep(2000 + Math.random() * 3000)
    if (Date.now() >= END) break
    const fresh = await start(spec.find(s => s.name === victim.name), coordinators[0].addresses)
    nodes[nodes.indexOf(victim)] = fresh
    stats.restarts++
  }
}

async function sampler () {
  while (Date.now() < END) {
    const t = Math.round((Date.now() - (END - Number(values.minutes) * 60_000)) / 1000)
    for (const n of nodes) {
      const usage = n.up ? await usageOf(n.child.pid) : undefined
      if (usage != null) samples.get(n.name).push({ t, incarnation: n.incarnation, ...usage })
    }
    await sleep(Number(values['sample-s']) * 1000)
  }
}

await Promise.all([workers(), churn(), sampler()])
for (const n of nodes) if (n.up) { const u = await usageOf(n.child.pid); if (u != null) samples.get(n.name).push({ t: Number(values.minutes) * 60, incarnation: n.incarnation, ...u }) }
const alive = coordinators.every(n => n.child.exitCode == null && n.child.signalCode == null)
await Promise.all(nodes.filter(n => n.up).map(n => stopNode(n)))
await swarm.cleanup()

console.log(`soak: ${values.minutes} min, 4 nodes (2 coordinators kept up, 2 peers churned: ${stats.kills} kills, ${stats.restarts} restarts), ${values.concurrency} clients in a loop`)
console.log(`answered ${stats.answered} (p50 ${percentile(stats.latencies, 0.5)?.toFixed(0)} ms, p99 ${percentile(stats.latencies, 0.99)?.toFixed(0)} ms); malformed requests refused with a typed 400: ${stats.badRequests}`)
console.log(`typed errors: ${Object.entries(stats.errors).map(([k, n]) => `${k}: ${n}`).join(', ') || '0'}`)
console.log(`lost queries: ${stats.lost}${stats.lost > 0 ? ` (${JSON.stringify(stats.lostWhy)})` : ''}; duplicates: ${stats.duplicates}; coordinators alive at the end: ${alive}`)
console.log('| node | incarnation | samples | RSS MB first → last (max) | fds first → last (max) |')
console.log('|---|---|---|---|---|')
for (const [name, list] of samples) {
  for (const inc of [...new Set(list.map(s => s.incarnation))]) {
    const xs = list.filter(s => s.incarnation === inc)
    const max = k => Math.max(...xs.map(s => s[k]))
    console.log(`| ${name} | ${inc} | ${xs.length} | ${xs[0].rssMb.toFixed(0)} → ${xs.at(-1).rssMb.toFixed(0)} (${max('rssMb').toFixed(0)}) | ${xs[0].fds} → ${xs.at(-1).fds} (${max('fds')}) |`)
  }
}
process.exitCode = stats.lost > 0 || stats.duplicates > 0 || !alive ? 1 : 0
