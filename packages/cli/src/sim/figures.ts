import { readFile } from 'node:fs/promises'
import { quantile } from '../bench/stats.js'
import type { QueryOutcome, SimRoute } from './run.js'

/** The daemon's histogram of gossip delivery delays (receive time − sent_at_ms), by topic. */
export const GOSSIP_DELIVERY_METRIC = 'swarm_llm_gossip_delivery_seconds'

/** A process's resident memory (VmRSS in /proc/PID/status), in bytes; undefined where there is no /proc or no such process. */
export async function residentBytes (pid: number): Promise<number | undefined> {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))
    return match != null ? Number(match[1]) * 1024 : undefined
  } catch {
    return undefined
  }
}

/** A histogram as cumulative counts per upper bound (the last bound is Infinity). */
export interface Histogram { bounds: number[], counts: number[] }

/**
 * One histogram family from Prometheus text, per value of `label`: reads the `_bucket` lines
 * (cumulative counts by `le`), which is all a quantile needs.
 */
export function parseHistogram (text: string, name: string, label: string): Map<string, Histogram> {
  const buckets = new Map<string, Map<number, number>>()
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}_bucket{`)) continue
    const close = line.lastIndexOf('}')
    const labels = Object.fromEntries([...line.slice(name.length + 8, close).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(m => [m[1], m[2]]))
    const count = Number(line.slice(close + 1).trim().split(/\s+/)[0])
    if (labels.le == null || !Number.isFinite(count)) continue
    const bound = labels.le === '+Inf' ? Infinity : Number(labels.le)
    const series = buckets.get(labels[label] ?? '') ?? new Map<number, number>()
    buckets.set(labels[label] ?? '', series)
    series.set(bound, count)
  }
  return new Map([...buckets].map(([key, series]) => {
    const bounds = [...series.keys()].sort((a, b) => a - b)
    return [key, { bounds, counts: bounds.map(b => series.get(b)!) }]
  }))
}

/** Adds histograms with the same buckets (every daemon declares the same ones). */
export function mergeHistograms (histograms: Histogram[]): Histogram | undefined {
  const [first] = histograms
  if (first == null) return undefined
  for (const h of histograms) {
    if (h.bounds.join() !== first.bounds.join()) throw new Error('cannot merge histograms with different buckets')
  }
  return { bounds: first.bounds, counts: first.bounds.map((_, i) => histograms.reduce((sum, h) => sum + h.counts[i], 0)) }
}

/**
 * The q-quantile of a histogram, interpolated linearly inside its bucket as Prometheus'
 * histogram_quantile does (the first bucket from 0); in the +Inf bucket, the largest finite
 * bound. NaN when it counted nothing.
 */
export function histogramQuantile (h: Histogram, q: number): number {
  const total = h.counts[h.counts.length - 1] ?? 0
  if (total === 0) return Number.NaN
  const rank = q * total
  const i = h.counts.findIndex(c => c >= rank)
  if (h.bounds[i] === Infinity) return h.bounds[i - 1] ?? Number.NaN
  const lower = i === 0 ? 0 : h.bounds[i - 1]
  const below = i === 0 ? 0 : h.counts[i - 1]
  const inBucket = h.counts[i] - below
  return inBucket === 0 ? h.bounds[i] : lower + (h.bounds[i] - lower) * (rank - below) / inBucket
}

export interface DelayFigures { messages: number, p50Ms: number, p99Ms: number }

/** Gossip delivery delay over every node's histogram: p50 and p99 overall and per topic. */
export function gossipDelays (scrapes: string[]): DelayFigures & { byTopic: Record<string, DelayFigures> } {
  const perTopic = new Map<string, Histogram[]>()
  for (const text of scrapes) {
    for (const [topic, h] of parseHistogram(text, GOSSIP_DELIVERY_METRIC, 'topic')) perTopic.set(topic, [...(perTopic.get(topic) ?? []), h])
  }
  const figures = (h: Histogram | undefined): DelayFigures => h == null
    ? { messages: 0, p50Ms: Number.NaN, p99Ms: Number.NaN }
    : { messages: h.counts[h.counts.length - 1], p50Ms: 1000 * histogramQuantile(h, 0.5), p99Ms: 1000 * histogramQuantile(h, 0.99) }
  const byTopic = Object.fromEntries([...perTopic].sort(([a], [b]) => a.localeCompare(b)).map(([topic, hs]) => [topic, figures(mergeHistograms(hs))]))
  return { ...figures(mergeHistograms([...perTopic.values()].flat())), byTopic }
}

export interface Summary {
  queries: number
  answered: number
  /** Typed errors by code. */
  errors: Record<string, number>
  /** Over rows with an expected answer; a query that ended in an error counts as wrong. */
  accuracy: { correct: number, of: number, value: number }
  /** Share of all queries by where they ended. */
  routes: Record<SimRoute, number>
  /** Over the queries answered (an error can end at once). */
  latencyMs: { p50: number, p95: number }
}

export function summarise (outcomes: QueryOutcome[]): Summary {
  const answered = outcomes.filter(o => o.route !== 'error')
  const errors: Record<string, number> = {}
  for (const o of outcomes) if (o.error != null) errors[o.error.code] = (errors[o.error.code] ?? 0) + 1
  const correct = outcomes.filter(o => o.correct === true).length
  const share = (route: SimRoute): number => outcomes.length === 0 ? Number.NaN : outcomes.filter(o => o.route === route).length / outcomes.length
  const latencies = answered.map(o => o.latencyMs)
  return {
    queries: outcomes.length,
    answered: answered.length,
    errors,
    accuracy: { correct, of: outcomes.length, value: outcomes.length === 0 ? Number.NaN : correct / outcomes.length },
    routes: { local: share('local'), peers: share('peers'), cloud: share('cloud'), refused: share('refused'), error: share('error') },
    latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) }
  }
}
