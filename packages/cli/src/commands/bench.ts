import { readFile, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { loadWorkload } from '@swarm-llm/daemon/workload'
import { analyse } from '../bench/analyse.js'
import { collect, readSetup } from '../bench/collect.js'
import { plotSvg } from '../bench/plot.js'
import { formatReport } from '../bench/report.js'
import type { BenchRow, Collected } from '../bench/types.js'
import type { Command } from '../command.js'
import { UsageError } from '../command.js'
import { DEFAULT_BENCH_SEED } from '../constants.js'
import { DEFAULT_MODELS_DIR, ROUTING_OPTIONS, ROUTING_USAGE, routingFlagsOf, startLocalSwarm } from '../local-swarm.js'
import { printJson } from '../output.js'
import { Progress } from '../progress.js'

/** Cloud calls per minute the local swarm allows: the bench must never be capped. */
const BENCH_CLOUD_MAX_PER_MINUTE = 100_000

function positive (name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) === 0) throw new UsageError(`${name} must be a positive whole number, not "${String(value)}"`)
  return Number(value)
}

/** Asks the swarm (a local one it starts, or --swarm) every question the routers need. */
async function collectAll (values: Record<string, unknown>, fitRows: BenchRow[], rows: BenchRow[], progress: Progress): Promise<Collected> {
  const policyFlags = routingFlagsOf(values)
  let api = values.swarm as string | undefined
  let stop = async (): Promise<void> => {}
  if (api == null) {
    progress.start('starting the local swarm', 5)
    const swarm = await startLocalSwarm({
      modelsDir: values.models as string | undefined,
      cloudMaxPerMinute: BENCH_CLOUD_MAX_PER_MINUTE,
      // fixed maps, no audits: the offline replay and the other routers score the same policy the live swarm ran
      daemonFlags: ['--no-online-calibration', '--audit-share', '0', ...policyFlags],
      onProgress: (step, done) => { progress.update(done, step) }
    })
    api = swarm.coordinator.api
    stop = swarm.stop
  } else if (policyFlags.length > 0) {
    throw new UsageError('policy flags apply to the swarm the bench starts; a --swarm keeps its own')
  }
  try {
    const setup = await readSetup(api.replace(/\/+$/, ''))
    progress.start('fit workload: every model', fitRows.length)
    const fit = await collect(api, setup, fitRows, { swarm: false, onRow: (done, row) => { progress.update(done, row.id) } })
    progress.start('reported workload: + swarm', rows.length)
    const scored = await collect(api, setup, rows, { swarm: true, onRow: (done, row) => { progress.update(done, row.id) } })
    return { setup, fit, scored }
  } finally {
    progress.stop()
    await stop()
  }
}

export const bench: Command = {
  name: 'bench',
  summary: 'compare routers on a workload: each edge model, the swarm with and without the cloud, cascade, random, prompt-only, oracle',
  usage: 'swarm-llm bench --workload FILE [--fit-workload FILE] [--swarm URL] [--limit N] [--json] [--svg FILE] [--save FILE | --replay FILE] ' +
    `[--models DIR] [--seed N] ${ROUTING_USAGE}\n` +
    'Without --swarm it starts a local swarm of the study models (three edge daemons and the cloud stand-in) on loopback; ' +
    'a --swarm must have every node run with a --cloud-max-per-minute above the bench\'s pace (e.g. 100000). ' +
    'Thresholds are fitted on --fit-workload (default models/study/workload.jsonl) and reported on --workload. ' +
    '--save keeps every answer collected; --replay reports from such a file without any swarm.',
  options: {
    workload: { type: 'string' },
    'fit-workload': { type: 'string' },
    swarm: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean', default: false },
    svg: { type: 'string' },
    save: { type: 'string' },
    replay: { type: 'string' },
    models: { type: 'string' },
    seed: { type: 'string' },
    ...ROUTING_OPTIONS
  },
  async run (values) {
    const limit = positive('--limit', values.limit) ?? Number.POSITIVE_INFINITY
    const seed = values.seed === undefined ? DEFAULT_BENCH_SEED : positive('--seed', values.seed)!
    let collected: Collected
    let workloads: { fit: string, scored: string }
    if (typeof values.replay === 'string') {
      if (values.swarm != null) throw new UsageError('--replay reports from saved answers and asks no swarm: drop --swarm')
      const saved = JSON.parse(await readFile(values.replay, 'utf8')) as Collected & { workloads: { fit: string, scored: string } }
      collected = { setup: saved.setup, fit: saved.fit.slice(0, limit), scored: saved.scored.slice(0, limit) }
      workloads = saved.workloads
    } else {
      if (typeof values.workload !== 'string') throw new UsageError('bench needs --workload FILE (e.g. models/study/heldout.jsonl)')
      workloads = {
        fit: resolve((values['fit-workload'] as string | undefined) ?? join(DEFAULT_MODELS_DIR, 'study', 'workload.jsonl')),
        scored: resolve(values.workload)
      }
      if (workloads.fit === workloads.scored) throw new UsageError('--fit-workload and --workload are the same file: thresholds must never be fitted on the rows they are scored on')
      const fitRows = (await loadWorkload(workloads.fit)).slice(0, limit) as BenchRow[]
      const rows = (await loadWorkload(workloads.scored)).slice(0, limit) as BenchRow[]
      collected = await collectAll(values, fitRows, rows, new Progress())
      // paths as given from here, so that a saved run replays on another checkout
      const saved = { fit: relative(process.cwd(), workloads.fit), scored: relative(process.cwd(), workloads.scored) }
      if (typeof values.save === 'string') await writeFile(values.save, JSON.stringify({ workloads: saved, ...collected }) + '\n')
    }
    const report = analyse(collected, { seed })
    const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverage1m: Math.round(loadavg()[0] * 100) / 100, node: process.version }
    if (typeof values.svg === 'string') {
      await writeFile(values.svg, await plotSvg(report, `Hard accuracy against cloud share (${collected.scored.length} rows)`))
    }
    if (values.json === true) return printJson({ workloads, machine, ...report })
    console.log(formatReport(report))
  }
}
