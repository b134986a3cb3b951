import type { TokenStat } from './types.js'

/** Uncertainty figures over an answer's tokens. */
export interface UncertaintyFigures {
  /** Mean natural-log probability of the chosen tokens. */
  meanLogprob: number
  /** Smallest probability among the chosen tokens. */
  minTokenProb: number
  /** Mean entropy (nats) of the distributions the tokens were drawn from. */
  meanEntropy: number
  tokenCount: number
}

/** Figures for an empty answer: nothing was said, so nothing is known. */
const EMPTY: UncertaintyFigures = { meanLogprob: Number.NEGATIVE_INFINITY, minTokenProb: 0, meanEntropy: 0, tokenCount: 0 }

export function uncertaintyOf (tokens: TokenStat[]): UncertaintyFigures {
  if (tokens.length === 0) return { ...EMPTY }
  let logprob = 0
  let entropy = 0
  let min = 1
  for (const t of tokens) {
    logprob += Math.log(Math.max(t.probability, 1e-12))
    entropy += t.entropy
    min = Math.min(min, t.probability)
  }
  return { meanLogprob: logprob / tokens.length, minTokenProb: min, meanEntropy: entropy / tokens.length, tokenCount: tokens.length }
}

/** Entropy in nats of a probability distribution (need not sum exactly to one). */
export function entropyOf (probabilities: Iterable<number>): number {
  let h = 0
  for (const p of probabilities) if (p > 0) h -= p * Math.log(p)
  return h
}
