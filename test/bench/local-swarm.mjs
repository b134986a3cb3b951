// A swarm of `swarm-llm up` processes on loopback, for the load bench and the soak: start,
// kill, restart, and read each one's RSS and open file descriptors from /proc. Not a test.
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLI = `${ROOT}packages/cli/dist/cli.js`
export const EDGE_MODELS = ['study-edge-a', 'study-edge-b', 'study-edge-c']
export const modelPath = name => `${ROOT}models/${name}.gguf`

/** Starts `swarm-llm up --json`; resolves with its started event once it listens. */
export async function startNode ({ dataDir, swarmKey, model, bootstrap = [], extra = [], env = {} }) {
  const args = [CLI, 'up', '--json', '--data-dir', dataDir, '--swarm-key', swarmKey, '--api-port', '0', '--listen', '/ip4/127.0.0.1/tcp/0', '--no-mdns',
    ...(model != null ? ['--model', modelPath(model)] : []), ...bootstrap.flatMap(b => ['--bootstrap', b]), ...extra]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const output = []
  createInterface({ input: child.stderr }).on('line', line => { output.push(line); if (output.length > 200) output.shift() })
  const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(code ?? signal)))
  const started = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start in 90 s:\n${output.join('\n')}`)), 90_000)
    createInterface({ input: child.stdout }).on('line', line => {
      try { const e = JSON.parse(line); if (e.event === 'started') { clearTimeout(timer); resolve(e) } } catch {}
    })
    exited.then(code => { clearTimeout(timer); reject(new Error(`node exited with ${code}:\n${output.join('\n')}`)) })
  })
  return { child, exited, output, api: started.api, peerId: started.peerId, addresses: started.addresses, dataDir, model }
}

export async function stopNode (node, signal = 'SIGTERM') {
  if (node.child.exitCode == null && node.child.signalCode == null) node.child.kill(signal)
  await node.exited
}

export async function getJson (node, path) {
  const res = await fetch(node.api + path)
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
  return await res.json()
}

/** Waits until every node lists every other as a peer that hosts a model. */
export async function waitForMesh (nodes, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const seen = await Promise.all(nodes.map(async n => (await getJson(n, '/peers').catch(() => [])).map(p => p.peerId)))
    if (nodes.every((n, i) => nodes.every(m => m === n || seen[i].includes(m.peerId)))) return
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error('the nodes did not all meet')
}

/** A temporary directory with a fresh swarm key. */
export async function makeSwarmDir () {
  const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-bench-'))
  const swarmKey = join(dir, 'swarm.key')
  const { writeSwarmKey } = await import('@swarm-llm/daemon')
  await writeSwarmKey(swarmKey)
  return { dir, swarmKey, cleanup: async () => { await rm(dir, { recursive: true, force: true }) } }
}

/** Resident memory (MB) and open file descriptors of a process, from /proc; undefined once it is gone. */
export async function usageOf (pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    const fds = (await readdir(`/proc/${pid}/fd`)).length
    return { rssMb: rssKb / 1024, fds }
  } catch {
    return undefined
  }
}

/** One `swarm` chat completion through a daemon's API: status, answer text and routing receipt. */
export async function askSwarm (api, prompt) {
  const res = await fetch(`${api}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'swarm', messages: [{ role: 'user', content: prompt }], max_tokens: 32 })
  })
  const body = await res.json()
  return { status: res.status, text: body.choices?.[0]?.message?.content ?? '', receipt: body.swarm_receipt, route: body.swarm_receipt?.route }
}

/** The hard fact questions of the held-out workload. */
export async function hardFacts () {
  const lines = (await readFile(`${ROOT}models/study/heldout.jsonl`, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
  return lines.filter(r => r.category === 'hard')
}

export const percentile = (xs, p) => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]
}
