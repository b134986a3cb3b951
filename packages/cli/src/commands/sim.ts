import type { Command } from '../command.js'
import { startSwarm } from '../local-swarm.js'
import type { LocalSwarm } from '../local-swarm.js'
import { printJson } from '../output.js'
import { Progress } from '../progress.js'
import { quantile } from '../bench/stats.js'
import { gossipDelays, residentBytes, summarise } from '../sim/figures.js'
import { modelName, planSim, SIM_POLICY_FLAGS } from '../sim/plan.js'
import type { SimPlan } from '../sim/plan.js'
import { formatNodes, formatQuery, formatSummary, QUERY_HEADER } from '../sim/report.js'
import type { MemoryFigures, NodeReport } from '../sim/report.js'
import { runWorkload } from '../sim/run.js'
import { sampleRows } from '../sim/workload.js'
import { loadWorkload } from '@swarm-llm/daemon/workload'

/** How long the peer tables of a sim may take to fill: more nodes, longer. */
const formationTimeoutMs = (nodes: number): number => Math.max(30_000, 4_000 * nodes)

/** Exit code of a sim stopped by SIGINT or SIGTERM, as a shell reports a command Ctrl-C stopped. */
const INTERRUPTED = 130

function memoryOf (nodes: NodeReport[]): MemoryFigures {
  const measured = nodes.filter(n => n.rssBytes != null)
  const largest = measured.reduce<NodeReport | undefined>((max, n) => max == null || n.rssBytes! > max.rssBytes! ? n : max, undefined)
  return { nodes: measured.length, medianBytes: quantile(measured.map(n => n.rssBytes!), 0.5), maxBytes: largest?.rssBytes ?? Number.NaN, maxNode: largest?.name ?? null }
}

async function startSimSwarm (plan: SimPlan, signal: AbortSignal): Promise<LocalSwarm> {
  const progress = new Progress()
  progress.start(`starting ${plan.nodes.length} nodes`, plan.nodes.length + (plan.cloudModel != null ? 2 : 1))
  try {
    return await startSwarm({
      nodes: plan.nodes,
      cloudModel: plan.cloudModel,
      daemonFlags: plan.daemonFlags,
      formationTimeoutMs: formationTimeoutMs(plan.nodes.length),
      signal,
      onProgress: (step, done) => { progress.update(done, step) }
    })
  } finally {
    progress.stop()
  }
}

export const sim: Command = {
  name: 'sim',
  summary: 'start a swarm of N daemons on this machine for experiments, send it a workload and show where each query went',
  usage: 'swarm-llm sim [--nodes N] [--models LIST] [--cloud] [--workload FILE] [--queries N] [--submit round-robin|random] [--seed N] [--concurrency N] ' +
    '[--delay NODE=MS]... [--fail NODE@SECONDS]... [--tau-local X] [--tau-swarm X] [--collaboration-deadline-ms N] [--json]\n' +
    'Every node is a daemon process on 127.0.0.1 with mDNS off, in a temporary directory with a fresh swarm key, bootstrapping from n0. ' +
    'The first nodes host the models given, one each; the others host none and route and relay. With --cloud, the cloud stand-in runs ' +
    'and n1 holds its key. Once every peer table is complete, each query goes to a node (round-robin or seeded random); a node that is ' +
    'down hands it to the next. At the end: accuracy, route shares, query latency, each node\'s memory (VmRSS) and the gossip delivery delay. ' +
    'Ctrl-C stops every node; a node whose sim died stops itself.',
  options: {
    nodes: { type: 'string' },
    models: {
      type: 'string',
      multiple: true,
      description: 'models the first nodes host, one each: study model names (study-edge-a) or GGUF files, comma-separated or repeated; "" for none',
      value: 'LIST',
      defaults: 'study-edge-a,study-edge-b,study-edge-c'
    },
    cloud: { type: 'boolean', default: false },
    workload: { type: 'string', description: 'queries in the study workload format: JSONL of {id, category, prompt, answer | refuse: true} rows', defaults: 'models/study/heldout.jsonl' },
    queries: { type: 'string' },
    submit: { type: 'string' },
    seed: { type: 'string', description: 'seed of the workload sample and of --submit random' },
    concurrency: { type: 'string' },
    delay: { type: 'string', multiple: true },
    fail: { type: 'string', multiple: true },
    ...Object.fromEntries(SIM_POLICY_FLAGS.map(flag => [flag, { type: 'string' } as const])),
    json: { type: 'boolean', default: false }
  },
  async run (values) {
    const plan = planSim(values)
    const rows = sampleRows(await loadWorkload(plan.workload), plan.queries, plan.seed)
    const json = values.json === true
    const controller = new AbortController()
    const interrupt = (): void => { controller.abort() }
    process.once('SIGINT', interrupt)
    process.once('SIGTERM', interrupt)
    let swarm: LocalSwarm | undefined
    try {
      try {
        swarm = await startSimSwarm(plan, controller.signal)
      } catch (err) {
        if (controller.signal.aborted) { console.error('interrupted: every node is stopped'); return INTERRUPTED }
        throw err
      }
      const nodes: NodeReport[] = swarm.daemons.map((d, i) => ({
        name: d.name,
        model: modelName(plan.nodes[i]),
        peerId: d.peerId,
        pid: d.pid,
        holdsKey: d.holdsKey,
        answerDelayMs: plan.nodes[i].answerDelayMs ?? null,
        failAtSeconds: plan.nodes[i].failAtSeconds ?? null,
        killedAtMs: null,
        rssBytes: null
      }))
      if (!json) {
        console.log(formatNodes(nodes, swarm.formationMs, plan.cloudModel != null))
        console.log(`\n${rows.length} queries to the nodes ${plan.submit === 'random' ? 'at random' : 'in turn'}, ${plan.concurrency} at a time; times count from the first:\n${QUERY_HEADER}`)
      }
      const result = await runWorkload(swarm.daemons, plan.nodes, rows, {
        submit: plan.submit,
        seed: plan.seed,
        concurrency: plan.concurrency,
        signal: controller.signal,
        onQuery: outcome => { if (!json) console.log(formatQuery(outcome, rows[outcome.index].prompt)) }
      })
      if (controller.signal.aborted) { console.error('interrupted: stopping every node'); return INTERRUPTED }

      // measured while every surviving node still runs
      const live = swarm.daemons.filter(d => d.alive())
      const scrapes = await Promise.all(live.map(async d => await (await fetch(`${d.api}/metrics`)).text()))
      for (const [i, d] of swarm.daemons.entries()) {
        nodes[i].rssBytes = d.alive() ? await residentBytes(d.pid) ?? null : null
        nodes[i].killedAtMs = result.fates.find(f => f.name === d.name)?.killedAtMs ?? null
      }
      const summary = summarise(result.outcomes)
      const memory = memoryOf(nodes)
      const gossip = gossipDelays(scrapes)
      if (json) {
        return printJson({
          nodes,
          cloud: plan.cloudModel != null,
          formationMs: Math.round(swarm.formationMs),
          workload: { path: plan.workload, queries: rows.length, submit: plan.submit, seed: plan.seed, concurrency: plan.concurrency, durationMs: result.durationMs },
          queries: result.outcomes.map(o => ({ ...o, prompt: rows[o.index].prompt })),
          summary: { ...summary, memory, gossipDelay: gossip }
        })
      }
      console.log('\n' + formatSummary(summary, memory, gossip, result.fates))
    } finally {
      process.off('SIGINT', interrupt)
      process.off('SIGTERM', interrupt)
      await swarm?.stop()
    }
  }
}
