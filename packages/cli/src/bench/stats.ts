import { DEFAULT_BENCH_SEED, DEFAULT_BOOTSTRAP_SAMPLES } from '../constants.js'

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on every machine. */
export function seededRandom (seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The q-quantile (0 ≤ q ≤ 1) of numbers, interpolating linearly between ranks; NaN when empty. */
export function quantile (values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = q * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low)
}

export function mean (values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length
}

/** An estimate with its 95% interval. */
export interface Estimate {
  value: number
  low: number
  high: number
  /** How many rows it was computed on. */
  n: number
}

export interface BootstrapOptions {
  /** Resamples drawn. Defaults to DEFAULT_BOOTSTRAP_SAMPLES. */
  samples?: number
  /** Seed of the resampling. Defaults to DEFAULT_BENCH_SEED. */
  seed?: number
}


/**
 * The share of `right` rows that are true, with a 95% percentile bootstrap interval: rows are
 * drawn with replacement `samples` times, and the interval runs from the 2.5th to the 97.5th
 * percentile of the resampled shares. NaN when there are no rows.
 */
export function bootstrapAccuracy (right: boolean[], options: BootstrapOptions = {}): Estimate {
  const n = right.length
  if (n === 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN, n }
  const random = seededRandom(options.seed ?? DEFAULT_BENCH_SEED)
  const shares: number[] = []
  for (let s = 0; s < (options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES); s++) {
    let hits = 0
    for (let i = 0; i < n; i++) if (right[Math.floor(random() * n)]) hits++
    shares.push(hits / n)
  }
  return { value: right.filter(Boolean).length / n, low: quantile(shares, 0.025), high: quantile(shares, 0.975), n }
}

/** A number in [0, 1) fixed by a key and a seed: the same row draws the same number in every run, whatever rows surround it. */
export function uniformOf (key: string, seed: number): number {
  // FNV-1a over the key, mixed with the seed, then one step of the seeded generator
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return seededRandom((hash ^ Math.imul(seed, 0x9e3779b1)) >>> 0)()
}
