// pnpm bench:load: 50, 200 and 500 concurrent clients at one coordinator, then spread over
// every node, of a 3-node loopback swarm on the study edge models (a, b, c), with --parallel 1
// and 2. Each client sends one `swarm` chat completion (a hard fact question of the held-out
// workload) through the official openai client, no retries. Printed per round: answered, typed
// errors per status and code, hangs (no reply within the query budget + 15 s: must be 0),
// duplicates (two replies with one query id: must be 0), p50/p99 latency of the answered and
// throughput (answered per second of the round). Not a test: it measures.
//   node test/bench/load.mjs [--clients 50,200,500] [--parallel 1,2] [--max-tokens 16] [--threads 1]
import { parseArgs } from 'node:util'
import OpenAI from 'openai'
import { EDGE_MODELS, getJson, hardFacts, makeSwarmDir, percentile, startNode, stopNode, waitForMesh } from './local-swarm.mjs'

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50,200,500' },
    parallel: { type: 'string', default: '1,2' },
    'max-tokens': { type: 'string', default: '16' },
    threads: { type: 'string', default: '1' },
    'budget-ms': { type: 'string', default: '30000' }
  }
})
const CLIENTS = values.clients.split(',').map(Number)
const PARALLEL = values.parallel.split(',').map(Number)
const MAX_TOKENS = Number(values['max-tokens'])
const BUDGET_MS = Number(values['budget-ms'])
const HANG_MS = BUDGET_MS + 15_000
const facts = await hardFacts()

async function round (nodes, clients, spread) {
  const openais = nodes.map(n => new OpenAI({ baseURL: `${n.api}/v1`, apiKey: 'unused', maxRetries: 0, timeout: HANG_MS }))
  const latencies = []
  const errors = {}
  const ids = new Map()
  let hangs = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: clients }, async (_, i) => {
    const client = openais[spread ? i % nodes.length : 0]
    const t0 = performance.now()
    try {
      const completion = await client.chat.completions.create({ model: 'swarm', messages: [{ role: 'user', content: facts[i % facts.length].prompt }], max_tokens: MAX_TOKENS })
      latencies.push(performance.now() - t0)
      const id = completion.swarm_receipt?.queryId ?? completion.id
      ids.set(id, (ids.get(id) ?? 0) + 1)
    } catch (err) {
      if (err instanceof OpenAI.APIConnectionTimeoutError) hangs++
      else {
        const key = err instanceof OpenAI.APIError && err.status != null ? `${err.status} ${err.code ?? err.error?.code ?? 'no-code'}` : `connection (${err.cause?.code ?? err.message})`
        errors[key] = (errors[key] ?? 0) + 1
      }
    }
  }))
  const seconds = (performance.now() - started) / 1000
  const duplicates = [...ids.values()].reduce((sum, n) => sum + (n - 1), 0)
  return { answered: latencies.length, errors, hangs, duplicates, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), throughput: latencies.length / seconds, seconds }
}

const rows = []
for (const parallel of PARALLEL) {
  const swarm = await makeSwarmDir()
  const common = ['--threads', values.threads, '--parallel', String(parallel), '--announce-interval-ms', '500', '--peer-ttl-ms', '5000', '--query-budget-ms', String(BUDGET_MS), '--no-trace-prompts']
  const nodes = []
  try {
    for (const [i, model] of EDGE_MODELS.entries()) {
      nodes.push(await startNode({ dataDir: `${swarm.dir}/${i}`, swarmKey: swarm.swarmKey, model, bootstrap: nodes[0]?.addresses ?? [], extra: common }))
    }
    await waitForMesh(nodes)
    // warm up: each node answers once
    await round(nodes, nodes.length, true)
    for (const clients of CLIENTS) {
      for (const spread of [false, true]) {
        const r = await round(nodes, clients, spread)
        rows.push({ parallel, clients, target: spread ? 'every node' : 'one node', ...r })
        console.error(`parallel ${parallel}, ${clients} clients at ${spread ? 'every node' : 'one node'}: ${r.answered} answered in ${r.seconds.toFixed(1)} s`)
        // let the queues drain and the peer tables settle before the next round
        await new Promise(resolve => setTimeout(resolve, 2000))
      }
    }
    const alive = nodes.filter(n => n.child.exitCode == null && n.child.signalCode == null).length
    const counters = await Promise.all(nodes.map(async n => (await getJson(n, '/status')).counters))
    console.error(`parallel ${parallel}: ${alive}/${nodes.length} nodes alive at the end; spilled ${counters.map(c => JSON.stringify(c.spilled ?? {})).join(' ')}; local_fallback ${counters.map(c => JSON.stringify(c.local_fallback ?? {})).join(' ')}`)
  } finally {
    await Promise.all(nodes.map(n => stopNode(n)))
    await swarm.cleanup()
  }
}

const f = x => Number.isFinite(x) ? x.toFixed(0) : '-'
console.log(`3-node loopback swarm (${EDGE_MODELS.join(', ')}), model "swarm", ${MAX_TOKENS} max tokens, ${values.threads} thread(s) per node, query budget ${BUDGET_MS} ms; one request per client, all at once`)
console.log('| --parallel | clients | target | answered | typed errors | hangs | duplicates | p50 ms | p99 ms | answered/s |')
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const r of rows) {
  const errors = Object.entries(r.errors).map(([k, n]) => `${k}: ${n}`).join(', ') || '0'
  console.log(`| ${r.parallel} | ${r.clients} | ${r.target} | ${r.answered} | ${errors} | ${r.hangs} | ${r.duplicates} | ${f(r.p50)} | ${f(r.p99)} | ${r.throughput.toFixed(1)} |`)
}
const bad = rows.some(r => r.hangs > 0 || r.duplicates > 0)
if (bad) console.log('FAIL: some round had hangs or duplicates')
process.exitCode = bad ? 1 : 0
