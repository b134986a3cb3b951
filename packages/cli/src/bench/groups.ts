import { isCorrect } from '@swarm-llm/daemon/workload'
import { bootstrapAccuracy, quantile } from './stats.js'
import type { Estimate } from './stats.js'
import type { BenchRow, Reply, Route, Sample, SwarmReply } from './types.js'

/** The fields every workload row has; any other field with a plain value is a tag. */
const FIXED_FIELDS = new Set(['id', 'category', 'prompt', 'answer', 'refuse'])
const CATEGORIES = ['easy', 'hard', 'safety']

/** The tags of a row, as `key=value`. */
export function tagsOf (row: BenchRow): string[] {
  return Object.entries(row)
    .filter(([key, value]) => !FIXED_FIELDS.has(key) && ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}=${String(value)}`)
}

/**
 * The groups rows are reported in: all rows, each category present, then each tag present
 * (sorted). `rows` of each group index into the given list.
 */
export function groupsOf (rows: BenchRow[]): Array<{ group: string, rows: number[] }> {
  const groups = new Map<string, number[]>([['all', rows.map((_, i) => i)]])
  for (const category of CATEGORIES) {
    const members = rows.flatMap((r, i) => r.category === category ? [i] : [])
    if (members.length > 0) groups.set(category, members)
  }
  const tags = new Map<string, number[]>()
  rows.forEach((row, i) => { for (const tag of tagsOf(row)) tags.set(tag, [...(tags.get(tag) ?? []), i]) })
  for (const tag of [...tags.keys()].sort()) groups.set(tag, tags.get(tag)!)
  return [...groups].map(([group, members]) => ({ group, rows: members }))
}

/** One group of rows as a set of replies answered it. */
export interface GroupFigures {
  group: string
  n: number
  accuracy: Estimate
  /** Share of the group's rows by route. */
  routes: Record<Route, number>
  latencyMs: { p50: number, p95: number }
  /** Routing overhead (request to receipt less model time), where the receipts give it. */
  overheadMs?: { p50: number, p95: number }
  /** Prompt and completion tokens sent to the cloud, summed over the group. */
  cloudTokens: number
}

/** The figures of each group for one reply per row (a model's, or the full policy's). */
export function figuresByGroup (samples: Sample[], replyOf: (s: Sample) => Reply | SwarmReply, options: { seed?: number, samples?: number } = {}): GroupFigures[] {
  return groupsOf(samples.map(s => s.row)).map(({ group, rows }) => {
    const replies = rows.map(i => replyOf(samples[i]))
    const right = rows.map((i, k) => isCorrect(samples[i].row, replies[k].text))
    const latencies = replies.map(r => r.latencyMs)
    const overheads = replies.flatMap(r => 'overheadMs' in r ? [r.overheadMs] : [])
    const share = (route: Route): number => replies.filter(r => r.route === route).length / replies.length
    return {
      group,
      n: rows.length,
      accuracy: bootstrapAccuracy(right, options),
      routes: { local: share('local'), peers: share('peers'), cloud: share('cloud') },
      latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) },
      ...(overheads.length === replies.length ? { overheadMs: { p50: quantile(overheads, 0.5), p95: quantile(overheads, 0.95) } } : {}),
      cloudTokens: replies.reduce((sum, r) => sum + r.cloudTokens, 0)
    }
  })
}
