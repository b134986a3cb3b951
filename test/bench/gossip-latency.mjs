// Gossip publish-to-delivery latency on loopback, for swarms of 3 and 10 daemon processes.
// Prints p50 and p99 over every (message, receiver) pair. Not a test: it measures.
//   node test/bench/gossip-latency.mjs [sizes=3,10] [messages=200]
import { fork } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeSwarmKey } from '@swarm-llm/daemon'

const sizes = (process.argv[2] ?? '3,10').split(',').map(Number)
const messages = Number(process.argv[3] ?? 200)
const worker = fileURLToPath(new URL('./gossip-worker.mjs', import.meta.url))
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

function next (child, type) {
  return new Promise(resolve => {
    const on = message => { if (message.type === type) { child.off('message', on); resolve(message) } }
    child.on('message', on)
  })
}

function percentile (sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))]
}

async function run (size) {
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-bench-'))
  const swarmKey = join(dir, 'swarm.key')
  await writeSwarmKey(swarmKey)
  const children = []
  let seed
  for (let i = 0; i < size; i++) {
    const child = fork(worker, [join(dir, `d${i}`), swarmKey, ...(seed ?? [])], { stdio: 'inherit' })
    const started = await next(child, 'started')
    seed ??= started.addresses
    children.push(child)
  }
  // wait until everyone knows everyone, then let the gossip mesh settle
  for (let tries = 0; ; tries++) {
    const counts = await Promise.all(children.map(c => { const p = next(c, 'peers'); c.send({ type: 'peers' }); return p }))
    if (counts.every(c => c.count === size - 1)) break
    if (tries > 120) throw new Error(`swarm of ${size} did not form: ${counts.map(c => c.count)}`)
    await sleep(250)
  }
  await sleep(2000)
  const latencies = []
  for (const child of children) child.on('message', m => { if (m.type === 'delivered') latencies.push(m.latencyMs) })
  for (let i = 0; i < messages; i++) {
    children[i % size].send({ type: 'publish', id: `m${i}` })
    await sleep(20)
  }
  await sleep(2000)
  await Promise.all(children.map(c => { const exited = new Promise(resolve => c.once('exit', resolve)); c.send({ type: 'stop' }); return exited }))
  await rm(dir, { recursive: true, force: true })
  latencies.sort((a, b) => a - b)
  const expected = messages * (size - 1)
  console.log(`${size} daemons: ${latencies.length}/${expected} deliveries, p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms`)
}

console.log(`gossip publish-to-delivery latency on loopback, ${messages} messages, one every 20 ms, round-robin publishers`)
for (const size of sizes) await run(size)
