import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { isCorrect, loadWorkload, writeSwarmKey } from '@swarm-llm/daemon'
import type { WorkloadRow } from '@swarm-llm/daemon'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { request } from '../client.js'
import { table } from '../output.js'

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url))
const EDGES = ['study-edge-a', 'study-edge-b', 'study-edge-c']
const CLOUD = 'study-cloud'

interface Started { child: ChildProcess, event: any }

/** Runs this CLI as a child process and waits for its JSON `started` event. */
async function startChild (args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [CLI, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  const output: string[] = []
  createInterface({ input: child.stderr! }).on('line', line => output.push(line))
  const event = await new Promise<any>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', line => {
      try { const e = JSON.parse(line); if (e.event === 'started') resolve(e) } catch {}
    })
    child.once('exit', code => reject(new Error(`swarm-llm ${args[0]} exited with ${code}: ${output.join('\n')}`)))
  })
  return { child, event }
}

export const demo: Command = {
  name: 'demo',
  summary: 'run a local swarm of the shipped study models and answer a mixed workload',
  usage: 'swarm-llm demo [--models DIR] [--workload FILE] [--limit N]',
  options: { models: { type: 'string' }, workload: { type: 'string' }, limit: { type: 'string' } },
  async run (values) {
    const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)))
    const models = resolve((values.models as string | undefined) ?? join(root, 'models'))
    const workloadPath = resolve((values.workload as string | undefined) ?? join(models, 'study', 'heldout.jsonl'))
    const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)
    if (!(limit > 0)) throw new UsageError('--limit must be a positive number')
    for (const name of [...EDGES, CLOUD]) {
      if (!existsSync(join(models, `${name}.gguf`))) throw new UsageError(`${join(models, `${name}.gguf`)} is missing; --models names the folder of the study models`)
    }
    const rows = (await loadWorkload(workloadPath)).slice(0, limit)
    const dir = await mkdtemp(join(tmpdir(), 'swarm-llm-demo-'))
    const children: ChildProcess[] = []
    try {
      const swarmKey = join(dir, 'swarm.key')
      await writeSwarmKey(swarmKey)
      const cloudKey = randomBytes(16).toString('hex')
      console.log(`starting the cloud stand-in (${CLOUD}) as a plain OpenAI-compatible server`)
      const cloud = await startChild(['serve', '--model', join(models, `${CLOUD}.gguf`), '--api-port', '0', '--threads', '1'], { SWARM_LLM_SERVE_API_KEY: cloudKey })
      children.push(cloud.child)

      const daemons: Array<{ name: string, api: string, peerId: string, cloud?: string }> = []
      for (const [i, name] of EDGES.entries()) {
        const args = ['up', '--data-dir', join(dir, name), '--swarm-key', swarmKey, '--api-port', '0', '--listen', '/ip4/127.0.0.1/tcp/0',
          '--no-mdns', '--model', join(models, `${name}.gguf`), '--threads', '1', '--announce-interval-ms', '500',
          ...(daemons[0] != null ? ['--bootstrap', (await request<any>(daemons[0].api, '/status')).addresses[0]] : []),
          // the first daemon holds the cloud credentials
          ...(i === 0 ? ['--cloud-base-url', `${cloud.event.api as string}/v1`, '--cloud-model', CLOUD] : [])]
        const started = await startChild(args, i === 0 ? { OPENAI_API_KEY: cloudKey } : {})
        children.push(started.child)
        const served = (await request<{ data: Array<{ id: string }> }>(started.event.api, '/v1/models')).data.map(m => m.id)
        daemons.push({ name: served[0], api: started.event.api, peerId: started.event.peerId, cloud: served[1] })
      }
      console.log(`starting three daemons on loopback, one per edge model; ${EDGES[0]}'s holds the cloud key`)
      const deadline = Date.now() + 30_000
      while ((await Promise.all(daemons.map(async d => (await request<any[]>(d.api, '/peers')).length))).some(n => n < 2)) {
        if (Date.now() > deadline) throw new Error('the swarm did not form within 30 s')
        await new Promise(resolve => setTimeout(resolve, 200))
      }
      const peers = await request<any[]>(daemons[0].api, '/peers')
      console.log(`\nthe swarm as ${daemons[0].name} sees it:`)
      console.log(table(['PEER', 'MODEL', 'PARAMS', 'CLOUD'], peers.map(p => [p.peerId, p.capabilities.modelId, String(p.capabilities.parameterCount), p.capabilities.canSummon ? 'yes' : 'no'])))

      console.log(`\nanswering ${rows.length} queries from ${workloadPath}, each sent to every daemon through its OpenAI API`)
      const tally = new Map<string, Map<string, { right: number, total: number }>>()
      const routes = new Map<string, number>()
      const errors: string[] = []
      const ask = async (api: string, model: string, row: WorkloadRow): Promise<void> => {
        let completion: any
        try {
          completion = await request<any>(api, '/v1/chat/completions', { model, messages: [{ role: 'user', content: row.prompt }], max_tokens: 32 })
        } catch (err) {
          errors.push(`${model}: ${(err as Error).message}`)
          return
        }
        const who = completion.swarm_receipt.route === 'cloud' ? `${model} (cloud, via ${daemons[0].name})` : model
        const byCategory = tally.get(who) ?? new Map()
        tally.set(who, byCategory)
        const cell = byCategory.get(row.category) ?? { right: 0, total: 0 }
        byCategory.set(row.category, cell)
        cell.total++
        if (isCorrect(row, completion.choices[0].message.content)) cell.right++
        routes.set(completion.swarm_receipt.route, (routes.get(completion.swarm_receipt.route) ?? 0) + 1)
      }
      for (const row of rows) {
        await Promise.all([...daemons.map(async d => { await ask(d.api, d.name, row) }), ask(daemons[0].api, daemons[0].cloud!, row)])
      }
      const categories = ['easy', 'hard', 'safety']
      const percent = (c?: { right: number, total: number }): string => c == null || c.total === 0 ? '-' : `${(100 * c.right / c.total).toFixed(1)}%`
      console.log(table(['ANSWERED BY', ...categories.map(c => c.toUpperCase()), 'ALL'], [...tally].sort(([x], [y]) => x.localeCompare(y)).map(([who, byCategory]) => {
        const all = [...byCategory.values()].reduce((a, c) => ({ right: a.right + c.right, total: a.total + c.total }), { right: 0, total: 0 })
        return [who, ...categories.map(c => percent(byCategory.get(c))), percent(all)]
      })))
      console.log(`\nroutes taken: ${[...routes].map(([route, n]) => `${route} ${n}`).join(', ')}${errors.length > 0 ? `; ${errors.length} errors, the first: ${errors[0]}` : ''}`)
      console.log('(every daemon answers with its own model for now; routing between peers is the next step)')
    } finally {
      for (const child of children) child.kill('SIGTERM')
      await Promise.all(children.map(async c => await new Promise(resolve => { if (c.exitCode != null || c.signalCode != null) resolve(null); else c.once('exit', resolve) })))
      await rm(dir, { recursive: true, force: true })
    }
  }
}
