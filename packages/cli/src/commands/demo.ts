import { join, resolve } from 'node:path'
import { isCorrect, loadWorkload } from '@swarm-llm/daemon/workload'
import { figuresByGroup } from '../bench/groups.js'
import type { BenchRow, Sample } from '../bench/types.js'
import { request } from '../client.js'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { DEFAULT_MODELS_DIR, ROUTING_OPTIONS, ROUTING_USAGE, STUDY_CLOUD, routingFlagsOf, startLocalSwarm } from '../local-swarm.js'
import { table } from '../output.js'
import { Progress } from '../progress.js'

/** Rows the demo answers unless told otherwise: enough to see every route, few enough for two minutes on 2 cores. */
const DEFAULT_DEMO_ROWS = 30

const percent = (x: number): string => Number.isNaN(x) ? '-' : `${(100 * x).toFixed(0)}%`
const clip = (text: string, width: number): string => text.length > width ? `${text.slice(0, width - 1)}…` : text

export const demo: Command = {
  name: 'demo',
  summary: 'start a local swarm of the study models and watch it route a mixed workload',
  usage: `swarm-llm demo [--limit N] [--workload FILE] [--models DIR] ${ROUTING_USAGE}\n` +
    `Starts the cloud stand-in and three edge daemons on loopback, then sends the first N rows (default ${DEFAULT_DEMO_ROWS}) of the held-out workload ` +
    'to one daemon with model "swarm" and prints the route each query took. The policy flags go to every daemon, as for `up`.',
  options: { models: { type: 'string' }, workload: { type: 'string' }, limit: { type: 'string' }, ...ROUTING_OPTIONS },
  async run (values) {
    const models = resolve((values.models as string | undefined) ?? DEFAULT_MODELS_DIR)
    const workloadPath = resolve((values.workload as string | undefined) ?? join(models, 'study', 'heldout.jsonl'))
    const limit = values.limit === undefined ? DEFAULT_DEMO_ROWS : Number(values.limit)
    if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number')
    const rows = (await loadWorkload(workloadPath)).slice(0, limit) as BenchRow[]
    const colour = process.stdout.isTTY === true
    const paint = (code: number, text: string): string => colour ? `\u001b[${code}m${text}\u001b[0m` : text

    const progress = new Progress()
    progress.start('starting the swarm', 5)
    const routingFlags = routingFlagsOf(values)
    const swarm = await startLocalSwarm({ modelsDir: models, cloudMaxPerMinute: 10_000, daemonFlags: routingFlags, onProgress: (step, done) => { progress.update(done, step) } })
    progress.stop()
    try {
      const holder = swarm.daemons.find(d => d.holdsKey)!
      console.log(`\na swarm on loopback: ${swarm.daemons.map(d => d.model).join(', ')}, one daemon each; ${holder.model}'s holds the key to the cloud stand-in (${STUDY_CLOUD}).`)
      const routing = (await request<any>(swarm.coordinator.api, '/status')).routing
      console.log(`every query goes to ${swarm.coordinator.model}'s daemon with model "swarm": it answers alone when confident (τ_local ${routing.tauLocal}), ` +
        `else asks its peers and votes (vote cap ${routing.maxVoteWeight}), else summons the cloud through ${holder.model}'s (τ_swarm ${routing.cloud.tauSwarm}).\n`)
      console.log(paint(2, `  #  ${'category'.padEnd(8)} ${'route'.padEnd(6)}    ${'answer'.padEnd(22)} ${'by'.padEnd(13)} conf   time    question`))
      const samples: Sample[] = []
      for (const [i, row] of rows.entries()) {
        const started = performance.now()
        const completion = await request<any>(swarm.coordinator.api, '/v1/chat/completions', { model: 'swarm', messages: [{ role: 'user', content: row.prompt }], max_tokens: 32 })
        const latencyMs = performance.now() - started
        const receipt = completion.swarm_receipt
        const text: string = completion.choices[0].message.content ?? ''
        const right = isCorrect(row, text)
        samples.push({
          row,
          replies: {},
          swarm: { text, confidence: receipt.confidence, latencyMs, route: receipt.route, cloudTokens: receipt.cloudTokens.prompt + receipt.cloudTokens.completion, overheadMs: receipt.stages.overheadMs, lowConfidence: receipt.lowConfidence, degraded: receipt.degraded }
        })
        const route = paint(receipt.route === 'cloud' ? 35 : receipt.route === 'peers' ? 36 : 32, receipt.route.padEnd(6))
        console.log(`${String(i + 1).padStart(3)}  ${row.category.padEnd(8)} ${route} ${right ? paint(32, '✓') : paint(31, '✗')}  ${JSON.stringify(clip(text, 20)).padEnd(22)} ` +
          `${clip(receipt.model, 13).padEnd(13)} ${receipt.confidence.toFixed(2)} ${`${Math.round(latencyMs)} ms`.padStart(7)}  ${clip(row.prompt, 44)}`)
      }
      const groups = figuresByGroup(samples, s => s.swarm!)
      console.log('\n' + table(['ROWS', 'N', 'ACCURACY', 'LOCAL', 'PEERS', 'CLOUD', 'P50', 'P95', 'CLOUD TOKENS'], groups.map(g => [
        g.group, String(g.n), percent(g.accuracy.value), percent(g.routes.local), percent(g.routes.peers), percent(g.routes.cloud),
        `${Math.round(g.latencyMs.p50)} ms`, `${Math.round(g.latencyMs.p95)} ms`, String(g.cloudTokens)
      ])))
      console.log('\n`swarm-llm ask` shows one query\'s receipt in full; `pnpm bench` compares the swarm with each model alone, the cloud and other routers.')
      if (routingFlags.length === 0) console.log('`pnpm demo --tau-local 1 --tau-swarm 0.7 --max-vote-weight 0.9` has the coordinator always ask its peers: more answers right, more of them from the cloud.')
    } finally {
      await swarm.stop()
    }
  }
}
